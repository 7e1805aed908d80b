// The image engine inside the built Chrome extension: a request from an extension page goes to the
// service worker, which relays it to the offscreen document; face-api (tfjs WASM) and tesseract
// load from the package's own files. Needs `npm run build` first. Cases: ./image-engine-cases.ts.
import { launchChromium, type LaunchedBrowser } from './harness/index.ts';
import { analyseRequest, imageEngineSuite } from './image-engine-cases.ts';
import type { ImageAnalysis } from '../../lib/types';

let browser: LaunchedBrowser;

imageEngineSuite('image engine in the Chrome extension (offscreen document)', {
  start: async () => {
    browser = await launchChromium({ extension: '.output/chrome-mv3' });
  },
  stop: async () => browser?.close(),
  send: async (id, base64) => {
    const page = browser.page;
    if (!page.url().startsWith('chrome-extension://')) await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    return page.evaluate(async (request) => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      return ((await chrome.runtime.sendMessage(request)) as { analysis: ImageAnalysis }).analysis;
    }, analyseRequest(id, base64));
  },
  externalRequests: () => browser.externalRequests(),
});
