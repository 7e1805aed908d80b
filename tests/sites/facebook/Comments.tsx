/** @jsxImportSource react */
// Facebook comments: a comment ("Reactie van <Name>") with its reply link, and the comment/reply
// box (Lexical, Enter sends, Shift+Enter is a newline, optional photo).
import { useRef, useState } from 'react';
import { attachmentInfo, mediaFiles, recordPost, useAttachments } from '../shared/client.ts';
import { t } from '../shared/i18n.ts';
import { MediaIcon, SendIcon } from '../shared/icons.tsx';
import { LexicalBox, type LexicalBoxHandle } from '../shared/LexicalBox.tsx';
import { divButton, Thumbnails } from '../shared/ui.tsx';
import { newId, type FbComment, type FbIdentity } from './data.ts';

export function CommentView(props: { comment: FbComment; onReply(): void }) {
  const { comment } = props;
  return (
    <div role="article" aria-label={`${t('Reactie van', 'Comment by')} ${comment.author}`} className="comment">
      <div className="bubble">
        <b>{comment.author}</b>
        <div dir="auto" className="comment-text">
          {comment.text}
        </div>
        {comment.images.map((src) => (
          <img key={src} src={src} alt="" className="comment-image" />
        ))}
      </div>
      <div className="comment-actions">
        <div {...divButton(() => undefined)}>{t('Vind ik leuk', 'Like')}</div>
        <div {...divButton(props.onReply)}>{t('Beantwoorden', 'Reply')}</div>
      </div>
    </div>
  );
}

/** A comment or reply box: Lexical, Enter sends, Shift+Enter is a newline, optional photo. */
export function CommentBox(props: {
  identity: FbIdentity;
  kind: 'comment' | 'reply';
  flow: 'comment' | 'reply';
  target: string;
  label: string;
  autoFocus?: boolean;
  onPosted(comment: FbComment): void;
}) {
  const [text, setText] = useState('');
  const media = useAttachments(1);
  const editor = useRef<LexicalBoxHandle | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const latest = useRef(media.files);
  latest.current = media.files;
  const submit = (via: 'click' | 'keyboard') => {
    const current = editor.current?.getText() ?? text;
    const files = latest.current;
    if (current.trim() === '' && files.length === 0) return;
    recordPost({ kind: props.kind, text: current, account: props.identity.name, attachments: attachmentInfo(files), flow: props.flow, via, target: props.target });
    props.onPosted({ id: newId('c'), author: props.identity.name, text: current, images: files.map((f) => URL.createObjectURL(f)), replies: [] });
    editor.current?.clear();
    media.clear();
    if (fileInput.current) fileInput.current.value = '';
  };
  const empty = text.trim() === '' && media.files.length === 0;
  return (
    <form
      className={`comment-box ${props.kind}`}
      onSubmit={(e) => {
        e.preventDefault();
        submit('click');
      }}
    >
      <div className="avatar small" aria-hidden="true">
        {props.identity.name.slice(0, 1)}
      </div>
      <div className="comment-field">
        <LexicalBox
          ariaLabel={props.label}
          placeholder={props.kind === 'reply' ? t('Schrijf een antwoord...', 'Write a reply…') : t('Schrijf een reactie...', 'Write a comment…')}
          onText={setText}
          onFiles={media.add}
          onEnter={() => {
            submit('keyboard');
            return true;
          }}
          handle={editor}
          autoFocus={props.autoFocus}
        />
        <Thumbnails files={media.files} onRemove={media.remove} />
        <div className="comment-tools">
          <div {...divButton(() => fileInput.current?.click(), { label: t('Voeg een foto of video toe', 'Attach a photo or video') })} className="icon-button">
            <MediaIcon />
          </div>
          <input ref={fileInput} type="file" accept="image/*,image/heif,image/heic,video/*" className="file-input" onChange={(e) => media.add(mediaFiles(e.currentTarget.files))} />
          <div {...divButton(() => submit('click'), { label: props.kind === 'reply' ? t('Antwoord plaatsen', 'Reply') : t('Reactie plaatsen', 'Comment'), disabled: empty })} className="send">
            <SendIcon />
          </div>
        </div>
      </div>
    </form>
  );
}
