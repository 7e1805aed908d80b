// The check command's contract (DESIGN §4), called in-process with fake IO.
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../../lib/engine';
import { RULE_IDS } from '../../../lib/types';
import { parseNow } from '../../../lib/cli/check-command';
import { cli, jsonl, policyFile } from './run-check';

const SCHOOL = ['--policy', policyFile('example-school.json')];
// A text long enough that the engine reports its unchecked tail (a warn finding that does not
// depend on any word list), so exit status 1 and the finding shape can be tested today.
const TOO_LONG = 'Groep 5 ging naar het museum. '.repeat(Math.ceil((MAX_TEXT_LENGTH + 100) / 30));
const CLEAN = 'De informatieavond is op dinsdag om 19.00 uur in de aula.';
const EVENING = ['--now', '2026-03-10T20:00:00+01:00'];

const FINDING_KEYS = ['rule', 'severity', 'source', 'start', 'end', 'image', 'message', 'article', 'advice', 'excerpt'];

/** Asserts the DESIGN §4 shape of one result line (extra fields advice/excerpt allowed). */
function expectResultShape(line: Record<string, unknown>) {
  expect(Object.keys(line).sort()).toEqual(['findings', 'id']);
  expect(Array.isArray(line.findings)).toBe(true);
  for (const f of line.findings as Record<string, unknown>[]) {
    for (const key of Object.keys(f)) expect(FINDING_KEYS).toContain(key);
    expect(RULE_IDS).toContain(f.rule);
    expect(['info', 'warn', 'block']).toContain(f.severity);
    expect(['text', 'image']).toContain(f.source);
    expect(typeof f.message).toBe('string');
    expect(typeof f.article).toBe('string');
    if ('start' in f || 'end' in f) {
      expect(Number.isInteger(f.start)).toBe(true);
      expect(Number.isInteger(f.end)).toBe(true);
    }
    if (f.source === 'image') expect(typeof f.image).toBe('string');
  }
}

describe('single-post mode', () => {
  it('prints one result line with id "cli" and exits 0 for a clean post', async () => {
    const r = await cli([...SCHOOL, ...EVENING, CLEAN]);
    expect(r.err).toBe('');
    expect(r.out).toHaveLength(1);
    expectResultShape(r.json[0]!);
    expect(r.json[0]).toEqual({ id: 'cli', findings: [] });
    expect(r.code).toBe(0);
  });

  it('exits 1 when a finding is at warn or block, with the finding in the contract shape', async () => {
    const r = await cli([...SCHOOL, ...EVENING, TOO_LONG]);
    expect(r.code).toBe(1);
    expectResultShape(r.json[0]!);
    const findings = r.json[0]!.findings as Record<string, unknown>[];
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'unchecked-image', severity: 'warn', source: 'text', start: MAX_TEXT_LENGTH, end: TOO_LONG.length, article: expect.any(String) }),
    );
  });

  it('with the real rules: a pupil name and a phone number give spans on exactly those words, block first', async () => {
    const text = 'Gefeliciteerd Daan, fijne verjaardag. Bel 06-12345678.';
    const r = await cli([...SCHOOL, ...EVENING, text]);
    expect(r.code).toBe(1);
    expectResultShape(r.json[0]!);
    const findings = r.json[0]!.findings as { rule: string; severity: string; start: number; end: number }[];
    const spanned = findings.map((f) => [f.rule, text.slice(f.start, f.end)]);
    expect(spanned).toContainEqual(['child-name', 'Daan']);
    expect(spanned).toContainEqual(['personal-data', '06-12345678']);
    expect(findings[0]!.severity).toBe('block');
  });

  it('exits 0 when every finding is info (audit mode)', async () => {
    const r = await cli(['--policy', policyFile('audit-mode.json'), ...EVENING, TOO_LONG]);
    const findings = r.json[0]!.findings as { severity: string }[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
    expect(r.code).toBe(0);
  });

  it('speaks English with --lang en', async () => {
    const r = await cli([...SCHOOL, ...EVENING, '--lang', 'en', TOO_LONG]);
    expect((r.json[0]!.findings as { message: string }[])[0]!.message).toMatch(/too long/);
  });

  it('accepts a text that starts with a dash after --', async () => {
    const r = await cli([...SCHOOL, ...EVENING, '--', '- alleen een opsomming']);
    expect(r.code).toBe(0);
    expect(r.json[0]!.id).toBe('cli');
  });

  it('does not crash on an image file that does not exist, and prints one line about the post', async () => {
    const r = await cli([...SCHOOL, ...EVENING, '--image', 'tests/fixtures/does-not-exist.jpg', CLEAN]);
    expect(r.out).toHaveLength(1);
    const line = r.json[0]!;
    expect(line.id).toBe('cli');
    // Either a result (the image reported as not analysed) or an error line with exit 2, never a crash.
    if ('error' in line) expect(r.code).toBe(2);
    else expectResultShape(line);
  });
});

