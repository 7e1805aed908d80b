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
// E-mail parts are bounded (RFC lengths) so a long run like "a.a.a.a…" cannot make the scan quadratic.
// Order matters: URLs and e-mail addresses before words; words allow inner apostrophes and hyphens.
const TOKEN =
  /(https?:\/\/[^\s]+|www\.[^\s]+)|([\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,})|(@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*)|(#[\p{L}\p{N}_]+)|(\p{N}+(?:[.,:-]\p{N}+)*)|(\p{L}[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D]*(?:['’-]\p{L}[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D]*)*)/gu;

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
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!;
    const raw = m[0];
    const kind: Token['kind'] = m[1] ? 'url' : m[2] ? 'email' : m[3] ? 'mention' : m[4] ? 'hashtag' : m[5] ? 'number' : 'word';
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
  }
  return tokens;
}
