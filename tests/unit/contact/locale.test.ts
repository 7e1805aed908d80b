import { describe, expect, it } from 'vitest';
import { detectLang, langFromLocale } from '../../../lib/i18n/locale';
import { STRINGS } from '../../../lib/i18n/strings';

describe('UI language', () => {
  it.each([
    ['nl-NL', 'nl'],
    ['nl', 'nl'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['en', 'en'],
    ['de-DE', 'nl'],
    ['eng', 'nl'],
    ['', 'nl'],
    [undefined, 'nl'],
  ] as const)('%s → %s', (locale, lang) => expect(langFromLocale(locale)).toBe(lang));

  it('prefers navigator.language, then the extension UI language', () => {
    expect(detectLang({ language: 'en-GB' }, () => 'nl')).toBe('en');
    expect(detectLang({}, () => 'en-US')).toBe('en');
    expect(detectLang(undefined, () => {
      throw new Error('no api');
    })).toBe('nl');
  });

  it('keeps the labels the code of conduct workflow depends on', () => {
    expect(STRINGS.nl.confirm).toBe('Toch plaatsen');
    expect(STRINGS.nl.contact).toBe('Neem contact op met je leidinggevende');
    expect(STRINGS.nl.dismiss).toBe('Dit klopt niet');
    expect(STRINGS.nl.failure).toBe('Postwijs kon dit bericht niet controleren');
    expect(STRINGS.nl.badge(2)).toBe('Postwijs: 2 aandachtspunten');
  });
});
