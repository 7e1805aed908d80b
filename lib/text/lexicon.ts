// Word lists (data files under assets/wordlists) compiled once into Maps and a phrase index.
// A lexicon answers: which list entries occur in this prepared text, and where (original spans)?
// Single words are matched as WHOLE words in the squashed view (so l33t, k.u.t and kuuuut are
// found, and "Scunthorpe" substrings inside innocent words are not); compounds only through an
// explicit prefix entry with its innocent exceptions; phrases through token patterns.
import { fold } from './normalize';
import { PhraseMatcher } from './phrases';
import type { PreparedText } from './prepare';
import { collapseRepeats, type SquashedWord } from './squash';
import { tokenize, type Token } from './tokenize';
import { internWord, setById, wordIdsOf } from './vocab';

export interface LexiconEntry {
  /** A word, or a literal phrase of several words. */
  term?: string;
  /** A phrase pattern (syntax in ./phrases): "ik maak je|jou|u helemaal? kapot". */
  pattern?: string;
  /** A prefix that makes curse compounds: "kut" → kutweer, kutzooi. */
  prefix?: string;
  /** Innocent words starting with the prefix ("kleren" for "klere", "kankeronderzoek" for "kanker"). */
  exceptPrefixes?: string[];
  category?: string;
  lang?: string;
  /** Not a hit when the word before is one of these ("tegen kanker", "aan kanker"). */
  notAfter?: string[];
  /** Not a hit when a word starting with one of these stands within a few words ("eikels" near "bos", "herfst"). */
  unlessNear?: string[];
  source: string;
  note?: string;
}

export interface RemovedEntry {
  term: string;
  source: string;
  note: string;
}

export interface WordListFile {
  description: string;
  source?: string;
  license?: string;
  entries: LexiconEntry[];
  removed?: RemovedEntry[];
}

export interface LexiconHit {
  entry: LexiconEntry;
  start: number;
  end: number;
  /** What matched, folded (for messages and tests). */
  matched: string;
}

const NONE: readonly PrefixRule[] = [];

/** How many words either side `unlessNear` looks at. */
const NEAR = 8;

interface PrefixRule {
  prefix: string;
  /** The prefix with repeated letters collapsed, for stretched spellings ("godsaaamme"). */
  collapsed: string;
  except: string[];
  entry: LexiconEntry;
}

export class Lexicon {
  private words = new Map<string, LexiconEntry>();
  /** `words` by vocabulary number (./vocab): one shared look-up per text instead of one per list. */
  private wordsById: (LexiconEntry | undefined)[] = [];
  private collapsed = new Map<string, LexiconEntry>();
  private byLength = new Map<number, [string, LexiconEntry][]>();
  private prefixes: PrefixRule[] = [];
  private prefixesByFirst = new Map<string, PrefixRule[]>();
  /** The same lists for ASCII first letters, by char code. */
  private prefixesByAscii: (PrefixRule[] | undefined)[] = new Array<PrefixRule[] | undefined>(128).fill(undefined);
  private phrases = new PhraseMatcher<LexiconEntry>([]);
  private symbols: [string, LexiconEntry][] = [];
  private notAfter = new Map<LexiconEntry, Set<string>>();
  private near = new Map<LexiconEntry, string[]>();

  constructor(files: readonly WordListFile[]) {
    for (const file of files) for (const entry of file.entries) this.add(entry);
  }

  private add(entry: LexiconEntry): void {
    if (entry.notAfter) this.notAfter.set(entry, new Set(entry.notAfter.map(fold)));
    if (entry.unlessNear) this.near.set(entry, entry.unlessNear.map(fold));
    if (entry.prefix) {
      const prefix = fold(entry.prefix);
      const rule = { prefix, collapsed: collapseRepeats(prefix), except: (entry.exceptPrefixes ?? []).map(fold), entry };
      this.prefixes.push(rule);
      const first = prefix[0] ?? '';
      const list = this.prefixesByFirst.get(first);
      if (list) list.push(rule);
      else {
        const made = [rule];
        this.prefixesByFirst.set(first, made);
        const code = first.charCodeAt(0);
        if (first.length === 1 && code < 128) this.prefixesByAscii[code] = made;
      }
      return;
    }
    if (entry.pattern) {
      this.phrases.add(entry.pattern, entry);
      return;
    }
    if (!entry.term) return;
    const tokens = tokenize(entry.term);
    if (tokens.length === 0) {
      // Symbols such as 🖕: plain substring search in the folded text.
      this.symbols.push([fold(entry.term), entry]);
      return;
    }
    const only = tokens[0]!;
    if (tokens.length === 1 && only.kind === 'word' && /^\p{L}+$/u.test(only.norm)) {
      const w = only.norm;
      if (!this.words.has(w)) {
        this.words.set(w, entry);
        setById(this.wordsById, internWord(w), entry);
      }
      const c = collapseRepeats(w);
      if (!this.collapsed.has(c)) this.collapsed.set(c, entry);
      const list = this.byLength.get(w.length);
      if (list) list.push([w, entry]);
      else this.byLength.set(w.length, [[w, entry]]);
      return;
    }
    this.phrases.add(tokens.map((t) => t.norm).join(' '), entry);
  }

