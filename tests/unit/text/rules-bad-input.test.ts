// The text rules of this area on hostile input: never a crash, spans always inside the text.
import { describe, expect, it } from 'vitest';
import { discussion } from '../../../lib/rules/discussion';
import { offensiveLanguage } from '../../../lib/rules/offensive-language';
import { tagging } from '../../../lib/rules/tagging';
import { unprofessional } from '../../../lib/rules/unprofessional';
import { excerpts } from './run-rule';

const inputs: [string, string][] = [
  ['empty', ''],
  ['emoji only', '😀🎉👍🏽🍺'.repeat(500)],
  ['lone surrogates', 'kut \uD800 \uDC00 k\uD800ut @\uDC00piet'],
  ['right-to-left', '\u202Eטוק kut שלום @פייט مرحبا'],
  ['long separated run', 'k.'.repeat(20_000)],
  ['200,000 characters', 'Wat een kutweer!!!! @piet_vader Dat is niet waar. '.repeat(4000)],
];

describe('text rules on bad input', () => {
  it.each(inputs)('%s', (_label, text) => {
    for (const rule of [offensiveLanguage, unprofessional, discussion, tagging]) {
      // excerpts() asserts every span lies inside the text.
      for (const e of excerpts(rule, text, { context: 'reply' })) expect(text.includes(e)).toBe(true);
    }
  }, 30_000);
});
