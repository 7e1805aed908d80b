// checkDraft's own contract, with stand-in rules so it does not depend on any word list:
// severity from the policy, audit mode, off rules, spans mapped and clamped, order, dedupe,
// image text passes, wording with placeholders.
import { describe, expect, it } from 'vitest';
import { checkDraft, severityFor, sortFindings, strongest } from '../../../lib/engine';
import { resolvePolicy } from '../../../lib/policy/validate';
import { defineRule, type Hit, type Rule, type RuleContext } from '../../../lib/rules/rule';
import type { Draft, Finding, RuleId } from '../../../lib/types';

const policy = resolvePolicy(undefined).policy;
const draft = (text: string, extra: Partial<Draft> = {}): Draft => ({ text, context: 'post', hasImages: false, ...extra });

/** A stand-in rule that reports every occurrence of `word` in the original text. */
function wordRule(id: RuleId, word: string, input: Rule['meta']['input'] = 'text', seen?: RuleContext[]): Rule {
  return defineRule({
    meta: {
      id,
      article: `Art. ${id}`,
      quote: '',
      defaultSeverity: 'warn',
      description: { nl: '', en: '' },
      message: { nl: 'gevonden: {word}', en: 'found: {word}' },
      advice: { nl: 'haal {word} weg', en: 'remove {word}' },
      input,
    },
    check(ctx) {
      seen?.push(ctx);
      const hits: Hit[] = [];
      for (let i = ctx.text.original.indexOf(word); i >= 0; i = ctx.text.original.indexOf(word, i + 1))
        hits.push({ start: i, end: i + word.length, params: { word } });
      return hits;
    },
  });
}

function rawRule(id: RuleId, hits: Hit[]): Rule {
  return { ...wordRule(id, '\u0000never'), check: () => hits };
}

describe('severity', () => {
  it('comes from the policy per rule', () => {
    const { policy: p } = resolvePolicy({ rules: { 'child-name': 'block', tagging: 'info' } });
    const findings = checkDraft(draft('Daan @x'), p, { rules: [wordRule('child-name', 'Daan'), wordRule('tagging', '@x')] });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['child-name', 'block'],
      ['tagging', 'info'],
    ]);
  });

  it('audit mode turns everything into info', () => {
    const { policy: p } = resolvePolicy({ mode: 'audit', rules: { 'child-name': 'block' } });
    expect(severityFor(p, 'child-name')).toBe('info');
    expect(checkDraft(draft('Daan'), p, { rules: [wordRule('child-name', 'Daan')] })[0]!.severity).toBe('info');
  });

  it('a rule set to off does not run at all', () => {
    const { policy: p } = resolvePolicy({ rules: { 'child-name': 'off' } });
    const seen: RuleContext[] = [];
    expect(checkDraft(draft('Daan'), p, { rules: [wordRule('child-name', 'Daan', 'text', seen)] })).toEqual([]);
    expect(seen).toEqual([]);
  });
});

describe('finding shape', () => {
  it('fills message and advice placeholders, in the asked language, with article and excerpt', () => {
    const [nl] = checkDraft(draft('Hallo Daan'), policy, { rules: [wordRule('child-name', 'Daan')] });
    expect(nl).toEqual({
      rule: 'child-name',
      severity: 'warn',
      source: 'text',
      start: 6,
      end: 10,
      message: 'gevonden: Daan',
      advice: 'haal Daan weg',
      article: 'Art. child-name',
      excerpt: 'Daan',
    });
    const [en] = checkDraft(draft('Hallo Daan'), policy, { rules: [wordRule('child-name', 'Daan')], lang: 'en' });
    expect(en!.message).toBe('found: Daan');
  });

  it('a hit-specific message overrides the rule message', () => {
    const rule = rawRule('personal-data', [{ start: 0, end: 1, message: { nl: 'eigen zin', en: 'own sentence' } }]);
    expect(checkDraft(draft('x'), policy, { rules: [rule] })[0]!.message).toBe('eigen zin');
  });

  it('clamps bad spans from a rule into the text and makes them integers', () => {
    const rule = rawRule('personal-data', [
      { start: -5, end: 3 },
      { start: 2, end: 999 },
      { start: 4, end: 1 },
      { start: 1.5, end: 2.5 },
      { start: Number.NaN, end: 2 },
    ]);
    const spans = checkDraft(draft('abcdef'), policy, { rules: [rule] }).map((f) => [f.start, f.end]);
    expect(spans).toEqual([
      [undefined, undefined],
      [0, 3],
      [1, 3],
      [2, 6],
      [4, 4],
    ]);
  });

  it('a hit without a span is a finding about the whole post', () => {
    const [f] = checkDraft(draft('abc'), policy, { rules: [rawRule('lesson-time', [{}])] });
    expect(f).not.toHaveProperty('start');
    expect(f).not.toHaveProperty('excerpt');
  });
});

