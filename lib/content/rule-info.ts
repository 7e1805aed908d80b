// The article's own words for a finding's panel, from the rule's meta.
import { RULES } from '../rules';
import type { RuleId } from '../types';

const QUOTES = new Map<RuleId, string>(RULES.map((r) => [r.meta.id, r.meta.quote]));

export function ruleQuote(rule: RuleId): string {
  return QUOTES.get(rule) ?? '';
}
