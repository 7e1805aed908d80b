// Import of an existing policy: a file (any export format) or pasted text. What the file said is
// put into the form as it was, so invalid values show with their problem.
import { useState } from 'preact/hooks';
import { importPolicy } from '@/lib/policy/exports';
import { validatePolicy, type PolicyProblem } from '@/lib/policy/validate';
import type { ExtensionIds } from '@/lib/policy/exports/ids';
import type { Lang } from '@/lib/types';
import { UI_STRINGS } from '@/lib/options/strings';
import { ProblemList } from './shared';

export function ImportPanel(props: { lang: Lang; ids: ExtensionIds; onImport: (policy: Record<string, unknown>) => void }) {
  const s = UI_STRINGS[props.lang];
  const [paste, setPaste] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const [dropped, setDropped] = useState<PolicyProblem[]>([]);

  const take = (input: string | Uint8Array) => {
    const got = importPolicy(input, props.ids);
    if (!got.policy) {
      setMessage({ ok: false, text: got.error?.[props.lang] ?? '' });
      setDropped([]);
      return;
    }
    // Problems the form cannot show (unknown fields or rules) are listed here.
    setDropped(validatePolicy(got.policy).problems);
    setMessage({ ok: true, text: s.imported(got.format ?? '') });
    props.onImport(got.policy);
  };

  return (
    <section class="import" aria-labelledby="import-h">
      <h3 id="import-h">{s.importTitle}</h3>
      <p>{s.importIntro}</p>
      <label class="file">
        {s.importFile}{' '}
        <input
          type="file"
          data-testid="import-file"
          accept=".json,.reg,.mobileconfig,.plist,application/json"
          onChange={async (e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) take(new Uint8Array(await file.arrayBuffer()));
          }}
        />
      </label>
      <label for="import-paste">{s.importPaste}</label>
      <textarea id="import-paste" data-testid="import-paste" rows={4} value={paste} onInput={(e) => setPaste((e.currentTarget as HTMLTextAreaElement).value)} />
      <button type="button" data-testid="import-button" onClick={() => take(paste)} disabled={!paste.trim()}>
        {s.importButton}
      </button>
      {message ? (
        <p class={message.ok ? 'ok' : 'error'} role="status" data-testid="import-message">
          {message.text}
        </p>
      ) : null}
      <ProblemList problems={dropped} lang={props.lang} />
    </section>
  );
}
