import { describe, expect, it } from 'vitest';
import { fold, foldWithMap } from '../../../lib/text/normalize';
import { prepareText, toOriginalSpan } from '../../../lib/text/prepare';
import { collapseRepeats, squash } from '../../../lib/text/squash';
import { tokenize } from '../../../lib/text/tokenize';
import { PhraseMatcher } from '../../../lib/text/phrases';

describe('fold', () => {
  it.each<[string, string]>([
    ['Café', 'cafe'],
    ['ĲSBEER', 'ijsbeer'],
    ['ｋｕｔ', 'kut'],
    ['𝐤𝐮𝐭', 'kut'],
    ['Coördinator', 'coordinator'],
    ['zo\u00ADmer', 'zomer'],
    ['k\u200Bu\u200Dt\uFEFF', 'kut'],
    ['İstanbul', 'istanbul'],
    ['ﬁets', 'fiets'],
    ['Straße', 'straße'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('foldWithMap maps every folded character back to the original', () => {
  it('keeps offsets through removed and expanded characters', () => {
    const original = 'Ĳs\u200B en café';
    const m = foldWithMap(original);
    expect(m.text).toBe('ijs en cafe');
    // 'i' and 'j' both come from the ligature at 0.
    expect([m.map[0], m.mapEnd[0], m.map[1], m.mapEnd[1]]).toEqual([0, 1, 0, 1]);
    const at = m.text.indexOf('cafe');
    expect(toOriginalSpan(m, at, at + 4)).toEqual({ start: original.indexOf('café'), end: original.length });
  });
  it('replaces lone surrogates and keeps emoji pairs whole', () => {
    const original = 'a\uD800b😀c\uDC00';
    const m = foldWithMap(original);
    expect(m.text).toBe('a\uFFFDb😀c\uFFFD');
    const emoji = m.text.indexOf('😀');
    expect(toOriginalSpan(m, emoji, emoji + 2)).toEqual({ start: 3, end: 5 });
  });
  it('handles right-to-left text and bidi marks', () => {
    const original = '\u202Bمرحبا\u202C שלום';
    const m = foldWithMap(original);
    expect(m.text).toBe('مرحبا שלום');
    expect(toOriginalSpan(m, 0, 5)).toEqual({ start: 1, end: 6 });
  });
});

describe('squash: disguised words with original spans', () => {
  const words = (text: string) => squash(foldWithMap(text)).map((w) => [w.text, text.slice(w.start, w.end)]);
  it.each<[string, [string, string][]]>([
    ['k4nker', [['kanker', 'k4nker']]],
    ['$uk!', [['suk', '$uk']]],
    ['t*ring', [['t*ring', 't*ring']]],
    ['de k.u.t bus', [['de', 'de'], ['kut', 'k.u.t'], ['bus', 'bus']]],
    ['k u t', [['kut', 'k u t']]],
    ['f - u - c - k', [['fuck', 'f - u - c - k']]],
    ['kuuuuut', [['kuuuuut', 'kuuuuut']]],
    ['K\u200BU\u200BT', [['kut', 'K\u200BU\u200BT']]],
    ['sh1t', [['shit', 'sh1t']]],
    ['u kunt', [['u', 'u'], ['kunt', 'kunt']]],
    ['groep 8', [['groep', 'groep']]],
    ['2025', []],
    ['A50 en A4', [['a50', 'A50'], ['en', 'en'], ['aa', 'A4']]],
    ['😀😀', []],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
  it('marks disguised words and offers the 1-as-l reading', () => {
    const [w] = squash(foldWithMap('k|oot'));
    expect(w!.disguised).toBe(true);
    expect(w!.alt).toBe('kioot');
    const [plain] = squash(foldWithMap('kloot'));
    expect(plain!.disguised).toBe(false);
  });
  it('collapses repeats', () => {
    expect(collapseRepeats('kuuuut')).toBe('kut');
    expect(collapseRepeats('pfffff')).toBe('pf');
  });
});

describe('tokenize', () => {
  it('ends a mention before a trailing dot and keeps inner dots', () => {
    const t = tokenize('Dank @piet. En @gemeente.groningen!');
    expect(t.filter((x) => x.kind === 'mention').map((x) => x.text)).toEqual(['@piet', '@gemeente.groningen']);
  });
  it('marks sentence starts after . ! ? and line breaks', () => {
    const t = tokenize('Hallo daar. Dag! "Wie?" Nou\nKlaar');
    expect(t.filter((x) => x.sentenceStart).map((x) => x.text)).toEqual(['Hallo', 'Dag', 'Wie', 'Nou', 'Klaar']);
  });
  it('reads e-mail addresses as one token', () => {
    expect(tokenize('mail j.devries@gmail.com nu').map((x) => x.kind)).toEqual(['word', 'email', 'word']);
  });
});

describe('phrase patterns', () => {
  const m = new PhraseMatcher([
    { pattern: 'ik maak je|jou helemaal? kapot', entry: 'threat' },
    { pattern: 'u vergis~ zich', entry: 'rebuttal' },
  ]);
  const find = (text: string) => m.find(tokenize(text)).map((x) => [x.entry, text.slice(x.start, x.end)]);
  it('matches alternatives, optional slots and stems', () => {
    expect(find('Ik maak jou helemaal kapot')).toEqual([['threat', 'Ik maak jou helemaal kapot']]);
    expect(find('ik maak je kapot')).toEqual([['threat', 'ik maak je kapot']]);
    expect(find('U vergiste zich')).toEqual([['rebuttal', 'U vergiste zich']]);
  });
  it('does not run across a sentence end', () => {
    expect(find('Ik maak je. Kapot')).toEqual([]);
  });
});

// A small deterministic generator (no Math.random: failures must be reproducible).
function* randomStrings(seed: number, count: number): Generator<string> {
  const pieces = ['k', 'U', 't', ' ', '.', '4', '$', '*', '!', '1', '|', 'é', 'Ĳ', '\u200B', '\u00AD', '\u0301', '😀', '👍🏽', '\uD800', '\uDC00', 'ש', '\u202E', 'ｋ', '@', '#', '\n', '-', 'kut', 'kanker', 'ß', 'İ'];
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff), s);
  for (let i = 0; i < count; i++) {
    let out = '';
    const len = next() % 40;
    for (let j = 0; j < len; j++) out += pieces[next() % pieces.length];
    yield out;
  }
}

describe('property: every span of every view lies inside the original text', () => {
  it('holds for 2,000 random strings of tricky characters', () => {
    const problems: string[] = [];
    for (const text of randomStrings(42, 2000)) {
      const p = prepareText(text);
      const m = p.folded;
      for (let i = 0; i < m.text.length; i++) {
        const ok = m.map[i]! >= 0 && m.mapEnd[i]! > m.map[i]! && m.mapEnd[i]! <= text.length && (i === 0 || m.map[i]! >= m.map[i - 1]!);
        if (!ok) problems.push(`folded ${JSON.stringify(text)} at ${i}`);
      }
      for (const w of p.squashed) {
        if (!(w.start >= 0 && w.end > w.start && w.end <= text.length)) problems.push(`squashed ${JSON.stringify(text)} ${w.text}`);
      }
      for (const t of p.tokens) if (text.slice(t.start, t.end) !== t.text) problems.push(`token ${JSON.stringify(text)} ${t.text}`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });
  it('copes with 200,000 characters, emoji only and an empty text', () => {
    for (const text of ['a.'.repeat(100_000), 'kut '.repeat(50_000), '😀'.repeat(50_000), '\uD800'.repeat(1000), '']) {
      const p = prepareText(text);
      for (const w of p.squashed) expect(w.end).toBeLessThanOrEqual(text.length);
      expect(p.folded.originalLength).toBe(text.length);
    }
  }, 30_000);
});

describe('fold agrees with foldWithMap', () => {
  it('for every random string', () => {
    for (const text of randomStrings(7, 1000)) expect(fold(text)).toBe(foldWithMap(text).text);
  });
});

describe('style measurements', () => {
  it('finds shouted runs but not the school name or short notices', async () => {
    const { shoutedRuns } = await import('../../../lib/text/style');
    const text = 'OBS DE WIERDE: LET OP. MORGEN GEEN SCHOOL VOOR GROEP 8 en verder rustig';
    const spans = shoutedRuns(tokenize(text), new Set(['obs', 'de', 'wierde']));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['LET OP. MORGEN GEEN SCHOOL VOOR GROEP 8']);
  });
  it('finds floods of exclamation marks and emoji', async () => {
    const { emojiFloods, exclamationFloods } = await import('../../../lib/text/style');
    const text = 'Hoera!!! Feest!!!!! 🎉🎉🎉 en 😀 😀 😀 😀 😀';
    expect(exclamationFloods(text).map((s) => text.slice(s.start, s.end))).toEqual(['!!!!!']);
    expect(emojiFloods(text).map((s) => text.slice(s.start, s.end))).toEqual(['😀 😀 😀 😀 😀']);
  });
});
