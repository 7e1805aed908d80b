/** @jsxImportSource react */
// business.facebook.com: the Meta Business Suite composer for a Page ("Plaatsen op <Page>",
// "Publiceren"/"Inplannen"). Its Lexical text keeps a \u200B, as the real composer's does.
import { useRef, useState } from 'react';
import { attachmentInfo, mediaFiles, recordPost, useAttachments } from '../shared/client.ts';
import { LexicalBox, type LexicalBoxHandle } from '../shared/LexicalBox.tsx';
import { divButton, Thumbnails } from '../shared/ui.tsx';
import type { FbIdentity } from './data.ts';
import { t } from '../shared/i18n.ts';

const HINT = t('Schrijf iets of typ een # om hashtags toe te voegen', 'Write something or type # to add hashtags');

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
    props.notify(scheduled ? t('Je bericht is ingepland.', 'Your post was scheduled.') : t('Je bericht is gepubliceerd.', 'Your post was published.'));
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
        <h1>{t('Bericht maken', 'Create post')}</h1>
        <section className="card">
          <h2>{t('Plaatsen op', 'Post to')}</h2>
          <div className="post-to" aria-label={`${t('Plaatsen op', 'Post to')} ${props.page.name}`}>
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
          <div {...divButton(() => fileInput.current?.click(), { label: t('Foto toevoegen', 'Add photo') })} className="secondary-button">
            {t('Foto toevoegen', 'Add photo')}
          </div>
          <input ref={fileInput} type="file" accept="image/*,video/*" multiple className="file-input" onChange={(e) => media.add(mediaFiles(e.currentTarget.files))} />
          <Thumbnails files={media.files} onRemove={media.remove} />
        </section>
        <section className="card">
          <h2>{t('Tekst', 'Text')}</h2>
          <LexicalBox
            ariaLabel={HINT}
            placeholder={HINT}
            onText={setText}
            onFiles={media.add}
            zeroWidth
            handle={editor}
            className="biz-editor"
          />
        </section>
        <div className="biz-actions">
          <div {...divButton(() => publish(true), { label: t('Inplannen', 'Schedule'), disabled: empty })} className="secondary-button">
            {t('Inplannen', 'Schedule')}
          </div>
          <div {...divButton(() => publish(false), { label: t('Publiceren', 'Publish'), disabled: empty })} className="primary-button">
            {t('Publiceren', 'Publish')}
          </div>
        </div>
      </div>
    </div>
  );
}
