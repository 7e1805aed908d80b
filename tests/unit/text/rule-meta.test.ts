// The metas of the text rules of this area quote the code of conduct word for word and carry the
// default severity of DESIGN §1 (kept in lib/policy/defaults).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITIES } from '../../../lib/policy/defaults';
import { discussion } from '../../../lib/rules/discussion';
import { lessonTime } from '../../../lib/rules/lesson-time';
import { offensiveLanguage } from '../../../lib/rules/offensive-language';
import { tagging } from '../../../lib/rules/tagging';
import { unprofessional } from '../../../lib/rules/unprofessional';

const html = readFileSync(new URL('../../../public/gedragscode.html', import.meta.url), 'utf8');
const code = html
  .replace(/<[^>]+>/g, ' ')
  .replace(/&quot;/g, '"')
  .replace(/&#x27;|&#39;/g, "'")
  .replace(/&amp;/g, '&')
  .replace(/\s+/g, ' ');

describe.each([offensiveLanguage, unprofessional, discussion, tagging, lessonTime])('$meta.id meta', (rule) => {
  it('quotes the code of conduct word for word', () => {
    const sentences = rule.meta.quote.split(/(?<=\.)\s+(?=[A-Z"])/);
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(code, s).toContain(s);
  });
  it('has the default severity of the design', () => {
    expect(rule.meta.defaultSeverity).toBe(DEFAULT_SEVERITIES[rule.meta.id]);
  });
  it('speaks Dutch and English', () => {
    for (const text of [rule.meta.description, rule.meta.message, rule.meta.advice]) {
      expect(text.nl.length).toBeGreaterThan(10);
      expect(text.en.length).toBeGreaterThan(10);
    }
  });
});
