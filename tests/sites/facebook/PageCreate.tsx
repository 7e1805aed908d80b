/** @jsxImportSource react */
// www.facebook.com/pages/create: the page-creation flow (rule new-page, Schooluren 3).
import { useState } from 'react';
import { recordPost } from '../shared/client.ts';
import { divButton } from '../shared/ui.tsx';
import type { FbIdentity } from './data.ts';

export function PageCreate(props: { identity: FbIdentity; notify(text: string): void }) {
  const [name, setName] = useState('');
  const [category, setCategory] = useState('');
  const [bio, setBio] = useState('');
  const ready = name.trim() !== '' && category.trim() !== '';
  return (
    <div role="main" className="page-create">
      <div className="card">
        <h1>Een Pagina maken</h1>
        <p>Je Pagina is de plek waar mensen meer over je te weten komen.</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
          }}
        >
          <label>
            Paginanaam (verplicht)
            <input aria-label="Paginanaam (verplicht)" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            Categorie (verplicht)
            <input aria-label="Categorie (verplicht)" value={category} onChange={(e) => setCategory(e.target.value)} />
          </label>
          <label>
            Bio (optioneel)
            <textarea aria-label="Bio (optioneel)" value={bio} onChange={(e) => setBio(e.target.value)} />
          </label>
          <div
            {...divButton(
              () => {
                recordPost({ kind: 'post', text: name, account: props.identity.name, attachments: [], flow: 'page-create', via: 'click' });
                props.notify(`Pagina ${name} is gemaakt.`);
              },
              { label: 'Pagina maken', disabled: !ready },
            )}
            className="primary-button"
          >
            Pagina maken
          </div>
        </form>
      </div>
    </div>
  );
}
