// The content scripts do not bundle the word and name lists (they were half of each script): at
// start they ask the background once, which answers with its bundled, doc-stripped copy
// (lib/background/lists-host.ts). A message, not a file: nothing is web-accessible, so a page can
// neither read nor detect our lists. The MV3 service worker may have to wake up first, so a failed
// ask is retried for a short while before the runtime fails open (RuntimeOptions.lists).
import { hasLists, LISTS_MESSAGE, registerLists, type ListBundle } from '../lists';

export const LISTS_RETRY_MS = [50, 200, 500, 1000, 2000];

/** Registers the lists from the background's answer; rejects when they cannot be had. */
export async function loadListsFromBackground(
  send: (message: { type: string }) => Promise<unknown>,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<void> {
  let lastError: unknown;
  for (const delay of [0, ...LISTS_RETRY_MS]) {
    if (hasLists()) return;
    if (delay) await wait(delay);
    try {
      const reply = (await send({ type: LISTS_MESSAGE })) as { lists?: ListBundle } | undefined;
      if (!reply?.lists) throw new Error('Postwijs: the background sent no lists');
      registerLists(reply.lists); // throws on an incomplete bundle
      return;
    } catch (e) {
      lastError = e;
    }
  }
  throw lastError;
}
