import { describe, expect, it } from 'vitest';
import { sensitiveData } from '../../../lib/rules/sensitive-data';
import { mergePolicies } from '../../../lib/policy/validate';
import terms from '../../../assets/wordlists/sensitive-terms.json';
import persons from '../../../assets/wordlists/sensitive-persons.json';
import { CLEAN_FEED_POSTS } from './clean-feed-posts';
import { hitsOf } from '../text/run-rule';

const policy = mergePolicies({
  schoolName: 'OBS De Wierde',
  staffNames: ['Eline de Boer', 'Pieter Smit'],
});

function excerpts(text: string): string[] {
  return hitsOf(sensitiveData, text, {}, policy).map((h) => text.slice(h.start!, h.end!));
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
    // Unseen-style posts (tests/fixtures/eval/posts-extra.jsonl), written to probe generalisation.
    ['Thijs is gisteren van school gestuurd na een ruzie op het plein.', ['van school gestuurd']],
    ['Na het incident van vorige week is een leerling uit groep 8 van school verwijderd.', ['van school verwijderd']],
    ['Milan moet vandaag nablijven omdat hij zijn huiswerk weer vergeten was.', ['nablijven']],
    ['Jesse kreeg strafwerk omdat hij tijdens de les zat te kletsen.', ['strafwerk']],
    ['Cijfers rekentoets groep 6: Fleur 6, Daan 8, Lotte 7,5.', ['Cijfers']],
    ['Noah had een 4 voor spelling, dus we gaan samen extra oefenen.', ['een 4 voor']],
    ['De uitslag van Julia op de eindtoets was 538, super gedaan!', ['uitslag']],
    ['Lieke zit nu op AVI-niveau E5, wat een groei!', ['AVI-niveau']],
    ['Het eindadvies van Finn is vmbo-t geworden.', ['eindadvies']],
    ['Zoë scoorde een V op de Cito-toets begrijpend lezen.', ['een V op']],
    ['Ruben heeft een 3 gehaald voor zijn topografietoets.', ['een 3 gehaald']],
    ['Sara en Mila moesten na schooltijd blijven omdat ze hadden gevochten.', ['na schooltijd blijven', 'gevochten']],
    ['Luuk heeft een officiële waarschuwing gekregen voor zijn gedrag in de klas.', ['officiële waarschuwing']],
    ['Anouk is de hele week uit de les gezet vanwege brutaal gedrag.', ['uit de les gezet', 'brutaal']],
    ['Scores dictee groep 5: Tim 9, Eva 5, Jayden 7.', ['Scores']],
    ['Meester Kees is met een hernia thuis en komt voorlopig niet werken.', ['hernia']],
    ['Emma heeft leesniveau AVI M4 en dat is onder het gemiddelde.', ['leesniveau', 'AVI M4']],
    ['Gefeliciteerd Mees met je 10 voor de tafeltoets!', ['je 10 voor']],
    ['Sem had een slechte dag en moest naar de directeur voor straf.', ['straf']],
    ['Our pupil Liam got expelled last week for fighting.', ['expelled']],
    ['Olivia got a 5 on her maths test, so she needs extra support.', ['a 5 on', 'extra support']],
    ['Fenna krijgt vanaf deze week een eigen leerlijn omdat ze ver achterloopt met rekenen.', ['eigen leerlijn', 'achterloopt']],
    ['De ouders van Jens zijn uit elkaar en hij woont nu bij zijn oma.', ['zijn uit elkaar']],
    ['Rapportcijfers Daan: rekenen 5, taal 6, lezen 7.', ['Rapportcijfers']],
    ['Sophie heeft een 9,5 voor haar spreekbeurt gekregen!', ['een 9,5 voor']],
    ['Meester Pieter is vandaag ziek, groep 5 wordt opgevangen door juf Eline.', ['ziek']],
    ['Jurre mocht vandaag niet mee op schoolreis omdat hij vorige week had gestolen.', ['gestolen']],
    ['Yasmin heeft voor de tweede keer een onvoldoende voor begrijpend lezen.', ['onvoldoende']],
    ['De eindtoetsuitslag van Timo: 542. Knap gedaan!', ['eindtoetsuitslag']],
    ['Wij wensen Isa veel beterschap, ze is geopereerd aan haar blindedarm.', ['geopereerd']],
    ['Lars krijgt vanaf nu begeleiding van de ambulant begeleider vanwege zijn autisme.', ['autisme']],
    ['De vader van Amber is vorige week overleden. We leven met haar mee.', ['overleden']],
    ['Resultaten spellingtoets: Vince 8, Nina 6,5 en Jaap 4.', ['Resultaten']],
    ['Mila is op niveau 3F uitgekomen voor lezen, super!', ['niveau 3F']],
    ['Stijn heeft de hele ochtend op de gang gezeten voor straf.', ['straf']],
    ['Well done Ella, you got a 9 for your book report!', ['a 9 for']],
    ['Juf Sanne is met een burn-out thuis. De invalpool zoekt vervanging.', ['burn-out']],
    ['Romy heeft haar been gebroken op het klimrek.', ['gebroken']],
    ['Kyan heeft een gedragsstoornis en zit daarom in een aparte groep.', ['gedragsstoornis']],
    ['De ouders van Tijn zijn gescheiden, hij is om de week bij zijn vader.', ['gescheiden']],
    ['Emre scoorde het laagst van de klas op de rekentoets.', ['scoorde het laagst']],
    ['Wij wensen de moeder van Noor veel sterkte; ze is ernstig ziek.', ['ziek']],
    ['Helaas is Daan gezakt voor zijn zwemdiploma B.', ['gezakt']],
    ['Cijfers topo: Lynn 7, Bram 5,5, Yara 9.', ['Cijfers']],
    ['Fenna (groep 8) heeft havo-advies gekregen.', ['havo-advies']],
    ['Teun is dit jaar blijven zitten en komt weer in groep 4.', ['blijven zitten']],
    ['Juf Marieke is in verwachting en heeft veel last van misselijkheid.', ['misselijkheid']],
    ['Meester Rik ligt in het ziekenhuis na een hartaanval.', ['ziekenhuis', 'hartaanval']],
    ['Lotte krijgt dyslexiebegeleiding van een remedial teacher.', ['dyslexiebegeleiding', 'remedial']],
    ['Ayoub heeft vanochtend een andere leerling geslagen en is naar huis gestuurd.', ['geslagen', 'naar huis gestuurd']],
    ['Our student Mia was caught cheating on the spelling test.', ['cheating']],
    ['#trots op Ilse uit groep 8: zij heeft een vwo-advies! 🎓', ['vwo-advies']],
    ['Year 6 results are in: Jack 92%, Amelia 85%, Oscar 61%.', ['results']],
    ['Sophie\'s mum is in hospital, so please keep her in your thoughts.', ['hospital']],
    ['Daan heeft een time-out gehad na een driftbui op het plein.', ['time-out']],
    ['Het werkstuk van Lina kreeg een onvoldoende, maar de herkansing ging top!', ['onvoldoende']],
    ['Na een lange revalidatie is onze conciërge Henk weer terug na zijn knieoperatie. Welkom terug!', ['revalidatie', 'knieoperatie']],
    ['Amir is met spoed opgenomen in het ziekenhuis; we wensen hem veel beterschap.', ['ziekenhuis']],
    ['Omdat Zara slechtziend is, krijgt zij alle werkbladen vergroot.', ['slechtziend']],
    ['Max (groep 4) heeft een leesachterstand en oefent elke dag met de RT\'er.', ['leesachterstand']],
    ['Sem leest inmiddels op niveau E6. Top!', ['niveau E6']],
    ['Het advies van Noor is havo/vwo.', ['advies van Noor is havo']],
    ['Jayden werkt voor rekenen onder het niveau van groep 5.', ['onder het niveau van groep 5']],
    ['Milan is op de gang gezet omdat hij de les verstoorde.', ['op de gang gezet']],
    ['Lucas werd naar de directeur gestuurd na het gedoe in de pauze.', ['naar de directeur gestuurd']],
    ['Liv zat vandaag in de strafhoek.', ['strafhoek']],
    ['Uitslag tafeltoets: Joep 10, Fay 4.', ['Uitslag']],
    ['Sara kreeg een 5,5 voor haar werkstuk, net voldoende.', ['een 5,5 voor']],
    ['Kai doet groep 7 over.', ['doet groep 7 over']],
    ['Hannah scored 12 out of 30 on the reading test.', ['scored 12 out of 30 on the reading test']],
    ['Gijs haalde het A-niveau voor rekenen.', ['A-niveau']],
    ['Laura (groep 6) is gisteren opgepakt door de politie voor winkeldiefstal.', ['opgepakt']],
    ['Vince heeft een gebroken pols en zit voorlopig in het gips.', ['gebroken', 'gips']],
    ['De ouders van Elin zijn allebei werkloos en hebben het financieel moeilijk.', ['werkloos']],
    ['Gefeliciteerd Sara met je A-niveau voor spelling!', ['A-niveau']],
    ['Na de scheiding van haar ouders woont Nina nu bij haar vader in Delfzijl.', ['scheiding']],
    ['Het gezin van Joris is dakloos geworden na de brand.', ['dakloos']],
    ['De moeder van Lisa zit in de schuldsanering.', ['schuldsanering']],
    ['Thomas is uit huis geplaatst en woont tijdelijk bij een ander gezin.', ['uit huis geplaatst']],
    ['Veel sterkte voor Sanne, haar opa is gisteren overleden.', ['overleden']],
    ['Onze leerling uit groep 3 vlucht met haar moeder voor huiselijk geweld.', ['huiselijk geweld']],
    ['Jamal spreekt nog maar weinig Nederlands; het gezin is net gevlucht uit Syrië.', ['gevlucht']],
    ['Juf Anouk heeft de diagnose borstkanker gekregen. We wensen haar veel kracht.', ['diagnose']],
    ['Rick\'s father lost his job, so the family is struggling.', ['lost his job']],
    ['Mats heeft een hersenschudding na de val van het klimrek. Beterschap!', ['hersenschudding']],
    ['Yfke uit groep 7 is de hele week afwezig vanwege een operatie.', ['operatie']],
    ['Juf Tamara is afwezig wegens ziekte. Groep 3 is vandaag vrij.', ['ziekte']],
    ['Heel triest nieuws: de vader van Sem is vannacht overleden.', ['overleden']],
    ['Omdat Kim zich niet aan de afspraken hield, mag ze een week niet buitenspelen.', ['niet aan de afspraken', 'niet buitenspelen']],
    ['Emma kreeg een dikke 8 voor haar spreekbeurt over paarden!', ['een dikke 8 voor']],
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
    // Unseen-style posts (tests/fixtures/eval/posts-extra.jsonl), written to probe generalisation.
    'De cijfers van de rekentoets worden volgende week met de kinderen besproken.',
    'Volgende week is de Cito-week. Zorg dat uw kind goed uitgerust naar school komt.',
    'Groep 8 heeft de eindtoets gemaakt. Iedereen heeft heel hard gewerkt!',
    'Vandaag hadden we een gastles over gezonde voeding van de GGD.',
    'In groep 7 praten we deze week over pesten en hoe je elkaar helpt.',
    'De uitslag van de voorleeswedstrijd maken we vrijdag bekend in de aula.',
    'Ons schoolvoetbalteam won met 4-2 van De Regenboog. Wat een wedstrijd!',
    'De gemiddelde score van onze school op de eindtoets ligt boven het landelijk gemiddelde.',
    'Wilt u zich aanmelden voor het oudergesprek over het schooladvies? Dat kan via Parro.',
    'Juf Marloes is jarig! Gefeliciteerd, juf!',
    'Groep 4 leerde vandaag over de tafels van 6 en 8.',
    'De kinderen lazen het boek \'Het ziekenhuis\' en maakten er een poster over.',
    'Op het rapport staan vanaf dit jaar ook de resultaten van de methodetoetsen.',
    'Er zijn nog 2 plekken vrij voor de cursus weerbaarheid. Aanmelden kan bij juf Eline.',
    'De niveaus van het AVI-lezen worden op de informatieavond uitgelegd.',
    'Ook deze week weer strafwerk? Nee hoor, bij ons krijg je een compliment!',
    'De nieuwe voorleesboeken zijn binnen: Roos en de vliegende koe is al favoriet.',
    'Het rekenproject van groep 6 is afgerond met een 8 van de jury!',
    'The pupils of year 6 presented their results about the water cycle.',
    'Groep 7 oefent deze week met spelling: de toets is vrijdag.',
    'Sem scoorde twee keer tijdens het schoolvoetbaltoernooi! Wat een wedstrijd.',
    'Het team van groep 8 won met 3-1 van De Wieken.',
    'Nieuw: Kanjertraining in alle groepen om pesten te voorkomen.',
    'Onze leerlingen scoren boven het landelijk gemiddelde op lezen. Trots op iedereen!',
    'Morgen gaan we met groep 5 naar de huisarts voor een gastles over EHBO.',
    'Wij hebben een nieuwe intern begeleider: welkom juf Karin!',
    'De kinderen leerden vandaag wat diabetes is, met dank aan de diabetesvereniging.',
    'In groep 3 tellen we tot 10: de cijfers 1 tot en met 10 hangen nu in de klas.',
    'Fien kent al alle cijfers tot 20!',
    'Roos haalde 5 euro op voor KiKa met haar limonadekraam.',
    'In groep 6 praatten we over gevoelens: wat doe je als je verdrietig of boos bent?',
    'Deze week staat in het teken van de Week van de Lentekriebels.',
    'De schoolarts komt op 12 november langs voor de kinderen van groep 2 en 7.',
    'Hoofdluiscontrole na de vakantie: wilt u uw kind thuis ook even controleren?',
    'Let op: er heerst waterpokken in groep 1/2.',
    'De uitslag van de schoolquiz: groep 7 wint met 45 punten!',
    'Tijdens de les over de Tweede Wereldoorlog vertelde een opa over zijn jeugd.',
    'Oefen thuis de tafels: de toets is op dinsdag.',
    'The Year 5 maths test is next Friday. Please help your child practise.',
    'Scores van de sportdag: groep 3 had 120 punten, groep 4 had 98.',
    'Gefeliciteerd Daan, jij hebt de 10 km-loop uitgelopen!',
    'Bram haalde 12 punten voor zijn team bij de quiz!',
    'Lotte las een waarschuwing voor op het bord: pas op, glad!',
    'Mila heeft vandaag haar eerste zwemles gehad. Spannend!',
    'Roos uit groep 5 had een 1e prijs voor haar gedicht.',
    'Jesse scoorde 3 doelpunten in de finale van het schoolvoetbal!',
    'Hoera, Eva is 7 jaar geworden!',
    'Ruben vertelde in zijn spreekbeurt over zijn opa, die in de mijn werkte.',
    'Vandaag kregen Tim en Sara een diploma voor verkeersveiligheid.',
    'Lisa deed een proefje: wat gebeurt er als ijs smelt? Het antwoord: een 0 graden experiment!',
    'In groep 7 maakten de kinderen een 3D-model van een hart en longen.',
    'De scores van de voorleeswedstrijd: groep 6 had 34 punten, groep 7 had 29.',
    'Gymles op vrijdag: we oefenen de koprol en de radslag.',
    'Welkom in groep 3, Jip! Fijn dat je er bent.',
    'De nieuwe leerlingen hebben hun eerste week achter de rug.',
    'Wij zijn trots: gemiddeld scoorden onze groepen 8 een 537 op de eindtoets.',
    'De groepen 5 en 6 kregen vandaag hun Cito-uitslagen mee naar huis in een gesloten envelop.',
    'This week we are learning about healthy teeth. The dentist visited Year 2!',
    'Voorlichting over dyslexie voor ouders op dinsdagavond 19.30 uur.',
    'De kinderen van groep 8 krijgen deze week hun voorlopig advies.',
    'Wij hebben de AVI-toetsen afgenomen. Ouders krijgen de uitslag in het rapportgesprek.',
    'Mila was de snelste op de 60 meter: 9,5 seconden!',
    'Timo speelde de hoofdrol en kreeg een staande ovatie.',
    'Sem scoorde 3 van de 5 penalty\'s in de finale!',
    'Daan gaf de juf het advies om een andere route te nemen.',
    'Groep 5 leest boekjes op niveau E5 en M6 in de bibliotheekhoek.',
    ...CLEAN_FEED_POSTS,
    "Tijdens de Kinderboekenweek lazen we 'Gips' van Anna Woltz in groep 7.",
    'Dit jaar organiseren we een inzamelactie voor de Voedselbank.',
    'Ouders die gescheiden zijn, kunnen allebei een uitnodiging voor het rapportgesprek krijgen.',
    'Wij staan stil bij de Dodenherdenking met twee minuten stilte op het plein.',
    'Groep 8 bezocht het asielzoekerscentrum en speelde voetbal met de kinderen daar.',
    'Het schoolmaatschappelijk werk is elke dinsdag op school voor vragen van ouders.',
    'Dit jaar organiseren we een inzamelactie voor de Voedselbank; het gezin van de conciërge helpt mee.',
    '#schoolreis #groep5 #genieten Wat een dag in de Efteling! 🎢',
    'Top gedaan Lars! 3e plaats op de regionale cross 🏃',
    'RT @gemeentehogeland: Zondag is de Dam tot Damloop. Let op afgesloten wegen!',
    'Wat een ongelooflijke onzin dat scholen dicht moeten bij hitte. Kom op, Den Haag!',
    'Ongelooflijk wat deze kinderen allemaal gemaakt hebben! Kom kijken op de kunstmarkt.',
    'Beterschap aan alle zieke kinderen, we hopen jullie snel weer te zien!',
    'De GGD geeft voorlichting over vaccinaties voor groep 8 op 4 april.',
    'Dankjewel voor je berichtje Marloes! Fijn dat Daan het naar zijn zin heeft.',
    'Ziet u het verkeerd? Nee hoor, de schoolreis is echt op vrijdag.',
    'Dat de minister dit soort plannen maakt zonder ons te vragen, vind ik echt onbegrijpelijk.',
    'Politiek in de klas: groep 8 bezocht het gemeentehuis en debatteerde met raadsleden.',
    'Eindelijk! De nieuwe speeltoestellen staan er.',
    'Die k*tbouwvakkers beginnen elke dag om 7 uur met boren.',
    'Zo, dat was me een week. Ik trek het niet meer, fijn weekend 😩',
    'Wie stemt er ook op ons project bij de Rabo ClubSupport? Elke stem telt!',
    'In groep 6 hebben we geleerd dat de Tweede Kamer 150 leden heeft.',
    'Julian kreeg vandaag een compliment van de directeur voor zijn hulp.',
    'Wij zijn het niet eens met de gemeente over de verkeersveiligheid bij school en gaan in gesprek.',
    'Thanks for your question! The school trip costs €25.',
  ])('%s', (text) => {
    expect(excerpts(text)).toEqual([]);
  });
});

// Known misses: a name that is also a word ("Storm", "Bo") opening a sentence is not taken for a pupil
// by support/person-finder yet, so the sensitive term has no person. These flip to passing when it is.
describe('sensitive-data: known misses (word-names opening a sentence)', () => {
  for (const text of [
    'Storm heeft ernstige epilepsie en mag niet mee zwemmen.',
    'Bo is geschorst en mag drie dagen niet naar school komen.',
  ]) {
    it.fails(text, () => {
      expect(excerpts(text).length).toBeGreaterThan(0);
    });
  }
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