describe('order and duplicates', () => {
  it('sorts most severe first, then text before image, then by position', () => {
    const { policy: p } = resolvePolicy({ rules: { tagging: 'info', 'child-name': 'warn', 'personal-data': 'block' } });
    const rules = [wordRule('tagging', '@a'), wordRule('child-name', 'Daan'), wordRule('personal-data', '06')];
    const findings = checkDraft(draft('@a Daan 06 Daan', { images: [{ id: 'i', status: 'ok', text: 'Daan' }], hasImages: true }), p, { rules });
    expect(findings.map((f) => `${f.severity} ${f.source} ${f.rule} ${f.start}`)).toEqual([
      'block text personal-data 8',
      'warn text child-name 3',
      'warn text child-name 11',
      'warn image child-name 0',
      'info text tagging 0',
    ]);
  });

  it('drops a second identical hit of the same rule', () => {
    const rule = rawRule('child-name', [
      { start: 0, end: 2 },
      { start: 0, end: 2 },
    ]);
    expect(checkDraft(draft('ab'), policy, { rules: [rule] })).toHaveLength(1);
  });

  it('strongest() and sortFindings() agree on the order of severities', () => {
    const f = (severity: Finding['severity']): Finding => ({ rule: 'tagging', severity, source: 'text', message: 'm', article: 'a' });
    expect(strongest([f('info'), f('block'), f('warn')])).toBe('block');
    expect(strongest([f('info')])).toBe('info');
    expect(strongest([])).toBeUndefined();
    expect(sortFindings([f('info'), f('block'), f('warn')]).map((x) => x.severity)).toEqual(['block', 'warn', 'info']);
  });
});

describe('text inside images', () => {
  it('runs text rules on OCR text of analysed images, with the image id and spans in that text', () => {
    const findings = checkDraft(
      draft('Groepsfoto', {
        hasImages: true,
        images: [
          { id: 'klaslijst.jpg', status: 'ok', text: 'Lijst: Daan, Sanne' },
          { id: 'kapot.heic', status: 'unsupported', text: 'Daan' },
          { id: 'leeg.png', status: 'ok', text: '   ' },
        ],
      }),
      policy,
      { rules: [wordRule('child-name', 'Daan'), wordRule('named-photo', 'Daan', 'draft')] },
    );
    expect(findings).toEqual([expect.objectContaining({ rule: 'child-name', source: 'image', image: 'klaslijst.jpg', start: 7, end: 11, excerpt: 'Daan' })]);
  });

  it('gives draft-level rules the image passes first (named-photo reads names found in a photo)', () => {
    const seen: RuleContext[] = [];
    checkDraft(draft('Groepsfoto', { hasImages: true, images: [{ id: 'a.jpg', status: 'ok', text: 'Daan' }] }), policy, {
      rules: [wordRule('child-name', 'Daan'), wordRule('named-photo', 'x', 'draft', seen)],
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.source).toBe('text');
    expect(seen[0]!.imageTextHits.get('a.jpg')?.get('child-name')).toEqual([{ start: 0, end: 4, params: { word: 'Daan' } }]);
    expect(seen[0]!.earlier.get('child-name')).toEqual([]);
  });
});
