// STUB: to be implemented (meta wording, check). Owner fills in this file only.
import { defineRule } from './rule';

export const uncheckedImage = defineRule({
  meta: {
    id: 'unchecked-image',
    article: 'Afspraken 3 en 5',
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
