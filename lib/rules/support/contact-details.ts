// Detectors for personal data in text: phone numbers, e-mail addresses, home addresses and
// postcodes, BSN, IBAN and dates of birth. Each returns candidates with original offsets; the
// personal-data rule decides from policy and context which of them are personal.
// All regexes are built once; each detector makes one linear pass over the text.
import type { Token } from '../../text/prepare';
import { fold } from '../../text/normalize';
import { lazy, lists } from '../../lists';
import { isPostcode, isValidBsn, isValidIban, normalizePostcode } from './checksums';
import { isStreetWord } from './name-lists';
import { phraseMatcher, type Sentences } from './sentences';

export type DetailKind = 'phone' | 'email' | 'address' | 'postcode' | 'bsn' | 'iban' | 'birthdate';

export interface Detail {
  kind: DetailKind;
  start: number;
  end: number;
  /** Canonical value for comparison with the policy: digits, folded address, lower-case e-mail. */
  value: string;
}

/** The context word lists, compiled on first use from the list registry (lib/lists). */
const context = lazy(() => {
  const contactContext = lists().sensitiveContactContext;
  return {
    SERVICE_PREFIXES: contactContext.serviceNumberPrefixes.words as readonly string[],
    hasBirthWord: phraseMatcher(contactContext.birthWords.words),
    hasBsnWord: phraseMatcher(contactContext.bsnWords.words),
  };
});

// A Dutch number: 0 + 9 digits, or +31/0031 (optionally "(0)") + 9 digits; digits may be grouped
// by one or two separators ("06 11 22 33 44", "(0595) 12 34 56", "+31 (0)6-1234 5678").
const PHONE = /(?<![\p{L}\p{N}+.,\/-])(?:(?:\+|00)[ ]?31[ .-]?(?:\(0\)[ .-]?)?|\(?0)(?:[ .\-\/)]{0,3}\d){9}(?![ .-]?\d)/gu;
const DATE_SHAPE = /\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}/;

/** National form ("0612345678") of a phone match, or undefined when it is not a Dutch number. */
export function phoneDigits(raw: string): string | undefined {
  if (DATE_SHAPE.test(raw)) return undefined;
  let digits = raw.replace(/\D/g, '');
  if (raw.trim().startsWith('+') || digits.startsWith('0031')) {
    digits = digits.replace(/^(?:0031|31)/, '');
    if (raw.includes('(0)')) digits = digits.replace(/^0/, '');
    digits = '0' + digits;
  }
  if (!/^0[1-9]\d{8}$/.test(digits)) return undefined;
  return digits;
}

export function findPhones(text: string): Detail[] {
  const out: Detail[] = [];
  for (const m of text.matchAll(PHONE)) {
    const digits = phoneDigits(m[0]);
    if (!digits || context().SERVICE_PREFIXES.some((p) => digits.startsWith(p))) continue;
    out.push({ kind: 'phone', start: m.index!, end: m.index! + m[0].length, value: digits });
  }
  return out;
}

export function findEmails(tokens: readonly Token[]): Detail[] {
  return tokens.filter((t) => t.kind === 'email').map((t) => ({ kind: 'email' as const, start: t.start, end: t.end, value: t.text.toLowerCase() }));
}

const HOUSE_NUMBER = /^[ \t\u00A0]+(\d{1,4})(?:[ ]?-?[ ]?[a-zA-Z](?![\p{L}]))?(?:[ ]?[-/][ ]?\d{1,4})?(?![\p{L}\p{N}:.,]\d|[ ]?(?:uur|u\b|jaar|keer|min|%|euro|km|m\b|kinderen|leerlingen))/u;
const POSTCODE_AFTER = /^,?[ \t\u00A0]*([1-9]\d{3} ?[A-Z]{2})(?![\p{L}\p{N}])(?:,?[ \t\u00A0]+\p{Lu}[\p{L}-]+(?:[ ]\p{Lu}[\p{L}-]+)?)?/u;
/** "postcode 9991AB", also without a place after it. */
const POSTCODE_LABELLED = /(?<![\p{L}])postcode(?:[ \t\u00A0]+is)?:?[ \t\u00A0]*([1-9]\d{3} ?[A-Z]{2})(?![\p{L}\p{N}])(?![,]?[ \t\u00A0]+\p{Lu}\p{Ll})/giu;
const POSTCODE_PLACE = /(?<![\p{L}\p{N}])([1-9]\d{3} ?[A-Z]{2})(?![\p{L}\p{N}]),?[ \t\u00A0]+\p{Lu}\p{Ll}/gu;

/** White space (1–3 characters) and then a digit at `at`: the shape of a house number. */
function digitAfterSpace(text: string, at: number): boolean {
  let i = at;
  while (i < at + 3 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 160)) i++;
  const c = text.charCodeAt(i);
  return i > at && c >= 48 && c <= 57;
}

