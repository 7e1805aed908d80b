import { describe, expect, it } from 'vitest';
import { discussion } from '../../../lib/rules/discussion';
import type { DraftContext } from '../../../lib/types';
import { excerpts } from '../text/run-rule';

const check = (text: string, context: DraftContext = 'post') => excerpts(discussion, text, { context });

describe('discussion: must fire (span = the arguing or inviting words)', () => {
  it.each<[string, DraftContext, string[]]>([
    ['Dat is niet waar, de juf was er de hele tijd bij.', 'reply', ['Dat is niet waar']],
    ['U vergist zich: het schoolreisje is wel betaald.', 'reply', ['U vergist zich']],
    ['Vergist u zich niet? Wij hebben alles volgens de regels gedaan.', 'comment', ['Vergist u zich']],
    ['Wij zijn het daar niet mee eens.', 'reply', ['Wij zijn het daar niet mee eens']],
    ['U heeft ongelijk, de gymles gaat gewoon door.', 'reply', ['U heeft ongelijk']],
    ['Dat klopt echt niet wat u schrijft.', 'comment', ['Dat klopt echt niet']],
    ['U heeft het verkeerd begrepen.', 'reply', ['U heeft het verkeerd begrepen']],
    ['Die kritiek is onterecht.', 'reply', ['onterecht']],
    ['Wat is uw mening over het nieuwe continurooster?', 'post', ['Wat is uw mening']],
    ['Voor of tegen: een schooluniform? Laat het ons weten in de reacties!', 'post', ['Voor of tegen', 'Laat het ons weten in de reacties']],
    ['Hoe denken jullie over het afschaffen van huiswerk?', 'post', ['Hoe denken jullie over']],
    ['Wat vinden jullie van de nieuwe regels voor traktaties? Reageer hieronder.', 'post', ['Wat vinden jullie van', 'Reageer hieronder']],
    ['Geef een duimpje als u het ermee eens bent, een boos gezichtje als u het oneens bent.', 'post', ['duimpje', 'ermee eens', 'boos gezichtje', 'oneens']],
    ['Sommige ouders beweren dat we de pauze inkorten. Dat zijn geruchten.', 'post', ['beweren', 'geruchten']],
    ['That is not true, the trip was cancelled because of the weather.', 'reply', ['That is not true']],
    ["What's your opinion on the new school hours? Comment below!", 'post', ["What's your opinion", 'Comment below']],
    ['Integendeel, wij hebben juist veel gedaan.', 'reply', ['Integendeel']],
    ['Discussie gewenst: moet de vierdaagse schoolweek er komen?', 'post', ['Discussie gewenst']],
    ['Dat is onzin, de juf heeft niets verkeerd gedaan.', 'reply', ['Dat is onzin']],
    ['Nieuwe pauzeregels: 👍 of 👎?', 'post', ['👍', '👎']],
    ['Stem in de poll: moet de schoolweek korter?', 'post', ['Stem in de poll']],
    ['Wat vindt u van het plan om de schooltijden te veranderen? Laat het weten in de reacties!', 'post', ['Wat vindt u van', 'Laat het weten in de reacties']],
    ['Wij begrijpen uw frustratie, maar regels zijn regels.', 'reply', ['begrijpen uw frustratie, maar', 'regels zijn regels']],
    ['Dat heeft u verkeerd gezien.', 'comment', ['Dat heeft u verkeerd gezien']],
    ['Onzin, de juf was er gewoon bij.', 'reply', ['Onzin']],
    ['Dat ben ik niet met u eens.', 'reply', ['Dat ben ik niet met u eens']],
    ['Wij hebben wel degelijk gebeld.', 'reply', ['wel degelijk']],
    ['Als u de nieuwsbrief had gelezen, had u het geweten.', 'reply', ['Als u de nieuwsbrief had gelezen']],
    // Unseen-style posts (tests/fixtures/eval/posts-extra.jsonl), written to probe generalisation.
    ['Dat klopt gewoon niet, wij hebben u wel degelijk gebeld.', 'reply', ['Dat klopt gewoon niet', 'wel degelijk']],
    ['U heeft het mis, de regels over snoep gelden voor iedereen.', 'reply', ['U heeft het mis']],
    ['Wij zijn het daar absoluut niet mee eens.', 'reply', ['Wij zijn het daar absoluut niet mee eens']],
    ['Dat is uw mening, maar wij zien dat anders.', 'reply', ['Dat is uw mening']],
    ['Sorry, maar dit is echt onzin. De leerkracht heeft niets verkeerd gedaan.', 'reply', ['dit is echt onzin']],
    ['Als u beter had gelezen, had u gezien dat de brief vorige week al is verstuurd.', 'reply', ['Als u beter had gelezen']],
    ['Wij begrijpen niet waarom u dit hier online zet in plaats van met ons te bellen. Het is gewoon niet waar.', 'reply', ['Het is gewoon niet waar']],
    ['Nee hoor, dat hebben wij nooit gezegd.', 'reply', ['dat hebben wij nooit gezegd']],
    ['Wat vinden jullie: moet de school het mobiele telefoonverbod invoeren? Laat het weten in de reacties!', 'post', ['Wat vinden jullie', 'Laat het weten in de reacties']],
    ['That is simply not true, we informed all parents in time.', 'reply', ['That is simply not true']],
    ['U kunt wel klagen, maar andere ouders zijn juist heel tevreden.', 'reply', ['U kunt wel klagen, maar']],
    ['Daar ben ik het helemaal niet mee eens, meneer.', 'comment', ['Daar ben ik het helemaal niet mee eens']],
    ['Eerlijk gezegd slaat uw reactie nergens op.', 'reply', ['slaat uw reactie nergens op']],
    ['Wij blijven bij ons standpunt: het continurooster blijft.', 'reply', ['Wij blijven bij ons standpunt']],
    ['Dat is niet aan u om te bepalen.', 'reply', ['Dat is niet aan u']],
  ])('%s (%s)', (text, context, expected) => {
    expect(check(text, context)).toEqual(expected);
  });
});

