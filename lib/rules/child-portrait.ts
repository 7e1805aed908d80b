// child-portrait (Afspraken 3): no portrait photos of children, only group photos. A photo is a
// portrait when it has fewer faces than policy.groupMinFaces, or one face dominates it
// (lib/image/classify). Its subject is a child, or of uncertain age — then the message asks
// ("Is dit een leerling?") instead of deciding: at a primary school an unsure face is more
// likely a pupil than not. Adults only: no finding.
import { classifyPhoto } from '../image/classify';
import { defineRule, type Hit } from './rule';

export const PORTRAIT_QUOTE = "We plaatsen geen portretfoto's van kinderen op onze media, we plaatsen foto's van groepjes kinderen, waarbij de namen ontbreken.";

export const childPortrait = defineRule({
  meta: {
    id: 'child-portrait',
    article: 'Afspraken 3',
    quote: PORTRAIT_QUOTE,
    defaultSeverity: 'block',
    description: {
      nl: 'Houdt portretfoto’s van kinderen tegen: foto’s met één of enkele kinderen, of één kind groot in beeld. Groepsfoto’s en foto’s van volwassenen mogen.',
      en: 'Stops portrait photos of children: photos of one or a few children, or one child filling the frame. Group photos and photos of adults are fine.',
    },
    message: {
      nl: 'Deze foto lijkt een portretfoto van een kind ({why}). De gedragscode staat alleen groepsfoto’s van kinderen toe.',
      en: 'This photo looks like a portrait of a child ({why}). The code of conduct only allows group photos of children.',
    },
    advice: {
      nl: 'Kies een groepsfoto waarop niet één kind centraal staat, of verwijder deze foto.',
      en: 'Choose a group photo in which no single child stands out, or remove this photo.',
    },
    input: 'image',
  },
  check(ctx) {
    const hits: Hit[] = [];
    const min = ctx.policy.groupMinFaces;
    for (const image of ctx.draft.images ?? []) {
      const photo = classifyPhoto(image, min);
      if (photo.kind !== 'portrait' || photo.age === 'adult') continue;
      const n = photo.subjects.length;
      const why =
        photo.reason === 'dominant-face'
          ? { nl: 'één persoon staat groot op de voorgrond', en: 'one person fills the foreground' }
          : n === 1
            ? { nl: 'één persoon in beeld', en: 'one person in the picture' }
            : { nl: `${n} personen in beeld, minder dan ${min}`, en: `${n} people in the picture, fewer than ${min}` };
      if (photo.age === 'child') {
        hits.push({ image: image.id, params: { why: '' }, message: fillWhy(childPortrait.meta.message, why) });
      } else {
        hits.push({
          image: image.id,
          message: {
            nl: `Is dit een leerling? Deze foto is een portret (${why.nl}) en Postwijs kan niet zeker zeggen of het een kind of een volwassene is. Portretfoto’s van leerlingen mogen niet.`,
            en: `Is this a pupil? This photo is a portrait (${why.en}) and Postwijs cannot tell for sure whether it shows a child or an adult. Portraits of pupils are not allowed.`,
          },
          advice: {
            nl: 'Staat er een leerling op, kies dan een groepsfoto. Is het een collega of een andere volwassene, kies dan “Dit klopt niet”.',
            en: 'If it shows a pupil, choose a group photo. If it is a colleague or another adult, choose “Dit klopt niet” (this is wrong).',
          },
        });
      }
    }
    return hits;
  },
});

function fillWhy(message: { nl: string; en: string }, why: { nl: string; en: string }) {
  return { nl: message.nl.replace('{why}', why.nl), en: message.en.replace('{why}', why.en) };
}
