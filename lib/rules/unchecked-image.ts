// unchecked-image (Afspraken 3 and 5, safety net): an attached image or video that could not be
// analysed never passes silently. The reason comes from the image engine (lib/image/reasons).
import { defineRule, type Hit } from './rule';

export const uncheckedImage = defineRule({
  meta: {
    id: 'unchecked-image',
    article: 'Afspraken 3 en 5',
    quote: "We plaatsen geen portretfoto's van kinderen op onze media, we plaatsen foto's van groepjes kinderen, waarbij de namen ontbreken.",
    defaultSeverity: 'warn',
    description: {
      nl: 'Meldt foto’s en video’s die Postwijs niet kon controleren (onbekend formaat, te groot, beschadigd, fout of te traag), zodat je ze zelf nakijkt.',
      en: 'Reports photos and videos Postwijs could not check (unknown format, too large, damaged, failure or too slow), so you check them yourself.',
    },
    message: {
      nl: 'Postwijs kon deze foto niet controleren: {reason}.',
      en: 'Postwijs could not check this photo: {reason}.',
    },
    advice: {
      nl: 'Kijk zelf na dat er geen portretfoto van een kind, geen namen en geen persoonsgegevens op staan, of voeg de foto toe als JPEG of PNG.',
      en: 'Check yourself that it shows no portrait of a child, no names and no personal data, or attach the photo as JPEG or PNG.',
    },
    input: 'image',
  },
  check(ctx) {
    const hits: Hit[] = [];
    for (const image of ctx.draft.images ?? []) {
      if (image.status === 'ok') continue;
      const reason =
        image.reason ??
        (image.status === 'pending'
          ? { nl: 'de controle is nog bezig', en: 'the check is still running' }
          : { nl: 'onbekende fout', en: 'unknown error' });
      hits.push({
        image: image.id,
        message: { nl: `Postwijs kon deze foto niet controleren: ${reason.nl}.`, en: `Postwijs could not check this photo: ${reason.en}.` },
      });
    }
    return hits;
  },
});
