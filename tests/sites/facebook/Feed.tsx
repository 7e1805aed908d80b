/** @jsxImportSource react */
// www.facebook.com: the "Wat ben je aan het doen, …?" card that opens the post dialog, and the feed
// with comment boxes ("Reageer als <Name>", Enter sends) and reply boxes under comments.
import { useRef, useState } from 'react';
import { attachmentInfo, mediaFiles, recordPost, useAttachments } from '../shared/client.ts';
import { LexicalBox, type LexicalBoxHandle } from '../shared/LexicalBox.tsx';
import { MediaIcon, SendIcon } from '../shared/icons.tsx';
import { divButton, Thumbnails } from '../shared/ui.tsx';
import { callName, newId, type FbComment, type FbIdentity, type FbPost } from './data.ts';
import { t } from '../shared/i18n.ts';

export function Feed(props: { identity: FbIdentity; posts: FbPost[]; setPosts(update: (posts: FbPost[]) => FbPost[]): void; notify(text: string): void }) {
  const { identity } = props;
  const [dialog, setDialog] = useState(false);
  const question = t(`Wat ben je aan het doen, ${callName(identity)}?`, `What's on your mind, ${callName(identity)}?`);
  return (
    <>
      <div className="card create-card" role="region" aria-label={t('Bericht maken', 'Create post')}>
        <div className="avatar" aria-hidden="true">
          {identity.name.slice(0, 1)}
        </div>
        <div {...divButton(() => setDialog(true))} className="fake-input">
          <span>{question}</span>
        </div>
        <div {...divButton(() => setDialog(true), { label: t('Foto/video', 'Photo/video') })} className="card-action">
          {t('Foto/video', 'Photo/video')}
        </div>
      </div>
      <div role="feed" className="feed">
        {props.posts.map((post, i) => (
          <PostArticle key={post.id} post={post} position={i + 1} identity={identity} setPosts={props.setPosts} />
        ))}
      </div>
      {dialog && (
        <PostDialog
          identity={identity}
          question={question}
          onClose={() => setDialog(false)}
          onPosted={(post) => {
            props.setPosts((posts) => [post, ...posts]);
            setDialog(false);
            props.notify(t('Je bericht is nu geplaatst.', 'Your post is now published.'));
          }}
        />
      )}
    </>
  );
}

function PostDialog(props: { identity: FbIdentity; question: string; onClose(): void; onPosted(post: FbPost): void }) {
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

function PostArticle(props: { post: FbPost; position: number; identity: FbIdentity; setPosts(update: (posts: FbPost[]) => FbPost[]): void }) {
  const { post, identity } = props;
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const addComment = (comment: FbComment, parent?: string) =>
    props.setPosts((posts) =>
      posts.map((p) =>
        p.id !== post.id
          ? p
          : {
              ...p,
              comments: parent
                ? p.comments.map((c) => (c.id === parent ? { ...c, replies: [...c.replies, comment] } : c))
                : [...p.comments, comment],
            },
      ),
    );
  const headingId = `post-${post.id}-author`;
  return (
    <div role="article" aria-posinset={props.position} aria-labelledby={headingId} className="card post">
      <h3 id={headingId} className="post-author">
        {post.author}
      </h3>
      <div className="post-text" dir="auto">
        {post.text}
      </div>
      {post.images.map((src) => (
        <img key={src} src={src} alt="" className="post-image" />
      ))}
      <div className="post-actions">
        <div {...divButton(() => undefined, { label: t('Vind ik leuk', 'Like') })}>{t('Vind ik leuk', 'Like')}</div>
        <div {...divButton(() => document.getElementById(`comment-${post.id}`)?.querySelector<HTMLElement>('[contenteditable]')?.focus(), { label: t('Reageren', 'Comment') })}>{t('Reageren', 'Comment')}</div>
        <div {...divButton(() => undefined, { label: t('Delen', 'Share') })}>{t('Delen', 'Share')}</div>
      </div>
      <ul className="comments">
        {post.comments.map((comment) => (
          <li key={comment.id}>
            <CommentView comment={comment} onReply={() => setReplyingTo(comment.id)} />
            {comment.replies.length > 0 && (
              <ul className="replies">
                {comment.replies.map((reply) => (
                  <li key={reply.id}>
                    <CommentView comment={reply} onReply={() => setReplyingTo(comment.id)} />
                  </li>
                ))}
              </ul>
            )}
            {replyingTo === comment.id && (
              <CommentBox
                identity={identity}
                kind="reply"
                flow="reply"
                target={comment.id}
                label={`${t('Beantwoorden als', 'Reply as')} ${identity.name}`}
                autoFocus
                onPosted={(reply) => addComment(reply, comment.id)}
              />
            )}
          </li>
        ))}
      </ul>
      <div id={`comment-${post.id}`}>
        <CommentBox identity={identity} kind="comment" flow="comment" target={post.id} label={`${t('Reageer als', 'Comment as')} ${identity.name}`} onPosted={(c) => addComment(c)} />
      </div>
    </div>
  );
}

function CommentView(props: { comment: FbComment; onReply(): void }) {
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
function CommentBox(props: {
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
