// Shape of the word-list data files: every entry says what it matches, why, and where it came from.
import { describe, expect, it } from 'vitest';
import discussion from '../../../assets/wordlists/discussion.json';
import offensiveEn from '../../../assets/wordlists/offensive-en.json';
import offensiveNl from '../../../assets/wordlists/offensive-nl.json';
import unprofessional from '../../../assets/wordlists/unprofessional.json';
import handles from '../../../assets/wordlists/organisation-handles.json';

type Entry = { term?: string; pattern?: string; prefix?: string; category?: string; source?: string; note?: string; weight?: number };

const files: [string, Entry[], string[]][] = [
  ['offensive-nl', offensiveNl.entries as Entry[], ['profanity', 'insult', 'discrimination', 'sexual', 'threat']],
  ['offensive-en', offensiveEn.entries as Entry[], ['profanity', 'insult', 'discrimination', 'sexual', 'threat']],
  ['unprofessional', unprofessional.entries as Entry[], ['politics', 'party', 'opinion', 'negative', 'negative-mild', 'vote', 'alcohol', 'venting', 'slang']],
  ['discussion', discussion.entries as Entry[], ['rebuttal', 'invite', 'question', 'call', 'poll', 'argument', 'topic']],
];

describe.each(files)('%s', (_name, entries, categories) => {
  it('has entries with exactly one of term, pattern, prefix', () => {
    for (const e of entries) expect([e.term, e.pattern, e.prefix].filter(Boolean), JSON.stringify(e)).toHaveLength(1);
  });
  it('gives each entry a known category, a source and a note', () => {
    for (const e of entries) {
      expect(categories, JSON.stringify(e)).toContain(e.category);
      expect(e.source, JSON.stringify(e)).toBeTruthy();
      expect(e.note, JSON.stringify(e)).toBeTruthy();
    }
  });
  it('writes patterns with single-word alternatives and no empty slots', () => {
    for (const e of entries.filter((x) => x.pattern)) {
      for (const slot of e.pattern!.split(' ')) expect(slot.replace(/\?$/, '').split('|').every(Boolean), e.pattern).toBe(true);
    }
  });
});

describe('discussion weights', () => {
  it('are 1 or 2', () => {
    for (const e of discussion.entries as Entry[]) expect([1, 2]).toContain(e.weight);
  });
});

describe('organisation handles', () => {
  it('note every part', () => {
    for (const p of [...handles.organisation, ...handles.person]) {
      // Folded handle pieces: letters, and digits where the class number is the point (groep7).
      expect(p.part).toMatch(/^[a-z][a-z0-9]*$/);
      expect(p.note).toBeTruthy();
    }
  });
});
