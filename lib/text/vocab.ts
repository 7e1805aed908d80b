// One vocabulary for all word lists: every word a lexicon or phrase pattern looks up gets a small
// number. A prepared text's tokens and squashed words are then looked up in it once (one map
// look-up per word per text), and each word list answers by array index instead of its own map
// look-up: the offensive, discussion and unprofessional lists share that work.
import type { PreparedText } from './prepare';

const ids = new Map<string, number>();

/** The number of a word, added to the vocabulary when new (while word lists are compiled). */
export function internWord(word: string): number {
  let id = ids.get(word);
  if (id === undefined) ids.set(word, (id = ids.size));
  return id;
}

/** The number of a word, or -1 when no word list knows it. */
export function wordId(word: string): number {
  return ids.get(word) ?? -1;
}

export interface TextWordIds {
  /** wordId(tokens[i].norm). */
  tokens: Int32Array;
  /** wordId(squashed[i].text). */
  squashed: Int32Array;
}

interface Cached extends TextWordIds {
  /** Vocabulary size when computed: a word list compiled later (tests) makes them stale. */
  size: number;
}

const cache = new WeakMap<PreparedText, Cached>();

/** Vocabulary numbers of a text's tokens and squashed words; computed once per text. */
export function wordIdsOf(text: PreparedText): TextWordIds {
  const hit = cache.get(text);
  if (hit && hit.size === ids.size) return hit;
  const { tokens, squashed } = text;
  const tokenIds = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) tokenIds[i] = wordId(tokens[i]!.norm);
  const squashedIds = new Int32Array(squashed.length);
  for (let i = 0; i < squashed.length; i++) squashedIds[i] = wordId(squashed[i]!.text);
  const made = { tokens: tokenIds, squashed: squashedIds, size: ids.size };
  cache.set(text, made);
  return made;
}

/** Sets list[id] = value, filling any gap with undefined (a packed array, not a sparse one). */
export function setById<T>(list: (T | undefined)[], id: number, value: T): void {
  while (list.length <= id) list.push(undefined);
  list[id] = value;
}
