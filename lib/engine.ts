// Draft snapshot + policy → findings. Pure: shared by the extension and the CLI.
import type { Draft, Finding, Lang, Localized, RuleId, Severity } from './types';
import type { Policy } from './policy/schema';
import { RULES } from './rules';
import type { Hit, Rule } from './rules/rule';
import { prepareText, type PreparedText } from './text/prepare';

/** Hard cap on text length analysed; longer drafts are checked up to here and say so. */
export const MAX_TEXT_LENGTH = 100_000;

const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2, off: 3 };

export interface CheckOptions {
  lang?: Lang;
  /** Rules to run; defaults to all registered rules. */
  rules?: readonly Rule[];
}

function fill(template: string, params: Record<string, string> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}

export function severityFor(policy: Policy, rule: RuleId): Severity {
  const severity = policy.rules[rule];
  if (severity === 'off') return 'off';
  return policy.mode === 'audit' ? 'info' : severity;
}

function toFinding(rule: Rule, hit: Hit, severity: Severity, source: Finding['source'], text: PreparedText | undefined, lang: Lang): Finding {
  const pick = (l: Localized) => l[lang];
  const finding: Finding = {
    rule: rule.meta.id,
    severity,
    source,
    message: fill(pick(hit.message ?? rule.meta.message), hit.params),
    article: rule.meta.article,
    advice: fill(pick(hit.advice ?? rule.meta.advice), hit.params),
  };
  if (hit.start !== undefined && hit.end !== undefined && text) {
    const max = text.original.length;
    finding.start = Math.min(Math.max(0, hit.start), max);
    finding.end = Math.min(Math.max(finding.start, hit.end), max);
    finding.excerpt = text.original.slice(finding.start, finding.end);
  }
  if (hit.image !== undefined) finding.image = hit.image;
  return finding;
}

/** Runs every enabled rule over the draft (and over text found in its images). */
export function checkDraft(draft: Draft, policy: Policy, options: CheckOptions = {}): Finding[] {
  const lang = options.lang ?? 'nl';
  const rules = (options.rules ?? RULES).filter((r) => severityFor(policy, r.meta.id) !== 'off');
  const findings: Finding[] = [];
  const text = draft.text.length > MAX_TEXT_LENGTH ? draft.text.slice(0, MAX_TEXT_LENGTH) : draft.text;

  const imageTextHits = new Map<string, Map<RuleId, Hit[]>>();
  const runOn = (prepared: PreparedText, source: 'text' | 'image', imageId?: string) => {
    const earlier = new Map<RuleId, Hit[]>();
    for (const rule of rules) {
      if (source === 'image' && rule.meta.input !== 'text') continue;
      const hits = rule.check({ policy, text: prepared, draft, source, imageId, earlier, imageTextHits });
      earlier.set(rule.meta.id, hits);
      const severity = severityFor(policy, rule.meta.id);
      for (const hit of hits) {
        const f = toFinding(rule, imageId && hit.image === undefined ? { ...hit, image: imageId } : hit, severity, source, prepared, lang);
        findings.push(f);
      }
    }
    return earlier;
  };

  // Text inside images first, so draft-level rules (named-photo) can read names found there.
  for (const image of draft.images ?? []) {
    if (image.status === 'ok' && image.text && image.text.trim()) {
      const hits = runOn(prepareText(image.text.slice(0, MAX_TEXT_LENGTH)), 'image', image.id);
      imageTextHits.set(image.id, hits);
    }
  }
  runOn(prepareText(text), 'text');
  return sortFindings(dedupe(findings));
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}|${f.source}|${f.image ?? ''}|${f.start ?? ''}|${f.end ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Most severe first, then by position in the text, then images. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.source === b.source ? 0 : a.source === 'text' ? -1 : 1) ||
      (a.start ?? -1) - (b.start ?? -1) ||
      a.rule.localeCompare(b.rule),
  );
}

/** The strongest severity among findings, or undefined when there are none above off. */
export function strongest(findings: readonly Finding[]): Severity | undefined {
  let best: Severity | undefined;
  for (const f of findings) if (f.severity !== 'off' && (!best || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[best])) best = f.severity;
  return best;
}
