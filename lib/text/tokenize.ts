// Word tokens with original offsets; the unit the name and word-list rules work on.
import { fold } from './normalize';

export interface Token {
  /** The token as written. */
  text: string;
  /** Folded form (lower case, no diacritics). */
  norm: string;
  start: number;
  end: number;
  index: number;
  kind: 'word' | 'number' | 'mention' | 'hashtag' | 'email' | 'url';
  /** First letter is upper case as written. */
  capitalized: boolean;
  /** First token of a sentence (capitalisation says nothing about names there). */
  sentenceStart: boolean;
}

// Mentions stop before a trailing dot ("@piet." at a sentence end); inner dots stay (@gemeente.groningen).
// Words allow inner apostrophes and hyphens. URLs and e-mail addresses are found first, separately
// (only where "http", "www." or "@" occur), so the per-word scan stays cheap on long texts.
const TOKEN_AT =
  /@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*|#[\p{L}\p{N}_]+|\p{N}+(?:[.,:-]\p{N}+)*|\p{L}[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D]*(?:['’-]\p{L}[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D]*)*/uy;
/** ASCII characters a token can start with (@, #, digits, letters); 0 = skip. */
const ASCII_START = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (c === 64 || c === 35 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII_START[c] = 1;
const URL_START = /https?:\/\/|www\./g;
const NON_SPACE = /\S+/y;
// E-mail parts are bounded (RFC lengths) so long runs like "a.a.a.a…" cannot make the scan quadratic.
const EMAIL_DOMAIN = /@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,}/uy;
const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
const MAX_LOCAL = 64;

interface Special {
  start: number;
  end: number;
  kind: 'url' | 'email';
}

/** URLs and e-mail addresses, sorted, without overlaps (the earlier one wins, as in reading order). */
function specialSpans(text: string): Special[] {
  const found: Special[] = [];
  if (text.includes('http') || text.includes('www.')) {
    for (const m of text.matchAll(URL_START)) {
      NON_SPACE.lastIndex = m.index!;
      const run = NON_SPACE.exec(text);
      if (run && run[0].length > m[0].length) found.push({ start: m.index!, end: m.index! + run[0].length, kind: 'url' });
    }
  }
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && EMAIL_LOCAL.test(text[start - 1]!)) start--;
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at;
    const domain = EMAIL_DOMAIN.exec(text);
    if (domain) found.push({ start, end: at + domain[0].length, kind: 'email' });
  }
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start);
  const out: Special[] = [];
  for (const s of found) if (!out.length || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}

