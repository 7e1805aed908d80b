// child-name (Afspraken 3, AVG): names of pupils in the text. Who counts as a pupil is decided by
// support/person-finder (titles, staff list, school name, famous figures, pupil context).
import { defineRule, type Hit } from './rule';
import { findPersons } from './support/person-finder';
import { insideQuote, quotedSpans } from './support/quoted';

/** Between a quoted title and its maker: "'Gips' van Anna Woltz", "'Matilda' by Roald Dahl". */
const MAKER_AFTER_TITLE = /^\s+(?:van|door|by)\s+$/u;

export const childName = defineRule({
  meta: {
    id: 'child-name',
    article: 'Afspraken 3',
    quote: "We plaatsen geen portretfoto's van kinderen op onze media, we plaatsen foto's van groepjes kinderen, waarbij de namen ontbreken.",
    defaultSeverity: 'warn',
    description: {
      nl: 'Waarschuwt bij voornamen of volledige namen van leerlingen. Namen van collega’s met “juf”, “meester” of een andere aanspreekvorm, de schoolnaam, straten, plaatsen en bekende personen tellen niet mee.',
      en: 'Warns about first or full names of pupils. Staff named with a title (“juf”, “meester”), the school’s name, streets, places and famous people do not count.',
    },
    message: {
      nl: '“{name}” lijkt de naam van een leerling. Volgens de gedragscode noemen we geen namen van kinderen (en de privacywet beschermt hun gegevens).',
      en: '“{name}” looks like a pupil’s name. The code of conduct says we do not name children (and privacy law protects their data).',
    },
    advice: {
      nl: 'Verwijder de naam of schrijf bijvoorbeeld “een leerling uit groep 5”.',
      en: 'Remove the name or write, for example, “a pupil from group 5”.',
    },
    input: 'text',
  },
  check(ctx) {
    const hits: Hit[] = [];
    const persons = findPersons(ctx.text, ctx.policy);
    if (persons.length === 0) return hits;
    const { original } = ctx.text;
    const quotes = quotedSpans(original);
    for (const person of persons) {
      if (person.kind !== 'pupil') continue;
      // A name inside a quoted title is a character ('Boze Wolf, hoe laat is het?'); a name right after
      // one is its author. Neither is a pupil.
      if (insideQuote(quotes, person.start, person.end)) continue;
      if (quotes.some((q) => q.end <= person.start && MAKER_AFTER_TITLE.test(original.slice(q.end, person.start)))) continue;
      hits.push({ start: person.start, end: person.end, params: { name: person.name } });
    }
    return hits;
  },
});
