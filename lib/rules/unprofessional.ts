// STUB: to be implemented (meta wording, check). Owner fills in this file only.
import { defineRule } from './rule';

export const unprofessional = defineRule({
  meta: {
    id: 'unprofessional',
    article: 'Afspraken 5 en 8',
    quote: '',
    defaultSeverity: 'info',
    description: { nl: '', en: '' },
    message: { nl: '', en: '' },
    advice: { nl: '', en: '' },
    input: 'text',
  },
  check() {
    return [];
  },
});
