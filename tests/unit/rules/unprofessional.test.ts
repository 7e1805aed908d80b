import { describe, expect, it } from 'vitest';
import { unprofessional } from '../../../lib/rules/unprofessional';
import { excerpts } from '../text/run-rule';

const check = (text: string) => excerpts(unprofessional, text);

describe('unprofessional: must fire (span = the unprofessional words)', () => {
  it.each<[string, string[]]>([
    ['Ik vind dit kabinet echt waardeloos.', ['Ik vind dit kabinet echt waardeloos']],
    ['Stem allemaal op GroenLinks bij de verkiezingen!', ['Stem allemaal op GroenLinks bij de verkiezingen']],
    ['Vote for the PVV, everyone.', ['Vote for the PVV']],
    ['De regering is een stelletje prutsers.', ['regering is een stelletje prutsers']],
    ['Ik vind het belachelijk dat ouders nog steeds voor de poort parkeren.', ['Ik vind het belachelijk']],
    ['Vrijdagmiddag met de collega\'s aan het bier.', ['bier']],
    ['Proost op het weekend! 🍷', ['Proost', '🍷']],
    ['Na het personeelsfeest waren we allemaal dronken.', ['dronken']],
    ['Ik heb het helemaal gehad met deze week.', ['Ik heb het helemaal gehad']],
    ['Ik ben er echt klaar mee, zucht.', ['Ik ben er echt klaar mee', 'zucht']],
    ['Wat een rotdag, ik word gek van die printer.', ['Wat een rotdag', 'ik word gek van']],
    ['LET OP ALLE KINDEREN MOETEN MORGEN EEN JAS MEE', ['LET OP ALLE KINDEREN MOETEN MORGEN EEN JAS MEE']],
    ['Schoolreis!!!!! Wat hebben we genoten.', ['!!!!!']],
    ['Feest 🎉🎉🎉🎉🎉🎉 in groep 3', ['🎉🎉🎉🎉🎉🎉']],
    ['lol wat een gekke foto', ['lol']],
    ['OMG de kinderen waren zo lief', ['OMG']],
    ['Die nieuwe gymzaal is echt sexy.', ['sexy']],
    ['Pffff, weer maandag.', ['Pffff']],
    ['Die politici in Den Haag snappen er niks van.', ['politici in Den Haag snappen er niks van']],
    ['Ik word echt gek van die ouders.', ['Ik word echt gek van']],
    ['Vrijdag borrel met het team!', ['borrel']],
    ['Ik stem PvdA, jullie ook?', ['stem PvdA']],
    ['Stem op Wilders!', ['Stem op Wilders']],
    ['De politiek is één grote poppenkast.', ['politiek is één grote poppenkast']],
    ['Schandalig hoe sommige mensen hun afval bij het hek dumpen.', ['Schandalig']],
  ])('%s', (text, expected) => {
    expect(check(text)).toEqual(expected);
  });
});

describe('unprofessional: must NOT fire', () => {
  it.each<string>([
    'Wat een mooie dag!',
    'Wat een mooie dag!!!',
    'Hoera, de nieuwe speeltoestellen zijn er! 🎉🎉',
    'Op 29 oktober is onze school stembureau voor de verkiezingen.',
    'Minister Bruins bezocht vandaag onze school en las voor in groep 5.',
    'Stem op onze school voor de Jantje Beton-prijs!',
    'Wethouder Smit (VVD) opende de nieuwe fietsenstalling.',
    'Groep 8 bezocht de Tweede Kamer in Den Haag.',
    'LET OP: morgen is de school om 12.00 uur uit.',
    'De OBS DE WIERDE nieuwsbrief staat online.',
    'Ik vind het fantastisch hoe goed de kinderen samenwerkten.',
    'De ouderraad organiseert een nieuwjaarsreceptie met koffie en thee.',
    'Juf Eline heeft een beer meegenomen voor de kleuters.',
    'De sportdag gaat door, ook als het regent. Neem droge kleren mee!',
    'In de klas praten we over de verkiezingen voor de leerlingenraad.',
    'Fijne vakantie allemaal! ☀️',
    'Welkom terug! We hebben er zin in.',
    'Ik vind het jammer dat de sportdag door het slechte weer niet doorgaat.',
    'Ik vind het mooi dat de minister op bezoek kwam.',
    'Na afloop is er koffie en thee voor alle ouders.',
    'Balen, de excursie gaat niet door. We plannen een nieuwe datum.',
    'De les werd even gestoord door het brandalarm.',
    'De kleuters keken naar de poppenkast van Jan Klaassen.',
    'Groep 6 stemde voor een nieuwe naam voor de klassenhamster.',
    'De minister bezocht vandaag onze school; helaas was het de hele dag heel erg slecht weer.',
    'Wij vinden het fijn dat wethouder Smit (VVD) de opening verrichtte.',
    'De kinderen hadden veel lol bij de spelletjes.',
    'Met een zucht van verlichting leverden ze de toets in.',
    'Bij godsdienst vertelden we hoe Jezus water in wijn veranderde.',
    'Schoolreis naar Den Haag: helaas slecht weer, maar toch gezellig.',
  ])('%s', (text) => {
    expect(check(text)).toEqual([]);
  });
});
