// Wires the runtime to the extension APIs: policy sources, the image client, local stats, the
// options page, and the popup's status question. Called by the thin site entrypoints.
import { browser } from 'wxt/browser';
import type { SiteAdapter } from '../platforms/types';
import { recordStat } from '../stats';
import { analyseAttachedImage } from '../image/client';
import { detectLang } from '../i18n/locale';
// TEMPORARY (step 1 of lazy lists): bundled here until the background hands them over.
import '../lists/bundled';
import { startContentRuntime, type ContentRuntime } from './controller';
import { loadPolicy, watchPolicyChanges } from './policy-source';
import { OPEN_OPTIONS_MESSAGE } from '../background/open-options';

export const STATUS_MESSAGE = 'postwijs:status';

export function startOnSite(adapter: SiteAdapter, ctx?: { onInvalidated(cb: () => void): unknown }): ContentRuntime {
  const lang = detectLang(globalThis.navigator, () => browser.i18n.getUILanguage());
  const runtime = startContentRuntime({
    adapter,
    win: window,
    lang,
    loadPolicy,
    watchPolicy: watchPolicyChanges,
    analyseImage: analyseAttachedImage,
    recordStat: (kind, rule) => void recordStat(kind, rule).catch(() => undefined),
    openOptions: () => {
      // Content scripts cannot open the options page themselves; the background can.
      void browser.runtime.sendMessage({ type: OPEN_OPTIONS_MESSAGE }).catch(() => undefined);
    },
  });
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if ((message as { type?: string } | null)?.type !== STATUS_MESSAGE) return undefined;
    sendResponse(runtime.status());
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx?.onInvalidated(() => {
    runtime.stop();
    browser.runtime.onMessage.removeListener(onMessage);
  });
  return runtime;
}
