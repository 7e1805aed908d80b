/** @jsxImportSource react */
// www.facebook.com: the "Wat ben je aan het doen, …?" card that opens the post dialog, and the feed
// with comment boxes ("Reageer als <Name>", Enter sends) and reply boxes under comments.
import { useState } from 'react';
import { t } from '../shared/i18n.ts';
import { divButton } from '../shared/ui.tsx';
import { CommentBox, CommentView } from './Comments.tsx';
import { callName, type FbComment, type FbIdentity, type FbPost } from './data.ts';
import { PostDialog } from './PostDialog.tsx';

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
