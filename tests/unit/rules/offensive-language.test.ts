import { describe, expect, it } from 'vitest';
import nl from '../../../assets/wordlists/offensive-nl.json';
import en from '../../../assets/wordlists/offensive-en.json';
import naughtyNl from 'naughty-words/nl.json';
import naughtyEn from 'naughty-words/en.json';
import { offensiveLanguage } from '../../../lib/rules/offensive-language';
import { excerpts } from '../text/run-rule';
import { CLEAN_FEED_POSTS } from './clean-feed-posts';

const check = (text: string) => excerpts(offensiveLanguage, text);

describe('offensive-language: must fire (span = the offending words as written)', () => {
  it.each<[string, string[]]>([
    ['Wat een kutweer vandaag, de buitengym gaat niet door.', ['kutweer']],
    ['Klote, de bus is weer te laat.', ['Klote']],
    ['Die vader bij het hek is echt een eikel.', ['eikel']],
    ['Wie dit gedaan heeft is een stomme idioot.', ['idioot']],
    ['Kanker op met je gezeur.', ['Kanker op']],
    ['Wat een t*ring lawaai op de gang.', ['t*ring']],
    ['Damn, the printer is crap again.', ['Damn', 'crap']],
    ['Ik maak je kapot als je nog eens aan mijn fiets komt.', ['Ik maak je kapot']],
    ['Ik weet waar je woont.', ['Ik weet waar je woont']],
    ['Wat een k4nker herrie.', ['k4nker']],
    ['Die ouders zijn echt k.u.t', ['k.u.t']],
    ['Wat een k u t dag', ['k u t']],
    ['Zooo kuuuuut dit', ['kuuuuut']],
    ['Dit is echt sh1t', ['sh1t']],
    ['Wat een $ukkel ben jij', ['$ukkel']],
    ['f\u200Bu\u200Bc\u200Bk die regels', ['f\u200Bu\u200Bc\u200Bk']],
    ['KLOTEZOOI in de gang', ['KLOTEZOOI']],
    ['Wat een ｋｕｔｗｅｅｒ', ['ｋｕｔｗｅｅｒ']],
    ['Krijg de tering met je klachten', ['Krijg de tering']],
    ['Die vuile turken parkeren overal.', ['vuile turken']],
    ['Wat een klootzak 🖕', ['klootzak', '🖕']],
    ['This is bullshit, you idiot.', ['bullshit', 'idiot']],
    ['Ga toch weg, mongool.', ['mongool']],
    ['Rot toch op met je klachten', ['Rot toch op']],
    ['Ik sla je in elkaar', ['Ik sla je in elkaar']],
    ['Rot op met je klachten.', ['Rot op']],
    ['Het is echt kanker druk op het plein.', ['kanker druk']],
    ['Wat een kütwéér, echt klóte.', ['kütwéér', 'klóte']],
    ['Wat een ku\u0308t dag', ['ku\u0308t']],
    ['Wat een 1d10t', ['1d10t']],
    ['Die etterbakken uit groep 8 weer.', ['etterbakken']],
    // Unseen-style posts (tests/fixtures/eval/posts-extra.jsonl), written to probe generalisation.
    ['Wat een stelletje idioten die daar parkeren bij het zebrapad.', ['idioten']],
    ['Die ouders zijn gewoon klootzakken als ze hun kinderen zo laten oversteken.', ['klootzakken']],
    ['Wie dit weer heeft gedaan is een k.l.o.o.t.z.a.k', ['k.l.o.o.t.z.a.k']],
    ['Kanker op met je klachten.', ['Kanker op']],
    ['Wat een sukkels die vernielers van ons schoolplein.', ['sukkels']],
    ['Die vandalen zijn echt debielen.', ['debielen']],
    ['Go to hell with your complaints, moron.', ['Go to hell', 'moron']],
    ['Wat een kutweer vandaag, geen buitenspel.', ['kutweer']],
    ['Die vent is een mongool.', ['mongool']],
    ['Whoever stole our bikes is a piece of shit.', ['piece of shit']],
    ['Wat een t y f u s herrie op de bouwplaats naast school.', ['t y f u s']],
    ['Die ouder moet gewoon zijn bek houden.', ['zijn bek houden']],
    ['Rot toch op met je gezeur.', ['Rot toch op']],
    ['Zo\'n flapdrol die de fietsen omgooit.', ['flapdrol']],
    ['Wie de ruiten heeft ingegooid krijgt een pak slaag als ik hem vind.', ['pak slaag']],
    ['Wat een lul is die man die steeds tegen de schoolbus aan parkeert.', ['lul']],
    ['Die idiote buurman heeft weer afval over het hek gegooid.', ['idiote']],
    ['Which idiot left the gate open?', ['idiot']],
    ['Wat een teringzooi in de gymzaal.', ['teringzooi']],
    ['Wie aan onze moestuin komt, die maak ik af.', ['die maak ik af']],
    ['Die hangjongeren zijn echt tuig.', ['tuig']],
    ['Zo\'n lamlul die de fietsenstalling heeft gesloopt.', ['lamlul']],
    ['Die vervelende kakkerlakken uit het azc moeten hier weg.', ['kakkerlakken uit het azc']],
    ['Shit, de printer is weer kapot.', ['Shit']],
    ['Godverdomme, alweer lekkage in het lokaal.', ['Godverdomme']],
    ['Die ouders zijn echt achterlijk met hun gedrag op het schoolplein.', ['achterlijk']],
    ['What the fuck is wrong with people who park on the sidewalk.', ['What the fuck']],
    ['Wat een bitch, die buurvrouw.', ['bitch']],
    ['Godsamme, weer een lekke band.', ['Godsamme']],
    ['Die vandalen moeten ze gewoon opsluiten, het zijn beesten.', ['het zijn beesten']],
    ['Wat een kolere-eind lopen naar de nieuwe gymzaal.', ['kolere']],
    ['Who the hell steals a bike from a primary school?', ['Who the hell']],
    ['Die klojo van de bouw heeft de stroom eraf gehaald.', ['klojo']],
    ['Wat een loser, die vent bij het hek.', ['loser']],
    ['Die mafkees van de gemeente heeft het plein weer niet geveegd.', ['mafkees']],
    ['Stupid parents parking on the crossing again.', ['Stupid parents']],
    ['Wat een klotezooi hebben die bouwvakkers achtergelaten.', ['klotezooi']],
    ['Die gast van de overkant is echt een eikel.', ['eikel']],
    ['Die k*tbouwvakkers beginnen elke dag om 7 uur met boren.', ['k*tbouwvakkers']],
  ])('%s', (text, expected) => {
    expect(check(text)).toEqual(expected);
  });
});

