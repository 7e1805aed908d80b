// STUB: to be implemented (meta wording, check). Owner fills in this file only.
import { defineRule } from './rule';

export const newPage = defineRule({
  meta: {
    id: 'new-page',
    article: 'Schooluren 3',
    quote: '',
    defaultSeverity: 'info',
    description: { nl: '', en: '' },
    message: { nl: '', en: '' },
    advice: { nl: '', en: '' },
    input: 'draft',
  },
  check() {
    return [];
  },
});
