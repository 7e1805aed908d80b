// The image-engine browser tests, once for both browsers: Chromium's offscreen document and
// Firefox's background page must give the same answers. Each browser file supplies how to start
// its browser, how an extension page sends one analysis request, and what left the browser.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImageAnalysis } from '../../lib/types';
import { smallChildPhoto } from '../fixtures/images/synthetic';

export interface ImageEngineHost {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Sends `postwijs:analyse-image` from an extension page, as a content script would. */
  send(id: string, base64: string): Promise<ImageAnalysis>;
  /** Hosts requested outside the extension and the replicas (should be none). */
  externalRequests(): unknown[];
}

/** The request every host sends; a generous budget because CI machines are shared (speed is in `npm run bench`). */
export const analyseRequest = (id: string, base64: string) => ({ type: 'postwijs:analyse-image', id, mime: '', name: id, base64, timeoutMs: 60_000 });

export function imageEngineSuite(title: string, host: ImageEngineHost): void {
  beforeAll(() => host.start(), 120_000);
  afterAll(() => host.stop());
  const analyse = (file: string) => host.send(file, readFileSync(`tests/fixtures/images/${file}`).toString('base64'));

  describe(title, { timeout: 120_000 }, () => {
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
    it('finds the close-up portrait only the padded second look catches', async () => {
      // No face at the first pass (the face fills the frame): the engine pads and looks again.
      const a = await analyse('portrait/child-08-3-9.jpg');
      expect(a.status).toBe('ok');
      expect(a.faces).toHaveLength(1);
      expect(a.faces![0]!.age!).toBeLessThan(16);
    });
    it('finds a small child in a large photo (the tiled look)', async () => {
      const photo = await smallChildPhoto();
      const a = await host.send('small-child.jpg', photo.toString('base64'));
      expect(a.status, JSON.stringify(a.reason)).toBe('ok');
      expect(a.faces).toHaveLength(1);
      expect(a.faces![0]!.age!).toBeLessThan(16);
    });
    it('reads text inside an image with the bundled traineddata', async () => {
      const a = await analyse('text/phone-screenshot.png');
      expect(a.text).toContain('06-12345678');
    });
    it('reports a damaged file instead of passing it', async () => {
      const a = await analyse('bad/truncated.jpg');
      expect(a.status).toBe('corrupt');
      expect(a.reason?.nl).toBeTruthy();
    });
    it('made no request outside the extension', () => expect(host.externalRequests()).toEqual([]));
  });
}
