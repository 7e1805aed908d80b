/** @jsxImportSource react */
// The Instagram replica: navigation with "Maken" and the profile link (a[href="/<handle>/"]
// "Profiel"), the feed with comment forms, the create flow, profile pages, a post page (/p/<id>/)
// and the professional-account switch (/accounts/convert_to_professional_account/).
import { useState } from 'react';
import { linkProps, recordPost, usePath } from '../shared/client.ts';
import { divButton } from '../shared/ui.tsx';
import { CreateDialog } from './CreateDialog.tsx';
import { SEED_POSTS, initialHandle, type IgComment, type IgPost } from './data.ts';
import { PostArticle } from './Feed.tsx';
import { t } from '../shared/i18n.ts';

export function App() {
  const path = usePath();
  const [handle] = useState(initialHandle);
  const [posts, setPosts] = useState<IgPost[]>(SEED_POSTS);
  const [creating, setCreating] = useState(false);
  const pathname = new URL(path, location.origin).pathname;
  const onComment = (postId: string, comment: IgComment) =>
    setPosts((current) => current.map((p) => (p.id === postId ? { ...p, comments: [...p.comments, comment] } : p)));

  let main;
  const postMatch = /^\/p\/([^/]+)\/?$/.exec(pathname);
  const profileMatch = /^\/([a-z0-9._]+)\/?$/i.exec(pathname);
  if (pathname.startsWith('/accounts/convert_to_professional_account')) {
    main = <ProfessionalSwitch handle={handle} />;
  } else if (postMatch) {
    const post = posts.find((p) => p.id === postMatch[1]);
    main = post ? <PostArticle post={post} handle={handle} onComment={onComment} /> : <p>{t('Deze pagina is niet beschikbaar.', "Sorry, this page isn't available.")}</p>;
  } else if (profileMatch && pathname !== '/') {
    const owner = profileMatch[1]!;
    main = (
      <div className="ig-profile">
        <h2>{owner}</h2>
        <div className="ig-grid">
          {posts
            .filter((p) => p.author === owner)
            .map((p) => (
              <a key={p.id} {...linkProps(`/p/${p.id}/`)} className="ig-tile" style={{ background: p.colour }}>
                {p.images[0] && <img src={p.images[0]} alt="" />}
              </a>
            ))}
        </div>
      </div>
    );
  } else {
    main = (
      <div className="ig-feed">
        {posts.map((post) => (
          <PostArticle key={post.id} post={post} handle={handle} onComment={onComment} />
        ))}
      </div>
    );
  }

  return (
    <div className="ig-app">
      <nav className="ig-nav" role="navigation" aria-label={t('Hoofdnavigatie', 'Main navigation')}>
        <div className="ig-logo">Instagram</div>
        <a {...linkProps('/')}>
          <span aria-hidden="true">⌂</span> <span>{t('Startpagina', 'Home')}</span>
        </a>
        <a
          href="#"
          role="link"
          onClick={(e) => {
            e.preventDefault();
            setCreating(true);
          }}
        >
          <svg aria-label={t('Nieuw bericht', 'New post')} role="img" width="24" height="24" viewBox="0 0 24 24">
            <path d="M12 5v14M5 12h14" stroke="currentColor" strokeWidth="2" />
          </svg>
          <span>{t('Maken', 'Create')}</span>
        </a>
        <a {...linkProps(`/${handle}/`)}>
          <img alt={t(`Profielfoto van ${handle}`, `${handle}'s profile picture`)} className="ig-nav-avatar" src="data:image/gif;base64,R0lGODlhAQABAIAAAMzMzAAAACH5BAAAAAAALAAAAAABAAEAAAICRAEAOw==" />
          <span>{t('Profiel', 'Profile')}</span>
        </a>
      </nav>
      <main role="main" className="ig-main">
        {main}
      </main>
      {creating && (
        <CreateDialog
          handle={handle}
          onClose={() => setCreating(false)}
          onShared={(post) => {
            setPosts((current) => [post, ...current]);
            setTimeout(() => setCreating(false), 800);
          }}
        />
      )}
    </div>
  );
}

function ProfessionalSwitch(props: { handle: string }) {
  const [step, setStep] = useState(0);
  const steps = [t('Overstappen op een professioneel account', 'Switch to professional account'), t('Kies een categorie', 'Choose a category'), t('Ben je een maker of een bedrijf?', 'Are you a creator or a business?')];
  return (
    <div className="ig-pro card">
      <h1>{steps[Math.min(step, steps.length - 1)]}</h1>
      <p>{t('Met een professioneel account krijg je toegang tot statistieken en contactopties voor', 'A professional account gets insights and contact options for')} @{props.handle}.</p>
      {step < steps.length ? (
        <div
          {...divButton(() => {
            if (step === steps.length - 1) recordPost({ kind: 'post', text: '', account: props.handle, attachments: [], flow: 'professional-switch', via: 'click' });
            setStep(step + 1);
          })}
          className="ig-blue-button"
        >
          {step === steps.length - 1 ? t('Klaar', 'Done') : t('Volgende', 'Next')}
        </div>
      ) : (
        <p role="status">{t('Je account is nu een professioneel account.', 'Your account is now a professional account.')}</p>
      )}
    </div>
  );
}
