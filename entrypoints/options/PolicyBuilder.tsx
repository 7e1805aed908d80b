// The policy builder: the form, live validation, import, export, and saving as local settings
// where the policy allows it.
import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkForm, localDiff, policyToForm, type PolicyForm } from '@/lib/options/form';
import { UI_STRINGS } from '@/lib/options/strings';
import { clearLocalPolicy, saveLocalPolicy, type EffectivePolicy } from '@/lib/policy/sources';
import { DEFAULT_IDS, isChromeId, type ExtensionIds } from '@/lib/policy/exports/ids';
import type { Lang } from '@/lib/types';
import { BuilderFields } from './BuilderFields';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { RuleSeverities } from './RuleSeverities';
import { ProblemList } from './shared';

/** The running extension's id: a store install has its own id, and the export must name that one. */
function runningIds(): ExtensionIds {
  const id = browser.runtime?.id ?? '';
  if (isChromeId(id)) return { ...DEFAULT_IDS, chrome: id, edge: id };
  if (id.includes('@')) return { ...DEFAULT_IDS, firefox: id };
  return DEFAULT_IDS;
}

export function PolicyBuilder(props: { effective: EffectivePolicy; lang: Lang }) {
  const { effective, lang } = props;
  const s = UI_STRINGS[lang];
  const [form, setForm] = useState<PolicyForm>(() => policyToForm(effective.policy));
  const [ids, setIds] = useState<ExtensionIds>(runningIds);
  const [saved, setSaved] = useState(false);
  const check = useMemo(() => checkForm(form), [form]);
  const set = (patch: Partial<PolicyForm>) => {
    setSaved(false);
    setForm((f) => ({ ...f, ...patch }));
  };
  const ok = check.problems.length === 0;
  const canSave = effective.localEditable.length > 0;

  return (
    <section class="builder" aria-labelledby="builder-h" data-testid="builder">
      <h2 id="builder-h">{s.builderTitle}</h2>
      <p>{s.builderIntro}</p>
      <ImportPanel lang={lang} ids={ids} onImport={(p) => set(policyToForm(p))} />
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        <BuilderFields form={form} set={set} problems={check.problems} lang={lang} />
        <RuleSeverities form={form} set={set} problems={check.problems} lang={lang} />
      </form>
      <div class={ok ? 'status ok' : 'status error'} role="status" data-testid="builder-status">
        {ok ? s.builderValid : s.builderInvalid(check.problems.length)}
      </div>
      <ProblemList problems={check.problems} lang={lang} />
      <div class="actions">
        <button type="button" onClick={() => set(policyToForm(effective.policy))}>
          {s.resetBuilder}
        </button>
        <button
          type="button"
          data-testid="save-local"
          disabled={!ok || !canSave}
          title={canSave ? undefined : s.saveLocalDisabled}
          onClick={async () => {
            // Fields the enterprise policy sets stay out of the local settings (it wins anyway).
            const own = effective.localEditable.filter((f) => f === 'rules' || effective.sources[f] !== 'enterprise');
            const enterpriseRules = Object.entries(effective.ruleSources).filter(([, src]) => src === 'enterprise').map(([id]) => id);
            await saveLocalPolicy(localDiff(check.policy, own, enterpriseRules));
            setSaved(true);
          }}
        >
          {s.saveLocal}
        </button>
        <button type="button" disabled={!canSave} onClick={() => void clearLocalPolicy()}>
          {s.clearLocal}
        </button>
        {saved ? <span class="ok">{s.savedLocal}</span> : null}
        {canSave ? null : <small>{s.saveLocalDisabled}</small>}
      </div>
      <ExportPanel policy={check.policy} enabled={ok} ids={ids} setIds={setIds} lang={lang} />
    </section>
  );
}
