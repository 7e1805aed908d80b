// Case and diacritics folding with an offset map back to the original text.
// One pass over the text, constant work per code point (non-ASCII folds are cached), so it stays
// linear on 200,000-character input. Lone surrogates become U+FFFD; nothing here can throw on
// odd Unicode (RTL marks, emoji, unpaired surrogates).

export interface MappedText {
  text: string;
  /** map[i] = offset in the original of the first UTF-16 unit that produced text[i]. */
  map: Int32Array;
  /** mapEnd[i] = offset just after the original character that produced text[i]. */
  mapEnd: Int32Array;
  originalLength: number;
}

// Zero-width space/joiners, LRM/RLM and bidi embeddings, word joiner, BOM, soft hyphen, variation
// selectors, Mongolian vowel separator: invisible, so removed (they are used to dodge word lists).
function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x180e ||
    cp === 0x034f ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

const COMBINING = /\p{M}/gu;
// Folds of non-ASCII code points, memoised; bounded so hostile input cannot grow it forever.
const cache = new Map<number, string>();
const CACHE_LIMIT = 20_000;

function foldNonAscii(cp: number, ch: string): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  if (isInvisible(cp)) out = '';
  else {
    // NFKD splits ligatures (ĳ → ij, ﬁ → fi), full-width and styled letters (𝐤 → k) and accents;
    // dropping the marks and lower-casing gives the NFKC+casefold comparison form without diacritics.
    out = ch.normalize('NFKD').replace(COMBINING, '').toLowerCase();
    // Lower-casing can introduce marks again (İ → i̇).
    if (out.length > 1) out = out.normalize('NFKD').replace(COMBINING, '');
  }
  if (cache.size < CACHE_LIMIT) cache.set(cp, out);
  return out;
}

/** Folds one code point (as a string) to lower case without diacritics. May return '' or several chars. */
export function foldChar(ch: string): string {
  const cp = ch.codePointAt(0);
  if (cp === undefined) return '';
  if (cp < 0x80) return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch;
  return foldNonAscii(cp, String.fromCodePoint(cp));
}

const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Growable output buffer for mapped text: char codes plus their original spans, in typed arrays. */
export class MappedBuilder {
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private n = 0;
  constructor(private readonly originalLength: number) {
    // Folding rarely changes the length, so the original length is nearly always enough.
    const capacity = Math.max(16, originalLength + 16);
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(code: number, start: number, end: number): void {
    if (this.n === this.codes.length) this.grow();
    this.codes[this.n] = code;
    this.starts[this.n] = start;
    this.ends[this.n] = end;
    this.n++;
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }

  get length(): number {
    return this.n;
  }

  build(): MappedText {
    // The units are well-formed UTF-16 (lone surrogates became U+FFFD), so decoding them as
    // UTF-16LE gives exactly the same string as String.fromCharCode, in one native call; the BOM
    // is kept (ignoreBOM). Views instead of copies: the builder is dropped after build().
    const text = UTF16.decode(this.codes.subarray(0, this.n));
    return { text, map: this.starts.subarray(0, this.n), mapEnd: this.ends.subarray(0, this.n), originalLength: this.originalLength };
  }
}

export function foldWithMap(original: string): MappedText {
  const out = new MappedBuilder(original.length);
  const n = original.length;
  let i = 0;
  while (i < n) {
    const unit = original.charCodeAt(i);
    if (unit < 0x80) {
      out.push(unit >= 65 && unit <= 90 ? unit + 32 : unit, i, i + 1);
      i++;
      continue;
    }
    let cp = unit;
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < n) {
      const next = original.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    // A lone surrogate becomes U+FFFD so it never splits a span.
    const folded = cp >= 0xd800 && cp <= 0xdfff ? '\uFFFD' : foldNonAscii(cp, original.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) out.push(folded.charCodeAt(k), i, i + width);
    i += width;
  }
  return out.build();
}

/** Plain folding without a map, for word lists and policy values. */
export function fold(s: string): string {
  // Most words and list entries are plain ASCII: lower-casing is all folding does to them.
  // (A char-code loop: cheaper than a regex test on the ten thousand tokens of a long post.)
  // Lower-case ASCII (most words) is already folded: returned as is, without a new string.
  let ascii = 0;
  let upper = false;
  for (; ascii < s.length; ascii++) {
    const c = s.charCodeAt(ascii);
    if (c >= 0x80) break;
    if (c >= 65 && c <= 90) upper = true;
  }
  if (ascii === s.length) return upper ? s.toLowerCase() : s;
  // Same folding as foldWithMap, without building a map (words with é, ï, emoji…).
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit < 0x80) {
      out += unit >= 65 && unit <= 90 ? String.fromCharCode(unit + 32) : s[i];
      continue;
    }
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += foldNonAscii((unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000, s.slice(i, i + 2));
        i++;
        continue;
      }
    }
    out += unit >= 0xd800 && unit <= 0xdfff ? '\uFFFD' : foldNonAscii(unit, s[i]!);
  }
  return out;
}
