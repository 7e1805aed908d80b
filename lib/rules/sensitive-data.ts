// sensitive-data (Schooluren 2; AVG special categories): health, family situation, behaviour and
// discipline, test results — of an identifiable pupil or colleague. The key is a sensitive term
// (assets/wordlists/sensitive-terms.json) AND an identifiable person in the same sentence: a name
// from the person finder (a pupil, or staff such as "juf Anne"), or a reference like "een leerling
// uit groep 5", "onze leerling", "zijn vader" (assets/wordlists/sensitive-persons.json).
// General topics ("voorlichting over gezonde voeding", "Cito-week") name nobody and pass.
import type { Localized } from '../types';
import { fold } from '../text/normalize';
import { toOriginalSpan } from '../text/prepare';
import termData from '../../assets/wordlists/sensitive-terms.json';
import personData from '../../assets/wordlists/sensitive-persons.json';
import { defineRule, type Hit } from './rule';
import { findPersons } from './support/person-finder';
import { sentenceAround } from './support/sentences';

type Category = 'health' | 'family' | 'behaviour' | 'results';

const CATEGORY: Record<Category, Localized> = {
  health: { nl: 'gezondheid', en: 'health' },
  family: { nl: 'de thuissituatie', en: 'the family situation' },
  behaviour: { nl: 'gedrag of straf', en: 'behaviour or discipline' },
  results: { nl: 'toets- of leerresultaten', en: 'test or learning results' },
};
/** Categories a reference to an adult (staff) counts for; see sensitive-persons.json. */
const ADULT_CATEGORIES = new Set<Category>(['health', 'family']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (a: string, b: string) => b.length - a.length;

const categoryOf = new Map<string, Category>();
for (const t of termData.terms) categoryOf.set(t.term, t.category as Category);
const words = termData.terms.filter((t) => t.match === 'word').map((t) => t.term).sort(byLength);
const parts = termData.terms.filter((t) => t.match === 'part').map((t) => t.term).sort(byLength);
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const TERM_RE = new RegExp(`${B}(?:${words.map(escapeRe).join('|')})${E}|${B}[\\p{L}\\p{N}-]*?(?:${parts.map(escapeRe).join('|')})[\\p{L}\\p{N}-]*`, 'gu');
const PART_RE = new RegExp(parts.map(escapeRe).join('|'), 'u');
const GENERAL_BEFORE = new RegExp(`(?:^|\\s)(?:${termData.generalContext.phrases.map(escapeRe).join('|')})(?:\\s+\\S+){0,2}\\s*$`, 'u');

const PUPIL_REFS = new RegExp(personData.references.filter((r) => r.pupil).map((r) => `${B}${r.pattern}${E}`).join('|'), 'u');
const ADULT_REFS = new RegExp(personData.references.filter((r) => !r.pupil).map((r) => `${B}${r.pattern}${E}`).join('|'), 'u');

function categoryOfMatch(match: string): Category {
  const direct = categoryOf.get(match.replace(/\s+/g, ' '));
  if (direct) return direct;
  const part = PART_RE.exec(match);
  return (part && categoryOf.get(part[0])) ?? 'results';
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
    const { original, folded } = ctx.text;
    const hits: Hit[] = [];
    let persons: ReturnType<typeof findPersons> | undefined;
    TERM_RE.lastIndex = 0;
    for (const m of folded.text.matchAll(TERM_RE)) {
      const category = categoryOfMatch(m[0]);
      const before = folded.text.slice(Math.max(0, m.index! - 40), m.index!);
      if (GENERAL_BEFORE.test(before)) continue;
      const span = toOriginalSpan(folded, m.index!, m.index! + m[0].length);
      const s = sentenceAround(original, span.start, span.end);
      const sentence = fold(original.slice(s.start, s.end));
      persons ??= findPersons(ctx.text, ctx.policy);
      const named = persons.some((p) => p.start >= s.start && p.end <= s.end && (p.kind === 'pupil' || ADULT_CATEGORIES.has(category)));
      const referred = PUPIL_REFS.test(sentence) || (ADULT_CATEGORIES.has(category) && ADULT_REFS.test(sentence));
      if (!named && !referred) continue;
      const term = original.slice(span.start, span.end);
      hits.push({
        start: span.start,
        end: span.end,
        params: { term, category: CATEGORY[category].nl },
        message: localize(sensitiveData.meta.message, term, category),
        advice: sensitiveData.meta.advice,
      });
    }
    return hits;
  },
});
