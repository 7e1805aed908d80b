// The name lists and context words, loaded once at module load into Sets (rules run on every
// keystroke). Data: assets/names/names.json (generated from packages, see
// scripts/build-name-lists.ts) and assets/names/context.json (hand-kept, a note per group).
import names from '../../../assets/names/names.json';
import context from '../../../assets/names/context.json';

const lines = (s: string): Set<string> => new Set(s.split('\n').filter(Boolean));
const set = (words: readonly string[]): Set<string> => new Set(words);

/** Folded first names (Dutch and Flemish, plus current children's names). */
export const FIRST_NAMES = lines(names.firstNames);
/** First names that are also common words (roos, storm, mees): a name only in a pupil context. */
export const COMMON_WORD_NAMES = lines(names.commonWordNames);
/** First names whose lower-case form is a Dutch word according to OpenTaal. */
export const LOWER_CASE_WORDS = lines(names.lowerCaseWords);
/** Frequent last names (core part, folded). */
export const LAST_NAMES = lines(names.lastNames);

export const ADULT_TITLES = set(context.adultTitles.words);
export const RELATION_BEFORE_VAN = set(context.adultAfterVan.words);
export const PUPIL_BEFORE = set(context.pupilBefore.words);
export const GREETINGS = set(context.greetings.words);
export const GROUP_WORDS = context.pupilAfterWords.groupWords;
export const GROUP_LINK_WORDS = context.pupilAfterWords.linkWords;
export const BIRTHDAY_WORDS = context.pupilAfterWords.birthdayWords;
export const SIGNOFFS = set(context.signoffs.words);
export const ARTICLES = set(context.articles.words);
export const PLACE_PREPOSITIONS = set(context.placePrepositions.words);
export const WORKS_BEFORE_VAN = set(context.creatorContext.worksBeforeVan);
export const VERBS_BEFORE_DOOR = set(context.creatorContext.verbsBeforeDoor);
export const FAMOUS_PHRASES: readonly string[] = context.famousPhrases.phrases;
export const STREET_SUFFIXES: readonly string[] = context.streetSuffixes.words;
export const NON_PERSON_SUFFIXES: readonly string[] = context.nonPersonSuffixes.words;
/** Dutch surname particles that may stand between first and last name. */
export const NAME_PARTICLES = set(['van', 'de', 'der', 'den', 'het', 't', "'t", 'ter', 'ten', 'te', 'in', 'op', 'la', 'le', 'du', 'da', 'di', 'el', 'al', 'bin', 'ben', 'von']);

const suffixRegex = (words: readonly string[]) => new RegExp(`(?:${[...words].sort((a, b) => b.length - a.length).join('|')})$`);
const STREET_SUFFIX_RE = suffixRegex(STREET_SUFFIXES);
const NON_PERSON_SUFFIX_RE = suffixRegex(NON_PERSON_SUFFIXES);

/** True when a folded word is a street name (Hoofdstraat, Dorpsweg), longer than the bare suffix. */
export function isStreetWord(norm: string): boolean {
  const m = STREET_SUFFIX_RE.exec(norm);
  return m !== null && norm.length > m[0].length + 1;
}

/** True when a folded word names a street, building or organisation (Frankschool, Julianakerk). */
export function isNonPersonWord(norm: string): boolean {
  const m = NON_PERSON_SUFFIX_RE.exec(norm);
  return m !== null && norm.length > m[0].length + 1;
}
