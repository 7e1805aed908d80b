// The replicas speak Dutch, or English when the page is loaded with ?lang=en (kept for the rest
// of the single-page session), so tests can drive the sites' English labels too.
export const LANG: 'nl' | 'en' = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'nl';

if (LANG === 'en') document.documentElement.lang = 'en';

/** The Dutch or the English text, by the page language. */
export function t(nl: string, en: string): string {
  return LANG === 'en' ? en : nl;
}
