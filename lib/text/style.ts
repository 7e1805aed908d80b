// Typographic signs of an unprofessional tone, measured on the text: SHOUTED runs of capitals and
// floods of exclamation marks or emoji. Each returns spans in the original text; all are linear.
// Enthusiasm stays fine: "Wat een mooie dag!!!" and "Hoera 🎉🎉🎉" are below every threshold.
import type { Span } from './spans';
import type { Token } from './tokenize';

/** A run of at least this many ALL-CAPS words, with at least this many letters, is shouting. */
export const CAPS_MIN_WORDS = 3;
export const CAPS_MIN_LETTERS = 12;
/** Emoji: this many in a row (spaces between allowed), or this many in one text, is a flood. */
export const EMOJI_RUN = 5;
export const EMOJI_TOTAL = 10;
/** A run of "!" and "?" is a flood when it holds this many "!" ("!!!!", "?!!?!!"). */
export const EXCLAMATIONS_IN_FLOOD = 4;

const MARK_RUN = /[!?]{4,}/g;
// One pictograph with its modifiers (skin tone, variation selector, ZWJ sequences).
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*/gu;
const BLANK = /^\s*$/;

/** Upper case as written and not caseless: text === upper(text) && text !== lower(text), read from
 * the char codes for ASCII words (no upper- and lower-case copies per capitalised word). */
function isAllCaps(text: string): boolean {
  let hasUpper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return text === text.toUpperCase() && text !== text.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) hasUpper = true;
  }
  return hasUpper;
}

/** Runs of capitalised words ("LET OP ALLE KINDEREN"); words in `ignore` (the school's name) never count. */
export function shoutedRuns(tokens: readonly Token[], ignore: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  let runStart = -1;
  let words = 0;
  let letters = 0;
  const flush = (endToken: number) => {
    if (words >= CAPS_MIN_WORDS && letters >= CAPS_MIN_LETTERS) out.push({ start: tokens[runStart]!.start, end: tokens[endToken]!.end });
    runStart = -1;
    words = 0;
    letters = 0;
  };
  tokens.forEach((t, i) => {
    // t.capitalized first: most words fail there without building upper-case copies.
    const caps = t.kind === 'word' && t.capitalized && t.text.length >= 2 && isAllCaps(t.text) && !ignore.has(t.norm);
    if (caps) {
      if (runStart < 0) runStart = i;
      words++;
      letters += t.text.length;
    } else if (runStart >= 0) {
      // Numbers and one-letter words ("GROEP 8", "A") do not break a shouted run.
      if (t.kind === 'number' || t.text.length < 2) return;
      flush(i - 1);
    }
  });
  if (runStart >= 0) flush(tokens.length - 1);
  return out;
}

export function exclamationFloods(original: string): Span[] {
  const out: Span[] = [];
  for (const m of original.matchAll(MARK_RUN)) {
    let bangs = 0;
    for (const ch of m[0]) if (ch === '!') bangs++;
    if (bangs >= EXCLAMATIONS_IN_FLOOD) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** Runs of emoji; when there is no run but very many emoji overall, the first one stands for them. */
export function emojiFloods(original: string): Span[] {
  const out: Span[] = [];
  const emoji = [...original.matchAll(EMOJI)];
  let runFrom = 0;
  for (let i = 1; i <= emoji.length; i++) {
    const prev = emoji[i - 1]!;
    const cur = emoji[i];
    if (cur && BLANK.test(original.slice(prev.index! + prev[0].length, cur.index!))) continue;
    if (i - runFrom >= EMOJI_RUN) out.push({ start: emoji[runFrom]!.index!, end: prev.index! + prev[0].length });
    runFrom = i;
  }
  if (emoji.length >= EMOJI_TOTAL && out.length === 0) {
    const first = emoji[0]!;
    out.push({ start: first.index!, end: first.index! + first[0].length });
  }
  return out;
}
