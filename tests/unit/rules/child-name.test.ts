import { describe, expect, it } from 'vitest';
import { childName } from '../../../lib/rules/child-name';
import { mergePolicies } from '../../../lib/policy/validate';
import { nameLists } from '../../../lib/rules/support/name-lists';
import curation from '../../../assets/names/curation.json';
import { CLEAN_FEED_POSTS } from './clean-feed-posts';
import { hitsOf } from '../text/run-rule';

const policy = mergePolicies({
  schoolName: 'OBS De Wierde',
  staffNames: ['Eline de Boer', 'Pieter Smit'],
  supervisor: { name: 'Marieke Jansen', email: 'directie@obsdewierde.nl' },
  accounts: [{ platform: 'facebook', name: 'OBS De Wierde' }],
});

/** The exact text of every hit, so a test fails when a span points at the wrong words. */
function excerpts(text: string): string[] {
  const hits = hitsOf(childName, text, {}, policy);
  for (const h of hits) expect(h.params?.name).toBe(text.slice(h.start, h.end));
  return hits.map((h) => text.slice(h.start!, h.end!));
}

describe('child-name: must fire', () => {
  it.each<[string, string[]]>([
    ['Sanne uit groep 3 won de tekenwedstrijd.', ['Sanne']],
    ['Gefeliciteerd Daan, 7 jaar vandaag!', ['Daan']],
    ['Onze leerling Noah heeft een gedicht geschreven.', ['Noah']],
    ['Today Emma from group 6 read her story aloud.', ['Emma']],
    ['daan uit groep 4 heeft de quiz gewonnen.', ['daan']],
    ['Hier zie je Thijs, Fenna en Lieke bij de moestuin.', ['Thijs', 'Fenna', 'Lieke']],
    ['Roos uit groep 2 heeft haar eerste tand verloren.', ['Roos']],
    ['Gefeliciteerd Storm!', ['Storm']],
    ['Wat knap gedaan van Mees!', ['Mees']],
    ['De voorleeswinnaar is Sanne de Vries uit groep 8.', ['Sanne de Vries']],
    ['Bedankt Yusuf voor het helpen met opruimen.', ['Yusuf']],
    ['Welkom in groep 1, kleine Yara!', ['Yara']],
    ['Anne-Sophie (groep 5) las het verhaal voor.', ['Anne-Sophie']],
    ['De tekening van Jesse hangt in de hal.', ['Jesse']],
    ['Happy birthday Liam!', ['Liam']],
    ['Ties, Jade en Bo hebben de prijs gewonnen.', ['Ties', 'Jade', 'Bo']],
    ['Jayden wordt vandaag 8 jaar.', ['Jayden']],
    ['Vandaag mocht Fleur uit groep 4 de vlag hijsen.', ['Fleur']],
    ['Dank je wel Timo en Sem voor jullie hulp!', ['Timo', 'Sem']],
    ['femke las vandaag voor aan de kleuters.', ['femke']],
    ['Op de foto: Xara Jansen met haar prijs.', ['Xara Jansen']],
    ['Well done, Olivia!', ['Olivia']],
    ['Vandaag won Jade de tekenwedstrijd.', ['Jade']],
    ["Kijk eens naar Daan's tekening!", ['Daan']],
    ['Sem de Vries, Bram Bakker en Tijn Jansen zijn de nieuwe klassenvertegenwoordigers.', ['Sem de Vries', 'Bram Bakker', 'Tijn Jansen']],
    ['Even voorstellen: dit is Amir, onze nieuwe leerling.', ['Amir']],
    // Unseen-style posts (tests/fixtures/eval/posts-extra.jsonl), written to probe generalisation.
    ['Gefeliciteerd met je verjaardag, Sem! 🎂', ['Sem']],
    ['Roos uit groep 4 won de tekenwedstrijd van de bibliotheek.', ['Roos']],
    ['Storm en Bo hebben vandaag hun eerste zwemdiploma gehaald!', ['Storm', 'Bo']],
    ['Welkom op school, Mees! Fijn dat je in groep 1 bent begonnen.', ['Mees']],
    ['Jesse de Vries en Amira Bakker zijn gekozen voor de leerlingenraad.', ['Jesse de Vries', 'Amira Bakker']],
    ['Onze leerling Yara las vandaag voor bij de opening van de bieb.', ['Yara']],
    ['Happy birthday Noah, have a great day!', ['Noah']],
    ['Trots op Luca, die de schaakwedstrijd won!', ['Luca']],
    ['Hoera! Fien is 6 jaar geworden en trakteerde op fruitspiesjes.', ['Fien']],
    ['Dank je wel, Daan en Lotte, voor het opruimen van het plein.', ['Daan', 'Lotte']],
    ['Ties uit groep 8 maakte deze prachtige tekening.', ['Ties']],
    ['Daar is onze nieuwe leerling: welkom Sven!', ['Sven']],
    ['Gefeliciteerd Bo!', ['Bo']],
    ['Lynn en Jort mochten vandaag de vlag hijsen.', ['Lynn', 'Jort']],
    ['Wat knap gedaan, Hugo, jouw werkstuk over dinosaurussen was top.', ['Hugo']],
    ['Super trots op Jens en Lola, die de dictee-wedstrijd wonnen!', ['Jens', 'Lola']],
    ['Lieve Saar, wij wensen je heel veel plezier op je nieuwe school!', ['Saar']],
    ['Dikke pluim voor Mats, die zijn klasgenootje hielp toen ze viel.', ['Mats']],
    ['Ook Puck uit groep 2 deed mee aan de voorleeswedstrijd.', ['Puck']],
    ['Meike en Sven (groep 6) mochten de burgemeester een rondleiding geven.', ['Meike', 'Sven']],
    ['Vandaag vierde Bo haar zesde verjaardag in de klas.', ['Bo']],
    ['Well done, Finn! Our new school chess champion.', ['Finn']],
    ['Sem, Noor en Liv hielpen vandaag mee in de schooltuin.', ['Sem', 'Noor', 'Liv']],
    ['Complimenten aan Mees voor zijn mooie spreekbeurt over uilen!', ['Mees']],
    ['Bram de Vries (groep 7) won de schaakwedstrijd.', ['Bram de Vries']],
    ['Lisa en haar moeder bakten koekjes voor de hele klas.', ['Lisa']],
    ['Welkom terug op school na de zomervakantie, Levi en Sara!', ['Levi', 'Sara']],
    ['Vince heeft een gebroken pols en zit voorlopig in het gips.', ['Vince']],
    ['De ouders van Elin zijn allebei werkloos en hebben het financieel moeilijk.', ['Elin']],
    ['Gefeliciteerd Sara met je A-niveau voor spelling!', ['Sara']],
    ['\'Ik vond het super!\' zei Daan na de voorstelling.', ['Daan']],
    ['Top gedaan Lars! 3e plaats op de regionale cross 🏃', ['Lars']],
    ['Mats heeft een hersenschudding na de val van het klimrek. Beterschap!', ['Mats']],
    ['Yfke uit groep 7 is de hele week afwezig vanwege een operatie.', ['Yfke']],
    ['Heel triest nieuws: de vader van Sem is vannacht overleden.', ['Sem']],
    ['Dankjewel voor je berichtje Marloes! Fijn dat Daan het naar zijn zin heeft.', ['Marloes', 'Daan']],
    ['Julian kreeg vandaag een compliment van de directeur voor zijn hulp.', ['Julian']],
    ['Omdat Kim zich niet aan de afspraken hield, mag ze een week niet buitenspelen.', ['Kim']],
    ['Emma kreeg een dikke 8 voor haar spreekbeurt over paarden!', ['Emma']],
  ])('%s', (text, expected) => {
    expect(excerpts(text)).toEqual(expected);
  });
});

