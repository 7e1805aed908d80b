// Sentences of a prepared text, for rules that judge words "in the same sentence". Found once
// per text (one linear pass, cached), then looked up by binary search, so rules stay linear even
// when a post holds thousands of hits. A full stop ends a sentence only before white space and
// not after an abbreviation or inside a number ("om 8.15 uur", "tel. 0595-…", "t.n.v."), so
// contact details keep their context.
import type { PreparedText } from '../../text/prepare';

export interface Sentence {
  start: number;
  end: number;
  /** Folded words and numbers of the sentence joined by single spaces (no e-mails, URLs, mentions). */
  readonly words: string;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029;
// Letters for the abbreviation test: ASCII and everything above Latin-1 punctuation (accents, other scripts).
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 192;
const isDigit = (c: number) => c >= 48 && c <= 57;

function isBreak(text: string, i: number): boolean {
  const ch = text.charCodeAt(i);
  if (ch !== 46) return true; // ! ? ; and newline always end a sentence
  const next = text.charCodeAt(i + 1);
  if (!(Number.isNaN(next) || isSpace(next))) return false;
  // The word before the dot: words of up to three letters are abbreviations (tel., nr., t.n.v.).
  let k = i - 1;
  while (k >= 0 && k > i - 5 && isLetter(text.charCodeAt(k))) k--;
  return i - 1 - k > 3 || isDigit(text.charCodeAt(i - 1));
}

const BREAK_CANDIDATE = /[.!?;\n]/g;

/** Positions of sentence-ending characters, ascending. */
export function sentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  BREAK_CANDIDATE.lastIndex = 0;
  for (let m = BREAK_CANDIDATE.exec(text); m; m = BREAK_CANDIDATE.exec(text)) if (isBreak(text, m.index)) breaks.push(m.index);
  return breaks;
}

/** Index of the first element >= value in a sorted array. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Sentences {
  /** The sentence that contains the span [from, to). */
  around(from: number, to: number): Sentence;
}

const cache = new WeakMap<PreparedText, Sentences>();

export function sentencesOf(prepared: PreparedText): Sentences {
  const cached = cache.get(prepared);
  if (cached) return cached;
  const { original, tokens } = prepared;
  const breaks = sentenceBreaks(original);
  const tokenStarts = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) tokenStarts[k] = tokens[k]!.start;
  const bySentence = new Map<number, Sentence>();
  const made: Sentences = {
    around(from, to) {
      const b = lowerBound(breaks, from);
      const start = b > 0 ? breaks[b - 1]! + 1 : 0;
      const e = lowerBound(breaks, Math.max(from, to - 1));
      const end = e < breaks.length ? breaks[e]! : original.length;
      const key = start * 1e7 + end;
      let sentence = bySentence.get(key);
      if (!sentence) {
        let words: string | undefined;
        sentence = {
          start,
          end,
          // Built on first use: many sentences are only needed for their bounds.
          get words() {
            if (words === undefined) {
              const parts: string[] = [];
              for (let k = lowerBound(tokenStarts, start); k < tokens.length && tokens[k]!.start < end; k++) {
                const t = tokens[k]!;
                if (t.kind === 'word' || t.kind === 'number') parts.push(t.norm);
              }
              words = parts.join(' ');
            }
            return words;
          },
        };
        bySentence.set(key, sentence);
      }
      return sentence;
    },
  };
  cache.set(prepared, made);
  return made;
}

/** A matcher for folded words and phrases at word boundaries (phrases: words joined by spaces). */
export function phraseMatcher(words: readonly string[]): (folded: string) => boolean {
  const escaped = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return (folded) => re.test(folded);
}
