// photo-consent (closing article: privacy law; Autoriteit Persoonsgegevens): publishing a
// recognisable pupil needs the parents' consent, in group photos too. Fires on photos with
// recognisable children that child-portrait does not already stop (group photos, or a portrait
// when child-portrait is switched off). Photos without people or with adults only: nothing.
import { classifyPhoto } from '../image/classify';
import { defineRule, type Hit } from './rule';

export const photoConsent = defineRule({
  meta: {
    id: 'photo-consent',
    article: 'Tot slot (AVG)',
    quote: 'Voor alle uitingen op sociale media geldt dat we ons houden aan de wet- en regelgeving op het gebied van privacy.',
    defaultSeverity: 'warn',
    description: {
      nl: 'Vraagt bij foto’s met herkenbare kinderen om te bevestigen dat de ouders van elk kind toestemming hebben gegeven.',
      en: 'For photos with recognisable children, asks to confirm that the parents of every child have given consent.',
    },
    message: {
      nl: 'Op deze foto staan herkenbare kinderen ({count} gezichten). Heeft elk herkenbaar kind toestemming van de ouders?',
      en: 'This photo shows recognisable children ({count} faces). Does every recognisable child have the parents’ consent?',
    },
    advice: {
      nl: 'Plaats de foto alleen als de ouders van elk herkenbaar kind toestemming hebben gegeven. Twijfel je, kies dan een foto waarop de kinderen niet herkenbaar zijn.',
      en: 'Only post the photo if the parents of every recognisable child have given consent. If in doubt, choose a photo in which the children cannot be recognised.',
    },
    input: 'image',
  },
  check(ctx) {
    const hits: Hit[] = [];
    const portraitRuleOn = ctx.policy.rules['child-portrait'] !== 'off';
    for (const image of ctx.draft.images ?? []) {
      const photo = classifyPhoto(image, ctx.policy.groupMinFaces);
      if (photo.kind === 'no-people' || photo.age === 'adult') continue;
      if (photo.kind === 'portrait' && portraitRuleOn) continue; // child-portrait speaks for it
      hits.push({ image: image.id, params: { count: String(image.faces?.length ?? 0) } });
    }
    return hits;
  },
});