describe('child-name: must not fire', () => {
  it.each<string>([
    'Juf Sanne en meester Daan gingen met groep 5 naar het bos.',
    'Burgemeester Henk Jansen opende het nieuwe schoolplein.',
    'Mevrouw De Vries is onze nieuwe intern begeleider.',
    'Eline de Boer geeft dit jaar de gymles.',
    'Pieter neemt de schaakclub over.',
    'De Hoofdstraat is afgesloten, kom via de Julianalaan.',
    'Groep 8 gaat op kamp naar Ameland en Schiermonnikoog.',
    'Koning Willem-Alexander en koningin Máxima bezochten Groningen.',
    'Sinterklaas en zijn Pieten kwamen op bezoek.',
    'In de klas lezen we de boeken van Paul Biegel.',
    'De roos in de schooltuin bloeit en de storm is voorbij.',
    'Er zat een mees in de nestkast bij het lokaal.',
    'Op maandag 3 juni is de school gesloten.',
    'Welkom bij OBS De Wierde!',
    'Hartelijke groeten, Kees',
    "Lieve ouders, de schoolfoto's zijn binnen.",
    'Elke dag lezen we een kwartier.',
    'Ben jij er ook bij op de sportdag?',
    'Max. 20 kinderen per workshop.',
    'We lezen Jip en Janneke voor in groep 3.',
    'Toon bij de ingang uw toegangsbewijs.',
    'We bezochten de Anne Frankschool in Groningen.',
    'Zon, zee en strand: wat een schoolreis!',
    'Marit Visser is onze nieuwe stagiaire in groep 5.',
    'Onze intern begeleider: Anja Visser.',
    'Dank aan vrijwilliger Jan voor het rijden.',
    'Met dank aan Albert Heijn voor het fruit.',
    'Will you join us at the school fair? Hope to see you!',
    'De kinderen wonen in Milan tijdens de uitwisseling.',
    'Fijne Lente! Het thema is Winter.',
    'Door Storm Eunice vielen er bomen om.',
    'Lees het boek Max en de maximonsters in de klas.',
    'Met dank aan Jumbo Warffum voor de appels.',
    'Hartelijke groet, Pieter Smit',
    // Unseen-style posts (tests/fixtures/eval/posts-extra.jsonl), written to probe generalisation.
    'Juf Roos is vandaag jarig. Gefeliciteerd juf!',
    'Meester Sem gaat met groep 7 naar het Rijksmuseum.',
    'De storm van vannacht heeft een boom op het schoolplein omgeblazen.',
    'In de tuin bloeit een prachtige roos naast de zandbak.',
    'Kijk eens wat een mees er in het vogelhuisje zit!',
    'Sinterklaas en zijn pieten kwamen vandaag op bezoek bij de kleuters.',
    'Koning Willem-Alexander opende de nieuwe school in Groningen.',
    'Wij lazen het boek \'Dikkie Dik\' en \'Nijntje\' in groep 1/2.',
    'De kinderen zongen een lied voor Koningsdag in de Julianastraat.',
    'Eline de Boer en Pieter Smit hebben de schoolreis georganiseerd.',
    'Groep 3 bezocht het Van Gogh Museum in Amsterdam.',
    'Bedankt mevrouw De Vries voor de gastles over bijen!',
    'We gingen met de bus naar Winsum en daarna naar Bedum.',
    'Het verhaal van Pippi Langkous blijft een favoriet in groep 4.',
    'Vandaag kwam Annie M.G. Schmidt aan bod in de les over dichters.',
    'Wat een storm aan reacties op onze oproep, bedankt allemaal!',
    'Juf Eline en meester Pieter gaan met pensioen. Wat zullen we ze missen!',
    'De Sint kwam aan met de boot, samen met de Pieten.',
    'Groep 7 bezocht de Roos van Dekema in Jelsum.',
    'Deze week lezen we Jip en Janneke van Annie M.G. Schmidt.',
    'Het was echt storm op het plein, de kinderen bleven binnen.',
    'Wij zoeken een nieuwe collega voor groep 3. Mail naar directie@obsdewierde.nl.',
    'Vandaag een gastles van brandweerman Henk over brandveiligheid.',
    'Groetjes van juf Eline en de kinderen van groep 4.',
    'Op de foto: de winnaars van het dammen. Gefeliciteerd allemaal!',
    'Vanmiddag komt kinderboekenschrijver Paul van Loon voorlezen!',
    'Fijne herfstvakantie! Tot maandag 28 oktober.',
    'Lieve ouders, morgen is er geen gym.',
    'De kerstmarkt is op donderdag 19 december. Groetjes, Marieke Jansen',
    'Deze week leren we over Vincent van Gogh en zijn Zonnebloemen.',
    ...CLEAN_FEED_POSTS,
    "Onze kleuters speelden 'Boze Wolf, hoe laat is het?' op het plein.",
    "Tijdens de Kinderboekenweek lazen we 'Gips' van Anna Woltz in groep 7.",
    '#schoolreis #groep5 #genieten Wat een dag in de Efteling! 🎢',
    'Juf Tamara is afwezig wegens ziekte. Groep 3 is vandaag vrij.',
    'RT @gemeentehogeland: Zondag is de Dam tot Damloop. Let op afgesloten wegen!',
    'Wat een ongelooflijke onzin dat scholen dicht moeten bij hitte. Kom op, Den Haag!',
    'Ongelooflijk wat deze kinderen allemaal gemaakt hebben! Kom kijken op de kunstmarkt.',
    'Beterschap aan alle zieke kinderen, we hopen jullie snel weer te zien!',
    'De GGD geeft voorlichting over vaccinaties voor groep 8 op 4 april.',
    'Ziet u het verkeerd? Nee hoor, de schoolreis is echt op vrijdag.',
    'Dat de minister dit soort plannen maakt zonder ons te vragen, vind ik echt onbegrijpelijk.',
    'Politiek in de klas: groep 8 bezocht het gemeentehuis en debatteerde met raadsleden.',
    'Eindelijk! De nieuwe speeltoestellen staan er.',
    'Die k*tbouwvakkers beginnen elke dag om 7 uur met boren.',
    'Zo, dat was me een week. Ik trek het niet meer, fijn weekend 😩',
    'Wie stemt er ook op ons project bij de Rabo ClubSupport? Elke stem telt!',
    'In groep 6 hebben we geleerd dat de Tweede Kamer 150 leden heeft.',
    'Wij zijn het niet eens met de gemeente over de verkeersveiligheid bij school en gaan in gesprek.',
    'Thanks for your question! The school trip costs €25.',
  ])('%s', (text) => {
    expect(excerpts(text)).toEqual([]);
  });
});

