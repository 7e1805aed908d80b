// Loads saved site HTML into a fresh happy-dom window at the site's URL, so adapters see the
// same document and location as in the browser. No network: happy-dom does not fetch
// resources here (no scripts run, images are data: URLs or ignored).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/html');

export function loadHtml(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

export function loadFixture(relPath: string, url: string): Document {
  return loadHtml(readFileSync(join(FIXTURES, relPath), 'utf8'), url);
}

/** Rendered replica fixtures (tests/fixtures/html/*.html) whose name starts with `prefix`. */
export function replicaFixtures(prefix: string): string[] {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES).filter((f) => f.startsWith(prefix) && f.endsWith('.html'));
}

/** A keydown-like object: adapters only read these fields. */
export function key(init: Partial<Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'isComposing' | 'keyCode'>>): KeyboardEvent {
  return { key: 'Enter', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, isComposing: false, keyCode: 13, ...init } as KeyboardEvent;
}
