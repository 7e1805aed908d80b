// Draft snapshot + policy → findings. Pure: shared by the extension and the CLI.
import type { Draft, Finding, Lang, Localized, RuleId, Severity } from './types';
import type { Policy } from './policy/schema';
import { RULES } from './rules';
import type { Hit, Rule } from './rules/rule';
import { prepareText, type PreparedText } from './text/prepare';

/**
 * Hard cap on text length analysed (UTF-16 units). No platform accepts posts this long (Facebook:
 * 63,206), so it only bounds the work on pasted or scripted input. Longer text is checked up to
 * here, and the rest is reported, never silently dropped: see `uncheckedTail`.
 */
export const MAX_TEXT_LENGTH = 100_000;

/** `at`, or one less when cutting there would split a surrogate pair (emoji). */
function cutBefore(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** Where the checked part of a text ends. */
const cutPoint = (text: string) => cutBefore(text, MAX_TEXT_LENGTH);

const TOO_LONG = {
  message: {
    nl: 'Deze tekst is te lang om helemaal te controleren: Postwijs heeft alleen de eerste {checked} van de {total} tekens gecontroleerd.',
    en: 'This text is too long to check completely: Postwijs checked only the first {checked} of its {total} characters.',
  },
  advice: {
    nl: 'Maak het bericht korter of verdeel het over meer berichten; het gemarkeerde deel is niet gecontroleerd.',
    en: 'Shorten the post or split it into several posts; the marked part was not checked.',
  },
};

/**
 * Over-long text gets a finding of the safety-net rule `unchecked-image` ("content Postwijs could
 * not check", Afspraken 3 en 5) whose span covers exactly the unchecked tail. Reusing that rule keeps
 * the Finding contract (no new rule id) and its policy severity (default warn: the user confirms
 * "Toch plaatsen"); the message says plainly that it is the text, not an image, that was cut.
 */
function uncheckedTail(full: string, checked: number, policy: Policy, lang: Lang, source: Finding['source'], image?: string): Finding[] {
  const severity = severityFor(policy, 'unchecked-image');
  if (checked >= full.length || severity === 'off') return [];
  const params = { checked: checked.toLocaleString(lang), total: full.length.toLocaleString(lang) };
  const finding: Finding = {
    rule: 'unchecked-image',
    severity,
    source,
    start: checked,
    end: full.length,
    message: fill(TOO_LONG.message[lang], params),
    article: RULES.find((r) => r.meta.id === 'unchecked-image')?.meta.article ?? 'Afspraken 3 en 5',
    advice: fill(TOO_LONG.advice[lang], params),
    // The start of the unchecked part, not all of it (the excerpt may go into a supervisor e-mail).
    excerpt: full.slice(checked, cutBefore(full, checked + 80)),
  };
  if (image !== undefined) finding.image = image;
  return [finding];
}

/** A rule's span as integers inside [0, length], or undefined when the rule gave no usable span. */
function clampSpan(start: number | undefined, end: number | undefined, length: number): { start: number; end: number } | undefined {
  if (typeof start !== 'number' || typeof end !== 'number' || Number.isNaN(start) || Number.isNaN(end)) return undefined;
  const s = Math.min(Math.max(0, Math.floor(start)), length);
  const e = Math.min(Math.max(s, Math.ceil(end)), length);
  return { start: s, end: e };
}

const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2, off: 3 };

export interface CheckOptions {
  lang?: Lang;
  /** Rules to run; defaults to all registered rules. */
  rules?: readonly Rule[];
}

function fill(template: string, params: Record<string, string> | undefined): string {
  // No placeholder (e.g. a message a rule filled in already): nothing to replace, skip the regex.
  if (!params || !template.includes('{')) return template;
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
    // A finding about a photo as a whole (child-portrait, photo-consent, unchecked-image) comes from
    // the image even though its rule runs in the draft-text pass. A hit with a span keeps the
    // source of the text the span points into (named-photo: the name in the draft, image id beside).
    source: hit.image !== undefined && hit.start === undefined ? 'image' : source,
    message: fill(pick(hit.message ?? rule.meta.message), hit.params),
    article: rule.meta.article,
    advice: fill(pick(hit.advice ?? rule.meta.advice), hit.params),
  };
  const span = text && clampSpan(hit.start, hit.end, text.original.length);
  if (span && text) {
    finding.start = span.start;
    finding.end = span.end;
    finding.excerpt = text.original.slice(span.start, span.end);
  }
  if (hit.image !== undefined) finding.image = hit.image;
  return finding;
}

/** Runs every enabled rule over the draft (and over text found in its images). */
export function checkDraft(draft: Draft, policy: Policy, options: CheckOptions = {}): Finding[] {
  const lang = options.lang ?? 'nl';
  const rules = (options.rules ?? RULES).filter((r) => severityFor(policy, r.meta.id) !== 'off');
  const findings: Finding[] = [];
  // Callers outside TypeScript (CLI input, messages) may hand over a non-string; treat it as empty.
  const full = typeof draft.text === 'string' ? draft.text : '';
  const text = full.slice(0, cutPoint(full));
  // Rules that read draft.text directly see the same (cut) text as ctx.text.
  const checkedDraft: Draft = text === draft.text ? draft : { ...draft, text };

  const imageTextHits = new Map<string, Map<RuleId, Hit[]>>();
  const runOn = (prepared: PreparedText, source: 'text' | 'image', imageId?: string) => {
    const earlier = new Map<RuleId, Hit[]>();
    for (const rule of rules) {
      if (source === 'image' && rule.meta.input !== 'text') continue;
      const hits = rule.check({ policy, text: prepared, draft: checkedDraft, source, imageId, earlier, imageTextHits });
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
    if (image.status === 'ok' && typeof image.text === 'string' && image.text.trim()) {
      const checked = cutPoint(image.text);
      const hits = runOn(prepareText(image.text.slice(0, checked)), 'image', image.id);
      imageTextHits.set(image.id, hits);
      findings.push(...uncheckedTail(image.text, checked, policy, lang, 'image', image.id));
    }
  }
  runOn(prepareText(text), 'text');
  findings.push(...uncheckedTail(full, text.length, policy, lang, 'text'));
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
