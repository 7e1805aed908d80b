// Afspraken 5 and 8: staff speak for the school, always in a professional context. This rule notes
// (default `info`) what reads as personal rather than professional: political opinions and voting
// advice, alcohol and party talk, venting, slang, SHOUTING and floods of emoji or exclamation marks.
// Enthusiasm is fine: "Wat een mooie dag!" or "Hoera 🎉🎉" does not fire. Word data lives in
// assets/wordlists/unprofessional.json; the typographic measurements (caps, floods) in lib/text/style.
import { Lexicon, tokenIndexAt, type LexiconHit, type WordListFile } from '../text/lexicon';
import { fold } from '../text/normalize';
import type { PreparedText } from '../text/prepare';
import { longestNonOverlapping } from '../text/spans';
import { emojiFloods, exclamationFloods, shoutedRuns } from '../text/style';
import type { Localized } from '../types';
import { lazy, lists } from '../lists';
import { defineRule, type Hit } from './rule';

const lexicon = lazy(() => new Lexicon([lists().unprofessional as WordListFile]));

/** How close (in words) a judgement must stand to the political subject it judges. */
const NEAR_WORDS = 6;
/** Categories that only count inside the opinion logic below. */
const OPINION_CATEGORIES = new Set(['politics', 'party', 'opinion', 'negative', 'negative-mild', 'vote']);

type Kind = 'politics' | 'alcohol' | 'venting' | 'slang' | 'shouting' | 'emoji' | 'exclamation';

const MESSAGES: Record<Kind, { message: Localized; advice: Localized }> = {
  politics: {
    message: { nl: 'Dit is een persoonlijke mening of stemadvies: "{word}".', en: 'This is a personal opinion or voting advice: "{word}".' },
    advice: { nl: 'Houd persoonlijke meningen en politiek buiten het schoolaccount.', en: 'Keep personal opinions and politics off the school account.' },
  },
  alcohol: {
    message: { nl: '"{word}" gaat over alcohol of feesten.', en: '"{word}" is about alcohol or partying.' },
    advice: { nl: 'Laat alcohol en feestpraat weg; het schoolaccount is voor ouders en kinderen.', en: 'Leave out alcohol and party talk; the school account is for parents and children.' },
  },
  venting: {
    message: { nl: '"{word}" klinkt als persoonlijke frustratie.', en: '"{word}" sounds like personal frustration.' },
    advice: { nl: 'Deel frustratie met collega\'s of je leidinggevende, niet op het schoolaccount.', en: 'Share frustration with colleagues or your supervisor, not on the school account.' },
  },
  slang: {
    message: { nl: '"{word}" is informele straattaal.', en: '"{word}" is informal slang.' },
    advice: { nl: 'Schrijf in gewone, vriendelijke taal.', en: 'Write in plain, friendly language.' },
  },
  shouting: {
    message: { nl: 'Hoofdletters lezen als schreeuwen: "{word}".', en: 'Capitals read as shouting: "{word}".' },
    advice: { nl: 'Schrijf in gewone letters; zet één woord vet of gebruik "Let op:".', en: 'Use normal case; stress one word or write "Please note:".' },
  },
  emoji: {
    message: { nl: 'Veel emoji achter elkaar oogt onprofessioneel.', en: 'Many emoji in a row look unprofessional.' },
    advice: { nl: 'Gebruik er één of twee.', en: 'Use one or two.' },
  },
  exclamation: {
    message: { nl: 'Veel uitroeptekens achter elkaar ogen onprofessioneel.', en: 'Many exclamation marks in a row look unprofessional.' },
    advice: { nl: 'Eén uitroepteken is genoeg.', en: 'One exclamation mark is enough.' },
  },
};

function hitOf(kind: Kind, text: PreparedText, start: number, end: number): Hit {
  return { start, end, ...MESSAGES[kind], params: { word: text.original.slice(start, end) } };
}

/** Sentence number of every token (a new sentence starts at token.sentenceStart). */
function sentenceOf(text: PreparedText): Int32Array {
  const ids = new Int32Array(text.tokens.length);
  let id = -1;
  text.tokens.forEach((t, i) => {
    if (t.sentenceStart || i === 0) id++;
    ids[i] = id;
  });
  return ids;
}

