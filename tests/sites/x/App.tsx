/** @jsxImportSource react */
// The X replica: side navigation with the account switcher, home timeline with the inline
// composer, the compose dialog (/compose/post, also for replies and quotes) and the post detail
// page (/<handle>/status/<id>) with the inline reply box.
import { useState } from 'react';
import { linkProps, navigate, usePath } from '../shared/client.ts';
import { ComposeDialog } from './ComposeDialog.tsx';
import { PRIVATE, SCHOOL, SEED_TWEETS, initialAccount, type Tweet, type XAccount } from './data.ts';
import { t } from '../shared/i18n.ts';
import { Home, Profile, StatusPage } from './Timeline.tsx';

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
