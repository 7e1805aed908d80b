// STUB: to be implemented (meta wording, check). Owner fills in this file only.
import { defineRule } from './rule';

export const offensiveLanguage = defineRule({
  meta: {
    id: 'offensive-language',
    article: 'Afspraken 5 en 6',
    quote: '',
    defaultSeverity: 'block',
    description: { nl: '', en: '' },
    message: { nl: '', en: '' },
    advice: { nl: '', en: '' },
    input: 'text',
  },
  check() {
    return [];
  },
});
