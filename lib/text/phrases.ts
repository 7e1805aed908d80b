// Phrase patterns over word tokens, compiled once. A pattern is a line of slots separated by spaces:
//   word        the folded token must equal it              ("waar")
//   a|b|c       one of these                                ("je|jou|u")
//   stem~       a token starting with stem                  ("vergis~" matches vergist, vergissen)
//   _           any one token
//   slot?       the slot may be left out                    ("helemaal?")
// Matching is indexed by the first slot, so the cost is one map look-up per token plus the few
// patterns that start with that word: linear in the text. A phrase never runs across a sentence end.
import { fold } from './normalize';
import type { Token } from './tokenize';
import { internWord, setById } from './vocab';

interface Slot {
  words: ReadonlySet<string>;
  stems: readonly string[];
  any: boolean;
  optional: boolean;
}

export interface CompiledPhrase<E> {
  slots: Slot[];
  entry: E;
}

export interface PhraseMatch<E> {
  entry: E;
  /** Token indexes, end exclusive. */
  first: number;
  last: number;
  /** Span in the original text. */
  start: number;
  end: number;
}

function parseSlot(raw: string): Slot {
  let body = raw;
  let optional = false;
  if (body.endsWith('?') && body.length > 1) {
    optional = true;
    body = body.slice(0, -1);
  }
  if (body.startsWith('(') && body.endsWith(')')) body = body.slice(1, -1);
  const words = new Set<string>();
  const stems: string[] = [];
  let any = false;
  for (const alt of body.split('|')) {
    if (alt === '_') any = true;
    else if (alt.endsWith('~')) stems.push(fold(alt.slice(0, -1)));
    else if (alt) words.add(fold(alt));
  }
  return { words, stems, any, optional };
}

function slotMatches(slot: Slot, token: Token): boolean {
  if (slot.any) return true;
  if (slot.words.has(token.norm)) return true;
  for (const stem of slot.stems) if (token.norm.startsWith(stem)) return true;
  return false;
}

export class PhraseMatcher<E> {
  private byFirstWord = new Map<string, CompiledPhrase<E>[]>();
  /** The same lists by vocabulary number of the first word (see ./vocab). */
  private byFirstId: (CompiledPhrase<E>[] | undefined)[] = [];
  /** Patterns whose first slot is a stem or wildcard: tried at every token (keep these few). */
  private unindexed: CompiledPhrase<E>[] = [];

  constructor(items: Iterable<{ pattern: string; entry: E }>) {
    for (const { pattern, entry } of items) this.add(pattern, entry);
  }

  add(pattern: string, entry: E): void {
    const slots = pattern.trim().split(/\s+/).filter(Boolean).map(parseSlot);
    if (slots.length === 0) return;
    const compiled = { slots, entry };
    const first = slots[0]!;
    if (first.optional || first.any || first.stems.length > 0) {
      this.unindexed.push(compiled);
      return;
    }
    for (const w of first.words) {
      const list = this.byFirstWord.get(w);
      if (list) list.push(compiled);
      else {
        const made = [compiled];
        this.byFirstWord.set(w, made);
        setById(this.byFirstId, internWord(w), made);
      }
    }
  }

  /**
   * All matches, longest per start token first; overlapping matches are all reported. `ids`, when
   * given, holds the vocabulary number of each token's norm (./vocab wordIdsOf): array look-ups
   * instead of one map look-up per token.
   */
  find(tokens: readonly Token[], ids?: Int32Array): PhraseMatch<E>[] {
    const out: PhraseMatch<E>[] = [];
    for (let t = 0; t < tokens.length; t++) {
      const id = ids ? ids[t]! : -1;
      const candidates = ids ? (id >= 0 ? this.byFirstId[id] : undefined) : this.byFirstWord.get(tokens[t]!.norm);
      if (candidates) for (const p of candidates) this.tryAt(p, tokens, t, out);
      for (const p of this.unindexed) this.tryAt(p, tokens, t, out);
    }
    return out;
  }

  private tryAt(p: CompiledPhrase<E>, tokens: readonly Token[], t: number, out: PhraseMatch<E>[]): void {
    const end = matchFrom(p.slots, 0, tokens, t, t);
    if (end > t) out.push({ entry: p.entry, first: t, last: end, start: tokens[t]!.start, end: tokens[end - 1]!.end });
  }
}

/** Returns the token index after the match, or -1. Optional slots branch; patterns are short. */
function matchFrom(slots: Slot[], si: number, tokens: readonly Token[], ti: number, startToken: number): number {
  if (si === slots.length) return ti;
  const slot = slots[si]!;
  const token = tokens[ti];
  if (token && (ti === startToken || !token.sentenceStart) && slotMatches(slot, token)) {
    const r = matchFrom(slots, si + 1, tokens, ti + 1, startToken);
    if (r >= 0) return r;
  }
  if (slot.optional) return matchFrom(slots, si + 1, tokens, ti, startToken);
  return -1;
}
