// named-photo (Afspraken 3: group photos *without names*): a post that carries a photo with
// people and names a child — in the post text (child-name's hits, which run first) or in text
// inside one of its images (child-name's hits on the OCR text). The same names without a photo,
// or under photos without people, are child-name's business only.
import type { ImageAnalysis } from '../types';
import { defineRule, type Hit } from './rule';

/** The first photo that (possibly) shows people: analysed with faces, or not analysable at all. */
function photoWithPeople(images: readonly ImageAnalysis[] | undefined, hasImages: boolean): ImageAnalysis | 'unknown' | undefined {
  const list = images ?? [];
  const withFaces = list.find((i) => i.status === 'ok' && (i.faces?.length ?? 0) > 0);
  if (withFaces) return withFaces;
  // A photo we could not look at may well show the named child: fail closed.
  if (list.some((i) => i.status !== 'ok')) return 'unknown';
  if (hasImages && list.length === 0) return 'unknown';
  return undefined;
}

export const namedPhoto = defineRule({
  meta: {
    id: 'named-photo',
    article: 'Afspraken 3',
    quote: "We plaatsen geen portretfoto's van kinderen op onze media, we plaatsen foto's van groepjes kinderen, waarbij de namen ontbreken.",
    defaultSeverity: 'block',
    description: {
      nl: 'Houdt berichten tegen met een foto van mensen én de naam van een kind, in de tekst of in de foto zelf.',
      en: 'Stops posts with a photo of people and a child’s name, in the text or inside the photo.',
    },
    message: {
      nl: 'Dit bericht heeft een foto met mensen én noemt “{name}”. Bij foto’s van kinderen horen geen namen.',
      en: 'This post has a photo with people and names “{name}”. Photos of children go without names.',
    },
    advice: {
      nl: 'Haal de naam weg uit de tekst (en uit de foto), of plaats de foto zonder namen.',
      en: 'Remove the name from the text (and from the photo), or post the photo without names.',
    },
    input: 'draft',
  },
  check(ctx) {
    if (ctx.source !== 'text') return [];
    const photo = photoWithPeople(ctx.draft.images, ctx.draft.hasImages);
    if (!photo) return [];
    const imageId = photo === 'unknown' ? undefined : photo.id;
    const hits: Hit[] = [];
    for (const name of ctx.earlier.get('child-name') ?? []) {
      if (name.start === undefined || name.end === undefined) continue;
      hits.push({ start: name.start, end: name.end, image: imageId, params: { name: ctx.text.original.slice(name.start, name.end) } });
    }
    for (const [id, byRule] of ctx.imageTextHits) {
      const image = ctx.draft.images?.find((i) => i.id === id);
      for (const name of byRule.get('child-name') ?? []) {
        const written = name.params?.name ?? (name.start !== undefined && image?.text ? image.text.slice(name.start, name.end) : 'een naam');
        hits.push({ image: imageId ?? id, params: { name: written } });
      }
    }
    return hits;
  },
});
