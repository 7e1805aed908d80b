// Content-script side of the image engine: sends an attached file's bytes to the background
// (which runs the engine off the page's main thread) and returns its analysis. Never throws:
// whatever goes wrong comes back as a non-'ok' status with a reason (→ unchecked-image).
import { browser } from 'wxt/browser';
import type { ImageAnalysis, Localized } from '../types';
import { MAX_IMAGE_BYTES, type AnalyseImageRequest, type AnalyseImageResponse, type WarmUpRequest } from './messages';

/** Past this, the photo counts as not checked (issue 5: "past 10 s … unchecked-image"). */
export const ANALYSIS_TIMEOUT_MS = 10_000;

function failed(id: string, status: ImageAnalysis['status'], reason: Localized): ImageAnalysis {
  return { id, status, reason };
}

async function toBase64(file: Blob): Promise<string> {
  // Not file.arrayBuffer(): in a Firefox content script a page's File hands back the page's
  // Promise, and awaiting it reads its "constructor" through the X-ray ("Permission denied").
  // A Response made here reads the same bytes with a promise of our own, in every browser.
  const bytes = new Uint8Array(await new Response(file).arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export async function analyseAttachedImage(file: File): Promise<ImageAnalysis> {
  const id = file.name || 'afbeelding';
  if (file.size > MAX_IMAGE_BYTES) {
    return failed(id, 'too-large', {
      nl: `het bestand is groter dan 25 MB (${Math.round(file.size / 1024 / 1024)} MB) en is niet gecontroleerd`,
      en: `the file is larger than 25 MB (${Math.round(file.size / 1024 / 1024)} MB) and was not checked`,
    });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const request: AnalyseImageRequest = { type: 'postwijs:analyse-image', id, mime: file.type, name: file.name, base64: await toBase64(file) };
    const timeout = new Promise<ImageAnalysis>((resolve) => {
      timer = setTimeout(
        () => resolve(failed(id, 'timeout', { nl: 'de controle van de foto duurde langer dan 10 seconden', en: 'checking the photo took longer than 10 seconds' })),
        ANALYSIS_TIMEOUT_MS,
      );
    });
    const reply = browser.runtime.sendMessage(request).then((r: unknown) => {
      const analysis = (r as AnalyseImageResponse | undefined)?.analysis;
      if (!analysis) return failed(id, 'failed', { nl: 'de fotocontrole gaf geen antwoord', en: 'the photo check did not answer' });
      return { ...analysis, id };
    });
    return await Promise.race([reply, timeout]);
  } catch (e) {
    return failed(id, 'failed', { nl: `de fotocontrole is mislukt (${(e as Error).message})`, en: `the photo check failed (${(e as Error).message})` });
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/**
 * Asks the background to load the image models now — call it when a compose box opens, so the
 * first attached photo does not spend its 10 seconds on loading. Fire and forget; never throws.
 */
export function warmUpImageEngine(): void {
  const request: WarmUpRequest = { type: 'postwijs:warm-image-engine' };
  try {
    void Promise.resolve(browser.runtime.sendMessage(request)).catch(() => undefined);
  } catch {
    // extension context gone (reloaded): nothing to warm
  }
}
