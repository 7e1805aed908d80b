// Export buttons for every format, each with its install steps. The file is made here and saved
// through a Blob link: nothing leaves the computer.
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/policy/exports';
import { FORMAT_IDS, idProblems, type ExtensionIds } from '@/lib/policy/exports/ids';
import type { PartialPolicy } from '@/lib/policy/schema';
import type { Lang } from '@/lib/types';
import { UI_STRINGS } from '@/lib/options/strings';
import { onText } from './Field';

function download(format: ExportFormat, policy: PartialPolicy, ids: ExtensionIds) {
  const bytes = format.encode(format.build(policy, ids));
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: format.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = format.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportPanel(props: { policy: PartialPolicy; enabled: boolean; ids: ExtensionIds; setIds: (ids: ExtensionIds) => void; lang: Lang }) {
  const { lang, ids } = props;
  const s = UI_STRINGS[lang];
  const badIds = idProblems(ids);
  return (
    <section class="export" aria-labelledby="export-h">
      <h3 id="export-h">{s.exportTitle}</h3>
      <p>{s.exportIntro}</p>
      <fieldset class="ids">
        <legend>{s.exportIds}</legend>
        <label>
          {s.chromeId} <input value={ids.chrome} data-testid="chrome-id" onInput={onText((v) => props.setIds({ ...ids, chrome: v.trim() }))} />
        </label>
        <label>
          {s.edgeId} <input value={ids.edge} onInput={onText((v) => props.setIds({ ...ids, edge: v.trim() }))} />
        </label>
        <label>
          {s.firefoxId} <input value={ids.firefox} onInput={onText((v) => props.setIds({ ...ids, firefox: v.trim() }))} />
        </label>
        {badIds.some((k) => k !== 'firefox') ? <span class="field-problem" role="alert">{s.badChromeId}</span> : null}
        {badIds.includes('firefox') ? <span class="field-problem" role="alert">{s.badGeckoId}</span> : null}
      </fieldset>
      {EXPORT_FORMATS.map((f) => (
        <details class="format" key={f.id} data-format={f.id}>
          <summary>
            <span>{f.label[lang]}</span>{' '}
            <button
              type="button"
              data-testid={`export-${f.id}`}
              disabled={!props.enabled || (FORMAT_IDS[f.id] ?? []).some((k) => badIds.includes(k))}
              onClick={(e) => {
                e.preventDefault();
                download(f, props.policy, ids);
              }}
            >
              {s.download} {f.fileName}
            </button>
          </summary>
          <ol>
            {f.steps[lang].map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </details>
      ))}
    </section>
  );
}
