// STUB: to be implemented (meta wording, check). Owner fills in this file only.
import { defineRule } from './rule';

export const sensitiveData = defineRule({
  meta: {
    id: 'sensitive-data',
    article: 'Schooluren 2',
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
