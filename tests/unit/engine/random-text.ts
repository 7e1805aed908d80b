// A tiny seeded generator of hostile text for property-style tests: the same seed gives the same
// strings, so a failure can be replayed. No dependency needed for this little.

/** mulberry32: a small, well-known 32-bit PRNG. Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces chosen to break offset mapping, folding, tokenising and the rules' patterns. */
export const PIECES: readonly string[] = [
  // ordinary Dutch school text with things the rules look for
  'Groep 5 ', 'juf Eline ', 'meester Pieter ', 'Sanne ', 'Daan ', 'uit groep 3 ', 'Gefeliciteerd ', 'Noah! ',
  '06-12345678 ', '0595-123456 ', 'info@obsdewierde.nl ', 'ouder@example.com ', '9989 AB ', 'NL91ABNA0417164300 ',
  '111222333 ', 'ADHD ', 'scheiden ', 'kut ', 'k.u.t ', 'kuuuut ', 'k4nker ', '$uk ', 'niet waar ', 'ongelijk ',
  '@janvandijk ', '#schoolreis ', 'borrel ', 'GEWELDIG ', '!!!', '???', '. ', ', ', '\n', '\r\n', '\t', '  ',
  // Unicode that changes length under folding or NFKC
  'ﬁets ', 'Straße ', 'İstanbul ', 'Ǆ ', '½ ', '™ ', 'ＡＢＣ ', '①② ', 'é', 'e\u0301', 'a\u0308\u0301\u0327',
  // invisible and control characters
  '\u200b', '\u200d', '\u00ad', '\ufeff', '\u2060', '\u0000', '\u0007', '\u202e', '\ufe0f',
  // emoji, including sequences and flags
  '😀', '👩‍👩‍👧‍👦', '🇳🇱', '👍🏽', '🎉🎉🎉',
  // right-to-left scripts
  'مرحبا بالجميع ', 'שלום לכולם ', 'محمد ',
  // broken UTF-16
  '\ud800', '\udfff', '\udc00\ud800',
];

/** A random string of up to `maxPieces` pieces, with an occasional random code unit. */
export function randomText(rand: () => number, maxPieces = 40): string {
  const n = Math.floor(rand() * maxPieces);
  let s = '';
  for (let i = 0; i < n; i++) {
    s += rand() < 0.1 ? String.fromCharCode(Math.floor(rand() * 0x10000)) : PIECES[Math.floor(rand() * PIECES.length)]!;
  }
  return s;
}
