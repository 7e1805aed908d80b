/** @jsxImportSource react */
// Facebook's post dialog "Bericht maken": a form with the Lexical editor, photos and "Posten".
import { useRef, useState } from 'react';
import { attachmentInfo, mediaFiles, recordPost, useAttachments } from '../shared/client.ts';
import { t } from '../shared/i18n.ts';
import { MediaIcon } from '../shared/icons.tsx';
import { LexicalBox } from '../shared/LexicalBox.tsx';
import { divButton, Thumbnails } from '../shared/ui.tsx';
import { newId, type FbIdentity, type FbPost } from './data.ts';

export function PostDialog(props: { identity: FbIdentity; question: string; onClose(): void; onPosted(post: FbPost): void }) {
  const [text, setText] = useState('');
  const media = useAttachments();
  const fileInput = useRef<HTMLInputElement>(null);
  const empty = text.trim() === '' && media.files.length === 0;
  const submit = () => {
    if (empty) return;
    recordPost({ kind: 'post', text, account: props.identity.name, attachments: attachmentInfo(media.files), flow: 'post-dialog', via: 'click' });
    props.onPosted({ id: newId('p'), author: props.identity.name, text, images: media.files.map((f) => URL.createObjectURL(f)), comments: [] });
  };
  return (
    <div className="mask">
      <div role="dialog" aria-label={t('Bericht maken', 'Create post')} className="dialog">
        <form
          method="POST"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <div className="dialog-head">
            <h2>{t('Bericht maken', 'Create post')}</h2>
            <div {...divButton(props.onClose, { label: t('Sluiten', 'Close') })} className="close">
              ×
            </div>
          </div>
          <div className="identity">
            <div className="avatar" aria-hidden="true">
              {props.identity.name.slice(0, 1)}
            </div>
            <div>
              <b>{props.identity.name}</b>
              <div {...divButton(() => undefined, { label: t('Privacy bewerken. Delen met Openbaar.', 'Edit privacy. Sharing with Public.') })} className="audience">
                {t('Openbaar', 'Public')}
              </div>
            </div>
          </div>
          <LexicalBox ariaLabel={props.question} placeholder={props.question} onText={setText} onFiles={media.add} className="post-editor" autoFocus />
          <Thumbnails files={media.files} onRemove={media.remove} />
          <div className="add-to-post">
            <span>{t('Toevoegen aan je bericht', 'Add to your post')}</span>
            <div {...divButton(() => fileInput.current?.click(), { label: t('Foto/video', 'Photo/video') })} className="icon-button">
              <MediaIcon />
            </div>
            <input
              ref={fileInput}
              type="file"
              accept="image/*,image/heif,image/heic,video/*,video/mp4,video/x-m4v,video/x-matroska,.mkv"
              multiple
              className="file-input"
              onChange={(e) => media.add(mediaFiles(e.currentTarget.files))}
            />
          </div>
          <div {...divButton(submit, { label: t('Posten', 'Post'), disabled: empty })} className="primary-button">
            <span>{t('Posten', 'Post')}</span>
          </div>
        </form>
      </div>
    </div>
  );
}
