import { describe, expect, it } from 'vitest';
import { sensitiveData } from '../../../lib/rules/sensitive-data';
import { mergePolicies } from '../../../lib/policy/validate';
import { prepareText } from '../../../lib/text/prepare';
import terms from '../../../assets/wordlists/sensitive-terms.json';
import persons from '../../../assets/wordlists/sensitive-persons.json';

const policy = mergePolicies({
  schoolName: 'OBS De Wierde',
  staffNames: ['Eline de Boer', 'Pieter Smit'],
});

function excerpts(text: string): string[] {
  const hits = sensitiveData.check({
    policy,
    text: prepareText(text),
    draft: { text, context: 'post', hasImages: false },
    source: 'text',
    earlier: new Map(),
    imageTextHits: new Map(),
  });
  return hits.map((h) => text.slice(h.start!, h.end!));
}

describe('sensitive-data: must fire', () => {
  it.each<[string, string[]]>([
    ['Bram heeft ADHD en krijgt daarom een wiebelkussen.', ['ADHD']],
    ['De ouders van Lieke gaan scheiden.', ['gaan scheiden']],
    ['Juf Anne is overspannen en blijft een paar weken thuis.', ['overspannen']],
    ['Een jongen uit groep 6 is geschorst.', ['geschorst']],
    ['Onze leerling met dyscalculie mag een rekenmachine gebruiken.', ['dyscalculie']],
    ['Meester Pieter heeft een burn-out.', ['burn-out']],
    ['Levi heeft diabetes en moet tussen de middag prikken.', ['diabetes']],
    ['De moeder van Sophie ligt in het ziekenhuis.', ['ziekenhuis']],
    ['Zijn vader zit in de gevangenis.', ['gevangenis']],
    ['Lisa haalde een onvoldoende voor rekenen.', ['onvoldoende']],
    ['Citoscores groep 8: Fenna 540, Jurre 532.', ['Citoscores']],
    ['Het schooladvies van Noor is havo.', ['schooladvies']],
    ['Een meisje uit groep 4 is gepest door klasgenoten.', ['gepest']],
    ['Sem woont sinds de zomer in een pleeggezin.', ['pleeggezin']],
    ['Our pupil with dyslexia gets extra time.', ['dyslexia']],
    ['Eline is ziek, groep 4 krijgt vandaag een invaller.', ['ziek']],
    ['Daan heeft een notenallergie, dus graag geen pinda’s trakteren.', ['notenallergie']],
    ['De opa van Mila is vorige week overleden.', ['overleden']],
    ['Een van de kinderen uit groep 6 heeft waterpokken.', ['waterpokken']],
    ['De uitslag van de Cito van Noah was heel goed.', ['uitslag']],
    ['Na de les was Daan ziek.', ['ziek']],
    ['Eline de Boer is overspannen.', ['overspannen']],
    ['Daan is er deze week niet. Hij is geopereerd aan zijn knie.', ['geopereerd']],
  ])('%s', (text, expected) => {
    expect(excerpts(text)).toEqual(expected);
  });
});

describe('sensitive-data: must not fire', () => {
  it.each<string>([
    'Groep 6 kreeg voorlichting over gezonde voeding en bewegen.',
    'Volgende week is de Cito-week; zorg dat uw kind goed uitgerust is.',
    'Tijdens de Week van de Mediawijsheid praten we over privacy.',
    'Er is een nieuwe luizenkam-actie na de vakantie.',
    'Onze zorgcoördinator is bereikbaar via de schoolapp.',
    'Is uw kind ziek? Meld het dan voor 8.15 uur bij de administratie.',
    'Vandaag begint de Week tegen Pesten.',
    'Meester Pieter fietst de Tour du ParaPass tegen kanker.',
    'Juf Eline gaf een les over dyslexie aan groep 5.',
    'De uitslag van de eindtoets volgt in mei.',
    'Bij ziekte van de leerkracht zoeken we een invaller.',
    'Kinderen met hoofdluis mogen gewoon naar school komen.',
    'Daan scoorde twee doelpunten tijdens het schoolvoetbal.',
    'Sem heeft per ongeluk zijn jas laten liggen.',
    'Groep 8 heeft afval gescheiden tijdens de opruimactie.',
    'Alle kinderen van groep 3 kregen vandaag hun eerste rapport.',
    'Als uw kind ziek is, mag hij thuisblijven tot hij beter is.',
    'Daan won de tekenwedstrijd. Is uw kind ziek? Meld het dan bij de administratie.',
    'Bij ziekte van een collega zoeken we een invaller.',
    'Met verdriet melden we dat meester Henk is overleden.',
    'Meester Pieter gaf uitleg over de operatie van de Romeinen.',
    'Daan en Sem speelden een toneelstuk over een ziek konijn.',
    'Juf Eline leest voor uit het boek Het ziekenhuis van Dikkie Dik.',
  ])('%s', (text) => {
    expect(excerpts(text)).toEqual([]);
  });
});

describe('sensitive word lists', () => {
  it('give every term a category, a match mode and a note', () => {
    for (const t of terms.terms) {
      expect(['health', 'family', 'behaviour', 'results'], t.term).toContain(t.category);
      expect(['word', 'part'], t.term).toContain(t.match);
      expect(t.note.length, t.term).toBeGreaterThan(3);
      expect(t.term, 'terms are folded').toBe(t.term.toLowerCase());
    }
  });

  it('hold person references that compile and carry a note', () => {
    for (const r of persons.references) {
      expect(() => new RegExp(r.pattern, 'u')).not.toThrow();
      expect(r.note.length).toBeGreaterThan(3);
    }
  });
});
