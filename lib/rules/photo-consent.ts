// STUB: to be implemented (meta wording, check). Owner fills in this file only.
import { defineRule } from './rule';

export const photoConsent = defineRule({
  meta: {
    id: 'photo-consent',
    article: 'Tot slot (AVG)',
    quote: '',
    defaultSeverity: 'warn',
    description: { nl: '', en: '' },
    message: { nl: '', en: '' },
    advice: { nl: '', en: '' },
    input: 'image',
  },
  check() {
    return [];
  },
});
