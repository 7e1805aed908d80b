// Sentence bounds around a span, for rules that judge words "in the same sentence". A full stop
// ends a sentence only before white space and not after an abbreviation or inside a number
// ("om 8.15 uur", "tel. 0595-…", "t.n.v."), so contact details keep their context.
import { fold } from '../../text/normalize';

/** How far a sentence may reach on either side of the span: keeps the cost per hit constant. */
const MAX_REACH = 300;

function isBreak(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '!' || ch === '?' || ch === '\n' || ch === ';') return true;
  if (ch !== '.') return false;
  if (!/\s/.test(text[i + 1] ?? ' ')) return false;
  // The word before the dot: short words and single letters are abbreviations (tel., nr., t.n.v.).
  let k = i - 1;
  while (k >= 0 && /\p{L}/u.test(text[k]!)) k--;
  const word = text.slice(k + 1, i);
  return word.length > 3 || /\d/.test(text[i - 1] ?? '');
}

/** [start, end) of the sentence that contains [from, to). */
export function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  const minStart = Math.max(0, from - MAX_REACH);
  while (start > minStart && !isBreak(text, start - 1)) start--;
  let end = to;
  const maxEnd = Math.min(text.length, to + MAX_REACH);
  while (end < maxEnd && !isBreak(text, end)) end++;
  return { start, end };
}

/** A matcher for folded words and phrases, at word boundaries. */
export function phraseMatcher(words: readonly string[]): (folded: string) => boolean {
  const escaped = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return (folded) => re.test(folded);
}

/** Folded text of the sentence around a span. */
export function foldedSentence(text: string, from: number, to: number): string {
  const { start, end } = sentenceAround(text, from, to);
  return fold(text.slice(start, end));
}
