// Afspraken 4: social media are for informing, not for discussing; a discussion happens outside
// social media. Fires on text that argues back ("Dat is niet waar", "U vergist zich") and on posts
// that invite a debate ("Wat is uw mening over…", "Voor of tegen", thumbs-up/angry-face polls).
// Each phrase in assets/wordlists/discussion.json has a weight and a category; the text fires at score 2
// (scoring described in that file).
// Replies and comments are where arguments happen, so there an argumentative sign weighs one more.
// Neutral replies ("Dank u wel!", "Wij nemen hierover graag contact met u op") carry no sign.
import { Lexicon, type LexiconEntry, type LexiconHit, type WordListFile } from '../text/lexicon';
import { longestNonOverlapping } from '../text/spans';
import { lazy, lists } from '../lists';
import { defineRule, type Hit } from './rule';
import { insideQuote, quotedSpans } from './support/quoted';

type DiscussionEntry = LexiconEntry & { weight?: number };

const lexicon = lazy(() => new Lexicon([lists().discussion as WordListFile]));
const THRESHOLD = 2;
/** Categories that show arguing (as opposed to inviting); they weigh more in replies. */
const ARGUING = new Set(['rebuttal', 'argument']);
/** Weak invitations: an opinion question, a call to react in the comments. */
const WEAK = new Set(['question', 'call']);

function weightOf(h: LexiconHit): number {
  return (h.entry as DiscussionEntry).weight ?? 1;
}

export const discussion = defineRule({
  meta: {
    id: 'discussion',
    article: 'Afspraken 4',
    quote:
      'We gebruiken Social Media om snel en actueel te informeren, niet om te discussiëren. Mogelijke discussie, ontstaan door berichtgeving op Social Media, gebeurt buiten de Social Media om.',
    defaultSeverity: 'warn',
    description: {
      nl: 'Herkent tekst die in discussie gaat (tegenspreken, verdedigen) en berichten die uitnodigen tot discussie over schoolbeleid.',
      en: 'Recognises text that argues (contradicting, defending) and posts that invite a debate about school policy.',
    },
    message: {
      nl: 'Dit gaat in discussie: "{word}".',
      en: 'This starts or continues a discussion: "{word}".',
    },
    advice: {
      nl: 'Informeer kort en neutraal, en nodig de ouder uit voor een gesprek op school of per telefoon. Discussies horen niet op social media.',
      en: 'Inform briefly and neutrally, and invite the parent to talk at school or by phone. Discussions do not belong on social media.',
    },
    input: 'text',
  },
  check({ text, draft, source }) {
    let found = lexicon().find(text);
    if (found.length === 0) return [];
    // Words inside a quote are someone else's (a song, a book, a pupil's line), not the school arguing.
    const quotes = quotedSpans(text.original);
    if (quotes.length > 0) found = found.filter((h) => !insideQuote(quotes, h.start, h.end));
    if (found.length === 0) return [];
    // Each entry counts once, however often it occurs. The two kinds of weak invitation (an opinion
    // question, a call to react) count once per kind: "Wat vindt u van…? Reageer hieronder" is 2.
    const seen = new Set<LexiconEntry>();
    let score = 0;
    const weak = new Set<string>();
    let arguing = false;
    for (const h of found) {
      if (seen.has(h.entry)) continue;
      seen.add(h.entry);
      const category = h.entry.category ?? '';
      if (category === 'topic') continue;
      if (WEAK.has(category)) {
        weak.add(category);
        continue;
      }
      score += weightOf(h);
      if (ARGUING.has(category)) arguing = true;
    }
    score += weak.size;
    // A policy topic turns an opinion question ("wat vindt u van…") into a debate about school policy;
    // a mere call to react ("wie helpt bij de pauze? Reageer hieronder") stays an invitation to help.
    if (weak.has('question') && found.some((h) => h.entry.category === 'topic')) score += 1;
    const answering = source === 'text' && (draft.context === 'reply' || draft.context === 'comment');
    if (answering && arguing) score += 1;
    if (score < THRESHOLD) return [];
    const shown = found.filter((h) => h.entry.category !== 'topic');
    return longestNonOverlapping(shown).map(
      (h): Hit => ({ start: h.start, end: h.end, params: { word: text.original.slice(h.start, h.end) } }),
    );
  },
});