/** Does the gap text[from, to) between two tokens end a sentence? ". ", "!\n", '." ', a line break. */
function endsSentence(text: string, from: number, to: number): boolean {
  let j = to - 1;
  for (; j >= from; j--) {
    const c = text.charCodeAt(j);
    if (c === 10) return true;
    // Whitespace and closing quotes/brackets may follow the sentence end.
    if (c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 34 || c === 39 || c === 41 || c === 0x201d || c === 0x2019 || c === 0xbb) continue;
    break;
  }
  if (j < from) return from > 0 && text.charCodeAt(from - 1) === 10;
  const c = text.charCodeAt(j);
  if (c === 46 || c === 33 || c === 63 || c === 0x2026) return true;
  // A line break earlier in the gap ("-\n", "•\n") still starts a new line.
  for (let k = from; k < j; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function isUpper(ch: string): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const FIRST_IS_NUMBER = /^\p{N}/u;

/** The kind of a TOKEN match, read from its first character (each alternative starts differently). */
function kindOfMatch(raw: string): Token['kind'] {
  const c = raw.charCodeAt(0);
  if (c === 64) return 'mention';
  if (c === 35) return 'hashtag';
  // An ASCII start is a digit (48–57) or a letter (65 and up).
  if (c < 0x80) return c <= 57 ? 'number' : 'word';
  // Alternative 3 starts with \p{N}, alternative 4 with \p{L}: a code point is never both.
  return FIRST_IS_NUMBER.test(raw) ? 'number' : 'word';
}

/** isUpper of one UTF-16 unit given as a code (NaN, past the end, is not upper case). */
function isUpperUnit(c: number): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  return c === c && isUpper(String.fromCharCode(c));
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Where TOKEN_AT's match starting at `at` ends, for the common all-ASCII word or number, read
 * without the regex engine; -1 when the regex must decide (mentions, hashtags, any non-ASCII
 * character inside or right after the token). Same greedy rules as TOKEN_AT: a word continues
 * over letters and digits and over ' or - followed by a letter; a number over digits and over
 * . , : - followed by a digit.
 */
function asciiTokenEnd(text: string, at: number, first: number): number {
  const word = isAsciiLetter(first);
  if (!word && !isAsciiDigit(first)) return -1;
  let j = at + 1;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c >= 0x80) return -1;
    if (word ? isAsciiLetter(c) || isAsciiDigit(c) : isAsciiDigit(c)) {
      j++;
      continue;
    }
    const joins = word ? c === 39 || c === 45 : c === 46 || c === 44 || c === 58 || c === 45;
    if (!joins) return j;
    const next = text.charCodeAt(j + 1);
    if (next >= 0x80) return -1;
    if (!(word ? isAsciiLetter(next) : isAsciiDigit(next))) return j;
    j += 2;
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  const push = (raw: string, start: number, kind: Token['kind']) => {
    const sentenceStart = tokens.length === 0 || endsSentence(text, lastEnd, start);
    const first = raw.charCodeAt(kind === 'mention' || kind === 'hashtag' ? 1 : 0);
    const end = start + raw.length;
    tokens.push({
      text: raw,
      norm: fold(raw),
      start,
      end,
      index: tokens.length,
      kind,
      capitalized: isUpperUnit(first),
      sentenceStart,
    });
    lastEnd = end;
  };
  const specials = specialSpans(text);
  let k = 0;
  // The same matches as a global TOKEN.exec loop, found faster: ASCII characters that can start
  // no token (spaces, punctuation) are skipped in plain code, and the sticky regex is only tried
  // where a token may start, without building a match array. On a failed try the scan moves on
  // by one code point, as a global /u search does. The shared regex is safe to reuse: tokenize
  // is synchronous and never re-entered.
  const re = TOKEN_AT;
  const n = text.length;
  let at = 0;
  while (at < n) {
    const c = text.charCodeAt(at);
    if (c < 0x80 && ASCII_START[c] === 0) {
      at++;
      continue;
    }
    let end = c < 0x80 ? asciiTokenEnd(text, at, c) : -1;
    if (end < 0) {
      re.lastIndex = at;
      if (!re.test(text)) {
        at += c >= 0xd800 && c <= 0xdbff && at + 1 < n && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        continue;
      }
      end = re.lastIndex;
    }
    const start = at;
    // URLs and e-mail addresses that come before this match.
    while (k < specials.length && specials[k]!.end <= start) {
      const sp = specials[k++]!;
      if (sp.start >= lastEnd) push(text.slice(sp.start, sp.end), sp.start, sp.kind);
    }
    const sp = specials[k];
    if (sp && start >= sp.start) {
      // The match lies inside a URL or address: emit that instead and go on after it.
      if (sp.start >= lastEnd) push(text.slice(sp.start, sp.end), sp.start, sp.kind);
      k++;
      at = sp.end;
      continue;
    }
    // A word that starts before an address and runs into it wins ("d'jan@x.nl" reads as d'jan, @x.nl).
    if (sp && end > sp.start) k++;
    const raw = text.slice(start, end);
    push(raw, start, kindOfMatch(raw));
    at = end;
  }
  for (; k < specials.length; k++) {
    const sp = specials[k]!;
    if (sp.start >= lastEnd) push(text.slice(sp.start, sp.end), sp.start, sp.kind);
  }
  return tokens;
}
