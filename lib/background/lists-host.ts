// Hands the word and name lists to the content scripts, which do not bundle them (see
// lib/content/lists-source.ts). The background bundles them through lib/lists/bundled, so the
// copy sent is the one without per-entry docs (build/strip-list-docs.ts); size does not matter here.
import { browser } from 'wxt/browser';
import { LISTS_MESSAGE } from '../lists';
import { BUNDLED_LISTS } from '../lists/bundled';

export function startListsHost(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    if ((message as { type?: string } | null)?.type !== LISTS_MESSAGE) return undefined;
    // Only our own scripts ask (runtime messages never come from web pages without externally_connectable).
    if (sender.id !== browser.runtime.id) return undefined;
    sendResponse({ lists: BUNDLED_LISTS });
    return undefined;
  });
}
