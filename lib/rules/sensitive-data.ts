// sensitive-data (Schooluren 2; AVG special categories): health, family situation, behaviour and
// discipline, test results — of an identifiable pupil or colleague. The key is a sensitive term
// (assets/wordlists/sensitive-terms.json) AND an identifiable person in the same sentence: a name
// from the person finder (a pupil, or staff such as "juf Anne"), or a reference like "een leerling
// uit groep 5", "onze leerling", "zijn vader" (assets/wordlists/sensitive-persons.json).
// General topics ("voorlichting over gezonde voeding", "Cito-week") name nobody and pass.
import type { Localized } from '../types';
import type { PreparedText } from '../text/prepare';
import { lazy, lists } from '../lists';
import { defineRule, type Hit } from './rule';
import { findPersons, personsIn } from './support/person-finder';
import { insideQuote, quotedSpans } from './support/quoted';
import { lowerBound, sentencesOf } from './support/sentences';

type Category = 'health' | 'family' | 'behaviour' | 'results';

const CATEGORY: Record<Category, Localized> = {
  health: { nl: 'gezondheid', en: 'health' },
  family: { nl: 'de thuissituatie', en: 'the family situation' },
  behaviour: { nl: 'gedrag of straf', en: 'behaviour or discipline' },
  results: { nl: 'toets- of leerresultaten', en: 'test or learning results' },
};
/** Categories a reference to an adult (staff) counts for; see sensitive-persons.json. */
const ADULT_CATEGORIES = new Set<Category>(['health', 'family']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

interface Term { words: string[]; category: Category; pupilOnly: boolean; needsMark: boolean }
const pupilOnly = (t: object) => 'pupilOnly' in t && t.pupilOnly === true;
/** "cijfers", "scores": a results word that only counts when a mark stands next to a name in its sentence. */
const needsMark = (t: object) => 'needsMark' in t && t.needsMark === true;
/** How far after a name MARK_AFTER_NAME looks. */
const MARK_LOOKAHEAD = 16;

/** The term and person lists, compiled on first use from the list registry (lib/lists). */
const compiled = lazy(() => {
  const termData = lists().sensitiveTerms;
  const personData = lists().sensitivePersons;
  /** Whole-word terms and phrases, by their first word: a token is looked up, never scanned. */
  const TERMS_BY_FIRST = new Map<string, Term[]>();
  for (const t of termData.terms.filter((x) => x.match === 'word')) {
    const words = t.term.split(/\s+/);
    const list = TERMS_BY_FIRST.get(words[0]!) ?? [];
    list.push({ words, category: t.category as Category, pupilOnly: pupilOnly(t), needsMark: needsMark(t) });
    // Longest phrase first, so "syndroom van down" wins over "syndroom".
    list.sort((a, b) => b.words.length - a.words.length);
    TERMS_BY_FIRST.set(words[0]!, list);
  }
  /** Terms that also count inside a compound word (eindtoetsscores, notenallergie). */
  const PARTS = termData.terms.filter((t) => t.match === 'part');
  const PART_SCAN = new RegExp(PARTS.map((t) => escapeRe(t.term)).join('|'), 'g');
  const PART_CATEGORY = new Map(PARTS.map((t) => [t.term, t.category as Category]));
  const GENERAL_BEFORE = new RegExp(`(?:^|\\s)(?:${termData.generalContext.phrases.map(escapeRe).join('|')})(?:\\s+\\S+){0,2}$`);

  /** Marks next to a pupil ("een 4 voor spelling", "een V op de Cito", "AVI E5"): one alternation over the original text. */
  const GRADE = termData.marks.grade;
  const MARKS = new RegExp(termData.marks.patterns.map((p) => `(?:${p.pattern.replaceAll('{grade}', GRADE)})`).join('|'), 'gu');
  /** A mark right after a name, as in a list "Cijfers: Fleur 6, Daan 8" (not "Sem 7 jaar"). */
  const MARK_AFTER_NAME = new RegExp(`^\\s*:?\\s*(?:${termData.marks.percent}|${GRADE}(?![\\p{L}\\p{N}]|[,.]\\d|\\s*(?:jaar|years?|keer|x|euro)(?![\\p{L}])))`, 'u');
  const PUPIL_REFS = new RegExp(personData.references.filter((r) => r.pupil).map((r) => `${B}${r.pattern}${E}`).join('|'), 'u');
  const ADULT_REFS = new RegExp(personData.references.filter((r) => !r.pupil).map((r) => `${B}${r.pattern}${E}`).join('|'), 'u');

  /** Personal pronouns that refer back to someone named in the previous sentence. */
  const PRONOUN = new RegExp(`${B}(?:${personData.pronouns.words.join('|')})${E}`, 'u');
  return { TERMS_BY_FIRST, PART_SCAN, PART_CATEGORY, GENERAL_BEFORE, MARKS, MARK_AFTER_NAME, PUPIL_REFS, ADULT_REFS, PRONOUN };
});

interface Match { start: number; end: number; category: Category; pupilOnly: boolean; needsMark: boolean; firstToken: number }

/** Sensitive terms in the text: whole words by one map look-up per token, compound parts by one scan. */
function findTerms(text: PreparedText): Match[] {
  const { tokens, folded } = text;
  const { TERMS_BY_FIRST, PART_SCAN, PART_CATEGORY, MARKS } = compiled();
  const out: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const candidates = TERMS_BY_FIRST.get(t.norm);
    if (!candidates) continue;
    const term = candidates.find((c) => c.words.every((w, k) => tokens[i + k]?.norm === w));
    if (!term) continue;
    const last = tokens[i + term.words.length - 1]!;
    out.push({ start: t.start, end: last.end, category: term.category, pupilOnly: term.pupilOnly, needsMark: term.needsMark, firstToken: i });
    i += term.words.length - 1;
  }
  // Parts of compounds (eindtoetsscores): scan the folded text once, report the whole word.
  const starts = tokens.map((t) => t.start);
  const taken = new Set(out.map((o) => o.firstToken));
  PART_SCAN.lastIndex = 0;
  for (const m of folded.text.matchAll(PART_SCAN)) {
    const at = folded.map[m.index!] ?? 0;
    const k = lowerBound(starts, at + 1) - 1;
    const t = tokens[k];
    if (!t || t.kind !== 'word' || at >= t.end || taken.has(k)) continue;
    taken.add(k);
    out.push({ start: t.start, end: t.end, category: PART_CATEGORY.get(m[0]) ?? 'results', pupilOnly: false, needsMark: false, firstToken: k });
  }
  // Marks ("een 4 voor spelling"): one scan of the original text.
  const { original } = text;
  MARKS.lastIndex = 0;
  for (const m of original.matchAll(MARKS)) {
    const start = m.index!;
    const k = Math.max(0, lowerBound(starts, start + 1) - 1);
    out.push({ start, end: start + m[0].length, category: 'results', pupilOnly: false, needsMark: false, firstToken: k });
  }
  out.sort((a, b) => a.start - b.start);
  // A mark inside a term already found ("AVI-niveau E5") is reported once.
  return out.filter((m, i) => i === 0 || m.start >= out[i - 1]!.end);
}

