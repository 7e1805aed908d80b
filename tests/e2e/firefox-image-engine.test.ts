// The image engine inside the built Firefox extension: Firefox's MV2 background page hosts it
// directly (no offscreen document). A request from an extension page reaches the background page;
// face-api (tfjs WASM) and tesseract load from the package's own files. Needs `npm run build`.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type LaunchedFirefox } from './harness/firefox.ts';
import type { ImageAnalysis } from '../../lib/types';

let firefox: LaunchedFirefox;
beforeAll(async () => {
  firefox = await launchFirefox();
}, 120_000);
afterAll(async () => firefox?.close());

async function analyse(file: string): Promise<ImageAnalysis> {
  const page = await firefox.extensionPage('popup.html');
  const base64 = readFileSync(`tests/fixtures/images/${file}`).toString('base64');
  return page.evaluate(
    async (id: string, base64: string) => {
      const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser;
      const reply = await api.runtime.sendMessage({ type: 'postwijs:analyse-image', id, mime: '', name: id, base64, timeoutMs: 60_000 });
      return (reply as { analysis: ImageAnalysis }).analysis;
    },
    file,
    base64,
  );
}

describe('image engine in the Firefox extension (background page)', { timeout: 120_000 }, () => {
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
    expect((await analyse('bad/truncated.jpg')).status).toBe('corrupt');
  });
  it('requested nothing outside the extension', () => expect(Object.keys(firefox.requestsByHost())).toEqual([]));
});
