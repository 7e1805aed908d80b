// Realistic Dutch school posts for the text benchmark: varied sentences, some of which contain
// what the rules look for (pupil names, phone numbers, coarse words, mentions, debate), so every
// rule does real work instead of skipping an empty text.
const SENTENCES = [
  'Vandaag heeft groep 5 een bezoek gebracht aan de kinderboerderij in Warffum.',
  'Juf Eline en meester Pieter gaan met groep 8 op kamp naar Ameland.',
  'Gefeliciteerd Daan, je bent vandaag 8 jaar geworden! 🎉',
  'Sanne uit groep 3 heeft de tekenwedstrijd gewonnen.',
  'Vragen over de ouderbijdrage? Bel 06-12345678 of mail naar info@obsdewierde.nl.',
  'De kinderen hebben tulpen en narcissen geplant in de schooltuin.',
  'Dat is niet waar, wij hebben de ouders wel degelijk op tijd geïnformeerd.',
  'Wat een k.u.t weer vandaag, de buitenspeeldag gaat helaas niet door.',
  'Bedankt @janvandijk voor de hulp bij de kerstmarkt.',
  'Op vrijdag 14 maart is de school om 12.00 uur uit in verband met een studiemiddag.',
  'Lotte heeft ADHD en krijgt daarom extra begeleiding in de klas.',
  'Vanavond borrelen we met het team na de laatste schooldag!!!',
  'Meneer De Vries leest elke ochtend voor uit het boek van de week.',
  'Noah en Emma hebben samen een spreekbeurt gehouden over dinosaurussen.',
  'Het adres is Kerkstraat 12, 9988 AB Usquert; de bijdrage is € 12,50 per kind.',
  'Wij zijn het daar niet mee eens, de gemeente heeft ongelijk over de verkeerssituatie.',
  'Cito-week begint maandag; zorg voor een goed ontbijt en een uitgerust hoofd.',
  'Koning Willem-Alexander kwam op bezoek tijdens de Koningsspelen.',
];

/** A post of exactly `length` UTF-16 units, built from whole sentences and padded with spaces. */
export function dutchPost(length: number, offset = 0): string {
  let text = '';
  for (let i = offset; text.length < length; i++) text += SENTENCES[i % SENTENCES.length] + ' ';
  let cut = text.lastIndexOf(' ', length);
  if (cut <= 0) cut = length;
  // Never split a surrogate pair (emoji) at the cut.
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
  return text.slice(0, cut).padEnd(length, ' ');
}
