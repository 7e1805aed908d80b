// The aggressive "squashed" view for word lists: undoes the usual tricks to dodge a filter.
//   l33t digits and symbols   k4nker, $uk, sh!t      → kanker, suk, shit
//   a wildcard letter         t*ring                 → t*ring (matched against list words letter by letter)
//   separated letters         k.u.t, k u t, f-u-c-k  → kut, fuck
//   stretched letters         kuuuut                 → marked, so the matcher also compares collapsed forms
// It works on the folded view (already lower case, no diacritics, no zero-width characters) and keeps
// for each squashed word the span in the ORIGINAL text. One pass, linear in the text length.
import type { MappedText } from './normalize';
import type { Token } from './tokenize';

export interface SquashedWord {
  /** Letters after undoing l33t; '*' stays as a wildcard. */
  text: string;
  /** Span in the original text. */
  start: number;
  end: number;
  /** Written with l33t, separators or stretched letters: compare collapsed forms too. */
  disguised: boolean;
  /** Holds a '*' wildcard letter. */
  wildcard: boolean;
  /** Has a letter three or more times in a row ("kuuuut"): compare with repeats collapsed. */
  stretched: boolean;
  /** The same word reading '1' as 'l' and '|' as 'i' (they stand for either), when that differs. */
  alt?: string;
}

const enum Kind {
  Other,
  Letter,
  Leet,
  Digit,
  Sep,
}

// Look-alikes: what each digit or symbol most often stands for inside a word.
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  $: 's',
  '@': 'a',
  '!': 'i',
  '|': 'l',
  '€': 'e',
  '+': 't',
  '*': '*',
};
// Symbols that end a sentence or a word far more often than they hide a letter: see isEdgePunctuation.
const LETTER = /\p{L}/u;
const MAX_GAP = 3;
/** Longer runs of single letters are not one disguised word. */
const MAX_SEPARATED = 40;

// Kinds of the ASCII characters, looked up by char code (the hot loop never builds strings).
const ASCII_KIND = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_KIND[c] = Kind.Letter;
for (let c = 48; c <= 57; c++) ASCII_KIND[c] = Kind.Digit;
for (const k of Object.keys(LEET)) if (k.charCodeAt(0) < 128) ASCII_KIND[k.charCodeAt(0)] = Kind.Leet;
for (const c of [46, 95, 45, 32]) ASCII_KIND[c] = Kind.Sep;

function kindOf(s: string, i: number): Kind {
  const code = s.charCodeAt(i);
  if (code < 128) return ASCII_KIND[code] as Kind;
  if (code === 0x20ac) return Kind.Leet;
  if (code === 0xa0) return Kind.Sep;
  // Letters of other scripts count as letters; emoji halves and symbols do not.
  return LETTER.test(s[i]!) ? Kind.Letter : Kind.Other;
}

const isEdgePunctuation = (code: number) => code === 33 || code === 124 || code === 43 || code === 42; // ! | + *

/** Chunks (runs of letters, digits and look-alikes) as parallel typed arrays: no object per chunk. */
interface Chunks {
  from: Int32Array;
  to: Int32Array;
  letters: Int32Array;
  length: number;
}

/**
 * Splits the folded text into squashed words with original spans. `tokens` (the same text's, in
 * order) are optional: a plain word with the same span and letters as a token shares that token's
 * folded string instead of a copy (less garbage on long posts).
 */
export function squash(folded: MappedText, tokens?: readonly Token[]): SquashedWord[] {
  const s = folded.text;
  const n = s.length;
  // At most one chunk per two characters (chunks are separated), plus one.
  const cap = (n >> 1) + 1;
  const chunks: Chunks = { from: new Int32Array(cap), to: new Int32Array(cap), letters: new Int32Array(cap), length: 0 };
  let i = 0;
  while (i < n) {
    const k = kindOf(s, i);
    if (k === Kind.Other || k === Kind.Sep) {
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    for (; j < n; j++) {
      const kj = kindOf(s, j);
      if (kj === Kind.Other || kj === Kind.Sep) break;
      if (kj === Kind.Letter) letters++;
    }
    // Trailing "!" is punctuation ("kut!"), a leading "*" a bullet: trim those edges (never letters).
    let from = i;
    let to = j;
    while (to - from > 1 && isEdgePunctuation(s.charCodeAt(to - 1))) to--;
    while (to - from > 1 && isEdgePunctuation(s.charCodeAt(from))) from++;
    const c = chunks.length++;
    chunks.from[c] = from;
    chunks.to[c] = to;
    chunks.letters[c] = letters;
    i = j;
  }

  const words: SquashedWord[] = [];
  const { from, to } = chunks;
  const shared: SharedNorms = { tokens: tokens ?? [], next: 0 };
  const count = chunks.length;
  let c = 0;
  while (c < count) {
    // A run of single characters separated by one to three separators: "k.u.t", "k u t", "f - u - c - k".
    let end = c;
    while (end + 1 < count && to[end]! - from[end]! === 1 && to[end + 1]! - from[end + 1]! === 1 && gapIsSeparators(s, to[end]!, from[end + 1]!)) end++;
    const runLength = end - c + 1;
    if (runLength > MAX_SEPARATED) {
      // "a.b.c.d…" for pages on end is not a hidden word (and single letters match nothing).
      c = end + 1;
      continue;
    }
    if (runLength >= 3) {
      let letters = 0;
      for (let j = c; j <= end; j++) letters += chunks.letters[j]!;
      if (letters >= 2) {
        words.push(makeWord(folded, chunks, c, end, true, shared));
        c = end + 1;
        continue;
      }
    }
    if (chunks.letters[c]! > 0) words.push(makeWord(folded, chunks, c, c, false, shared));
    c++;
  }
  return words;
}

function gapIsSeparators(s: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_GAP) return false;
  for (let j = from; j < to; j++) {
    const code = s.charCodeAt(j);
    if (!(code === 46 || code === 95 || code === 45 || code === 32 || code === 0xa0)) return false;
  }
  return true;
}

