/** @jsxImportSource react */
// Instagram posts with their comment form: textarea "Voeg een reactie toe...", Enter sends
// (Shift+Enter is a newline), and a "Plaatsen" div[role=button].
import { useState } from 'react';
import { linkProps, recordPost } from '../shared/client.ts';
import { HeartIcon, ReplyIcon } from '../shared/icons.tsx';
import { divButton } from '../shared/ui.tsx';
import { newId, type IgComment, type IgPost } from './data.ts';
import { t } from '../shared/i18n.ts';

export function PostArticle(props: { post: IgPost; handle: string; onComment(postId: string, comment: IgComment): void }) {
  const { post } = props;
  return (
    <article className="ig-post" role="presentation">
      <header className="ig-post-head">
        <a {...linkProps(`/${post.author}/`)} className="ig-author">
          {post.author}
        </a>
      </header>
      <div className="ig-media">
        {post.images.length > 0 ? <img src={post.images[0]} alt={t(`Foto van ${post.author}`, `Photo by ${post.author}`)} /> : <div className="ig-colour" style={{ background: post.colour }} />}
      </div>
      <section className="ig-actions">
        <div {...divButton(() => undefined, { label: t('Vind ik leuk', 'Like') })}><HeartIcon /></div>
        <div {...divButton(() => document.getElementById(`comment-${post.id}`)?.focus(), { label: t('Reageren', 'Comment') })}><ReplyIcon /></div>
      </section>
      <div className="ig-caption">
        <b>{post.author}</b> <span>{post.caption}</span>
      </div>
      <ul className="ig-comments">
        {post.comments.map((c) => (
          <li key={c.id}>
            <b>{c.author}</b> <span className="ig-comment-text">{c.text}</span>
          </li>
        ))}
      </ul>
      <CommentForm id={`comment-${post.id}`} postId={post.id} handle={props.handle} onComment={(c) => props.onComment(post.id, c)} />
    </article>
  );
}

function CommentForm(props: { id: string; postId: string; handle: string; onComment(comment: IgComment): void }) {
  const [text, setText] = useState('');
  const empty = text.trim() === '';
  const submit = (via: 'click' | 'keyboard') => {
    if (empty) return;
    recordPost({ kind: 'comment', text, account: props.handle, attachments: [], flow: 'comment', via, target: props.postId });
    props.onComment({ id: newId('c'), author: props.handle, text });
    setText('');
  };
  return (
    <section className="ig-comment-section">
      <form
        method="POST"
        className="ig-comment-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit('click');
        }}
      >
        <textarea
          id={props.id}
          aria-label={t('Voeg een reactie toe...', 'Add a comment…')}
          placeholder={t('Voeg een reactie toe...', 'Add a comment…')}
          autoComplete="off"
          autoCorrect="off"
          rows={1}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              submit('keyboard');
            }
          }}
        />
        <div {...divButton(() => submit('click'), { disabled: empty })} className="ig-post-button">
          {t('Plaatsen', 'Post')}
        </div>
      </form>
    </section>
  );
}
