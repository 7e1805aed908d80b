// Bad input never crashes the engine, and every span stays inside the text (issue 3, "Bad input").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft, MAX_TEXT_LENGTH } from '../../../lib/engine';
import { resolvePolicy } from '../../../lib/policy/validate';
import { RULE_IDS, type Draft, type Finding } from '../../../lib/types';
import { randomText, seededRandom } from './random-text';

const { policy } = resolvePolicy(JSON.parse(readFileSync(new URL('../../fixtures/policies/example-school.json', import.meta.url), 'utf8')));
const defaults = resolvePolicy(undefined).policy;
// A Tuesday morning inside the example policy's lesson hours, so lesson-time runs as well.
const LESSON_TIME = new Date('2026-03-10T10:00:00+01:00');

function draft(text: string, extra: Partial<Draft> = {}): Draft {
  return { text, context: 'post', hasImages: false, now: LESSON_TIME, ...extra };
}

/** The invariants every finding must keep, whatever the input; returns what is wrong. */
function problemsOf(findings: Finding[], text: string, images: Record<string, string> = {}): string[] {
  const problems: string[] = [];
  for (const f of findings) {
    const at = `${f.rule} ${f.source} ${f.start}-${f.end}`;
    if (!(RULE_IDS as readonly string[]).includes(f.rule)) problems.push(`${at}: unknown rule`);
    if (!['info', 'warn', 'block'].includes(f.severity)) problems.push(`${at}: severity ${f.severity}`);
    if (typeof f.message !== 'string' || !f.message) problems.push(`${at}: empty message`);
    if (typeof f.article !== 'string' || !f.article) problems.push(`${at}: empty article`);
    if ((f.start === undefined) !== (f.end === undefined)) problems.push(`${at}: only one of start/end`);
    if (f.start === undefined || f.end === undefined) continue;
    const within = f.source === 'image' ? images[f.image ?? ''] : text;
    if (typeof within !== 'string') {
      problems.push(`${at}: span on unknown image ${f.image}`);
      continue;
    }
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) problems.push(`${at}: not integers`);
    if (!(0 <= f.start && f.start <= f.end && f.end <= within.length)) problems.push(`${at}: outside 0..${within.length}`);
    // The excerpt is the spanned text; a long span (the unchecked tail) may show only its start.
    if (f.excerpt !== undefined && !within.slice(f.start, f.end).startsWith(f.excerpt)) problems.push(`${at}: excerpt ${JSON.stringify(f.excerpt)} is not the spanned text`);
  }
  return problems;
}

/** One assertion for all findings: vitest's expect is too slow to call per field on 5,000 findings. */
function expectWellFormed(findings: Finding[], text: string, images: Record<string, string> = {}) {
  expect(problemsOf(findings, text, images)).toEqual([]);
}

const HOSTILE: [string, string][] = [
  ['empty post', ''],
  ['only spaces and newlines', '   \n\n\t  '],
  ['only emoji', '😀🎉👩‍👩‍👧‍👦🇳🇱👍🏽'.repeat(20)],
  ['Arabic', 'مرحبا بالجميع، اليوم زار الصف الخامس المتحف. محمد وفاطمة قدما عرضا.'],
  ['Hebrew', 'שלום לכולם, היום כיתה ה ביקרה במוזיאון. דוד ושרה הציגו.'],
  ['mixed direction with override marks', 'Groep 5 \u202eنشرة\u202c en juf Eline \u2067שלום\u2069 06-12345678'],
  ['lone high surrogate', 'Sanne \ud800 uit groep 3'],
  ['lone low surrogate at start', '\udc00Daan heeft ADHD'],
  ['surrogates reversed', 'kut\udc00\ud800kut'],
  ['ends in a high surrogate', 'Gefeliciteerd Noah \ud83d'],
  ['combining characters', 'Sa\u0301nne\u0308 uit gro\u0301ep 3 en k\u0301u\u0301t'],
  ['stacked combining marks', 'e' + '\u0301\u0308\u0327'.repeat(200)],
  ['NUL bytes', 'Sanne\u0000uit\u0000groep 3 \u0000 06\u000012345678'],
  ['control characters', '\u0001\u0002\u0007\u001b[31mkut\u001b[0m'],
  ['zero-width inside words', 'k\u200bu\u200bt en S\u200dan\u00adne'],
  ['NFKC expansions', 'ﬁets Straße İstanbul ½ ™ ＡＢＣ ①② Ǆ'],
  ['one very long word', 'a'.repeat(50_000)],
  ['one very long number', '9'.repeat(20_000)],
  ['many short tokens', '@a #b 1 '.repeat(5_000)],
];

