// The ids under which browsers look up Postwijs's policy. The Chrome id derives from the public
// `key` in wxt.config.ts (unpacked, self-built and self-hosted installs); a web-store install gets
// the store's id, so the options page exports with the id of the running extension
// (browser.runtime.id) and these constants are the documented defaults.
export const CHROME_EXTENSION_ID = 'mllmnbjcalhcagkcahkiolfdchmbfmlk';
export const GECKO_ID = 'postwijs@lauwerseneems.nl';

/** The ids an export is written for. Edge takes the same id as Chrome unless installed from the Edge store. */
export interface ExtensionIds {
  chrome: string;
  edge: string;
  firefox: string;
}

export const DEFAULT_IDS: ExtensionIds = { chrome: CHROME_EXTENSION_ID, edge: CHROME_EXTENSION_ID, firefox: GECKO_ID };

export const isChromeId = (id: string) => /^[a-p]{32}$/.test(id);
export const isGeckoId = (id: string) => /^[A-Za-z0-9._+-]*@[A-Za-z0-9._-]+$/.test(id) || /^\{[0-9a-fA-F-]{36}\}$/.test(id);

/** Which browsers' ids an export format needs. */
export const FORMAT_IDS: Record<string, (keyof ExtensionIds)[]> = {
  'chrome-linux': ['chrome'],
  'google-admin': [],
  'windows-reg': ['chrome', 'edge'],
  macos: ['chrome', 'edge'],
  firefox: ['firefox'],
};

export function idProblems(ids: ExtensionIds): (keyof ExtensionIds)[] {
  return (['chrome', 'edge', 'firefox'] as const).filter((k) => !(k === 'firefox' ? isGeckoId(ids[k]) : isChromeId(ids[k])));
}
