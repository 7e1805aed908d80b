/** @jsxImportSource react */
// www.facebook.com: the "Wat ben je aan het doen, …?" card that opens the post dialog, and the feed
// with comment boxes ("Reageer als <Name>", Enter sends) and reply boxes under comments.
import { useRef, useState } from 'react';
import { attachmentInfo, mediaFiles, recordPost, useAttachments } from '../shared/client.ts';
import { LexicalBox, type LexicalBoxHandle } from '../shared/LexicalBox.tsx';
import { MediaIcon, SendIcon } from '../shared/icons.tsx';
import { divButton, Thumbnails } from '../shared/ui.tsx';
import { callName, newId, type FbComment, type FbIdentity, type FbPost } from './data.ts';

export function Feed(props: { identity: FbIdentity; posts: FbPost[]; setPosts(update: (posts: FbPost[]) => FbPost[]): void; notify(text: string): void }) {
  const { identity } = props;
  const [dialog, setDialog] = useState(false);
  const question = `Wat ben je aan het doen, ${callName(identity)}?`;
  return (
    <>
      <div className="card create-card" role="region" aria-label="Bericht maken">
        <div className="avatar" aria-hidden="true">
          {identity.name.slice(0, 1)}
        </div>
        <div {...divButton(() => setDialog(true))} className="fake-input">
          <span>{question}</span>
        </div>
        <div {...divButton(() => setDialog(true), { label: 'Foto/video' })} className="card-action">
          Foto/video
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
            props.notify('Je bericht is nu geplaatst.');
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
      <div role="dialog" aria-label="Bericht maken" className="dialog">
        <form
          method="POST"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <div className="dialog-head">
            <h2>Bericht maken</h2>
            <div {...divButton(props.onClose, { label: 'Sluiten' })} className="close">
              ×
            </div>
          </div>
          <div className="identity">
            <div className="avatar" aria-hidden="true">
              {props.identity.name.slice(0, 1)}
            </div>
            <div>
              <b>{props.identity.name}</b>
              <div {...divButton(() => undefined, { label: 'Privacy bewerken. Delen met Openbaar.' })} className="audience">
                Openbaar
              </div>
            </div>
          </div>
          <LexicalBox ariaLabel={props.question} placeholder={props.question} onText={setText} onFiles={media.add} className="post-editor" autoFocus />
          <Thumbnails files={media.files} onRemove={media.remove} />
          <div className="add-to-post">
            <span>Toevoegen aan je bericht</span>
            <div {...divButton(() => fileInput.current?.click(), { label: 'Foto/video' })} className="icon-button">
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
          <div {...divButton(submit, { label: 'Posten', disabled: empty })} className="primary-button">
            <span>Posten</span>
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
        <div {...divButton(() => undefined, { label: 'Vind ik leuk' })}>Vind ik leuk</div>
        <div {...divButton(() => document.getElementById(`comment-${post.id}`)?.querySelector<HTMLElement>('[contenteditable]')?.focus(), { label: 'Reageren' })}>Reageren</div>
        <div {...divButton(() => undefined, { label: 'Delen' })}>Delen</div>
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
                label={`Beantwoorden als ${identity.name}`}
                autoFocus
                onPosted={(reply) => addComment(reply, comment.id)}
              />
            )}
          </li>
        ))}
      </ul>
      <div id={`comment-${post.id}`}>
        <CommentBox identity={identity} kind="comment" flow="comment" target={post.id} label={`Reageer als ${identity.name}`} onPosted={(c) => addComment(c)} />
      </div>
    </div>
  );
}

function CommentView(props: { comment: FbComment; onReply(): void }) {
  const { comment } = props;
  return (
    <div role="article" aria-label={`Reactie van ${comment.author}`} className="comment">
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
        <div {...divButton(() => undefined)}>Vind ik leuk</div>
        <div {...divButton(props.onReply)}>Beantwoorden</div>
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
          placeholder={props.kind === 'reply' ? 'Schrijf een antwoord...' : 'Schrijf een reactie...'}
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
          <div {...divButton(() => fileInput.current?.click(), { label: 'Voeg een foto of video toe' })} className="icon-button">
            <MediaIcon />
          </div>
          <input ref={fileInput} type="file" accept="image/*,image/heif,image/heic,video/*" className="file-input" onChange={(e) => media.add(mediaFiles(e.currentTarget.files))} />
          <div {...divButton(() => submit('click'), { label: props.kind === 'reply' ? 'Antwoord plaatsen' : 'Reactie plaatsen', disabled: empty })} className="send">
            <SendIcon />
          </div>
        </div>
      </div>
    </form>
  );
}