describe('discussion: must NOT fire', () => {
  it.each<[string, DraftContext]>([
    ['Dank u wel!', 'reply'],
    ['Wij nemen hierover graag contact met u op.', 'reply'],
    ['De informatieavond is om 19.00 uur.', 'reply'],
    ['Dank voor het melden, we pakken het op.', 'comment'],
    ['Klopt! De avond begint om half acht.', 'reply'],
    ['Wilt u de school even bellen? Dan zoeken we het samen uit.', 'reply'],
    ['Wie helpt er mee met de sportdag? Reageer hieronder!', 'post'],
    ['De nieuwe regels voor de fietsenstalling staan in de nieuwsbrief.', 'post'],
    ['Groep 8 hield een debat over het klimaat.', 'post'],
    ['Vandaag begint de Cito-week. Succes allemaal!', 'post'],
    ['Duimen voor groep 8 bij de eindmusical!', 'post'],
    ['We zijn het eens geworden over een nieuwe datum voor de sportdag.', 'post'],
    ['Helaas gaat de excursie niet door vanwege het weer.', 'post'],
    ['Fijn dat u het vraagt: de gymtas mag op vrijdag mee naar huis.', 'reply'],
    ['Goed idee, we nemen het mee in de vergadering.', 'comment'],
    ['Bedankt voor uw reactie, wij bellen u morgen.', 'reply'],
    ['Goed gedaan tijdens de gymles 👍', 'post'],
    ['Wat een onzin-quiz hadden de kinderen bedacht!', 'post'],
    ['Groep 8 heeft een debat gehouden: voor of tegen de mobiele telefoon in de klas.', 'post'],
    ['Waar of niet waar? De quiz van groep 6.', 'post'],
    ['Laat het ons weten als u komt helpen.', 'post'],
    ['Daar gaan wij hier niet over in discussie; bel ons gerust.', 'reply'],
    ['De kinderen hebben wel degelijk hun best gedaan!', 'post'],
    ['Stem in de poll: welk thema kiezen we voor het zomerfeest?', 'post'],
    ['Wie wil helpen bij het overblijven in de pauze? Reageer hieronder.', 'post'],
    ['Sorry, maar morgen is de school gesloten.', 'reply'],
    ['Helaas heeft u de inschrijving gemist; er komt een nieuwe ronde.', 'reply'],
    ['U moet eerst inloggen in de app, dan ziet u het rooster.', 'reply'],
    ['Het nummer in de nieuwsbrief is niet correct: het juiste staat op de website.', 'reply'],
    ['Wat vinden jullie van onze nieuwe schoolfoto\'s? Ze hangen in de hal.', 'post'],
    ['Uw mening telt: vul de oudertevredenheidspeiling in.', 'post'],
    // Unseen-style posts (tests/fixtures/eval/posts-extra.jsonl), written to probe generalisation.
    ['Dank u wel voor uw bericht! De informatieavond is om 19.00 uur.', 'reply'],
    ['Goed dat u het meldt, wij nemen contact met u op.', 'reply'],
    ['Fijn om te horen! De kinderen hebben genoten.', 'reply'],
    ['Dat klopt, de gymles is op dinsdag en donderdag.', 'reply'],
    ['Nee, op vrijdag 14 maart is er geen school vanwege de studiedag.', 'reply'],
    ['Wilt u hierover met ons in gesprek? Bel gerust naar school, dan maken we een afspraak.', 'reply'],
    ['In groep 8 oefenden de kinderen met debatteren: \'Ik ben het niet met je eens, want...\'', 'post'],
    ['Thanks for your kind words, we\'re glad you enjoyed the show!', 'reply'],
    ['Bedankt! Het rooster staat ook in de Parro-app.', 'comment'],
    ['Klopt helemaal, juf Eline heeft de foto\'s gemaakt.', 'reply'],
    ['Wij zijn het eens met de GGD: genoeg water drinken is belangrijk bij warm weer.', 'post'],
    ['Dat is een goede vraag! De schoolreis kost dit jaar 35 euro.', 'reply'],
    ['U heeft gelijk, de datum in het vorige bericht was fout. Het is 12 mei.', 'reply'],
    ['Het boek \'Nee hoor, zei de beer\' werd voorgelezen in groep 1/2.', 'post'],
  ])('%s (%s)', (text, context) => {
    expect(check(text, context)).toEqual([]);
  });
});
