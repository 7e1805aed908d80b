// Runs one text rule on a text the way the engine does, and returns the excerpts of its hits, so a
// table test fails when a span points at the wrong words of the ORIGINAL text.
import { expect } from 'vitest';
import { mergePolicies } from '../../../lib/policy/validate';
import type { PartialPolicy, Policy } from '../../../lib/policy/schema';
import type { Hit, Rule } from '../../../lib/rules/rule';
import { prepareText } from '../../../lib/text/prepare';
import type { Draft } from '../../../lib/types';

export const examplePolicy: Policy = mergePolicies({
  schoolName: 'OBS De Wierde',
  staffNames: ['Eline de Boer', 'Pieter Smit'],
  accounts: [
    { platform: 'facebook', name: 'OBS De Wierde' },
    { platform: 'instagram', handle: 'obsdewierde' },
    { platform: 'x', handle: 'obsdewierde' },
  ],
  allowedMentions: ['@ggdgroningen', 'kinderpostzegels'],
} as PartialPolicy);

/** The rule's hits on `text`, each checked to be a non-empty span inside the text. */
export function hitsOf(rule: Rule, text: string, draft: Partial<Draft> = {}, policy: Policy = examplePolicy): Hit[] {
  const hits = rule.check({
    policy,
    text: prepareText(text),
    draft: { text, context: 'post', hasImages: false, ...draft },
    source: 'text',
    earlier: new Map(),
    imageTextHits: new Map(),
  });
  for (const h of hits) {
    expect(h.start).toBeGreaterThanOrEqual(0);
    expect(h.end).toBeGreaterThan(h.start!);
    expect(h.end).toBeLessThanOrEqual(text.length);
  }
  return hits;
}

export function excerpts(rule: Rule, text: string, draft: Partial<Draft> = {}, policy: Policy = examplePolicy): string[] {
  return hitsOf(rule, text, draft, policy).map((h) => text.slice(h.start!, h.end!));
}
