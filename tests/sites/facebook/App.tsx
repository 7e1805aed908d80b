/** @jsxImportSource react */
// The Facebook replica: www/web.facebook.com (feed, post dialog, comments, replies, Page switcher,
// /pages/create) and business.facebook.com (Business Suite composer).
import { useState } from 'react';
import { usePath } from '../shared/client.ts';
import { divButton } from '../shared/ui.tsx';
import { BusinessComposer } from './Business.tsx';
import { PERSON, SCHOOL_PAGE, SEED_POSTS, businessPage, initialIdentity, type FbIdentity, type FbPost } from './data.ts';
import { Feed } from './Feed.tsx';
import { PageCreate } from './PageCreate.tsx';
import { t } from '../shared/i18n.ts';

export function App() {
  const path = usePath();
  const [identity, setIdentity] = useState<FbIdentity>(initialIdentity);
  const [posts, setPosts] = useState<FbPost[]>(SEED_POSTS);
  const [toast, setToast] = useState<string | null>(null);
  const notify = (text: string) => {
    setToast(text);
    setTimeout(() => setToast(null), 4000);
  };
  const pathname = new URL(path, location.origin).pathname;
  const business = location.hostname === 'business.facebook.com';

  let body;
  if (business) body = <BusinessComposer page={businessPage()} notify={notify} />;
  else if (/^\/pages\/creat(e|ion)/.test(pathname)) body = <PageCreate identity={identity} notify={notify} />;
  else body = (
    <div role="main" className="main">
      <Feed key={identity.name} identity={identity} posts={posts} setPosts={setPosts} notify={notify} />
    </div>
  );

  return (
    <>
      {!business && <TopBar identity={identity} onSwitch={setIdentity} />}
      {body}
      {toast && (
        <div role="alert" className="toast">
          {toast}
        </div>
      )}
    </>
  );
}

function TopBar(props: { identity: FbIdentity; onSwitch(identity: FbIdentity): void }) {
  const [open, setOpen] = useState(false);
  const other = props.identity.name === SCHOOL_PAGE.name ? PERSON : SCHOOL_PAGE;
  return (
    <div role="banner" className="topbar">
      <a href="/" aria-label="Facebook" className="logo">
        facebook
      </a>
      <div className="topbar-right">
        <div {...divButton(() => setOpen(!open), { label: t('Je profiel', 'Your profile') })} aria-haspopup="menu" aria-expanded={open} className="profile-button">
          <span className="avatar small" aria-hidden="true">
            {props.identity.name.slice(0, 1)}
          </span>
          <span className="profile-name">{props.identity.name}</span>
        </div>
        {open && (
          <div role="menu" aria-label={t('Account', 'Account')} className="menu">
            <div className="menu-current">{props.identity.name}</div>
            <div
              role="menuitem"
              tabIndex={0}
              onClick={() => {
                props.onSwitch(other);
                setOpen(false);
              }}
            >
              {t('Wisselen naar', 'Switch to')} {other.name}
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
