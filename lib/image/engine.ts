// The image engine: bytes in, ImageAnalysis out. Runtime-specific work (decoding, the face and
// OCR models) comes in through ImagePlatform, so Node (CLI, tests) and the extension (offscreen
// document / Firefox background page) run the same steps. Never throws: every failure becomes a
// status with a reason, which the unchecked-image rule reports.
import type { FaceBox, ImageAnalysis } from '../types';
import { AnalysisCache, contentHash } from './cache';
import type { RgbImage } from './faces';
import { ENGINE_TIMEOUT_MS, MAX_IMAGE_BYTES, MAX_PIXELS } from './limits';
import { REASONS } from './reasons';
import { sniffImage, type ImageFormat, type Sniffed } from './sniff';

export interface DecodedImage {
  /** Downscaled, EXIF-oriented RGB copy for face analysis. */
  rgb: RgbImage;
  /** Makes what the platform's OCR accepts (a grey PNG in Node, a PNG blob in the browser);
   *  only called when OCR runs, so a faces-only analysis does not pay for the larger copy. */
  ocrInput: () => Promise<unknown>;
}

export interface ImagePlatform {
  /** Decodes the first frame, oriented and downscaled. Throws on corrupt data. */
  decode(bytes: Uint8Array, format: ImageFormat): Promise<DecodedImage>;
  findFaces(rgb: RgbImage): Promise<FaceBox[]>;
  /** Text in the image, or '' when there is none. */
  recognizeText(ocrInput: unknown): Promise<string>;
  /** Loads models (once); not counted against the per-image timeout. */
  warmUp?(options: AnalyseOptions): Promise<void>;
}

export interface AnalyseOptions {
  /** Skip OCR (faster; the bench measures faces and OCR apart). */
  ocr?: boolean;
  timeoutMs?: number;
}

export class CorruptImageError extends Error {}

export class ImageEngine {
  private readonly cache = new AnalysisCache(64);

  constructor(private readonly platform: ImagePlatform) {}

  /** Loads the models ahead of the first photo (a compose box opened). Never throws. */
  async warmUp(options: AnalyseOptions = {}): Promise<boolean> {
    try {
      await this.platform.warmUp?.(options);
      return true;
    } catch {
      return false;
    }
  }

  async analyse(id: string, bytes: Uint8Array, options: AnalyseOptions = {}): Promise<ImageAnalysis> {
    const refused = refuseEarly(id, bytes);
    if (refused) return refused;
    const sniffed = sniffImage(bytes) as Sniffed & { format: ImageFormat };
    const hash = await contentHash(bytes);
    const key = `${hash}:${options.ocr === false ? 'faces' : 'all'}`;
    const cached = this.cache.get(key);
    if (cached) return { ...cached, id };

    try {
      await this.platform.warmUp?.(options);
    } catch (e) {
      return { id, status: 'failed', reason: REASONS.engine(String((e as Error)?.message ?? e).slice(0, 120)) };
    }
    const timeoutMs = options.timeoutMs ?? ENGINE_TIMEOUT_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<ImageAnalysis>((resolve) => {
      timer = setTimeout(() => resolve({ id, status: 'timeout', reason: REASONS.timeout }), timeoutMs);
    });
    try {
      const result = await Promise.race([this.run(id, bytes, sniffed, options), timeout]);
      // Only definite answers are cached: a timeout may succeed on the next try.
      if (result.status !== 'timeout' && result.status !== 'failed') this.cache.set(key, result);
      return result;
    } finally {
      clearTimeout(timer);
    }
  }

  private async run(id: string, bytes: Uint8Array, sniffed: Sniffed & { format: ImageFormat }, options: AnalyseOptions): Promise<ImageAnalysis> {
    let decoded: DecodedImage;
    try {
      decoded = await this.platform.decode(bytes, sniffed.format);
    } catch (e) {
      return { id, status: 'corrupt', reason: REASONS.corrupt };
    }
    try {
      // OCR runs in its own worker (thread in Node, Web Worker in the browser), the face models on
      // this thread. The face models keep this thread busy until they finish (their awaits never
      // reach the event loop), so the OCR copy is made and posted to its worker first: then both
      // run at once and a photo takes the longer of the two, not their sum.
      let reading: Promise<string> = Promise.resolve('');
      if (options.ocr !== false) {
        const input = await decoded.ocrInput();
        reading = this.platform.recognizeText(input);
        reading.catch(() => undefined); // handled by Promise.all below; not "unhandled" meanwhile
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const [faces, text] = await Promise.all([this.platform.findFaces(decoded.rgb), reading]);
      const analysis: ImageAnalysis = { id, status: 'ok', width: decoded.rgb.width, height: decoded.rgb.height, faces };
      if (text.trim()) analysis.text = text.trim();
      return analysis;
    } catch (e) {
      return { id, status: 'failed', reason: REASONS.engine(String((e as Error)?.message ?? e).slice(0, 120)) };
    }
  }
}

/** Everything decided from the bytes' size and header alone, before any decoding. */
export function refuseEarly(id: string, bytes: Uint8Array): ImageAnalysis | undefined {
  if (bytes.length > MAX_IMAGE_BYTES) return { id, status: 'too-large', reason: REASONS.tooLargeBytes(Math.round(bytes.length / 1024 / 1024)) };
  const s = sniffImage(bytes);
  switch (s.format) {
    case 'empty':
      return { id, status: 'corrupt', reason: REASONS.empty };
    case 'heic':
      return { id, status: 'unsupported', reason: REASONS.heic };
    case 'avif':
      return { id, status: 'unsupported', reason: REASONS.avif };
    case 'video':
      return { id, status: 'unsupported', reason: REASONS.video };
    case 'unknown':
      return { id, status: 'unsupported', reason: REASONS.unknown };
  }
  if (s.width === undefined || s.height === undefined || s.width === 0 || s.height === 0 || s.truncated) return { id, status: 'corrupt', reason: REASONS.corrupt };
  if (s.width * s.height > MAX_PIXELS) return { id, status: 'too-large', reason: REASONS.tooManyPixels(s.width, s.height) };
  return undefined;
}