  /**
   * The entry a single squashed word stands for, if any. `id`, when known, is the vocabulary number
   * of word.text (./vocab): it replaces the map look-up of the exact word.
   */
  lookupWord(word: SquashedWord, id?: number): { entry: LexiconEntry; as: string } | undefined {
    const found = this.lookupText(word.text, word, id);
    if (found || word.alt === undefined) return found;
    return this.lookupText(word.alt, word);
  }

  private lookupText(text: string, word: SquashedWord, id?: number): { entry: LexiconEntry; as: string } | undefined {
    const exact = id === undefined ? this.words.get(text) : id >= 0 ? this.wordsById[id] : undefined;
    if (exact) return { entry: exact, as: text };
    const viaPrefix = this.prefixOf(text);
    if (viaPrefix) return { entry: viaPrefix, as: text };
    if (!word.disguised) return undefined;
    if (word.wildcard) return this.wildcard(text);
    if (!word.stretched) return undefined;
    // Stretched letters: compare with every repeat collapsed ("kuuuut" → "kut", "klooootzak" → "klotzak").
    const c = collapseRepeats(text);
    const viaCollapse = this.collapsed.get(c) ?? this.prefixOf(c, true);
    return viaCollapse ? { entry: viaCollapse, as: c } : undefined;
  }

  private prefixOf(text: string, collapsed = false): LexiconEntry | undefined {
    // Only the prefixes that start with the word's first letter (a handful at most).
    const code = text.charCodeAt(0);
    for (const rule of (code < 128 ? this.prefixesByAscii[code] : this.prefixesByFirst.get(text[0] ?? '')) ?? NONE) {
      const prefix = collapsed ? rule.collapsed : rule.prefix;
      if (text.length < prefix.length + 2 || !text.startsWith(prefix)) continue;
      if (rule.except.some((x) => text.startsWith(x))) continue;
      return rule.entry;
    }
    return undefined;
  }

  /** "t*ring": '*' stands for one letter; at least two real letters and no more wildcards than letters. */
  private wildcard(text: string): { entry: LexiconEntry; as: string } | undefined {
    let stars = 0;
    for (const ch of text) if (ch === '*') stars++;
    if (text.length - stars < 2 || stars > text.length - stars) return undefined;
    for (const [w, entry] of this.byLength.get(text.length) ?? []) {
      let ok = true;
      for (let i = 0; i < w.length && ok; i++) ok = text[i] === '*' || text[i] === w[i];
      if (ok) return { entry, as: w };
    }
    // Compounds: "k*tweer" → prefix "kut" with the stars inside the prefix only.
    for (const rule of this.prefixes) {
      const p = rule.prefix;
      if (text.length < p.length + 2 || text.indexOf('*', p.length) >= 0) continue;
      let ok = true;
      for (let i = 0; i < p.length && ok; i++) ok = text[i] === '*' || text[i] === p[i];
      const word = p + text.slice(p.length);
      if (ok && !rule.except.some((x) => word.startsWith(x))) return { entry: rule.entry, as: word };
    }
    return undefined;
  }

  /** Every entry found in the text, with original spans, after the context exceptions. */
  find(text: PreparedText): LexiconHit[] {
    const hits: LexiconHit[] = [];
    const tokens = text.tokens;
    const squashed = text.squashed;
    const ids = wordIdsOf(text);
    for (let i = 0; i < squashed.length; i++) {
      const word = squashed[i]!;
      const found = this.lookupWord(word, ids.squashed[i]!);
      if (found) hits.push({ entry: found.entry, start: word.start, end: word.end, matched: found.as });
    }
    for (const m of this.phrases.find(tokens, ids.tokens)) hits.push({ entry: m.entry, start: m.start, end: m.end, matched: tokens.slice(m.first, m.last).map((t) => t.norm).join(' ') });
    for (const [symbol, entry] of this.symbols) {
      let at = text.folded.text.indexOf(symbol);
      while (at >= 0) {
        hits.push({ entry, start: text.folded.map[at]!, end: text.folded.mapEnd[at + symbol.length - 1]!, matched: symbol });
        at = text.folded.text.indexOf(symbol, at + symbol.length);
      }
    }
    return hits.filter((h) => this.contextAllows(h, tokens));
  }

  private contextAllows(hit: LexiconHit, tokens: readonly Token[]): boolean {
    const before = this.notAfter.get(hit.entry);
    const near = this.near.get(hit.entry);
    if (!before && !near) return true;
    const i = tokenIndexAt(tokens, hit.start);
    if (before && i > 0 && !tokens[i]!.sentenceStart && before.has(tokens[i - 1]!.norm)) return false;
    if (near) {
      const from = Math.max(0, i - NEAR);
      const to = Math.min(tokens.length, i + NEAR + 1);
      for (let k = from; k < to; k++) {
        const t = tokens[k]!;
        if (t.start >= hit.start && t.end <= hit.end) continue;
        if (near.some((stem) => t.norm.startsWith(stem))) return false;
      }
    }
    return true;
  }
}

/** Index of the token that contains (or first follows) an original offset. Binary search. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}
