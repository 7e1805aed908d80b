// The naive baseline for `npm run eval`: plain word-list look-up with no context, using the same
// data files under assets/ that the real rules use. It exists to show what the rules' context
// handling (titles, staff lists, school contact details, word boundaries…) adds over a dumb filter.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RuleId } from '../types';

/**
 * Which lists feed which baseline rule: a whole file recognised by its path under assets/, or a
 * key inside a JSON file (e.g. "firstNames" in assets/names/names.json).
 */
const LIST_KINDS: { rule: RuleId; label: string; path: RegExp; key: RegExp }[] = [
  { rule: 'child-name', label: 'first names', path: /first[-_]?names?|voornamen/i, key: /^(first[-_]?names?|voornamen|given[-_]?names?)$/i },
  {
    rule: 'offensive-language',
    label: 'offensive words',
    path: /offensive|profan|swear|scheld|insult|slur|naughty|curse/i,
    key: /^(offensive|offensive[-_]?words|profanit(y|ies)|swear[-_]?words|insults|slurs|scheldwoorden|curses)$/i,
  },
  {
    rule: 'sensitive-data',
    label: 'sensitive terms',
    // Not sensitive-persons / sensitive-contact-context: those are the context the naive baseline lacks.
    path: /(sensitiv|gevoelig|health|diagnos|medical)(?!.*(person|context))/i,
    key: /^(sensitive|sensitive[-_]?(terms|words)|health|diagnoses|medical|gevoelig)$/i,
  },
];

/** Fields of a list entry that hold notes rather than the word itself. */
const NOTE_FIELDS = new Set(['about', '$schema', 'source', 'note', 'notes', 'reason', 'why', 'comment', 'description', 'license', 'category', 'lang', 'kind', 'type', 'severity']);
const WORD_FIELDS = ['word', 'term', 'name', 'value', 'text', 'entry', 'phrase', 'pattern', 'words', 'terms', 'names', 'variants', 'forms', 'entries', 'items', 'list'];

function walk(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(walk(path));
    else if (/\.(json|txt|tsv|csv)$/i.test(name)) out.push(path);
  }
  return out;
}

/** Pulls the words out of a list file of (almost) any reasonable shape. */
export function termsOf(path: string): string[] {
  const raw = readFileSync(path, 'utf8');
  if (/\.json$/i.test(path)) return collect(JSON.parse(raw));
  return raw
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').split(/\t|,/)[0]!.trim())
    .filter((l) => l && !/^(word|term|name)$/i.test(l));
}

function collect(value: unknown): string[] {
  // Long strings are notes or sentences, not list entries; some lists are newline-joined.
  if (typeof value === 'string') return value.split('\n').filter((w) => w.trim() && w.length <= 60);
  if (Array.isArray(value)) return value.flatMap(collect);
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const wordKeys = WORD_FIELDS.filter((k) => k in obj);
    if (wordKeys.length) return wordKeys.flatMap((k) => collect(obj[k]));
    // A map of word → note, or of section → list: take keys of plain notes, recurse into the rest.
    return Object.entries(obj).flatMap(([k, v]) => (NOTE_FIELDS.has(k) ? [] : typeof v === 'string' ? [k] : collect(v)));
  }
  return [];
}

export interface BaselineLists {
  terms: Map<RuleId, { single: Set<string>; phrases: string[] }>;
  /** One line per rule: which files fed it, or why it was skipped. */
  report: string[];
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Values of every key matching `key`, at any depth of a parsed JSON file. */
function valuesByKey(value: unknown, key: RegExp): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => valuesByKey(v, key));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => (key.test(k) ? [v] : valuesByKey(v, key)));
}

export function loadBaselineLists(assetsDir: string): BaselineLists {
  const files = walk(assetsDir);
  const parsed = new Map<string, unknown>();
  for (const f of files.filter((f) => /\.json$/i.test(f))) {
    try {
      parsed.set(f, JSON.parse(readFileSync(f, 'utf8')));
    } catch {
      // unreadable JSON is reported below if its path makes it a list file
    }
  }
  const terms: BaselineLists['terms'] = new Map();
  const report: string[] = [];
  for (const kind of LIST_KINDS) {
    const single = new Set<string>();
    const phrases: string[] = [];
    const used: string[] = [];
    const sources: [string, () => string[]][] = [
      ...files.filter((f) => kind.path.test(relative(assetsDir, f))).map((f): [string, () => string[]] => [relative(assetsDir, f), () => termsOf(f)]),
      ...[...parsed].filter(([f]) => !kind.path.test(relative(assetsDir, f))).flatMap(([f, json]): [string, () => string[]][] => {
        const found = valuesByKey(json, kind.key);
        return found.length ? [[`${relative(assetsDir, f)} (key ${kind.key.source})`, () => found.flatMap(collect)]] : [];
      }),
    ];
    for (const [name, read] of sources) {
      let words: string[];
      try {
        words = read();
      } catch (e) {
        report.push(`  ${kind.rule}: skipped unreadable ${name} (${(e as Error).message})`);
        continue;
      }
      used.push(name);
      for (const w of words) {
        const t = fold(w).trim();
        if (t.length < 2) continue;
        if (/\s/.test(t)) phrases.push(` ${t.replace(/\s+/g, ' ')} `);
        else single.add(t);
      }
    }
    if (single.size + phrases.length === 0) {
      report.push(`  ${kind.rule}: SKIPPED, no ${kind.label} list under assets/ yet`);
      continue;
    }
    terms.set(kind.rule, { single, phrases });
    report.push(`  ${kind.rule}: ${single.size + phrases.length} terms from ${used.join(', ')}`);
  }
  return { terms, report };
}

/** Rules fired by the patterns that need no list. */
const PATTERN_RULES: { rule: RuleId; test: (raw: string, folded: string) => boolean }[] = [
  { rule: 'personal-data', test: (raw) => /\d{9,}/.test(raw.replace(/[\s-]/g, (c) => (c === '-' ? '' : c))) },
  { rule: 'discussion', test: (raw, folded) => raw.includes('?') || folded.includes('niet waar') },
  { rule: 'tagging', test: (raw) => /(^|[^\w@])@\w/.test(raw) },
  { rule: 'unprofessional', test: (raw, folded) => raw.includes('!') || folded.includes('borrel') },
];
export const PATTERN_RULE_NOTE = 'personal-data: digit run ≥ 9 (dashes ignored); discussion: "?" or "niet waar"; tagging: @mention; unprofessional: "!" or "borrel"';

/** The rule ids the naive baseline fires on one text. */
export function baselineRules(text: string, lists: BaselineLists): RuleId[] {
  const folded = fold(text);
  const fired: RuleId[] = [];
  const tokens = folded.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  const spaced = ` ${folded.replace(/[^\p{L}\p{N}'-]+/gu, ' ')} `;
  for (const [rule, { single, phrases }] of lists.terms) {
    if (tokens.some((t) => single.has(t)) || phrases.some((p) => spaced.includes(p))) fired.push(rule);
  }
  for (const p of PATTERN_RULES) if (p.test(text, folded)) fired.push(p.rule);
  return fired;
}
