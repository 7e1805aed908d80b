// Wires the runtime to the extension APIs: policy sources, the image client, local stats, the
// options page, and the popup's status question. Called by the thin site entrypoints.
import { browser } from 'wxt/browser';
import type { SiteAdapter } from '../platforms/types';
import { recordStat } from '../stats';
import { analyseAttachedImage } from '../image/client';
import { detectLang } from '../i18n/locale';
import { startContentRuntime, type ContentRuntime } from './controller';
import { loadPolicy, watchPolicyChanges } from './policy-source';
import { OPEN_OPTIONS_MESSAGE } from '../background/open-options';
import { loadListsFromBackground } from './lists-source';

export const STATUS_MESSAGE = 'postwijs:status';

export function startOnSite(adapter: SiteAdapter, ctx?: { onInvalidated(cb: () => void): unknown }): ContentRuntime {
  const lang = detectLang(globalThis.navigator, () => browser.i18n.getUILanguage());
  const runtime = startContentRuntime({
    adapter,
    win: window,
    lang,
    loadPolicy,
    // The word and name lists come from the background (not bundled here: script size, issue 4).
    lists: loadListsFromBackground((m) => browser.runtime.sendMessage(m)),
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
