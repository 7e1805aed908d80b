// Quoted words: the title of a book, song or game ('Gips', 'Boze Wolf, hoe laat is het?') or a line
// someone says ('Dat is niet waar, zei de kikker'). Rules that judge the writer's own words skip them.
// A quote opens after the start, a space or a bracket and closes before a space, punctuation or the
// end, so apostrophes inside words ("zo'n", "'s ochtends", "Sophie's") do not open one.

/** Compiled once; global, so reset lastIndex before each scan. */
const QUOTED = /(?<=^|[\s(\[])(?:'[^'\n]+'|‘[^’\n]+’|"[^"\n]+"|“[^”\n]+”|„[^”“\n]+[”“]|«[^»\n]+»)(?=$|[\s.,!?;:)\]])/gu;

export interface Span {
  start: number;
  end: number;
}

/** Spans of quoted passages in the text, in order (quote marks included). */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  QUOTED.lastIndex = 0;
  for (const m of text.matchAll(QUOTED)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** Is [start, end) inside one of the (sorted) quoted spans? */
export function insideQuote(quotes: readonly Span[], start: number, end: number): boolean {
  for (const q of quotes) {
    if (q.start > start) return false;
    if (end <= q.end) return true;
  }
  return false;
}