/** Street + house number ("Hoofdstraat 8", "Lindelaan 22, 9991 AB Middelstum"), and postcodes before a place. */
export function findAddresses(text: string, tokens: readonly Token[]): Detail[] {
  const out: Detail[] = [];
  for (const t of tokens) {
    // Cheap test first: a street word is followed by white space and a house number.
    if (t.kind !== 'word' || !digitAfterSpace(text, t.end) || !isStreetWord(t.norm)) continue;
    const rest = text.slice(t.end, t.end + 60);
    const num = HOUSE_NUMBER.exec(rest);
    if (!num) continue;
    let end = t.end + num[0].length;
    // A lower-case street word only counts with a postcode after it (avoids "het schoolplein 2 keer").
    const post = POSTCODE_AFTER.exec(text.slice(end, end + 60));
    if (!t.capitalized && !post) continue;
    let postcode = '';
    if (post && isPostcode(post[1]!)) {
      postcode = normalizePostcode(post[1]!);
      end += post[0].length;
    }
    out.push({ kind: 'address', start: t.start, end, value: `${t.norm} ${num[1]}|${postcode}` });
  }
  // Postcodes on their own, outside the street addresses found above (both lists are in text order).
  const postcodes = [...text.matchAll(POSTCODE_PLACE), ...text.matchAll(POSTCODE_LABELLED)]
    .map((m) => ({ code: m[1]!, start: m.index! + m[0].indexOf(m[1]!) }))
    .sort((a, b) => a.start - b.start);
  const streets = out.length;
  let k = 0;
  for (const { code, start } of postcodes) {
    while (k < streets && out[k]!.end <= start) k++;
    if (!isPostcode(code) || (k < streets && out[k]!.start <= start)) continue;
    out.push({ kind: 'postcode', start, end: start + code.length, value: `|${normalizePostcode(code)}` });
  }
  return out;
}

const BSN = /(?<![\p{L}\p{N}.,\/-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\p{N}]|[.,\/-]\p{N})/gu;

/** Nine digits passing the 11-proef, or nine digits right after "BSN". */
export function findBsns(text: string): Detail[] {
  const out: Detail[] = [];
  for (const m of text.matchAll(BSN)) {
    const digits = m[1]!.replace(/\D/g, '');
    const start = m.index!;
    const before = fold(text.slice(Math.max(0, start - 40), start));
    if (isValidBsn(digits) || context().hasBsnWord(before)) out.push({ kind: 'bsn', start, end: start + m[0].length, value: digits });
  }
  return out;
}

const IBAN = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

export function findIbans(text: string): Detail[] {
  const out: Detail[] = [];
  for (const m of text.matchAll(IBAN)) {
    if (!isValidIban(m[0])) continue;
    out.push({ kind: 'iban', start: m.index!, end: m.index! + m[0].length, value: m[0].replace(/\s/g, '').toUpperCase() });
  }
  return out;
}

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october';
const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2}|\\d{1,2}(?:e|ste|de)?\\s+(?:${MONTHS})\\.?\\s+(?:19|20)\\d{2})(?![\\p{L}\\p{N}])`,
  'giu',
);

const DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}(?:e|ste|de)?\\s+(?:${MONTHS}))(?![\\p{L}\\p{N}]|[-/.]\\d)`, 'giu');
/** "geboortedatum: 12 maart", "geb. 3-4": a date right after such a label is a date of birth even without a year. */
const BIRTH_LABEL = /(?:geboortedatum|geboren\s+op|geb\.?|date\s+of\s+birth|dob|birthdate|born\s+on)\s*:?\s*$/i;

/** A full date in the same sentence as "geboren", "geboortedatum", "born"; or any date right after such a label. */
export function findBirthDates(text: string, sentences: Sentences): Detail[] {
  const out: Detail[] = [];
  for (const m of text.matchAll(DATE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (context().hasBirthWord(sentences.around(start, end).words)) out.push({ kind: 'birthdate', start, end, value: m[0] });
  }
  // Full dates found above, in text order and without overlaps: one pointer instead of a scan
  // per match (a text of thousands of dates stays linear). Matches of this second loop never
  // overlap each other, so only the full dates need checking.
  const fullDates = out.length;
  let k = 0;
  for (const m of text.matchAll(DAY_MONTH)) {
    const start = m.index!;
    while (k < fullDates && out[k]!.end <= start) k++;
    if (k < fullDates && out[k]!.start <= start) continue;
    if (BIRTH_LABEL.test(text.slice(Math.max(0, start - 24), start))) out.push({ kind: 'birthdate', start, end: start + m[0].length, value: m[0] });
  }
  return out;
}
