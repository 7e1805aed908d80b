import { describe, expect, it } from 'vitest';
import { personalData } from '../../../lib/rules/personal-data';
import { mergePolicies } from '../../../lib/policy/validate';
import { isPostcode, isValidBsn, isValidIban, normalizePostcode } from '../../../lib/rules/support/checksums';
import { phoneDigits } from '../../../lib/rules/support/contact-details';
import { hitsOf } from '../text/run-rule';

const policy = mergePolicies({
  schoolName: 'OBS De Wierde',
  staffNames: ['Eline de Boer', 'Pieter Smit'],
  supervisor: { name: 'Marieke Jansen', email: 'directie@obsdewierde.nl' },
  schoolContact: { address: 'Schoolstraat 4, 9989 AB Warffum', phone: '0595-123456', emailDomains: ['obsdewierde.nl'] },
});

function excerpts(text: string): string[] {
  return hitsOf(personalData, text, {}, policy).map((h) => text.slice(h.start!, h.end!));
}

describe('personal-data: must fire', () => {
  it.each<[string, string[]]>([
    ['Bel gerust: 06-12345678.', ['06-12345678']],
    ['Mijn nummer is 0612345678.', ['0612345678']],
    ['Whatsapp me op +31 6 12 34 56 78 als je vragen hebt.', ['+31 6 12 34 56 78']],
    ['Je kunt mij bereiken op 050-3141592.', ['050-3141592']],
    ['Zijn opa is bereikbaar op (0595) 42 18 77.', ['(0595) 42 18 77']],
    ['Call me on +31 (0)6-1234 5678.', ['+31 (0)6-1234 5678']],
    ["Mail naar j.devries@gmail.com voor de foto's.", ['j.devries@gmail.com']],
    ['De verjaardag wordt gevierd aan de Kerkstraat 12 in Winsum.', ['Kerkstraat 12']],
    ['Het adres is Molenweg 3a, 9951 CD Winsum.', ['Molenweg 3a, 9951 CD Winsum']],
    ['Kinderfeestje bij ons thuis: 9981 AB Uithuizen', ['9981 AB']],
    ['Zijn BSN is 111222333.', ['111222333']],
    ['Burgerservicenummer: 1234.56.782', ['1234.56.782']],
    ['Maak het geld over naar NL91ABNA0417164300 t.n.v. P. de Vries.', ['NL91ABNA0417164300']],
    ['Sofie is geboren op 14 maart 2017.', ['14 maart 2017']],
    ['Geboortedatum: 03-11-2015', ['03-11-2015']],
    ['Juf Marloes woont aan de Esdoornlaan 14.', ['Esdoornlaan 14']],
    ['Stuur de foto naar Bakker.anne@ziggo.nl of bel 06 1234 5678.', ['Bakker.anne@ziggo.nl', '06 1234 5678']],
    ['Rekening NL91 ABNA 0417 1643 00 van de vader van Daan.', ['NL91 ABNA 0417 1643 00']],
    ['Bel haar moeder: 06 - 12 34 56 78.', ['06 - 12 34 56 78']],
    ['Zijn postcode is 9991AB.', ['9991AB']],
    ['Naam: Daan, geboortedatum: 12 maart.', ['12 maart']],
  ])('%s', (text, expected) => {
    expect(excerpts(text)).toEqual(expected);
  });
});

describe('personal-data: must not fire', () => {
  it.each<string>([
    'Bel de school op 0595-123456 of mail naar juf.eline@obsdewierde.nl.',
    'Ons adres: Schoolstraat 4, 9989 AB Warffum.',
    'Bel voor vragen over de overblijf naar de administratie: 0595-987654.',
    'Pakketjes voor de school kunnen naar Industrieweg 22, 9989 AC Warffum.',
    'Meer informatie bij de bibliotheek, Marktplein 3, of via 0595-441122.',
    'De sportdag is op 12-06-2025 op het sportveld.',
    'Het schoolreisje kost € 32,50 per kind.',
    'We starten om 8.15 uur en zijn om 14.30 uur klaar.',
    'Groep 7 en 8 gaan op 14 en 15 mei naar Texel.',
    'In 2016 kreeg de school een nieuw dak.',
    'Bestelnummer 123456789 is verzonden.',
    'De schoolfotograaf komt op 02-09-2025 om 08.30 uur.',
    'Mail de ouderraad via ouderraad.dewierde@gmail.com.',
    'De GGD is bereikbaar via 088 1234 567.',
    'Het sponsorgeld kan naar NL91ABNA0417164300 t.n.v. OBS De Wierde.',
    'Kinderen geboren in 2019 mogen zich aanmelden voor groep 1.',
    'Het feest is op 14-02-2025 om 19.00 uur in de gymzaal.',
    'Er doen 120 kinderen uit groep 5 tot en met 8 mee; de opbrengst was € 1.234,56.',
    'Het schoolplein 2 keer per jaar opknappen kost 450 euro.',
    'De baby van juf Eline is op 3 maart geboren!',
  ])('%s', (text) => {
    expect(excerpts(text)).toEqual([]);
  });
});

describe('checksums', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
  ])('11-proef %s → %s', (bsn, ok) => expect(isValidBsn(bsn)).toBe(ok));

  it.each([
    ['NL91ABNA0417164300', true],
    ['NL91 ABNA 0417 1643 00', true],
    ['nl91abna0417164300', true],
    ['NL91ABNA0417164301', false],
    ['NL91ABNA041716430', false],
    ['BE68539007547034', true],
    ['DE89370400440532013000', true],
  ])('IBAN %s → %s', (iban, ok) => expect(isValidIban(iban)).toBe(ok));

  it.each([
    ['9989 AB', true],
    ['9989AB', true],
    ['0989 AB', false],
    ['1234 SS', false],
    ['1234 ab', false],
  ])('postcode %s → %s', (pc, ok) => expect(isPostcode(pc)).toBe(ok));

  it('normalises postcodes and phone numbers for comparison with the policy', () => {
    expect(normalizePostcode('9989 ab')).toBe('9989AB');
    expect(phoneDigits('+31 (0)6-1234 5678')).toBe('0612345678');
    expect(phoneDigits('0595-123456')).toBe('0595123456');
    expect(phoneDigits('01-02-2016 12')).toBeUndefined();
  });
});
