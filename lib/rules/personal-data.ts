// personal-data (Tot slot: privacy law; Schooluren 2): phone numbers, e-mail addresses, home
// addresses and postcodes, BSN, IBAN and dates of birth.
//
// Not personal: the school's own details from the policy (phone, address or postcode, e-mail
// domain), role mailboxes (info@, administratie@), and contact details the sentence gives as an
// institution's. The context rule (documented with its word lists in
// assets/wordlists/sensitive-contact-context.json): a detail is an institution's when its
// sentence names an institution (school, administratie, gemeente, bibliotheek, the school's
// name, "ons/onze" in the school's voice) and holds no personal marker (mij, haar vader, thuis,
// woont, feestje…) and no person's name. BSN and dates of birth are always a person's.
import type { Localized } from '../types';
import type { Policy } from '../policy/schema';
import { fold } from '../text/normalize';
import { lazy, lists } from '../lists';
import { defineRule, type Hit } from './rule';
import { normalizePostcode } from './support/checksums';
import {
  findAddresses,
  findBirthDates,
  findBsns,
  findEmails,
  findIbans,
  findPhones,
  phoneDigits,
  type Detail,
  type DetailKind,
} from './support/contact-details';
import { findPersons, personsIn } from './support/person-finder';
import { phraseMatcher, sentencesOf } from './support/sentences';

/** The context word lists, compiled on first use from the list registry (lib/lists). */
const context = lazy(() => {
  const contactContext = lists().sensitiveContactContext;
  return {
    hasInstitutionWord: phraseMatcher(contactContext.institutionWords.words),
    hasPersonalMarker: phraseMatcher(contactContext.personalMarkers.words),
    ROLE_MAILBOXES: new Set(contactContext.roleMailboxes.words),
  };
});

const WHAT: Record<DetailKind, Localized> = {
  phone: { nl: 'een telefoonnummer', en: 'a phone number' },
  email: { nl: 'een e-mailadres', en: 'an e-mail address' },
  address: { nl: 'een (huis)adres', en: 'a (home) address' },
  postcode: { nl: 'een postcode', en: 'a postcode' },
  bsn: { nl: 'een burgerservicenummer (BSN)', en: 'a citizen service number (BSN)' },
  iban: { nl: 'een bankrekeningnummer (IBAN)', en: 'a bank account number (IBAN)' },
  birthdate: { nl: 'een geboortedatum', en: 'a date of birth' },
};

interface SchoolDetails {
  phones: Set<string>;
  domains: string[];
  streets: Set<string>;
  postcodes: Set<string>;
}

const schoolCache = new WeakMap<Policy, SchoolDetails>();

function schoolDetails(policy: Policy): SchoolDetails {
  const cached = schoolCache.get(policy);
  if (cached) return cached;
  const contact = policy.schoolContact;
  const phone = phoneDigits(contact.phone ?? '');
  const domains = (contact.emailDomains ?? []).map((d) => d.toLowerCase());
  if (policy.supervisor) domains.push(policy.supervisor.email.split('@')[1]!.toLowerCase());
  const streets = new Set<string>();
  const postcodes = new Set<string>();
  const address = contact.address ?? '';
  for (const a of findAddresses(address, tokensOf(address))) {
    const [street, postcode] = a.value.split('|');
    if (street) streets.add(street);
    if (postcode) postcodes.add(postcode);
  }
  const pc = /([1-9]\d{3} ?[A-Z]{2})/.exec(address.toUpperCase());
  if (pc) postcodes.add(normalizePostcode(pc[1]!));
  const made = { phones: new Set(phone ? [phone] : []), domains, streets, postcodes };
  schoolCache.set(policy, made);
  return made;
}

/** Minimal tokens for the policy's address (street words only need norm, offsets, capital). */
function tokensOf(text: string) {
  return [...text.matchAll(/\p{L}[\p{L}'-]*/gu)].map((m, index) => ({
    text: m[0],
    norm: fold(m[0]),
    start: m.index!,
    end: m.index! + m[0].length,
    index,
    kind: 'word' as const,
    capitalized: /^\p{Lu}/u.test(m[0]),
    sentenceStart: index === 0,
  }));
}

/** Keeps the first-listed detail where spans overlap, in text order. Linear after sorting. */
function withoutOverlaps(found: Detail[]): Detail[] {
  const ranked = found.map((d, rank) => ({ d, rank })).sort((a, b) => a.d.start - b.d.start || a.rank - b.rank);
  const kept: Array<{ d: Detail; rank: number }> = [];
  for (const item of ranked) {
    const last = kept[kept.length - 1];
    if (last && item.d.start < last.d.end) {
      if (item.rank < last.rank) kept[kept.length - 1] = item;
      continue;
    }
    kept.push(item);
  }
  return kept.map((k) => k.d);
}

