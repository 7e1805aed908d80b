// The shape of a rule, as in ESLint: `meta` plus a pure `check`. Adding a rule = adding a file
// in lib/rules/ and listing it in lib/rules/index.ts; nothing else changes.
import type { Draft, Localized, RuleId, Severity } from '../types';
import type { Policy } from '../policy/schema';
import type { PreparedText } from '../text/prepare';

export interface RuleMeta {
  id: RuleId;
  /** The article reference, e.g. "Afspraken 3" or "Tot slot (AVG)". */
  article: string;
  /** The article's own words, quoted from the code of conduct. */
  quote: string;
  defaultSeverity: Severity;
  /** What the rule checks, for the options page. */
  description: Localized;
  /** The finding's sentence, and what to do about it. `{x}` placeholders are filled from Hit.params. */
  message: Localized;
  advice: Localized;
  /** Which part of the draft the rule reads: text rules also run on text found inside images. */
  input: 'text' | 'image' | 'draft';
}

/** A raw hit of a rule, before the engine applies severity and wording. */
export interface Hit {
  start?: number;
  end?: number;
  image?: string;
  /** Overrides meta.message for this hit (a more specific sentence). */
  message?: Localized;
  advice?: Localized;
  /** Values for the `{x}` placeholders of the message. */
  params?: Record<string, string>;
}

export interface RuleContext {
  policy: Policy;
  /** The text being checked (draft text or an image's OCR text), prepared once for all rules. */
  text: PreparedText;
  draft: Draft;
  /** 'text' for the draft text, 'image' when `text` is OCR text of image `imageId`. */
  source: 'text' | 'image';
  imageId?: string;
  /** Hits of rules that ran before this one on the same text (e.g. named-photo reads child-name). */
  earlier: ReadonlyMap<RuleId, readonly Hit[]>;
  /** For the draft-text pass: hits of text rules on each image's OCR text, by image id (these passes run first). */
  imageTextHits: ReadonlyMap<string, ReadonlyMap<RuleId, readonly Hit[]>>;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Hit[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
