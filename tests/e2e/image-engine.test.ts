// The image engine inside the built Chrome extension: a request from an extension page goes to the
// service worker, which relays it to the offscreen document; face-api (tfjs WASM) and tesseract
// load from the package's own files. Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from './harness/index.ts';
import type { ImageAnalysis } from '../../lib/types';

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchChromium({ extension: '.output/chrome-mv3' });
});
afterAll(async () => browser?.close());

async function analyse(file: string): Promise<ImageAnalysis> {
  const page = browser.page;
  if (!page.url().startsWith('chrome-extension://')) await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const base64 = readFileSync(`tests/fixtures/images/${file}`).toString('base64');
  return page.evaluate(
    async ({ id, base64 }) => {
      // A generous budget: CI and dev machines are shared; speed is measured by `npm run bench`.
      const reply = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'postwijs:analyse-image', id, mime: '', name: id, base64, timeoutMs: 60_000 });
      return (reply as { analysis: ImageAnalysis }).analysis;
    },
    { id: file, base64 },
  );
}

describe('image engine in the Chrome extension (offscreen document)', () => {
  it('finds a child on a portrait', async () => {
    const a = await analyse('portrait/child-01-3-9.jpg');
    expect(a.status, JSON.stringify(a.reason)).toBe('ok');
    expect(a.faces).toHaveLength(1);
    expect(a.faces![0]!.age!).toBeLessThan(16);
  });
  it('finds the faces of a class photo', async () => {
    const a = await analyse('group/class-2.jpg');
    expect(a.faces!.length).toBeGreaterThanOrEqual(7);
  });
  it('reads text inside an image with the bundled traineddata', async () => {
    const a = await analyse('text/phone-screenshot.png');
    expect(a.text).toContain('06-12345678');
  });
  it('reports a damaged file instead of passing it', async () => {
    const a = await analyse('bad/truncated.jpg');
    expect(['corrupt', 'failed']).toContain(a.status);
    expect(a.reason?.nl).toBeTruthy();
  });
  it('made no request outside the extension', () => expect(browser.externalRequests()).toEqual([]));
});
