// STUB: to be implemented (meta wording, check). Owner fills in this file only.
import { defineRule } from './rule';

export const childName = defineRule({
  meta: {
    id: 'child-name',
    article: 'Afspraken 3',
    quote: '',
    defaultSeverity: 'warn',
    description: { nl: '', en: '' },
    message: { nl: '', en: '' },
    advice: { nl: '', en: '' },
    input: 'text',
  },
  check() {
    return [];
  },
});