function localize(template: Localized, term: string, category: Category): Localized {
  const fill = (s: string, lang: 'nl' | 'en') => s.replaceAll('{term}', term).replaceAll('{category}', CATEGORY[category][lang]);
  return { nl: fill(template.nl, 'nl'), en: fill(template.en, 'en') };
}

export const sensitiveData = defineRule({
  meta: {
    id: 'sensitive-data',
    article: 'Schooluren 2; AVG (bijzondere persoonsgegevens)',
    quote: 'Het is betrokkenen toegestaan om kennis en informatie te delen, zolang het geen vertrouwelijke informatie betreft en andere betrokkenen niet schaadt.',
    defaultSeverity: 'block',
    description: {
      nl: 'Houdt vertrouwelijke informatie over een herkenbare leerling of collega tegen: gezondheid en diagnoses, de thuissituatie, gedrag en straffen, toets- en leerresultaten. Algemene onderwerpen (“voorlichting over gezonde voeding”, “de Cito-week begint”) mogen wel.',
      en: 'Stops confidential information about an identifiable pupil or colleague: health and diagnoses, family situation, behaviour and discipline, test and learning results. General topics (“a talk on healthy food”, “test week starts”) are fine.',
    },
    message: {
      nl: '“{term}” gaat over {category} van een herkenbaar persoon. Dat is vertrouwelijke informatie.',
      en: '“{term}” is about {category} of an identifiable person. That is confidential information.',
    },
    advice: {
      nl: 'Laat dit weg of maak het algemeen, zonder naam of andere aanwijzing wie het is. Twijfel je? Neem contact op met je leidinggevende.',
      en: 'Leave this out or make it general, without a name or any hint of who it is. In doubt? Contact your supervisor.',
    },
    input: 'text',
  },
  check(ctx) {
    const { original, tokens } = ctx.text;
    const sentences = sentencesOf(ctx.text);
    const who = new Map<number, { pupil: boolean; adult: boolean; marked: boolean }>();
    let persons: ReturnType<typeof findPersons> | undefined;
    const hits: Hit[] = [];
    // A quoted term is a title or someone's line ('Gips' by Anna Woltz), not news about a person.
    let quotes: ReturnType<typeof quotedSpans> | undefined;
    for (const m of findTerms(ctx.text)) {
      quotes ??= quotedSpans(original);
      if (insideQuote(quotes, m.start, m.end)) continue;
      const s = sentences.around(m.start, m.end);
      let found = who.get(s.start);
      if (!found) {
        persons ??= findPersons(ctx.text, ctx.policy);
        const named = personsIn(persons, s.start, s.end);
        const pupils = named.filter((p) => p.kind === 'pupil');
        // "Daan is er niet. Hij is geopereerd.": a pronoun carries the person of the sentence before.
        if (s.start > 0 && compiled().PRONOUN.test(s.words)) {
          const before = sentences.around(Math.max(0, s.start - 2), Math.max(0, s.start - 1));
          if (before.start < s.start) named.push(...personsIn(persons, before.start, before.end));
        }
        found = {
          pupil: named.some((p) => p.kind === 'pupil') || compiled().PUPIL_REFS.test(s.words),
          adult: named.some((p) => p.kind === 'adult') || compiled().ADULT_REFS.test(s.words),
          marked: pupils.some((p) => compiled().MARK_AFTER_NAME.test(original.slice(p.end, p.end + MARK_LOOKAHEAD))),
        };
        who.set(s.start, found);
      }
      if (m.needsMark && !found.marked) continue;
      if (!found.pupil && (m.pupilOnly || !found.adult || !ADULT_CATEGORIES.has(m.category))) continue;
      const before = tokens.slice(Math.max(0, m.firstToken - 4), m.firstToken).map((t) => t.norm).join(' ');
      if (compiled().GENERAL_BEFORE.test(before)) continue;
      const term = original.slice(m.start, m.end);
      hits.push({
        start: m.start,
        end: m.end,
        params: { term, category: CATEGORY[m.category].nl },
        message: localize(sensitiveData.meta.message, term, m.category),
        advice: sensitiveData.meta.advice,
      });
    }
    return hits;
  },
});
