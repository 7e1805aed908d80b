// "Wat nu geldt": every field with its value and source, and every rule with its article,
// severity and source.
import type { EffectivePolicy } from '@/lib/policy/sources';
import type { Lang } from '@/lib/types';
import { POLICY_FIELDS } from '@/lib/policy/schema';
import { FIELD_DOCS } from '@/lib/policy/field-docs';
import { RULES } from '@/lib/rules';
import { RULE_LABELS, UI_STRINGS } from '@/lib/options/strings';
import { summarizeField } from '@/lib/options/summary';

export function ActivePolicy(props: { effective: EffectivePolicy; lang: Lang }) {
  const { effective, lang } = props;
  const s = UI_STRINGS[lang];
  return (
    <section aria-labelledby="active-h">
      <h2 id="active-h">{s.activeTitle}</h2>
      <p>{s.activeIntro}</p>
      <table class="active" data-testid="active-fields">
        <thead>
          <tr>
            <th>{s.colSetting}</th>
            <th>{s.colValue}</th>
            <th>{s.colSource}</th>
          </tr>
        </thead>
        <tbody>
          {POLICY_FIELDS.filter((f) => f !== 'rules').map((field) => (
            <tr key={field} data-field={field} data-source={effective.sources[field]}>
              <th scope="row">{FIELD_DOCS[field].label[lang]}</th>
              <td>{summarizeField(effective.policy, field, lang)}</td>
              <td class={`src src-${effective.sources[field]}`}>{s.source[effective.sources[field]]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="active" data-testid="active-rules">
        <thead>
          <tr>
            <th>{s.colRule}</th>
            <th>{s.colArticle}</th>
            <th>{s.colSeverity}</th>
            <th>{s.colSource}</th>
          </tr>
        </thead>
        <tbody>
          {RULES.map(({ meta }) => (
            <tr key={meta.id} data-rule={meta.id} data-source={effective.ruleSources[meta.id]}>
              <th scope="row">{RULE_LABELS[meta.id][lang]}</th>
              <td>{meta.article}</td>
              <td class={`sev sev-${effective.policy.rules[meta.id]}`}>
                {s.severity[effective.policy.rules[meta.id]]}
                {effective.policy.mode === 'audit' && effective.policy.rules[meta.id] !== 'off' ? ` → info (${s.auditShort})` : ''}
              </td>
              <td class={`src src-${effective.ruleSources[meta.id]}`}>{s.source[effective.ruleSources[meta.id]]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
