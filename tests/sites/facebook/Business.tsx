/** @jsxImportSource react */
// business.facebook.com: the Meta Business Suite composer for a Page ("Plaatsen op <Page>",
// "Publiceren"/"Inplannen"). Its Lexical text keeps a \u200B, as the real composer's does.
import { useRef, useState } from 'react';
import { attachmentInfo, mediaFiles, recordPost, useAttachments } from '../shared/client.ts';
import { LexicalBox, type LexicalBoxHandle } from '../shared/LexicalBox.tsx';
import { divButton, Thumbnails } from '../shared/ui.tsx';
import type { FbIdentity } from './data.ts';

export function BusinessComposer(props: { page: FbIdentity; notify(text: string): void }) {
  const [text, setText] = useState('');
  const media = useAttachments();
  const editor = useRef<LexicalBoxHandle | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const visible = text.replaceAll('\u200B', '');
  const empty = visible.trim() === '' && media.files.length === 0;
  const publish = (scheduled: boolean) => {
    const current = (editor.current?.getText() ?? text).replaceAll('\u200B', '');
    if (current.trim() === '' && media.files.length === 0) return;
    // The site sends the text without its zero-width spaces.
    recordPost({ kind: 'post', text: current, account: props.page.name, attachments: attachmentInfo(media.files), flow: scheduled ? 'business-schedule' : 'business', via: 'click' });
    editor.current?.clear();
    media.clear();
    if (fileInput.current) fileInput.current.value = '';
    props.notify(scheduled ? 'Je bericht is ingepland.' : 'Je bericht is gepubliceerd.');
  };
  return (
    <div className="business">
      <nav className="biz-nav" aria-label="Meta Business Suite">
        <b>Meta Business Suite</b>
        <span>Home</span>
        <span>Content</span>
        <span>Inbox</span>
      </nav>
      <div role="main" className="biz-main">
        <h1>Bericht maken</h1>
        <section className="card">
          <h2>Plaatsen op</h2>
          <div className="post-to" aria-label={`Plaatsen op ${props.page.name}`}>
            <div role="checkbox" aria-checked="true" aria-label={props.page.name} tabIndex={0} className="page-chip">
              <span className="avatar small" aria-hidden="true">
                {props.page.name.slice(0, 1)}
              </span>
              {props.page.name}
            </div>
          </div>
        </section>
        <section className="card">
          <h2>Media</h2>
          <div {...divButton(() => fileInput.current?.click(), { label: 'Foto toevoegen' })} className="secondary-button">
            Foto toevoegen
          </div>
          <input ref={fileInput} type="file" accept="image/*,video/*" multiple className="file-input" onChange={(e) => media.add(mediaFiles(e.currentTarget.files))} />
          <Thumbnails files={media.files} onRemove={media.remove} />
        </section>
        <section className="card">
          <h2>Tekst</h2>
          <LexicalBox
            ariaLabel="Schrijf iets of typ een # om hashtags toe te voegen"
            placeholder="Schrijf iets of typ een # om hashtags toe te voegen"
            onText={setText}
            onFiles={media.add}
            zeroWidth
            handle={editor}
            className="biz-editor"
          />
        </section>
        <div className="biz-actions">
          <div {...divButton(() => publish(true), { label: 'Inplannen', disabled: empty })} className="secondary-button">
            Inplannen
          </div>
          <div {...divButton(() => publish(false), { label: 'Publiceren', disabled: empty })} className="primary-button">
            Publiceren
          </div>
        </div>
      </div>
    </div>
  );
}
