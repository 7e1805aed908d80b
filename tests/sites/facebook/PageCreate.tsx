/** @jsxImportSource react */
// www.facebook.com/pages/create: the page-creation flow (rule new-page, Schooluren 3).
import { useState } from 'react';
import { recordPost } from '../shared/client.ts';
import { divButton } from '../shared/ui.tsx';
import type { FbIdentity } from './data.ts';
import { t } from '../shared/i18n.ts';

export function PageCreate(props: { identity: FbIdentity; notify(text: string): void }) {
  const [name, setName] = useState('');
  const [category, setCategory] = useState('');
  const [bio, setBio] = useState('');
  const ready = name.trim() !== '' && category.trim() !== '';
  return (
    <div role="main" className="page-create">
      <div className="card">
        <h1>{t('Een Pagina maken', 'Create a Page')}</h1>
        <p>{t('Je Pagina is de plek waar mensen meer over je te weten komen.', 'Your Page is where people go to learn more about you.')}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
          }}
        >
          <label>
            {t('Paginanaam (verplicht)', 'Page name (required)')}
            <input aria-label={t('Paginanaam (verplicht)', 'Page name (required)')} value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            {t('Categorie (verplicht)', 'Category (required)')}
            <input aria-label={t('Categorie (verplicht)', 'Category (required)')} value={category} onChange={(e) => setCategory(e.target.value)} />
          </label>
          <label>
            {t('Bio (optioneel)', 'Bio (optional)')}
            <textarea aria-label={t('Bio (optioneel)', 'Bio (optional)')} value={bio} onChange={(e) => setBio(e.target.value)} />
          </label>
          <div
            {...divButton(
              () => {
                recordPost({ kind: 'post', text: name, account: props.identity.name, attachments: [], flow: 'page-create', via: 'click' });
                props.notify(t(`Pagina ${name} is gemaakt.`, `Page ${name} was created.`));
              },
              { label: t('Pagina maken', 'Create Page'), disabled: !ready },
            )}
            className="primary-button"
          >
            {t('Pagina maken', 'Create Page')}
          </div>
        </form>
      </div>
    </div>
  );
}
