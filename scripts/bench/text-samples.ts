// Realistic Dutch school posts for the text benchmark: varied sentences that contain what the
// rules look for (pupil names, phone numbers, coarse words, mentions, debate), so every rule does
// real work instead of skipping an empty text, optionally mixed with ordinary newsletter sentences.
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

// Ordinary newsletter sentences with nothing to report, to mix in for a realistic long post.
const CLEAN = [
  'De Kinderboekenweek begint woensdag met een voorstelling in de gymzaal.',
  'Groep 4 heeft geleerd hoe je een brief schrijft aan de burgemeester.',
  'Het schoolplein krijgt deze zomer nieuwe speeltoestellen en meer groen.',
  'Vergeet niet om gymkleding en stevige schoenen mee te nemen op donderdag.',
  'De ouderraad zoekt nog hulp bij het versieren van de aula voor de kerstviering.',
  'In de bovenbouw werken de leerlingen aan een project over water en klimaat.',
  'De schoolfotograaf komt op dinsdag; de groepsfoto’s worden in de ochtend gemaakt.',
  'Na de herfstvakantie starten we met een nieuwe methode voor begrijpend lezen.',
  'Alle groepen hebben meegedaan aan de sponsorloop voor een schoolbibliotheek.',
  'De luizencontrole is woensdag na de vakantie; graag geen vlechten die dag.',
  'Groep 7 bezocht het Groninger Museum en maakte daarna eigen kunstwerken.',
  'De informatieavond over het voortgezet onderwijs is voor ouders van groep 8.',
];

/**
 * A post of exactly `length` UTF-16 units, built from whole sentences and padded with spaces.
 * `cleanPerHit` ordinary sentences go between two sentences that the rules report (0: every
 * sentence has something to report, the stress case).
 */
export function dutchPost(length: number, offset = 0, cleanPerHit = 0): string {
  let text = '';
  for (let i = offset, c = offset; text.length < length; i++) {
    text += SENTENCES[i % SENTENCES.length] + ' ';
    for (let k = 0; k < cleanPerHit && text.length < length; k++, c++) text += CLEAN[c % CLEAN.length] + ' ';
  }
  let cut = text.lastIndexOf(' ', length);
  if (cut <= 0) cut = length;
  // Never split a surrogate pair (emoji) at the cut.
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
  return text.slice(0, cut).padEnd(length, ' ');
}
