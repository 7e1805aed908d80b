// Finds the persons a text names and judges who they are: a pupil (child-name must warn) or an
// adult (staff with a title, the writer, an official). sensitive-data reads both: a diagnosis
// next to a pupil's or a colleague's name is confidential either way.
//
// A name is a "phrase": a first-name token plus the capitalised surname parts after it
// ("Eline de Boer"). Its context decides:
//   - inside the school's name, a staff name, an account name or a famous phrase → nobody
//   - a title right before it (juf, meester, wethouder, koning…) or a sign-off → adult
//   - an article or a place preposition before it, a street/building word in it → not a person
//   - pupil context (leerling X, gefeliciteerd X, X uit groep 3, X is jarig) → pupil, even when
//     the name is lower case, also a common word (Roos) or not in the list
//   - otherwise a known, capitalised first name that is not also a common word → pupil
// Names joined to a pupil by commas or 'en' ("Ties, Lynn en Sofie") are pupils too.
import type { Policy } from '../../policy/schema';
import type { PreparedText, Token } from '../../text/prepare';
import { fold } from '../../text/normalize';
import { tokenize } from '../../text/tokenize';
import { lazy } from '../../lists';
import { NAME_PARTICLES, isNonPersonWord, nameLists } from './name-lists';

export type PersonKind = 'pupil' | 'adult';

export interface Person {
  kind: PersonKind;
  /** Span of the name in the original text (first name up to the last surname part). */
  start: number;
  end: number;
  name: string;
  /** What decided the kind: for tests, and to tell strong from weak evidence. */
  reason: 'title' | 'staff' | 'signoff' | 'context' | 'name' | 'list';
}

