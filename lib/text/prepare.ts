// Prepares a text once for all rules: tokens with offsets into the original text, and folded
// views whose every character maps back to an original offset (so findings always point at
// what the user wrote). The detailed normalisation lives in ./normalize and ./squash.
import { foldWithMap, type MappedText } from './normalize';
import { squash, type SquashedWord } from './squash';
import { tokenize, type Token } from './tokenize';

export type { Token, MappedText, SquashedWord };

export interface PreparedText {
  original: string;
  /** NFKC, lower case, no diacritics, zero-width and soft hyphens removed. */
  folded: MappedText;
  tokens: Token[];
  /**
   * Words with l33t, separated and stretched letters undone (k4nker, k.u.t, kuuuut), each with its
   * span in the original. Built on first use: only the word-list rules need it.
   */
  readonly squashed: readonly SquashedWord[];
}

export function prepareText(original: string): PreparedText {
  const folded = foldWithMap(original);
  const tokens = tokenize(original);
  let squashed: SquashedWord[] | undefined;
  return {
    original,
    folded,
    tokens,
    get squashed() {
      // The tokens let plain words share their folded strings (see squash).
      return (squashed ??= squash(folded, tokens));
    },
  };
}

/** Maps a [start, end) span of a mapped text back to the original text. */
export function toOriginalSpan(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  const s = mapped.map[start] ?? mapped.originalLength;
  // end is exclusive: take the original end of the last included character.
  const e = end > start ? (mapped.mapEnd[end - 1] ?? mapped.originalLength) : s;
  return { start: s, end: Math.max(s, e) };
}
