// Afspraken 5 and 6: good taste and decency; nothing hurtful, bullying, threatening or coarse.
// The word lists (assets/wordlists/offensive-*.json, curated from naughty-words with a note per
// entry) are compiled once; the lexicon finds whole words in the squashed view, so disguised
// spellings (k4nker, k.u.t, kuuuut, t*ring, zero-width characters) are caught while bad words
// inside innocent words are not. Context exceptions (kanker in a health text, eikels in a nature
// lesson) live on the entries themselves.
import { Lexicon, type WordListFile } from '../text/lexicon';
import { longestNonOverlapping } from '../text/spans';
import { lazy, lists } from '../lists';
import { defineRule, type Hit } from './rule';

export const offensiveLexicon = lazy(() => new Lexicon([lists().offensiveNl as WordListFile, lists().offensiveEn as WordListFile]));

const THREAT: Pick<Hit, 'message' | 'advice'> = {
  message: {
    nl: '"{word}" klinkt als een bedreiging.',
    en: '"{word}" reads as a threat.',
  },
  advice: {
    nl: 'Verwijder deze zin. Bedreigingen horen nooit op het schoolaccount; neem bij een conflict contact op met je leidinggevende.',
    en: 'Remove this sentence. Threats never belong on the school account; in a conflict, contact your supervisor.',
  },
};

const DISCRIMINATION: Pick<Hit, 'message' | 'advice'> = {
  message: {
    nl: '"{word}" is een kwetsend of discriminerend woord.',
    en: '"{word}" is a hurtful or discriminatory word.',
  },
  advice: {
    nl: 'Verwijder dit woord. De school laat iedereen in zijn waarde.',
    en: 'Remove this word. The school respects everyone.',
  },
};

export const offensiveLanguage = defineRule({
  meta: {
    id: 'offensive-language',
    article: 'Afspraken 5 en 6',
    quote:
      'We gebruiken "goede smaak en goed fatsoen" bij het selecteren van beelden en teksten, passend bij onze doelgroep. ' +
      'We behouden het recht om ongepaste reacties (bijvoorbeeld kwetsend, pestend, bedreigend, stalkend, grof taalgebruik of anderszins beschadigend, zulks ter beoordeling van de schoolleiding) te verwijderen.',
    defaultSeverity: 'block',
    description: {
      nl: 'Zoekt grof, beledigend, discriminerend of bedreigend taalgebruik in het Nederlands en Engels, ook verhuld (k4nker, k.u.t, kuuut).',
      en: 'Finds coarse, insulting, discriminatory or threatening language in Dutch and English, also disguised (k4nker, k.u.t, kuuut).',
    },
    message: {
      nl: '"{word}" is grof of beledigend taalgebruik.',
      en: '"{word}" is coarse or insulting language.',
    },
    advice: {
      nl: 'Verwijder of vervang dit woord. Schrijf zoals je tegen ouders op het schoolplein zou praten.',
      en: 'Remove or replace this word. Write as you would speak to parents in the schoolyard.',
    },
    input: 'text',
  },
  check({ text }) {
    const hits = longestNonOverlapping(offensiveLexicon().find(text));
    return hits.map((h) => {
      const hit: Hit = { start: h.start, end: h.end, params: { word: text.original.slice(h.start, h.end) } };
      if (h.entry.category === 'threat') Object.assign(hit, THREAT);
      else if (h.entry.category === 'discrimination') Object.assign(hit, DISCRIMINATION);
      return hit;
    });
  },
});
