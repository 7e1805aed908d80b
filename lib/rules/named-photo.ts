// STUB: to be implemented (meta wording, check). Owner fills in this file only.
import { defineRule } from './rule';

export const namedPhoto = defineRule({
  meta: {
    id: 'named-photo',
    article: 'Afspraken 3',
    quote: '',
    defaultSeverity: 'block',
    description: { nl: '', en: '' },
    message: { nl: '', en: '' },
    advice: { nl: '', en: '' },
    input: 'draft',
  },
  check() {
    return [];
  },
});