describe('--jsonl mode', () => {
  it('writes one line per input line, in order, keeping the ids', async () => {
    const input = jsonl(
      { id: 'a', text: CLEAN, context: 'post', hasImages: false },
      { id: 7, text: 'Dank u wel!', context: 'reply', hasImages: false },
      { id: 'c', text: TOO_LONG, context: 'comment', hasImages: false },
      { id: 'd', text: '' },
    );
    const r = await cli([...SCHOOL, ...EVENING, '--jsonl'], input);
    expect(r.json.map((l) => l.id)).toEqual(['a', 7, 'c', 'd']);
    for (const line of r.json) expectResultShape(line);
    expect(r.code).toBe(1);
  });

  it('exits 0 when no line has a finding at warn or above', async () => {
    const r = await cli([...SCHOOL, ...EVENING, '--jsonl'], jsonl({ id: 1, text: CLEAN }, { id: 2, text: 'Fijne vakantie allemaal.' }));
    expect(r.code).toBe(0);
    expect(r.json).toEqual([{ id: 1, findings: [] }, { id: 2, findings: [] }]);
  });

  it('answers a malformed line with {id, error} and goes on', async () => {
    const input = jsonl({ id: 'first', text: CLEAN }, '{"id": "broken", "text": "no closing brace"', '[1, 2]', { id: 'last', text: CLEAN });
    const r = await cli([...SCHOOL, ...EVENING, '--jsonl'], input);
    expect(r.json).toHaveLength(4);
    expect(r.json[0]).toMatchObject({ id: 'first', findings: [] });
    expect(r.json[1]).toEqual({ id: 'line 2', error: expect.stringMatching(/regel 2.*line 2/) });
    expect(Object.keys(r.json[2]!).sort()).toEqual(['error', 'id']);
    expect(r.json[2]!.id).toBe('line 3');
    expect(r.json[3]).toMatchObject({ id: 'last', findings: [] });
    expect(r.code).toBe(0);
  });

  it('names the field of a line that is JSON but not a post', async () => {
    const input = jsonl(
      { id: 'no-text' },
      { id: 'number-text', text: 42 },
      { id: 'bad-context', text: CLEAN, context: 'story' },
      { id: 'bad-images', text: CLEAN, images: 'foto.jpg' },
      { id: 'bad-has-images', text: CLEAN, hasImages: 'ja' },
      { id: 'bad-now', text: CLEAN, now: 'morgen' },
    );
    const r = await cli([...SCHOOL, '--jsonl'], input);
    const errors = Object.fromEntries(r.json.map((l) => [l.id, l.error]));
    expect(errors['no-text']).toMatch(/"text"/);
    expect(errors['number-text']).toMatch(/"text"/);
    expect(errors['bad-context']).toMatch(/"context".*story/);
    expect(errors['bad-images']).toMatch(/"images"/);
    expect(errors['bad-has-images']).toMatch(/"hasImages"/);
    expect(errors['bad-now']).toMatch(/"now".*morgen/);
    expect(r.code).toBe(0);
  });

  it('skips blank lines and accepts Windows line ends', async () => {
    const r = await cli([...SCHOOL, ...EVENING, '--jsonl'], `${JSON.stringify({ id: 1, text: CLEAN })}\r\n\r\n   \n${JSON.stringify({ id: 2, text: CLEAN })}\r\n`);
    expect(r.json.map((l) => l.id)).toEqual([1, 2]);
  });

  it('prints nothing and exits 0 for empty input', async () => {
    const r = await cli([...SCHOOL, '--jsonl'], '');
    expect(r).toMatchObject({ code: 0, out: [] });
  });

  it('uses a per-line "now" over --now', async () => {
    // Tuesday 10:00 is inside the example school's lesson hours; lesson-time may fire (info only),
    // but the line must be accepted either way.
    const r = await cli([...SCHOOL, ...EVENING, '--jsonl'], jsonl({ id: 'x', text: CLEAN, now: '2026-03-10T10:00:00+01:00' }));
    expectResultShape(r.json[0]!);
    expect((r.json[0]!.findings as { severity: string }[]).every((f) => f.severity === 'info')).toBe(true);
  });
});

