/** @jsxImportSource react */
// The X replica: side navigation with the account switcher, home timeline with the inline
// composer, the compose dialog (/compose/post, also for replies and quotes) and the post detail
// page (/<handle>/status/<id>) with the inline reply box.
import { useState } from 'react';
import { linkProps, navigate, usePath } from '../shared/client.ts';
import { ReplyIcon, RepostIcon } from '../shared/icons.tsx';
import { Composer } from './Composer.tsx';
import { PRIVATE, SCHOOL, SEED_TWEETS, initialAccount, type Tweet, type XAccount } from './data.ts';
import { t } from '../shared/i18n.ts';

export function App() {
  const path = usePath();
  const [account, setAccount] = useState<XAccount>(initialAccount);
  const [tweets, setTweets] = useState<Tweet[]>(SEED_TWEETS);
  const [toast, setToast] = useState<string | null>(null);
  const [background, setBackground] = useState('/home');
  const url = new URL(path, location.origin);
  const byId = (id: string | null) => tweets.find((t) => t.id === id);

  const posted = (tweet: Tweet) => {
    setTweets((current) => [tweet, ...current]);
    setToast(tweet.replyTo ? t('Je antwoord is verzonden.', 'Your reply was sent.') : t('Je post is verzonden.', 'Your post was sent.'));
    setTimeout(() => setToast(null), 4000);
  };
  const openDialog = (query: string) => {
    if (!url.pathname.startsWith('/compose/')) setBackground(url.pathname);
    navigate(`/compose/post${query}`);
  };
  const closeDialog = () => navigate(background);

  const status = /^\/([^/]+)\/status\/(\d+)/.exec(url.pathname);
  const inDialog = url.pathname === '/compose/post' || url.pathname === '/compose/tweet';
  const shownPath = inDialog ? background : url.pathname;
  const shownStatus = inDialog ? /^\/([^/]+)\/status\/(\d+)/.exec(background) : status;

  const actions = { onReply: (t: Tweet) => openDialog(`?in_reply_to=${t.id}`), onQuote: (t: Tweet) => openDialog(`?quote=${t.id}`) };

  return (
    <div className="app">
      <header role="banner" className="sidenav">
        <nav role="navigation" aria-label={t('Primaire navigatie', 'Primary')}>
          <a {...linkProps('/home')} data-testid="AppTabBar_Home_Link" aria-label="Home">
            Home
          </a>
          <a {...linkProps(`/${account.handle}`)} data-testid="AppTabBar_Profile_Link" aria-label={t('Profiel', 'Profile')}>
            {t('Profiel', 'Profile')}
          </a>
          <a
            href="/compose/post"
            data-testid="SideNav_NewTweet_Button"
            aria-label={t('Posten', 'Post')}
            onClick={(e) => {
              e.preventDefault();
              openDialog('');
            }}
          >
            {t('Posten', 'Post')}
          </a>
        </nav>
        <AccountSwitcher account={account} onSwitch={setAccount} />
      </header>
      <main role="main" className="primary" data-testid="primaryColumn">
        {shownStatus ? (
          <StatusPage id={shownStatus[2]!} tweets={tweets} account={account} onPosted={posted} {...actions} />
        ) : shownPath === '/home' || shownPath === '/' ? (
          <Home account={account} tweets={tweets} onPosted={posted} {...actions} />
        ) : (
          <Profile handle={shownPath.split('/')[1] ?? ''} tweets={tweets} {...actions} />
        )}
      </main>
      <div id="layers">
        {inDialog && (
          <ComposeDialog
            account={account}
            replyTo={byId(url.searchParams.get('in_reply_to'))}
            quote={byId(url.searchParams.get('quote'))}
            onClose={closeDialog}
            onPosted={(t) => {
              posted(t);
              closeDialog();
            }}
          />
        )}
        {toast && (
          <div role="alert" data-testid="toast" className="toast">
            {toast}
          </div>
        )}
      </div>
    </div>
  );
}

function AccountSwitcher({ account, onSwitch }: { account: XAccount; onSwitch(a: XAccount): void }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="switcher">
      <button
        type="button"
        data-testid="SideNav_AccountSwitcher_Button"
        aria-label={t('Accountmenu', 'Account menu')}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <div data-testid={`UserAvatar-Container-${account.handle}`} className="avatar">
          {account.name.slice(0, 1)}
        </div>
        <div className="who">
          <span className="name">{account.name}</span>
          <span className="handle">@{account.handle}</span>
        </div>
      </button>
      {open && (
        <div role="menu" className="menu" aria-label="Accounts">
          {[SCHOOL, PRIVATE].map((a) => (
            <div
              key={a.handle}
              role="menuitem"
              tabIndex={0}
              data-testid="UserCell"
              aria-checked={a.handle === account.handle}
              onClick={() => {
                onSwitch(a);
                setOpen(false);
              }}
            >
              {a.name} <span>@{a.handle}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

interface TweetActions {
  onReply(t: Tweet): void;
  onQuote(t: Tweet): void;
}

function Home(props: { account: XAccount; tweets: Tweet[]; onPosted(t: Tweet): void } & TweetActions) {
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

function Profile(props: { handle: string; tweets: Tweet[] } & TweetActions) {
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

function StatusPage(props: { id: string; tweets: Tweet[]; account: XAccount; onPosted(t: Tweet): void } & TweetActions) {
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

function ComposeDialog(props: {
  account: XAccount;
  replyTo: Tweet | undefined;
  quote: Tweet | undefined;
  onClose(): void;
  onPosted(t: Tweet): void;
}) {
  const { replyTo, quote } = props;
  return (
    <div className="mask">
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="dialog">
        <div className="dialog-bar">
          <button type="button" data-testid="app-bar-close" aria-label={t('Sluiten', 'Close')} onClick={props.onClose}>
            ×
          </button>
          <h2 id="modal-header" className="sr-only">
            {replyTo ? t('Antwoord posten', 'Post your reply') : quote ? t('Post citeren', 'Quote') : t('Post opstellen', 'Compose post')}
          </h2>
        </div>
        {replyTo && (
          <div className="dialog-original">
            <b>{replyTo.author.name}</b> <span>@{replyTo.author.handle}</span>
            <div>{replyTo.text}</div>
          </div>
        )}
        <Composer
          key={`${props.account.handle}-${replyTo?.id ?? quote?.id ?? 'new'}`}
          account={props.account}
          kind={replyTo ? 'reply' : quote ? 'quote' : 'post'}
          flow={replyTo ? 'reply-dialog' : quote ? 'quote' : 'dialog'}
          buttonTestId="tweetButton"
          buttonLabel={replyTo ? t('Beantwoorden', 'Reply') : t('Posten', 'Post')}
          placeholder={replyTo ? t('Post je antwoord', 'Post your reply') : quote ? t('Voeg een reactie toe', 'Add a comment') : t('Wat gebeurt er?', 'What is happening?!')}
          replyTo={replyTo}
          quote={quote}
          autoFocus
          onPosted={props.onPosted}
        />
      </div>
    </div>
  );
}
