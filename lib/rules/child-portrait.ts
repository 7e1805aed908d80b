// STUB: to be implemented (meta wording, check). Owner fills in this file only.
import { defineRule } from './rule';

export const childPortrait = defineRule({
  meta: {
    id: 'child-portrait',
    article: 'Afspraken 3',
    quote: '',
    defaultSeverity: 'block',
    description: { nl: '', en: '' },
    message: { nl: '', en: '' },
    advice: { nl: '', en: '' },
    input: 'image',
  },
  check() {
    return [];
  },
});