// Known misses: a name that is also a word ("Job", "Roos") opening a sentence stays a weak candidate
// in support/person-finder unless other pupil context joins it. These flip to passing when it is fixed.
describe('child-name: known misses (word-names opening a sentence)', () => {
  for (const text of [
    'Groep 5 van juf Eline maakte een reuzenpizza. Job mocht hem aansnijden.',
    'Roos haalde 5 euro op voor KiKa met haar limonadekraam.',
    // "werk van NAME" is read as a work by an artist (context.json creatorContext), also in "Knap werk van".
    'Knap werk van Jayden, die helemaal alleen een vogelhuisje bouwde.',
    "Lees-tip van Mees: 'Het leven van een loser'. Hij gaf het boek een 10!",
  ]) {
    it.fails(text, () => {
      expect(excerpts(text).length).toBeGreaterThan(0);
    });
  }
});

// Known false alarm: a public figure missing from context.json famousPhrases (children's entertainer).
describe('child-name: known false alarms', () => {
  it.fails('Vrijdag komt Dirk Scheele een optreden geven in de gymzaal!', () => {
    expect(excerpts('Vrijdag komt Dirk Scheele een optreden geven in de gymzaal!')).toEqual([]);
  });
});

describe('name lists', () => {
  const { FIRST_NAMES, COMMON_WORD_NAMES } = nameLists();
  it('hold current Dutch children’s names and mark names that are common words', () => {
    for (const n of ['daan', 'sanne', 'noah', 'hidde', 'puck']) expect(FIRST_NAMES.has(n)).toBe(true);
    for (const n of ['door', 'elke', 'lieve']) expect(FIRST_NAMES.has(n)).toBe(false);
    for (const n of ['roos', 'storm', 'mees', 'jade', 'bo']) expect(COMMON_WORD_NAMES.has(n)).toBe(true);
  });

  it('match assets/names/curation.json (run npm run build:names after editing it)', () => {
    for (const e of curation.removedFirstNames) expect(FIRST_NAMES.has(e.name), e.name).toBe(false);
    for (const e of curation.addedFirstNames) expect(FIRST_NAMES.has(e.name), e.name).toBe(true);
    for (const e of curation.commonWordNames) if (FIRST_NAMES.has(e.name)) expect(COMMON_WORD_NAMES.has(e.name), e.name).toBe(true);
    for (const e of [...curation.removedFirstNames, ...curation.addedFirstNames, ...curation.commonWordNames]) expect(e.note.length, e.name).toBeGreaterThan(3);
  });

  it('is linear on a long post and keeps spans inside the text', () => {
    const text = 'Gefeliciteerd Daan uit groep 3! '.repeat(6000);
    const found = excerpts(text);
    expect(found).toHaveLength(6000);
  });
});
