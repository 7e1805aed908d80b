// Severity per rule, each with the article it enforces and the article's own words
// (from the rule metas in lib/rules, through RULES).
import { RULES } from '@/lib/rules';
import { SEVERITIES, type Lang, type RuleId } from '@/lib/types';
import type { PolicyProblem } from '@/lib/policy/validate';
import { FIELD_DOCS } from '@/lib/policy/field-docs';
import { problemsFor, type PolicyForm } from '@/lib/options/form';
import { RULE_LABELS, UI_STRINGS } from '@/lib/options/strings';

export function RuleSeverities(props: { form: PolicyForm; set: (p: Partial<PolicyForm>) => void; problems: readonly PolicyProblem[]; lang: Lang }) {
  const { form, lang } = props;
  const s = UI_STRINGS[lang];
  const setRule = (id: RuleId, v: string) => props.set({ rules: { ...form.rules, [id]: v } });
  return (
    <fieldset class="rules" data-field="rules">
      <legend>{FIELD_DOCS.rules.label[lang]}</legend>
      <small>{FIELD_DOCS.rules.help[lang]}</small>
      {RULES.map(({ meta }) => (
        <div class="rule" key={meta.id} data-rule={meta.id}>
          <label for={`r-${meta.id}`}>
            <strong>{RULE_LABELS[meta.id][lang]}</strong> <span class="article">{meta.article}</span>
          </label>
          <select id={`r-${meta.id}`} value={form.rules[meta.id]} onChange={(e) => setRule(meta.id, (e.currentTarget as HTMLSelectElement).value)}>
            {SEVERITIES.map((v) => (
              <option value={v} key={v}>{s.severity[v]}{v === meta.defaultSeverity ? ' ★' : ''}</option>
            ))}
            {(SEVERITIES as readonly string[]).includes(form.rules[meta.id]) ? null : <option value={form.rules[meta.id]}>{form.rules[meta.id]}</option>}
          </select>
          {meta.description[lang] ? <p class="desc">{meta.description[lang]}</p> : null}
          {meta.quote ? <blockquote>“{meta.quote}” <cite>— {meta.article}</cite></blockquote> : null}
          {problemsFor(props.problems, `rules.${meta.id}`).map((p) => (
            <span class="field-problem" role="alert" key={p.path}>{p.reason[lang]}</span>
          ))}
        </div>
      ))}
    </fieldset>
  );
}
