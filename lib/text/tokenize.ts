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

// Order matters: URLs and e-mail addresses before words; words allow inner apostrophes and hyphens.
const TOKEN =
  /(https?:\/\/[^\s]+|www\.[^\s]+)|([\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,})|(@[\p{L}\p{N}_.]+)|(#[\p{L}\p{N}_]+)|(\p{N}+(?:[.,:-]\p{N}+)*)|(\p{L}[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D]*(?:['’-]\p{L}[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D]*)*)/gu;
const SENTENCE_END = /[.!?…\n]\s*$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!;
    const raw = m[0];
    const kind: Token['kind'] = m[1] ? 'url' : m[2] ? 'email' : m[3] ? 'mention' : m[4] ? 'hashtag' : m[5] ? 'number' : 'word';
    const between = text.slice(lastEnd, start);
    const sentenceStart = tokens.length === 0 || SENTENCE_END.test(text.slice(Math.max(0, lastEnd - 1), start)) || /[\n]/.test(between) || /^\s*[:"“]\s*$/.test(between) && false;
    const first = raw.codePointAt(kind === 'mention' || kind === 'hashtag' ? 1 : 0) ?? 0;
    const firstChar = String.fromCodePoint(first);
    tokens.push({
      text: raw,
      norm: fold(raw),
      start,
      end: start + raw.length,
      index: tokens.length,
      kind,
      capitalized: firstChar !== firstChar.toLowerCase() && firstChar === firstChar.toUpperCase(),
      sentenceStart,
    });
    lastEnd = start + raw.length;
  }
  return tokens;
}