describe('checkDraft on hostile text', () => {
  for (const [name, text] of HOSTILE) {
    it(`${name}: no crash, spans inside the text`, () => {
      for (const p of [policy, defaults]) {
        for (const context of ['post', 'reply', 'comment'] as const) {
          const findings = checkDraft(draft(text, { context }), p);
          expectWellFormed(findings, text);
        }
      }
    });
  }

  it('is deterministic: the same draft gives the same findings', () => {
    const text = 'Gefeliciteerd Daan! Bel 06-12345678. @janvandijk kut \ud800 😀';
    expect(checkDraft(draft(text), policy)).toEqual(checkDraft(draft(text), policy));
  });
});

describe('over-long text', () => {
  const long = 'Vandaag was een mooie dag in groep 5. '.repeat(Math.ceil(200_000 / 38)).slice(0, 200_000);

  it('checks the first MAX_TEXT_LENGTH characters and reports the unchecked rest as one span', () => {
    const findings = checkDraft(draft(long), policy);
    expectWellFormed(findings, long);
    const tail = findings.filter((f) => f.rule === 'unchecked-image' && f.source === 'text');
    expect(tail).toHaveLength(1);
    expect(tail[0]).toMatchObject({ start: MAX_TEXT_LENGTH, end: 200_000, severity: 'warn' });
    expect(tail[0]!.message).toContain('100.000');
    expect(tail[0]!.message).toContain('200.000');
    // Nothing found by the rules lies beyond the cut.
    for (const f of findings) if (f !== tail[0] && f.end !== undefined) expect(f.end).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
  });

  it('says it in English when asked', () => {
    const [tail] = checkDraft(draft(long), policy, { lang: 'en' }).filter((f) => f.rule === 'unchecked-image');
    expect(tail!.message).toMatch(/too long.*100,000.*200,000/);
  });

  it('does not split an emoji at the cut', () => {
    const text = 'a'.repeat(MAX_TEXT_LENGTH - 1) + '😀' + 'b'.repeat(10);
    const [tail] = checkDraft(draft(text), policy).filter((f) => f.rule === 'unchecked-image');
    expect(tail).toMatchObject({ start: MAX_TEXT_LENGTH - 1, end: text.length, excerpt: '😀' + 'b'.repeat(10) });
  });

  it('adds nothing at exactly MAX_TEXT_LENGTH', () => {
    const text = 'a '.repeat(MAX_TEXT_LENGTH / 2);
    expect(checkDraft(draft(text), policy).filter((f) => f.rule === 'unchecked-image')).toEqual([]);
  });

  it('follows the policy: no note when unchecked-image is off', () => {
    const { policy: off } = resolvePolicy({ rules: { 'unchecked-image': 'off' } });
    expect(checkDraft(draft(long), off).filter((f) => f.rule === 'unchecked-image')).toEqual([]);
  });

  it('reports over-long text inside an image against that image', () => {
    const ocr = 'x '.repeat(60_000);
    const findings = checkDraft(draft('Groepsfoto', { hasImages: true, images: [{ id: 'scan.png', status: 'ok', text: ocr, faces: [] }] }), policy);
    expectWellFormed(findings, 'Groepsfoto', { 'scan.png': ocr });
    expect(findings.filter((f) => f.rule === 'unchecked-image' && f.source === 'image' && f.start === MAX_TEXT_LENGTH)).toHaveLength(1);
  });
});

describe('property: random hostile strings', () => {
  it('never throws and keeps every span inside the text (500 seeded cases)', () => {
    const rand = seededRandom(20261125);
    const firedRules = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const text = randomText(rand);
      const ocr = randomText(rand, 15);
      const context = (['post', 'reply', 'comment'] as const)[i % 3]!;
      const images = i % 4 === 0 ? [{ id: `img${i}`, status: 'ok' as const, text: ocr, faces: [] }] : [];
      let findings: Finding[];
      try {
        findings = checkDraft(draft(text, { context, hasImages: images.length > 0, images }), i % 2 ? policy : defaults);
      } catch (e) {
        throw new Error(`case ${i} threw on ${JSON.stringify(text)}: ${(e as Error).stack}`);
      }
      const problems = problemsOf(findings, text, { [`img${i}`]: ocr });
      if (problems.length) expect.fail(`case ${i}, text ${JSON.stringify(text)}, ocr ${JSON.stringify(ocr)}:\n${problems.join('\n')}`);
      for (const f of findings) firedRules.add(f.rule);
    }
    // The generator must reach the rules, or the property says nothing about their spans.
    for (const rule of ['child-name', 'personal-data', 'offensive-language', 'tagging']) expect(firedRules).toContain(rule);
  });
});

describe('input outside the type', () => {
  it('treats a missing text as an empty post instead of crashing', () => {
    expect(() => checkDraft({ context: 'post', hasImages: false } as unknown as Draft, policy)).not.toThrow();
  });
});
