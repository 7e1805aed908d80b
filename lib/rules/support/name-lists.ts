// The name lists and context words, compiled once on first use into Sets (rules run on every
// keystroke). Data: assets/names/names.json (generated from packages, see
// scripts/build-name-lists.ts) and assets/names/context.json (hand-kept, a note per group), read
// through the list registry (lib/lists) so the content scripts can receive them after start.
import { lazy, lists } from '../../lists';

const lines = (s: string): Set<string> => new Set(s.split('\n').filter(Boolean));
const set = (words: readonly string[]): Set<string> => new Set(words);
const suffixRegex = (words: readonly string[]) => new RegExp(`(?:${[...words].sort((a, b) => b.length - a.length).join('|')})$`);

/** The compiled name lists and context words; `nameLists().FIRST_NAMES`. Compiled on first call. */
export const nameLists = lazy(() => {
  const { names, context } = lists();
  const STREET_SUFFIXES: readonly string[] = context.streetSuffixes.words;
  const NON_PERSON_SUFFIXES: readonly string[] = context.nonPersonSuffixes.words;
  return {
    /** Folded first names (Dutch and Flemish, plus current children's names). */
    FIRST_NAMES: lines(names.firstNames),
    /** First names that are also common words (roos, storm, mees): a name only in a pupil context. */
    COMMON_WORD_NAMES: lines(names.commonWordNames),
    /** First names whose lower-case form is a Dutch word according to OpenTaal. */
    LOWER_CASE_WORDS: lines(names.lowerCaseWords),
    /** Frequent last names (core part, folded). */
    LAST_NAMES: lines(names.lastNames),

    ADULT_TITLES: set(context.adultTitles.words),
    RELATION_BEFORE_VAN: set(context.adultAfterVan.words),
    PUPIL_BEFORE: set(context.pupilBefore.words),
    GREETINGS: set(context.greetings.words),
    GROUP_WORDS: context.pupilAfterWords.groupWords as readonly string[],
    GROUP_LINK_WORDS: context.pupilAfterWords.linkWords as readonly string[],
    BIRTHDAY_WORDS: context.pupilAfterWords.birthdayWords as readonly string[],
    SIGNOFFS: set(context.signoffs.words),
    ARTICLES: set(context.articles.words),
    PLACE_PREPOSITIONS: set(context.placePrepositions.words),
    WORKS_BEFORE_VAN: set(context.creatorContext.worksBeforeVan),
    VERBS_BEFORE_DOOR: set(context.creatorContext.verbsBeforeDoor),
    FAMOUS_PHRASES: context.famousPhrases.phrases as readonly string[],
    STREET_SUFFIXES,
    NON_PERSON_SUFFIXES,
    STREET_SUFFIX_RE: suffixRegex(STREET_SUFFIXES),
    NON_PERSON_SUFFIX_RE: suffixRegex(NON_PERSON_SUFFIXES),
  };
});

/** Dutch surname particles that may stand between first and last name. */
export const NAME_PARTICLES = set(['van', 'de', 'der', 'den', 'het', 't', "'t", 'ter', 'ten', 'te', 'in', 'op', 'la', 'le', 'du', 'da', 'di', 'el', 'al', 'bin', 'ben', 'von']);

/** True when a folded word is a street name (Hoofdstraat, Dorpsweg), longer than the bare suffix. */
export function isStreetWord(norm: string): boolean {
  const m = nameLists().STREET_SUFFIX_RE.exec(norm);
  return m !== null && norm.length > m[0].length + 1;
}

/** True when a folded word names a street, building or organisation (Frankschool, Julianakerk). */
export function isNonPersonWord(norm: string): boolean {
  const m = nameLists().NON_PERSON_SUFFIX_RE.exec(norm);
  return m !== null && norm.length > m[0].length + 1;
}
