// "Lokale instellingen": whether staff may change settings on this computer, and which are set.
import type { EffectivePolicy } from '@/lib/policy/sources';
import { FIELD_DOCS } from '@/lib/policy/field-docs';
import { POLICY_FIELDS } from '@/lib/policy/schema';
import type { Lang } from '@/lib/types';
import { UI_STRINGS } from '@/lib/options/strings';

export function LocalSettings(props: { effective: EffectivePolicy; lang: Lang }) {
  const { effective, lang } = props;
  const s = UI_STRINGS[lang];
  const local = POLICY_FIELDS.filter((f) => effective.sources[f] === 'local' || (f === 'rules' && Object.values(effective.ruleSources).includes('local')));
  const allowed = effective.localEditable.length > 0;
  return (
    <section aria-labelledby="local-h" data-testid="local-settings" data-allowed={String(allowed)}>
      <h2 id="local-h">{s.localTitle}</h2>
      <p>{!effective.enterprisePresent ? s.localNoPolicy : allowed ? s.localAllowed : s.localLocked}</p>
      {allowed ? <p>{local.length ? s.localSet(local.map((f) => FIELD_DOCS[f].label[lang]).join(', ')) : s.localNone}</p> : null}
    </section>
  );
}
