// The image engine inside the built Firefox extension: Firefox's MV2 background page hosts it
// directly (no offscreen document). A request from an extension page reaches the background page;
// face-api (tfjs WASM) and tesseract load from the package's own files. Needs `npm run build`.
// Cases: ./image-engine-cases.ts.
import { launchFirefox, type LaunchedFirefox } from './harness/firefox.ts';
import { analyseRequest, imageEngineSuite } from './image-engine-cases.ts';
import type { ImageAnalysis } from '../../lib/types';

let firefox: LaunchedFirefox;

imageEngineSuite('image engine in the Firefox extension (background page)', {
  start: async () => {
    firefox = await launchFirefox();
  },
  stop: async () => firefox?.close(),
  send: async (id, base64) => {
    const page = await firefox.extensionPage('popup.html');
    return page.evaluate(async (request: unknown) => {
      const browser = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser;
      return ((await browser.runtime.sendMessage(request)) as { analysis: ImageAnalysis }).analysis;
    }, analyseRequest(id, base64));
  },
  externalRequests: () => Object.keys(firefox.requestsByHost()),
});
