import { describe, expect, it } from 'vitest';
import { stripDocs } from '../../../build/strip-list-docs';
import { checkDraft } from '../../../lib/engine';
import { resolvePolicy } from '../../../lib/policy/validate';
import offensiveNl from '../../../assets/wordlists/offensive-nl.json';

describe('stripDocs (bundled word lists)', () => {
  it('drops documentation keys at any depth and keeps the data', () => {
    const list = {
      description: 'x',
      source: 'y',
      entries: [{ term: 'klootzak', lang: 'nl', category: 'insult', source: 'z', note: 'kept' }],
      removed: [{ term: 'kut', note: 'in words' }],
    };
    expect(stripDocs(list)).toEqual({ entries: [{ term: 'klootzak', lang: 'nl', category: 'insult' }] });
  });

  it('a stripped list still holds every entry term', () => {
    const stripped = stripDocs(offensiveNl) as { entries: { term: string }[] };
    expect(stripped.entries.map((e) => e.term)).toEqual((offensiveNl as { entries: { term: string }[] }).entries.map((e) => e.term));
    expect(JSON.stringify(stripped).length).toBeLessThan(JSON.stringify(offensiveNl).length);
    expect(checkDraft({ text: 'Wat een klootzak', context: 'post', hasImages: false }, resolvePolicy(undefined).policy).map((f) => f.rule)).toContain('offensive-language');
  });
});
