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
const TOKEN =
  /(@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*)|(#[\p{L}\p{N}_]+)|(\p{N}+(?:[.,:-]\p{N}+)*)|(\p{L}[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D]*(?:['’-]\p{L}[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D]*)*)/gu;
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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  const push = (raw: string, start: number, kind: Token['kind']) => {
    const sentenceStart = tokens.length === 0 || endsSentence(text, lastEnd, start);
    const firstChar = raw[kind === 'mention' || kind === 'hashtag' ? 1 : 0] ?? '';
    tokens.push({
      text: raw,
      norm: fold(raw),
      start,
      end: start + raw.length,
      index: tokens.length,
      kind,
      capitalized: isUpper(firstChar),
      sentenceStart,
    });
    lastEnd = start + raw.length;
  };
  const specials = specialSpans(text);
  let k = 0;
  // The shared regex is safe to reuse: tokenize is synchronous and never re-entered.
  const re = TOKEN;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
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
      re.lastIndex = sp.end;
      continue;
    }
    // A word that starts before an address and runs into it wins ("d'jan@x.nl" reads as d'jan, @x.nl).
    if (sp && end > sp.start) k++;
    push(m[0], start, m[1] ? 'mention' : m[2] ? 'hashtag' : m[3] ? 'number' : 'word');
  }
  for (; k < specials.length; k++) {
    const sp = specials[k]!;
    if (sp.start >= lastEnd) push(text.slice(sp.start, sp.end), sp.start, sp.kind);
  }
  return tokens;
}
