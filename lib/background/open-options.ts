// Content scripts cannot open the options page; they ask the background ("Er is geen
// leidinggevende ingesteld" → "Instellingen openen" in the stop dialog).
import { browser } from 'wxt/browser';

export const OPEN_OPTIONS_MESSAGE = 'postwijs:open-options';

export function startOpenOptions(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type !== OPEN_OPTIONS_MESSAGE) return undefined;
    void browser.runtime.openOptionsPage();
    return undefined;
  });
}