/** Tokens in text order and the first one not yet passed (words come in text order too). */
interface SharedNorms {
  tokens: readonly Token[];
  next: number;
}

/** folded.text[first, last], or the equal norm of the token with exactly that original span. */
function plainText(s: string, first: number, last: number, start: number, end: number, shared: SharedNorms): string {
  const { tokens } = shared;
  while (shared.next < tokens.length && tokens[shared.next]!.start < start) shared.next++;
  const t = tokens[shared.next];
  if (t && t.start === start && t.end === end && t.norm.length === last + 1 - first && s.startsWith(t.norm, first)) return t.norm;
  return s.slice(first, last + 1);
}

/** The word made of chunks firstChunk..lastChunk (inclusive). */
function makeWord(folded: MappedText, chunks: Chunks, firstChunk: number, lastChunk: number, separated: boolean, shared: SharedNorms): SquashedWord {
  const s = folded.text;
  const first = chunks.from[firstChunk]!;
  const last = chunks.to[lastChunk]! - 1;
  const start = folded.map[first]!;
  const end = folded.mapEnd[last]!;
  // Plain words (the vast majority) need no translation: one scan for l33t and stretched letters.
  if (!separated && firstChunk === lastChunk) {
    let plain = true;
    let run = 1;
    for (let j = first; j <= last; j++) {
      const code = s.charCodeAt(j);
      if ((code < 128 && ASCII_KIND[code] === Kind.Leet) || code === 0x20ac) {
        plain = false;
        break;
      }
      run = j > first && s.charCodeAt(j) === s.charCodeAt(j - 1) ? run + 1 : 1;
      if (run >= 3) {
        plain = false;
        break;
      }
    }
    if (plain) return { text: plainText(s, first, last, start, end, shared), start, end, disguised: false, wildcard: false, stretched: false };
  }
  let text = '';
  let disguised = separated;
  let wildcard = false;
  let stretched = false;
  let letters = 0;
  let lookalikes = 0;
  let alt = '';
  let ambiguous = false;
  let prev = '';
  let run = 0;
  for (let part = firstChunk; part <= lastChunk; part++) {
    for (let j = chunks.from[part]!; j < chunks.to[part]!; j++) {
      const ch = s[j]!;
      const leet = LEET[ch];
      if (leet !== undefined) {
        disguised = true;
        lookalikes++;
        if (leet === '*') wildcard = true;
        if (ch === '1' || ch === '|') ambiguous = true;
        text += leet;
        alt += ch === '1' ? 'l' : ch === '|' ? 'i' : leet;
      } else {
        text += ch;
        alt += ch;
        letters++;
      }
      // Compare with the previous character without indexing the growing string (that would flatten it).
      const current = leet ?? ch;
      run = current === prev ? run + 1 : 1;
      prev = current;
      if (run >= 3) disguised = stretched = true;
    }
  }
  // Mostly digits is a code, not a disguised word: "A50" is a paper size, not "aso"; "1d10t" still counts.
  if (lookalikes > letters && text.length < 5) return { text: s.slice(first, last + 1), start, end, disguised: false, wildcard: false, stretched: false };
  const word: SquashedWord = { text, start, end, disguised, wildcard, stretched };
  if (ambiguous) word.alt = alt;
  return word;
}

/** "kuuuut" → "kut": every run of a repeated letter becomes one letter. */
export function collapseRepeats(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i];
  return out;
}