/** Politics only counts with a judgement, an opinion about a party or voting advice in the same sentence. */
function politicalOpinions(text: PreparedText, hits: LexiconHit[]): Hit[] {
  if (!hits.some((h) => OPINION_CATEGORIES.has(h.entry.category ?? ''))) return [];
  const sentences = sentenceOf(text);
  const bySentence = new Map<number, LexiconHit[]>();
  const tokenOf = new Map<LexiconHit, number>();
  const tokenAt = (h: LexiconHit) => tokenOf.get(h) ?? 0;
  for (const h of hits) {
    const index = tokenIndexAt(text.tokens, h.start);
    tokenOf.set(h, index);
    const s = sentences[index] ?? 0;
    const list = bySentence.get(s);
    if (list) list.push(h);
    else bySentence.set(s, [h]);
  }
  // A voting question answered in the next sentence ("Wie gaat er stemmen? Niet op de partij van X!").
  const votes = new Set<number>();
  for (const [s, group] of bySentence) if (group.some((h) => h.entry.category === 'vote')) votes.add(s);
  const out: Hit[] = [];
  for (const [sentence, group] of bySentence) {
    const has = (c: string) => group.some((h) => h.entry.category === c);
    const indexes = (cats: readonly string[]) =>
      group
        .filter((h) => cats.includes(h.entry.category ?? ''))
        .map(tokenAt)
        .sort((x, y) => x - y);
    // Within a few words of each other: "de minister bezocht ons, helaas bij slecht weer" is no judgement.
    const near = (a: readonly string[], b: readonly string[]) => withinDistance(indexes(a), indexes(b), NEAR_WORDS);
    // A judgement about politics ("die regering is slecht"), voting advice with a party name, an
    // opinion about a party ("ik vind de VVD…"), or a harsh judgement about anything ("schandalig").
    // A politician's visit or a school used as polling station carries none of these.
    const judged = near(['politics', 'party'], ['negative', 'negative-mild']);
    const voting = has('party') && (has('vote') || votes.has(sentence - 1));
    const partisan = near(['opinion'], ['party']);
    const rant = has('negative');
    // "Dat de minister dit plan maakt, vind ik echt onbegrijpelijk": a personal opinion with a judgement
    // about politics in one sentence, however far apart the words stand.
    const opined = has('opinion') && (has('politics') || has('party')) && has('negative-mild');
    if (judged || voting || partisan || rant || opined) {
      let start = Infinity;
      let end = -Infinity;
      for (const h of group) {
        start = Math.min(start, h.start);
        end = Math.max(end, h.end);
      }
      out.push(hitOf('politics', text, start, end));
    }
  }
  return out;
}

/** Is some value of sorted `a` within `distance` of some value of sorted `b`? Linear two-pointer sweep. */
function withinDistance(a: readonly number[], b: readonly number[], distance: number): boolean {
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j]! < x - distance) j++;
    if (j < b.length && b[j]! <= x + distance) return true;
  }
  return false;
}

export const unprofessional = defineRule({
  meta: {
    id: 'unprofessional',
    article: 'Afspraken 5 en 8',
    quote:
      'We gebruiken "goede smaak en goed fatsoen" bij het selecteren van beelden en teksten, passend bij onze doelgroep. ' +
      'Communicatie door medewerkers in hun eigen rol vindt altijd plaats binnen de professionele context.',
    defaultSeverity: 'info',
    description: {
      nl: 'Wijst op wat persoonlijk in plaats van professioneel klinkt: politieke meningen en stemadvies, alcohol en feesten, frustratie, straattaal, hoofdletters en veel emoji of uitroeptekens.',
      en: 'Points out what reads as personal rather than professional: political opinions and voting advice, alcohol and parties, venting, slang, capitals and floods of emoji or exclamation marks.',
    },
    message: {
      nl: 'Dit klinkt niet professioneel: "{word}".',
      en: 'This does not sound professional: "{word}".',
    },
    advice: {
      nl: 'Schrijf zakelijk en vriendelijk, als de stem van de school.',
      en: 'Write in a businesslike, friendly way, as the voice of the school.',
    },
    input: 'text',
  },
  check({ text, policy }) {
    const hits = lexicon().find(text);
    const out: Hit[] = politicalOpinions(text, hits);
    for (const h of hits) {
      const kind = h.entry.category;
      if (kind === 'alcohol' || kind === 'venting' || kind === 'slang') out.push(hitOf(kind, text, h.start, h.end));
    }
    const schoolWords = new Set(fold(policy.schoolName).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    for (const span of shoutedRuns(text.tokens, schoolWords)) out.push(hitOf('shouting', text, span.start, span.end));
    for (const span of exclamationFloods(text.original)) out.push(hitOf('exclamation', text, span.start, span.end));
    for (const span of emojiFloods(text.original)) out.push(hitOf('emoji', text, span.start, span.end));
    return longestNonOverlapping(out as (Hit & { start: number; end: number })[]);
  },
});