/** The meta template with {what} filled in each language (Hit.params carry one string only). */
function perKind(template: Localized, kind: DetailKind): Localized {
  return { nl: template.nl.replaceAll('{what}', WHAT[kind].nl), en: template.en.replaceAll('{what}', WHAT[kind].en) };
}

/** Message and advice per kind, made once and shared by all hits of that kind. */
const wordings = new Map<DetailKind, { message: Localized; advice: Localized }>();
function wordingFor(kind: DetailKind): { message: Localized; advice: Localized } {
  let w = wordings.get(kind);
  if (!w) wordings.set(kind, (w = { message: perKind(personalData.meta.message, kind), advice: perKind(personalData.meta.advice, kind) }));
  return w;
}

/** The school's own details, and role mailboxes (info@, administratie@), are not personal data. */
function isSchoolOwn(d: Detail, school: SchoolDetails): boolean {
  switch (d.kind) {
    case 'phone':
      return school.phones.has(d.value);
    case 'email': {
      const [local = '', domain = ''] = d.value.split('@');
      return school.domains.some((s) => domain === s || domain.endsWith('.' + s)) || context().ROLE_MAILBOXES.has(local.split(/[._+-]/)[0]!);
    }
    case 'address':
    case 'postcode': {
      const [street = '', postcode = ''] = d.value.split('|');
      return school.streets.has(street) || (postcode !== '' && school.postcodes.has(postcode));
    }
    default:
      return false;
  }
}

export const personalData = defineRule({
  meta: {
    id: 'personal-data',
    article: 'Tot slot (privacywetgeving); Schooluren 2',
    quote:
      'Uiteraard gelden voor alle gedragingen en uitingen ook de wetten en regelgeving t.a.v. Privacy, de WPO en afspraken zoals vastgelegd in de CAO. — Het is betrokkenen toegestaan om kennis en informatie te delen, zolang het geen vertrouwelijke informatie betreft en andere betrokkenen niet schaadt.',
    defaultSeverity: 'block',
    description: {
      nl: 'Houdt persoonsgegevens tegen: telefoonnummers, e-mailadressen, huisadressen en postcodes, BSN, IBAN en geboortedata. De eigen contactgegevens van de school (uit het beleid) en gegevens die duidelijk van de school of een instantie zijn, mogen wel.',
      en: 'Stops personal data: phone numbers, e-mail addresses, home addresses and postcodes, BSN, IBAN and dates of birth. The school’s own contact details (from the policy) and details clearly given as the school’s or an institution’s are allowed.',
    },
    message: {
      nl: 'Dit lijkt {what} van een persoon. Persoonsgegevens horen niet op social media (privacywet).',
      en: 'This looks like {what} of a person. Personal data does not belong on social media (privacy law).',
    },
    advice: {
      nl: 'Verwijder {what}. Verwijs naar de school, bijvoorbeeld “Neem contact op met de administratie”.',
      en: 'Remove {what}. Refer to the school instead, e.g. “Please contact the school office”.',
    },
    input: 'text',
  },
  check(ctx) {
    const { original, tokens } = ctx.text;
    const school = schoolDetails(ctx.policy);
    const sentences = sentencesOf(ctx.text);
    // Order = priority when spans overlap: an IBAN contains digits that look like a phone number.
    const found = [
      ...findIbans(original),
      ...findPhones(original),
      ...findBsns(original),
      ...findEmails(tokens),
      ...findAddresses(original, tokens),
      ...findBirthDates(original, sentences),
    ];
    const schoolName = fold(ctx.policy.schoolName).trim();
    const institutional = new Map<number, boolean>();
    const hits: Hit[] = [];
    for (const d of withoutOverlaps(found)) {
      if (isSchoolOwn(d, school)) continue;
      if (d.kind !== 'bsn' && d.kind !== 'birthdate') {
        const s = sentences.around(d.start, d.end);
        let inst = institutional.get(s.start);
        if (inst === undefined) {
          const namesPerson = personsIn(findPersons(ctx.text, ctx.policy), s.start, s.end).length > 0;
          const institution = context().hasInstitutionWord(s.words) || (schoolName.length > 2 && s.words.includes(schoolName));
          inst = institution && !namesPerson && !context().hasPersonalMarker(s.words);
          institutional.set(s.start, inst);
        }
        if (inst) continue;
      }
      hits.push({ start: d.start, end: d.end, params: { what: WHAT[d.kind].nl }, ...wordingFor(d.kind) });
    }
    return hits;
  },
});
