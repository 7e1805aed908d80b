/** @jsxImportSource react */
// X timelines: home (with the inline composer), a profile, and the post page with the inline
// reply box; each post with reply and repost/quote actions.
import { useState } from 'react';
import { linkProps } from '../shared/client.ts';
import { t } from '../shared/i18n.ts';
import { ReplyIcon, RepostIcon } from '../shared/icons.tsx';
import { Composer } from './Composer.tsx';
import type { Tweet, XAccount } from './data.ts';

export interface TweetActions {
  onReply(t: Tweet): void;
  onQuote(t: Tweet): void;
}

export function Home(props: { account: XAccount; tweets: Tweet[]; onPosted(t: Tweet): void } & TweetActions) {
  return (
    <>
      <h2 className="column-title">Home</h2>
      <Composer
        key={props.account.handle}
        account={props.account}
        kind="post"
        flow="home"
        buttonTestId="tweetButtonInline"
        buttonLabel={t('Posten', 'Post')}
        placeholder={t('Wat gebeurt er?', 'What is happening?!')}
        onPosted={props.onPosted}
      />
      <section aria-label={t('Tijdlijn: je tijdlijn home', 'Timeline: Your Home Timeline')} className="timeline">
        {props.tweets
          .filter((t) => !t.replyTo)
          .map((t) => (
            <TweetView key={t.id} tweet={t} tweets={props.tweets} onReply={props.onReply} onQuote={props.onQuote} />
          ))}
      </section>
    </>
  );
}

export function Profile(props: { handle: string; tweets: Tweet[] } & TweetActions) {
  return (
    <>
      <h2 className="column-title">@{props.handle}</h2>
      <section aria-label="Posts" className="timeline">
        {props.tweets
          .filter((t) => t.author.handle === props.handle)
          .map((t) => (
            <TweetView key={t.id} tweet={t} tweets={props.tweets} onReply={props.onReply} onQuote={props.onQuote} />
          ))}
      </section>
    </>
  );
}

export function StatusPage(props: { id: string; tweets: Tweet[]; account: XAccount; onPosted(t: Tweet): void } & TweetActions) {
  const tweet = props.tweets.find((t) => t.id === props.id);
  if (!tweet) return <p className="empty">{t('Deze post bestaat niet.', 'This post does not exist.')}</p>;
  return (
    <>
      <h2 className="column-title">Post</h2>
      <TweetView tweet={tweet} tweets={props.tweets} onReply={props.onReply} onQuote={props.onQuote} />
      <Composer
        key={`${props.account.handle}-${tweet.id}`}
        account={props.account}
        kind="reply"
        flow="inline-reply"
        buttonTestId="tweetButtonInline"
        buttonLabel={t('Beantwoorden', 'Reply')}
        placeholder={t('Post je antwoord', 'Post your reply')}
        replyTo={tweet}
        onPosted={props.onPosted}
      />
      <section aria-label={t('Antwoorden', 'Replies')} className="timeline">
        {props.tweets
          .filter((t) => t.replyTo === tweet.id)
          .map((t) => (
            <TweetView key={t.id} tweet={t} tweets={props.tweets} onReply={props.onReply} onQuote={props.onQuote} />
          ))}
      </section>
    </>
  );
}

function TweetView(props: { tweet: Tweet; tweets: Tweet[] } & TweetActions) {
  const { tweet } = props;
  const [menu, setMenu] = useState(false);
  const quoted = tweet.quote ? props.tweets.find((t) => t.id === tweet.quote) : undefined;
  const href = `/${tweet.author.handle}/status/${tweet.id}`;
  return (
    <article role="article" data-testid="tweet" className="tweet" tabIndex={-1}>
      <div data-testid="User-Name" className="tweet-head">
        <b>{tweet.author.name}</b> <span>@{tweet.author.handle}</span> · <a {...linkProps(href)}>nu</a>
      </div>
      {tweet.text && (
        <div data-testid="tweetText" lang="nl" className="tweet-text">
          {tweet.text}
        </div>
      )}
      {tweet.images.length > 0 && (
        <div className="tweet-photos">
          {tweet.images.map((src) => (
            <div key={src} data-testid="tweetPhoto">
              <img src={src} alt={t('Afbeelding', 'Image')} />
            </div>
          ))}
        </div>
      )}
      {quoted && (
        <div className="quoted" role="link">
          <b>{quoted.author.name}</b> <span>@{quoted.author.handle}</span>
          <div>{quoted.text}</div>
        </div>
      )}
      <div role="group" className="tweet-actions" aria-label={t('Acties', 'Actions')}>
        <button type="button" data-testid="reply" aria-label={t('Beantwoorden', 'Reply')} onClick={() => props.onReply(tweet)}>
          <ReplyIcon />
        </button>
        <button
          type="button"
          data-testid="retweet"
          aria-label={t('Reposten', 'Repost')}
          aria-haspopup="menu"
          aria-expanded={menu}
          onClick={() => setMenu(!menu)}
        >
          <RepostIcon />
        </button>
        {menu && (
          <div role="menu" className="menu">
            <div role="menuitem" tabIndex={0} data-testid="retweetConfirm" onClick={() => setMenu(false)}>
              {t('Reposten', 'Repost')}
            </div>
            <a
              role="menuitem"
              href={`/compose/post?quote=${tweet.id}`}
              onClick={(e) => {
                e.preventDefault();
                setMenu(false);
                props.onQuote(tweet);
              }}
            >
              {t('Citeren', 'Quote')}
            </a>
          </div>
        )}
      </div>
    </article>
  );
}
