/** @jsxImportSource react */
// One X compose box: the Draft.js editor (data-testid tweetTextarea_0 inside
// tweetTextarea_0RichTextInputContainer), media attachments (file input, drop, paste) and the
// post button. Used by the home composer, the compose dialog, replies and quotes. New posts can
// grow into a thread ("Post toevoegen" → tweetTextarea_1, …; the button becomes "Alles plaatsen").
import { useRef, useState, type DragEvent } from 'react';
import { Editor, EditorState, getDefaultKeyBinding, type DraftHandleValue } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { attachmentInfo, mediaFiles, recordPost, useObjectUrls } from '../shared/client.ts';
import type { PostedKind } from '../shared/posted.ts';
import { MediaIcon } from '../shared/icons.tsx';
import { t } from '../shared/i18n.ts';
import { newTweetId, type Tweet, type XAccount } from './data.ts';

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
const textOf = (state: EditorState) => state.getCurrentContent().getPlainText('\n');

export function Composer(props: ComposerProps) {
  // One editor state per post of the thread; media belong to the first post.
  const [parts, setParts] = useState<EditorState[]>(() => [EditorState.createEmpty()]);
  const [files, setFiles] = useState<File[]>([]);
  const [generation, setGeneration] = useState(0);
  const urls = useObjectUrls(files);
  const fileInput = useRef<HTMLInputElement>(null);
  const texts = parts.map(textOf);
  const thread = parts.length > 1;
  const empty = texts.some((text, i) => text.trim() === '' && !(i === 0 && files.length > 0));
  const canThread = props.kind === 'post' && !props.quote && !empty && parts.length < 25;

  const addFiles = (added: File[]) => {
    if (added.length > 0) setFiles((current) => [...current, ...added].slice(0, 4));
  };

  const submit = (via: 'click' | 'keyboard') => {
    if (empty) return;
    texts.forEach((text, i) => {
      recordPost({
        kind: props.kind,
        text,
        account: props.account.handle,
        attachments: i === 0 ? attachmentInfo(files) : [],
        flow: props.flow,
        via,
        ...(props.replyTo ? { target: props.replyTo.id } : props.quote ? { target: props.quote.id } : {}),
        ...(thread ? { part: i, parts: parts.length } : {}),
      });
      props.onPosted({
        id: newTweetId(),
        author: props.account,
        text,
        images: i === 0 ? [...urls] : [],
        ...(props.replyTo ? { replyTo: props.replyTo.id } : {}),
        ...(props.quote ? { quote: props.quote.id } : {}),
      });
    });
    // X empties the composer after sending. The editors are remounted: reusing the focused
    // Draft.js DOM with a new state makes the caret jump to the start after the first character.
    setParts([EditorState.createEmpty()]);
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

  const editorFor = (state: EditorState, i: number) => (
    <div className="textarea-container" data-testid={`tweetTextarea_${i}RichTextInputContainer`} key={`${generation}-${i}`}>
      <Editor
        editorState={state}
        onChange={(next) => setParts((current) => current.map((s, j) => (j === i ? next : s)))}
        placeholder={i === 0 ? props.placeholder : t('Nog een post toevoegen', 'Add another post')}
        webDriverTestID={`tweetTextarea_${i}`}
        ariaLabel={t('Posttekst', 'Post text')}
        ariaMultiline
        spellCheck
        stripPastedStyles
        keyBindingFn={(e) => (e.key === 'Enter' && (e.ctrlKey || e.metaKey) ? SUBMIT : getDefaultKeyBinding(e))}
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
  );

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
        {editorFor(parts[0]!, 0)}
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
        {parts.slice(1).map((state, j) => (
          <div className="thread-part" key={`${generation}-part-${j + 1}`}>
            {editorFor(state, j + 1)}
          </div>
        ))}
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
          <div className="toolbar-submit">
            {canThread && (
              <button
                type="button"
                className="add-button"
                data-testid="addButton"
                aria-label={t('Post toevoegen', 'Add post')}
                onClick={() => setParts((current) => [...current, EditorState.createEmpty()])}
              >
                +
              </button>
            )}
            <button
              type="button"
              className="post-button"
              data-testid={props.buttonTestId}
              disabled={empty}
              aria-disabled={empty}
              onClick={() => submit('click')}
            >
              <span>{thread ? t('Alles plaatsen', 'Post all') : props.buttonLabel}</span>
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
