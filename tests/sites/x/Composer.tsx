/** @jsxImportSource react */
// One X compose box: the Draft.js editor (data-testid tweetTextarea_0 inside
// tweetTextarea_0RichTextInputContainer), media attachments (file input, drop, paste) and the
// post button. Used by the home composer, the compose dialog, replies and quotes.
import { useRef, useState, type DragEvent } from 'react';
import { Editor, EditorState, getDefaultKeyBinding, type DraftHandleValue } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { attachmentInfo, mediaFiles, recordPost, useObjectUrls } from '../shared/client.ts';
import type { PostedKind } from '../shared/posted.ts';
import { MediaIcon } from '../shared/icons.tsx';
import { newTweetId, type Tweet, type XAccount } from './data.ts';
import { t } from '../shared/i18n.ts';

export interface ComposerProps {
  account: XAccount;
  kind: PostedKind;
  flow: 'home' | 'dialog' | 'inline-reply' | 'reply-dialog' | 'quote';
  buttonTestId: 'tweetButtonInline' | 'tweetButton';
  buttonLabel: string;
  placeholder: string;
  replyTo?: Tweet;
  quote?: Tweet;
  autoFocus?: boolean;
  onPosted(tweet: Tweet): void;
}

const SUBMIT = 'postwijs-replica-submit';

export function Composer(props: ComposerProps) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  const [files, setFiles] = useState<File[]>([]);
  const [generation, setGeneration] = useState(0);
  const urls = useObjectUrls(files);
  const fileInput = useRef<HTMLInputElement>(null);
  const editor = useRef<Editor>(null);
  const text = editorState.getCurrentContent().getPlainText('\n');
  const empty = text.trim() === '' && files.length === 0;

  const addFiles = (added: File[]) => {
    if (added.length > 0) setFiles((current) => [...current, ...added].slice(0, 4));
  };

  const submit = (via: 'click' | 'keyboard') => {
    if (empty) return;
    const id = newTweetId();
    recordPost({
      kind: props.kind,
      text,
      account: props.account.handle,
      attachments: attachmentInfo(files),
      flow: props.flow,
      via,
      ...(props.replyTo ? { target: props.replyTo.id } : props.quote ? { target: props.quote.id } : {}),
    });
    props.onPosted({
      id,
      author: props.account,
      text,
      images: [...urls],
      ...(props.replyTo ? { replyTo: props.replyTo.id } : {}),
      ...(props.quote ? { quote: props.quote.id } : {}),
    });
    // X empties the composer after sending: a fresh editor state, no media.
    // A fresh editor (remounted): reusing the focused Draft.js DOM with a new state makes the
    // caret jump to the start after the first typed character.
    setEditorState(EditorState.createEmpty());
    setGeneration((g) => g + 1);
    setFiles([]);
    if (fileInput.current) fileInput.current.value = '';
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    const dropped = mediaFiles(e.dataTransfer?.files);
    if (dropped.length === 0) return;
    e.preventDefault();
    addFiles(dropped);
  };

  return (
    <div className="composer" data-flow={props.flow} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <div className="composer-avatar" data-testid={`UserAvatar-Container-${props.account.handle}`}>
        <span aria-hidden="true">{props.account.name.slice(0, 1)}</span>
      </div>
      <div className="composer-body">
        {props.replyTo && (
          <div className="reply-context" data-testid="replyContext">
            {t('Antwoord aan', 'Replying to')} <a href={`/${props.replyTo.author.handle}`}>@{props.replyTo.author.handle}</a>
          </div>
        )}
        <div className="textarea-container" data-testid="tweetTextarea_0RichTextInputContainer">
          <Editor
            key={generation}
            ref={editor}
            editorState={editorState}
            onChange={setEditorState}
            placeholder={props.placeholder}
            webDriverTestID="tweetTextarea_0"
            ariaLabel={t('Posttekst', 'Post text')}
            ariaMultiline
            spellCheck
            stripPastedStyles
            keyBindingFn={(e) =>
              e.key === 'Enter' && (e.ctrlKey || e.metaKey) ? SUBMIT : getDefaultKeyBinding(e)
            }
            handleKeyCommand={(command): DraftHandleValue => {
              if (command !== SUBMIT) return 'not-handled';
              submit('keyboard');
              return 'handled';
            }}
            handlePastedFiles={(pasted): DraftHandleValue => {
              const media = mediaFiles(pasted as unknown as FileList);
              if (media.length === 0) return 'not-handled';
              addFiles(media);
              return 'handled';
            }}
          />
        </div>
        {props.quote && (
          <div className="quoted" data-testid="quoteTweet" role="link" tabIndex={0}>
            <b>{props.quote.author.name}</b> <span>@{props.quote.author.handle}</span>
            <div>{props.quote.text}</div>
          </div>
        )}
        {files.length > 0 && (
          <div className="attachments" data-testid="attachments" role="group" aria-label={t('Media', 'Media')}>
            {urls.map((url, i) => (
              <div className="attachment" key={url} data-testid="attachment-item">
                <img src={url} alt={files[i]?.name ?? t('Afbeelding', 'Image')} draggable={false} />
                <button
                  type="button"
                  aria-label={t('Media verwijderen', 'Remove media')}
                  data-testid="removeMedia"
                  onClick={() => setFiles((current) => current.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </div>
            ))}
          </div>
        )}
        <div className="toolbar" data-testid="toolBar">
          <div role="tablist" className="toolbar-tools">
            <button type="button" role="tab" aria-label={t('Media toevoegen', 'Add photos or video')} onClick={() => fileInput.current?.click()}>
              <MediaIcon />
            </button>
            <input
              ref={fileInput}
              data-testid="fileInput"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif,video/mp4,video/quicktime"
              multiple
              tabIndex={-1}
              className="file-input"
              onChange={(e) => addFiles(mediaFiles(e.currentTarget.files))}
            />
          </div>
          <button
            type="button"
            className="post-button"
            data-testid={props.buttonTestId}
            disabled={empty}
            aria-disabled={empty}
            onClick={() => submit('click')}
          >
            <span>{props.buttonLabel}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
