// STUB: to be implemented (meta wording, check). Owner fills in this file only.
import { defineRule } from './rule';

export const discussion = defineRule({
  meta: {
    id: 'discussion',
    article: 'Afspraken 4',
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