describe('offensive-language: must NOT fire', () => {
  it.each<string>([
    'Groep 5 ging naar Kuttekop en Scunthorpe voor een uitwisseling.',
    'Tijdens de voorlichting over kanker vertelde de GGD over gezond leven.',
    'Wij lopen mee met de KWF-wandeltocht tegen kanker.',
    'Het kankeronderzoek van het UMCG kwam in de klas ter sprake.',
    'In de herfst zochten we eikels en kastanjes in het bos.',
    'Bij handvaardigheid leren de kinderen naaien en breien.',
    'Groep 4 oefent met aftrekken tot 20.',
    'Bij het schoolzwemmen leren ze op z\'n hondjes zwemmen.',
    'We lazen een boek van Dick Bruna over Nijntje.',
    'Meester Ruben is cum laude geslaagd!',
    'Vergeet geen warme muts en reservekleren mee te nemen.',
    'De kleuters maakten een kleurplaat van een kip en een haan.',
    'De tering naar de nering zetten: een oud spreekwoord in de taalles.',
    'In de lessen over de Lentekriebels leren de kinderen de woorden penis en vagina.',
    'De kinderen speelden op de wip en het klimrek.',
    'Het weer wordt kouder: neem je jas mee.',
    'Wat een mooie dag was het!',
    'De brandweer kwam met de spuitwagen naar school.',
    'Wij nemen hierover graag contact met u op.',
    'Schaatsen op de ijsbaan: de kinderen vielen soms op hun billen.',
    'In de herfst rot op de composthoop het blad tot aarde.',
    'Na de grote schoonmaak is het lokaal weer spic en span.',
    'Helaas lag er weer een drol in de zandbak: laat uw hond niet op het plein.',
    'Print het werkblad op A50 of A5-formaat.',
    'Groep 3 keek de film Dombo, over het olifantje met grote oren.',
    'Een godverlaten plek: het oude fort dat groep 7 bezocht.',
    // Unseen-style posts (tests/fixtures/eval/posts-extra.jsonl), written to probe generalisation.
    'Groep 3 ging naar de kinderboerderij en aaide de geiten en de kippen.',
    'De kinderen maakten een kunstwerk van kurk en touw.',
    'Vandaag was er een lezing over de Kankerbestrijding-collecte in de buurt.',
    'We zongen het lied \'Klokje klinkt\' tijdens de ochtendviering.',
    'In Scunthorpe woont de penvriend van groep 7 — ze schreven hem een brief.',
    'Morgen: appelflappen bakken in groep 4.',
    'Let op: de kinderen nemen een kussensloop mee voor het knutselwerk.',
    'Sneeuwpret op het plein! Wie maakt de dikste sneeuwpop?',
    'The children read \'Diary of a Wimpy Kid\' and wrote a review.',
    'Onze leerlingen leerden over de Tweede Wereldoorlog en de jodenvervolging.',
    'De kleuters speelden \'Schipper mag ik overvaren\' in de gymzaal.',
    'Het schoolkoor zong \'Hoofd, schouders, knie en teen\'.',
    'Groep 6 bezocht de Dikke Dame, de oude vuurtoren op het strand.',
    'Vandaag hebben we de ballon van kurk laten drijven: drijven of zinken?',
    'Groep 4 maakte een collage van oude kranten en lijm.',
    'Vandaag kwam de dierenarts langs met een hond, een kat en een cavia.',
    'De kleuters hebben bananenbrood gebakken; smullen maar!',
    'Op het plein ligt een grote plas: laarzen aan morgen!',
    'We vieren het Suikerfeest en het Offerfeest samen in de aula.',
    'De kinderen leerden over Anne Frank en de Jodenvervolging.',
    'In groep 8 lazen we \'Oorlogswinter\' van Jan Terlouw.',
    'Wie heeft de kurkentrekker van de personeelskamer gezien?',
    'Met de klas naar het Dolfinarium in Harderwijk!',
    'Grote schoonmaak: alle lokalen worden gesopt en de vloer geboend.',
    'We lazen \'Kikker is bang\' en praatten over wat je bang maakt.',
    'Tijdens de week tegen pesten leerden we wat schelden met iemand doet.',
    'De kinderen zochten in de sloot naar kikkers en salamanders.',
    'Vandaag: wiskunde op het plein met stoepkrijt!',
    'Groep 7 maakt werkstukken over Shakespeare en de Globe.',
    'De kinderen maakten een tekening van de beesten op de kinderboerderij.',
    'In de natuurles zochten we naar ongedierte in de moestuin: bladluizen!',
    'In de les over Ramadan leerden we wat vasten is.',
    'De kinderen maakten een kasteel van wc-rolletjes.',
    'Gymles: we speelden trefbal en apenkooi.',
    'Lees-tip van Mees: \'Het leven van een loser\'. Hij gaf het boek een 10!',
    ...CLEAN_FEED_POSTS,
    'We hebben eikels en kastanjes gezocht in het bos.',
    'De kinderen leerden het verschil tussen een pad en een kikker.',
    'Op het menu: hutspot met klapstuk. Eet smakelijk!',
    'Het thema van deze week: ridders en kastelen. Kijk die harnassen!',
    'Wie heeft de tas met de gymschoenen van groep 6 gezien?',
    'Dat was een stomme fout van ons, excuses!',
    '#schoolreis #groep5 #genieten Wat een dag in de Efteling! 🎢',
    'Top gedaan Lars! 3e plaats op de regionale cross 🏃',
    'Mats heeft een hersenschudding na de val van het klimrek. Beterschap!',
    'Yfke uit groep 7 is de hele week afwezig vanwege een operatie.',
    'Juf Tamara is afwezig wegens ziekte. Groep 3 is vandaag vrij.',
    'RT @gemeentehogeland: Zondag is de Dam tot Damloop. Let op afgesloten wegen!',
    'Wat een ongelooflijke onzin dat scholen dicht moeten bij hitte. Kom op, Den Haag!',
    'Ongelooflijk wat deze kinderen allemaal gemaakt hebben! Kom kijken op de kunstmarkt.',
    'Heel triest nieuws: de vader van Sem is vannacht overleden.',
    'Beterschap aan alle zieke kinderen, we hopen jullie snel weer te zien!',
    'De GGD geeft voorlichting over vaccinaties voor groep 8 op 4 april.',
    'Dankjewel voor je berichtje Marloes! Fijn dat Daan het naar zijn zin heeft.',
    'Ziet u het verkeerd? Nee hoor, de schoolreis is echt op vrijdag.',
    'Dat de minister dit soort plannen maakt zonder ons te vragen, vind ik echt onbegrijpelijk.',
    'Politiek in de klas: groep 8 bezocht het gemeentehuis en debatteerde met raadsleden.',
    'Eindelijk! De nieuwe speeltoestellen staan er.',
    'Zo, dat was me een week. Ik trek het niet meer, fijn weekend 😩',
    'Wie stemt er ook op ons project bij de Rabo ClubSupport? Elke stem telt!',
    'In groep 6 hebben we geleerd dat de Tweede Kamer 150 leden heeft.',
    'Julian kreeg vandaag een compliment van de directeur voor zijn hulp.',
    'Omdat Kim zich niet aan de afspraken hield, mag ze een week niet buitenspelen.',
    'Emma kreeg een dikke 8 voor haar spreekbeurt over paarden!',
    'Wij zijn het niet eens met de gemeente over de verkeersveiligheid bij school en gaan in gesprek.',
    'Thanks for your question! The school trip costs €25.',
  ])('%s', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('offensive word lists', () => {
  const files = [
    { file: nl, upstream: naughtyNl as string[] },
    { file: en, upstream: naughtyEn as string[] },
  ];
  it('account for every naughty-words entry: kept or removed with a reason', () => {
    for (const { file, upstream } of files) {
      const kept = new Set(file.entries.map((e) => ('term' in e ? e.term : undefined)));
      const removed = new Set(file.removed.map((e) => e.term));
      const unaccounted = upstream.filter((t) => !kept.has(t) && !removed.has(t));
      expect(unaccounted).toEqual([]);
    }
  });
  it('give every entry a source and a note', () => {
    for (const { file } of files) {
      for (const e of [...file.entries, ...file.removed]) {
        expect(e.source, JSON.stringify(e)).toBeTruthy();
        expect(e.note, JSON.stringify(e)).toBeTruthy();
      }
    }
  });
});

describe('offensive-language: wildcards', () => {
  it.each<[string, string[]]>([
    ['Wat een k*tweer', ['k*tweer']],
    ['f**k dit', ['f**k']],
    ['Sh*t, vergeten', ['Sh*t']],
  ])('%s', (text, expected) => {
    expect(check(text)).toEqual(expected);
  });
  it('needs real letters around the stars', () => {
    expect(check('*** let op ***')).toEqual([]);
    expect(check('Groep 5 * groep 6')).toEqual([]);
  });
});