describe('policy errors (exit 2)', () => {
  it('invalid JSON: one clear message naming the file, no output', async () => {
    const r = await cli(['--policy', policyFile('invalid-json.json'), CLEAN]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toMatch(/geen geldige JSON.*not valid JSON.*invalid-json\.json/);
  });

  it('a file that does not exist', async () => {
    const r = await cli(['--policy', policyFile('nope.json'), CLEAN]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot read policy.*nope\.json/);
  });

  it('JSON that is not an object', async () => {
    const r = await cli(['--policy', policyFile('not-an-object.json'), CLEAN]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not a JSON object/);
  });

  it('lists every problem with its path: unknown rule id, bad severity, wrong types', async () => {
    const r = await cli(['--policy', policyFile('unknown-rule-and-wrong-types.json'), '--jsonl'], jsonl({ id: 1, text: CLEAN }));
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    const lines = r.err.split('\n');
    for (const path of ['rules.child-nmae', 'rules.discussion', 'groupMinFaces', 'lessonHours.from', 'supervisor.email']) {
      expect(lines.some((l) => l.includes(` ${path}:`)), `no line for ${path} in:\n${r.err}`).toBe(true);
    }
    expect(r.err).toMatch(/onbekende regel.*unknown rule/);
    expect(r.err).toMatch(/loud/);
    // A valid entry next to the bad ones is not reported.
    expect(r.err).not.toMatch(/rules\.tagging/);
  });
});

describe('usage errors (exit 2)', () => {
  const cases: [string, string[], RegExp][] = [
    ['no text', [], /precies één tekst|exactly one text/],
    ['two texts', ['een', 'twee'], /exactly one text/],
    ['unknown option', ['--polcy', 'x.json', CLEAN], /polcy/],
    ['--policy without a value', ['--policy'], /policy/],
    ['bad --context', ['--context', 'story', CLEAN], /--context/],
    ['bad --lang', ['--lang', 'fr', CLEAN], /--lang/],
    ['bad --now', ['--now', 'gisteren', CLEAN], /--now.*gisteren/],
    ['--jsonl with a text', ['--jsonl', CLEAN], /--jsonl/],
    ['--jsonl with --image', ['--jsonl', '--image', 'a.jpg'], /--jsonl/],
  ];
  for (const [name, argv, message] of cases) {
    it(name, async () => {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.out).toEqual([]);
      expect(r.err).toMatch(message);
      expect(r.err).toMatch(/usage/);
    });
  }

  it('--help prints the usage and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/--jsonl/);
  });
});

describe('--now parsing', () => {
  it.each([
    ['2026-03-10T10:00:00+01:00', '2026-03-10T09:00:00.000Z'],
    ['2026-03-10T10:00Z', '2026-03-10T10:00:00.000Z'],
    ['2026-03-10T10:00:00.123Z', '2026-03-10T10:00:00.123Z'],
    ['2026-03-10', '2026-03-10T00:00:00.000Z'],
  ])('accepts %s', (input, iso) => {
    expect((parseNow(input) as Date).toISOString()).toBe(iso);
  });

  it('reads a time without offset as local time', () => {
    const d = parseNow('2026-03-10T10:00') as Date;
    expect([d.getHours(), d.getMinutes()]).toEqual([10, 0]);
  });

  it.each(['', 'gisteren', '10:00', '3/10/2026', '2026-13-01', '2026-03-10T25:00', 'March 10, 2026', '1741600000000'])('rejects %j', (input) => {
    expect(parseNow(input)).toBe('invalid');
  });

  it('is optional', () => {
    expect(parseNow(undefined)).toBeUndefined();
  });
});
