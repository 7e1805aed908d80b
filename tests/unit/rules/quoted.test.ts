import { describe, expect, it } from 'vitest';
import { insideQuote, quotedSpans } from '../../../lib/rules/support/quoted';

const quoted = (text: string) => quotedSpans(text).map((q) => text.slice(q.start, q.end));

describe('quoted passages', () => {
  it.each<[string, string[]]>([
    ["We lazen 'Gips' van Anna Woltz.", ["'Gips'"]],
    ["Het lied 'Dat is niet waar, zei de kikker' zongen we.", ["'Dat is niet waar, zei de kikker'"]],
    ['Het boek “Het leven van een loser” is favoriet.', ['“Het leven van een loser”']],
    ['De kinderen riepen "Hoera!" toen de bel ging.', ['"Hoera!"']],
    ['„Nee hoor”, zei de beer.', ['„Nee hoor”']],
    ["Onze kleuters speelden 'Boze Wolf, hoe laat is het?' op het plein.", ["'Boze Wolf, hoe laat is het?'"]],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it.each([
    "Zo'n mooie dag, 's ochtends al zon.",
    "Sophie's mum came to school.",
    "Het is half vijf; 's middags gaan we gymmen en zo'n beetje iedereen doet mee.",
    'Een quote zonder einde: "dit sluit nooit',
  ])('no quote in: %s', (text) => {
    expect(quoted(text)).toEqual([]);
  });

  it('tells whether a span lies inside a quote', () => {
    const text = "Lees 'Gips' en 'Oorlogswinter' voor.";
    const spans = quotedSpans(text);
    const at = (w: string) => [text.indexOf(w), text.indexOf(w) + w.length] as const;
    expect(insideQuote(spans, ...at('Gips'))).toBe(true);
    expect(insideQuote(spans, ...at('Oorlogswinter'))).toBe(true);
    expect(insideQuote(spans, ...at('Lees'))).toBe(false);
    expect(insideQuote(spans, ...at('voor'))).toBe(false);
  });
});