interface PolicyNames {
  staffFirst: Set<string>;
  /** Phrases whose words are nobody's child (school, staff, famous), as token norms by first word. */
  protectedByFirst: Map<string, string[][]>;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COMMA_OR_SPACE = /^[ \t\u00A0]*[,:]?[ \t\u00A0]*\n?[ \t\u00A0]*$/;

// Gap tests: they read the text between two tokens by char code, without slicing it (they run
// for every name candidate). Each comment gives the regex it stands for.
const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0;

/** Adjacent words: the gap is /^\.?[ \t\u00A0]+$/ (an optional ".", then spaces, tabs or NBSPs). */
function adjacentGap(text: string, from: number, to: number): boolean {
  let i = from;
  if (i < to && text.charCodeAt(i) === 46) i++;
  if (i >= to) return false;
  for (; i < to; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/** A title may also introduce the name with a colon ("onze intern begeleider: Anja Visser"): /^\.?:?[ \t\u00A0]+$/. */
function titleGap(text: string, from: number, to: number): boolean {
  let i = from;
  if (i < to && text.charCodeAt(i) === 46) i++;
  if (i < to && text.charCodeAt(i) === 58) i++;
  if (i >= to) return false;
  for (; i < to; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/** The gap holds a sentence break: /[.!?\n;]/. */
function hasSentenceBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 59) return true;
  }
  return false;
}

const LIST_GAP = /^\s*(?:,|&|\+|\/|\ben\b|\band\b|\bof\b|\bor\b|,\s*en\b|,\s*and\b)\s*$/i;
/** Compiled on first use from the group words (lib/lists). */
const afterGroup = lazy(() => new RegExp(
  `^\\s*[(,]?\\s*(?:(?:${nameLists().GROUP_LINK_WORDS.map(escapeRe).join('|')})\\s+)?(?:(?:de|het|the)\\s+)?(?:${nameLists().GROUP_WORDS.map(escapeRe).join('|')})\\b`,
  'i',
));
const afterBirthday = lazy(() => new RegExp(
  `^\\s*,?\\s*(?:(?:is|wordt|turns|is\\s+vandaag)\\s+)?(?:vandaag\\s+|morgen\\s+)?(?:(?:${nameLists().BIRTHDAY_WORDS.map(escapeRe).join('|')})\\b|\\d{1,2}\\s*(?:jaar|years?)\\b)`,
  'i',
));
/** A title after the name: "Marit Visser is onze nieuwe stagiaire", "Anja, de conciërge". */
const TITLE_AFTER = /^\s*(?:,\s*|\s+(?:is|wordt|was|blijft|als)\s+)(?:(?:onze|ons|de|het|een|our|the|a|an|is)\s+)?(?:(?:nieuwe|new|vaste|eigen|enige)\s+)?([\p{L}'-]+)/u;
/** Greetings and thanks may stand up to three words before the name ("Dank je wel Timo"). */
const PUPIL_LOOKBACK = 3;

const policyCache = new WeakMap<Policy, PolicyNames>();

function policyNames(policy: Policy): PolicyNames {
  const cached = policyCache.get(policy);
  if (cached) return cached;
  const staff = [...policy.staffNames, ...(policy.supervisor ? [policy.supervisor.name] : [])].map((n) => fold(n).trim()).filter(Boolean);
  const staffFirst = new Set(staff.map((n) => n.split(/\s+/)[0]!).filter((n) => n.length > 1));
  const phrases = [...nameLists().FAMOUS_PHRASES, ...staff.filter((n) => n.includes(' ')), policy.schoolName, policy.board, ...policy.accounts.map((a) => a.name ?? '')];
  const protectedByFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = tokenize(phrase).filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => t.norm);
    if (words.length === 0 || words.join(' ').length < 3) continue;
    const list = protectedByFirst.get(words[0]!) ?? [];
    list.push(words);
    protectedByFirst.set(words[0]!, list);
  }
  const made = { staffFirst, protectedByFirst };
  policyCache.set(policy, made);
  return made;
}

/** Original-text intervals covered by protected phrases, in order: one map look-up per token. */
function protectedSpans(tokens: readonly Token[], byFirst: Map<string, string[][]>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = byFirst.get(tokens[i]!.norm);
    if (!candidates) continue;
    // Compare the next word and number tokens (punctuation-free phrases: "annie m.g. schmidt").
    let longestEnd = -1;
    let longestLast = i;
    for (const phrase of candidates) {
      let k = i;
      let w = 0;
      for (; w < phrase.length && k < tokens.length; k++) {
        const t = tokens[k]!;
        if (t.kind !== 'word' && t.kind !== 'number') continue;
        if (t.norm !== phrase[w]) break;
        w++;
      }
      if (w === phrase.length && tokens[k - 1]!.end > longestEnd) {
        longestEnd = tokens[k - 1]!.end;
        longestLast = k - 1;
      }
    }
    if (longestEnd >= 0) {
      spans.push([tokens[i]!.start, longestEnd]);
      i = longestLast;
    }
  }
  return spans;
}

/** The folded name without a possessive "'s". */
function baseOf(t: Token): string {
  const n = t.norm;
  const len = n.length;
  return len > 2 && n.charCodeAt(len - 1) === 115 /* s */ && (n[len - 2] === "'" || n[len - 2] === '’') ? n.slice(0, len - 2) : n;
}

function isKnownFirstName(t: Token): boolean {
  const base = baseOf(t);
  if (nameLists().FIRST_NAMES.has(base)) return true;
  // Double names: Anne-Sophie, Jan-Willem (every part written with a capital).
  if (base.indexOf('-') > 0) {
    const parts = t.text.split('-');
    return nameLists().FIRST_NAMES.has(base.split('-')[0]!) && parts.every((p) => /^\p{Lu}/u.test(p));
  }
  return false;
}

/** A known first name that is no surname starts a new name ("de Cito van Noah", "Sara Mila"). */
const startsName = (t: Token) => isKnownFirstName(t) && !nameLists().LAST_NAMES.has(t.norm);

const isAllCapsShort = (t: Token) => t.text.length <= 3 && t.text === t.text.toUpperCase();

const cache = new WeakMap<PreparedText, WeakMap<Policy, Person[]>>();

/** Persons whose name lies inside [start, end); `persons` is sorted by start, as findPersons returns it. */
export function personsIn(persons: readonly Person[], start: number, end: number): Person[] {
  let lo = 0;
  let hi = persons.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (persons[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Person[] = [];
  for (let k = lo; k < persons.length && persons[k]!.start < end; k++) if (persons[k]!.end <= end) out.push(persons[k]!);
  return out;
}

/** All persons named in the text, in order. Cached per prepared text and policy. */
export function findPersons(text: PreparedText, policy: Policy): Person[] {
  let byPolicy = cache.get(text);
  if (!byPolicy) cache.set(text, (byPolicy = new WeakMap()));
  const hit = byPolicy.get(policy);
  if (hit) return hit;
  const persons = computePersons(text, policy);
  byPolicy.set(policy, persons);
  return persons;
}

function computePersons(text: PreparedText, policy: Policy): Person[] {
  const { original, tokens } = text;
  const { staffFirst, protectedByFirst } = policyNames(policy);
  const spans = protectedSpans(tokens, protectedByFirst);
  let spanIdx = 0;
  const isProtected = (start: number) => {
    while (spanIdx < spans.length && spans[spanIdx]![1] <= start) spanIdx++;
    const s = spans[spanIdx];
    return s !== undefined && s[0] <= start && start < s[1];
  };
  const gap = (a: Token, b: Token) => original.slice(a.end, b.start);

  const persons: Person[] = [];
  /** Known names that were not sure enough alone (lower case, common word): pupils when listed with a pupil. */
  const pending: Person[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind !== 'word') continue;
    const known = isKnownFirstName(tok);
    const unknownCandidate = !known && tok.capitalized && !tok.sentenceStart && tok.norm.length >= 3 && !nameLists().ADULT_TITLES.has(tok.norm) && !isAllCapsShort(tok);
    if (!known && !unknownCandidate) continue;

    // Extend over surname parts: capitalised words and particles before a capitalised word.
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      if (next.kind !== 'word' || !adjacentGap(original, tokens[j]!.end, next.start) || original.charCodeAt(tokens[j]!.end) === 46) break;
      if (next.capitalized && !isAllCapsShort(next) && !startsName(next)) { j++; continue; }
      if (NAME_PARTICLES.has(next.norm)) {
        let k = j + 1;
        while (k + 1 < tokens.length && NAME_PARTICLES.has(tokens[k + 1]!.norm) && k - j < 3) k++;
        const after = tokens[k + 1];
        if (after && after.kind === 'word' && after.capitalized && adjacentGap(original, tokens[k]!.end, after.start) && !startsName(after)) { j = k + 1; continue; }
      }
      break;
    }
    const last = tokens[j]!;
    // The name's tokens are tokens[i..j] (token.index === position in tokens).
    const phraseLength = j - i + 1;
    const phraseFirst = i;
    i = j;

    // The span ends at the name, without a possessive "'s" (Daan's tekening).
    const end = /['’]s$/i.test(last.text) ? last.end - 2 : last.end;
    const person: Person = { kind: 'pupil', start: tok.start, end, name: original.slice(tok.start, end), reason: 'name' };
    // Staff first (their full names are also protected phrases, but sensitive-data needs them as adults).
    if (staffFirst.has(baseOf(tok))) { persons.push({ ...person, kind: 'adult', reason: 'staff' }); continue; }
    if (isProtected(tok.start)) continue;
    let nonPerson = false;
    for (let k = phraseFirst + 1; k <= j && !nonPerson; k++) nonPerson = isNonPersonWord(tokens[k]!.norm);
    if (nonPerson) continue;

    const prev = tokens[tok.index - 1];
    const prevAdjacent = prev !== undefined && adjacentGap(original, prev.end, tok.start);
    const p = prev?.norm ?? '';
    const prev2 = tokens[tok.index - 2];

    if (prev && titleGap(original, prev.end, tok.start) && nameLists().ADULT_TITLES.has(p)) { persons.push({ ...person, kind: 'adult', reason: 'title' }); continue; }
    if (prev && nameLists().SIGNOFFS.has(p) && COMMA_OR_SPACE.test(gap(prev, tok))) { persons.push({ ...person, kind: 'adult', reason: 'signoff' }); continue; }
    if (prevAdjacent && (nameLists().ARTICLES.has(p) || nameLists().PLACE_PREPOSITIONS.has(p))) continue;
    // The title of a work ("het boek Max en de maximonsters", "de film Matilda").
    if (prevAdjacent && nameLists().WORKS_BEFORE_VAN.has(p)) continue;
    if (prevAdjacent && prev2 && ((p === 'van' && nameLists().WORKS_BEFORE_VAN.has(prev2.norm)) || (p === 'door' && nameLists().VERBS_BEFORE_DOOR.has(prev2.norm)))) continue;

    const following = original.slice(last.end, last.end + 48);
    const strong = pupilContextBefore(tokens, tok.index, original) || afterGroup().test(following) || afterBirthday().test(following);
    // An unknown first name before a known surname mid-sentence is still a full name ("Xara Jansen").
    const fullName = !known && phraseLength >= 2 && nameLists().LAST_NAMES.has(last.norm) && !NAME_PARTICLES.has(tok.norm);
    // Most capitalised words that are no known name end here, before the costlier checks below.
    if (!known && !strong && !fullName) continue;
    const apposition = TITLE_AFTER.exec(following);
    if (apposition && nameLists().ADULT_TITLES.has(fold(apposition[1]!))) { persons.push({ ...person, kind: 'adult', reason: 'title' }); continue; }
    if (!known) {
      persons.push({ ...person, reason: strong ? 'context' : 'name' });
      continue;
    }
    const base = baseOf(tok);
    // A lower-case name opening a sentence ("femke las voor") is a name when it is no Dutch word.
    const lowerOpening = !tok.capitalized && tok.sentenceStart && base.length >= 4 && !nameLists().LOWER_CASE_WORDS.has(base);
    // A name that is also a word, capitalised inside a running sentence ("Vandaag won Jade de prijs"),
    // is a name; not in title case ("Winter Wonderland") nor at a sentence's end ("Fijne Lente!").
    const next = tokens[j + 1];
    const midSentenceCapital =
      tok.capitalized && !tok.sentenceStart && !isAllCapsShort(tok) && phraseLength === 1 &&
      next !== undefined && next.kind === 'word' && !next.capitalized && adjacentGap(original, tok.end, next.start) && original.charCodeAt(tok.end) !== 46 &&
      !(prev && prev.kind === 'word' && prev.capitalized && !prev.sentenceStart);
    const weak = (!tok.capitalized && !lowerOpening) || isAllCapsShort(tok) || (nameLists().COMMON_WORD_NAMES.has(base) && !midSentenceCapital);
    if (strong) persons.push({ ...person, reason: 'context' });
    else if (weak) pending.push(person);
    else persons.push(person);
  }
  return promoteListed(persons, pending, original);
}


/** A pupil word right before the name, or a greeting a few words before it, in the same sentence. */
function pupilContextBefore(tokens: Token[], index: number, original: string): boolean {
  for (let back = 1; back <= PUPIL_LOOKBACK; back++) {
    const t = tokens[index - back];
    if (!t) return false;
    if (hasSentenceBreak(original, t.end, tokens[index - back + 1]!.start)) return false;
    if (back === 1 && nameLists().PUPIL_BEFORE.has(t.norm)) return true;
    if (nameLists().GREETINGS.has(t.norm)) return true;
    // "de vader van Mila", "de tekening van Daan": the name is the child the thing belongs to.
    if (back === 1 && t.norm === 'van' && nameLists().RELATION_BEFORE_VAN.has(tokens[index - 2]?.norm ?? '')) return true;
  }
  return false;
}

/** Weak names listed together with a pupil ("Ties, lynn en Sofie") are pupils too. */
function promoteListed(persons: Person[], pending: Person[], original: string): Person[] {
  if (pending.length === 0) return persons;
  const all = [...persons.map((p) => ({ p, weak: false })), ...pending.map((p) => ({ p: { ...p, reason: 'list' as const }, weak: true }))];
  all.sort((a, b) => a.p.start - b.p.start);
  const pupil = all.map((e) => !e.weak && e.p.kind === 'pupil');
  const joined = (a: number, b: number) => LIST_GAP.test(original.slice(all[a]!.p.end, all[b]!.p.start));
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 0; k < all.length; k++) {
      if (pupil[k] || !all[k]!.weak) continue;
      if ((k > 0 && pupil[k - 1] && joined(k - 1, k)) || (k + 1 < all.length && pupil[k + 1] && joined(k, k + 1))) {
        pupil[k] = true;
        changed = true;
      }
    }
  }
  return all.filter((e, k) => !e.weak || pupil[k]).map((e) => e.p);
}
