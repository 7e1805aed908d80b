// Which language the UI speaks: Dutch unless the browser asks for English (DESIGN §2).
import type { Lang } from '../types';

/** 'en' for English locales (en, en-GB, en_US…), 'nl' for everything else. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^en(?:[-_]|$)/i.test(locale.trim()) ? 'en' : 'nl';
}

/** The UI language of this browser: the page's navigator.language first (what the user set as
 *  preferred language), then the extension API's UI language. */
export function detectLang(nav: { language?: string } | undefined, uiLanguage?: () => string): Lang {
  const fromNavigator = nav?.language;
  if (fromNavigator) return langFromLocale(fromNavigator);
  try {
    return langFromLocale(uiLanguage?.());
  } catch {
    return 'nl';
  }
}
