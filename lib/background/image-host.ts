// Answers 'postwijs:analyse-image' requests from content scripts, off the page's main thread.
// Chrome (MV3): the service worker has no DOM, so it relays to an offscreen document
// (entrypoints/offscreen) that hosts the engine. Firefox (MV2): the background page has a DOM and
// runs the engine itself.
import { browser } from 'wxt/browser';
import type { ImageAnalysis } from '../types';
import { isAnalyseImageRequest, isWarmUpRequest, MAX_IMAGE_BYTES, type OffscreenWarmUpRequest, type AnalyseImageRequest, type AnalyseImageResponse, type OffscreenAnalyseRequest } from '../image/messages';
import { REASONS } from '../image/reasons';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | undefined;

async function ensureOffscreenDocument(): Promise<void> {
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as never] });
  if (contexts.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS' as never, 'BLOBS' as never],
      justification: 'Analyses attached photos (faces, text) locally with WebAssembly models; nothing leaves the computer.',
    })
    .finally(() => (creating = undefined));
  await creating;
}

async function analyse(request: AnalyseImageRequest): Promise<AnalyseImageResponse> {
  const failed = (detail: string): AnalyseImageResponse => ({ analysis: { id: request.id, status: 'failed', reason: REASONS.engine(detail) } });
  // base64 is 4/3 of the bytes: refuse oversized messages before decoding them.
  if (request.base64.length > Math.ceil(MAX_IMAGE_BYTES / 3) * 4 + 4)
    return { analysis: { id: request.id, status: 'too-large', reason: REASONS.tooLargeBytes(Math.round((request.base64.length * 3) / 4 / 1024 / 1024)) } };
  try {
    if (import.meta.env.FIREFOX) {
      const { browserImageEngine, fromBase64 } = await import('../image/browser');
      const analysis: ImageAnalysis = await browserImageEngine().analyse(request.id, fromBase64(request.base64), { timeoutMs: request.timeoutMs });
      return { analysis };
    }
    await ensureOffscreenDocument();
    const relay: OffscreenAnalyseRequest = { ...request, type: 'postwijs:offscreen-analyse-image' };
    const response = (await browser.runtime.sendMessage(relay)) as AnalyseImageResponse | undefined;
    return response?.analysis ? response : failed('geen antwoord van de fotocontrole / no answer from the photo check');
  } catch (e) {
    return failed(String((e as Error)?.message ?? e).slice(0, 120));
  }
}

/** Loads the models (Firefox: here; Chrome: in the offscreen document, creating it). */
async function warmUp(): Promise<boolean> {
  try {
    if (import.meta.env.FIREFOX) {
      const { browserImageEngine } = await import('../image/browser');
      return browserImageEngine().warmUp();
    }
    await ensureOffscreenDocument();
    const relay: OffscreenWarmUpRequest = { type: 'postwijs:offscreen-warm-image-engine' };
    return Boolean(await browser.runtime.sendMessage(relay));
  } catch {
    return false;
  }
}

export function startImageHost(): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: AnalyseImageResponse | boolean) => void) => {
    if (isWarmUpRequest(message)) {
      void warmUp().then(sendResponse);
      return true;
    }
    if (!isAnalyseImageRequest(message)) return undefined;
    void analyse(message).then(sendResponse);
    return true; // answer asynchronously
  });
}
