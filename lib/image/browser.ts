// Browser entry of the image engine: runs in Chrome's offscreen document and in Firefox's
// background page (both have a DOM-ish context with OffscreenCanvas and WebAssembly). Decodes
// with createImageBitmap (EXIF orientation applied by the browser), runs face-api on tfjs' WASM
// backend and tesseract.js in a worker — every file from the extension itself (build/copy-models.ts).
import * as faceapiModule from '@vladmandic/face-api/dist/face-api.esm.js';
import { createWorker } from 'tesseract.js';
import { browser } from 'wxt/browser';
import { ImageEngine, type DecodedImage, type ImagePlatform } from './engine';
import { findFaces, loadFaceModels, warmUpFaces, type FaceApi, type RgbImage } from './faces';
import { ANALYSIS_MAX_SIDE, OCR_MAX_SIDE } from './limits';
import { Ocr } from './ocr';
import { sniffImage } from './sniff';

const faceapi = faceapiModule as unknown as FaceApi;
const url = (path: string) => browser.runtime.getURL(`/image-engine/${path}` as never);

let faceApiReady: Promise<FaceApi> | undefined;

function loadBrowserFaceApi(): Promise<FaceApi> {
  faceApiReady ??= (async () => {
    const tf = faceapi.tf as unknown as typeof import('@tensorflow/tfjs') & { setWasmPaths(prefix: string): void };
    // Without this tfjs tries to spawn blob: workers for threads, which the extension CSP forbids: it hangs.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    tf.setWasmPaths(url('tfjs/'));
    // setBackend answers false (it does not throw) when the backend fails to start.
    if (!(await tf.setBackend('wasm'))) throw new Error('tfjs WASM backend did not start');
    await tf.ready();
    await loadFaceModels(faceapi, async (stem) => {
      const manifest: unknown = await (await fetch(url(`models/${stem}-weights_manifest.json`))).json();
      const bin = await (await fetch(url(`models/${stem}.bin`))).arrayBuffer();
      return { manifest, bin };
    });
    await warmUpFaces(faceapi);
    return faceapi;
  })();
  faceApiReady.catch(() => (faceApiReady = undefined));
  return faceApiReady;
}

/** Decodes (first frame, EXIF-oriented) to an RGB copy for faces and PNG bytes for OCR. */
async function decodeInBrowser(bytes: Uint8Array): Promise<DecodedImage> {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const { width = 0, height = 0 } = sniffImage(bytes);
  const bitmapAt = async (maxSide: number) => {
    const scale = Math.min(1, maxSide / Math.max(width, height, 1));
    // Decoding straight to the smaller size keeps a 40-megapixel photo from taking 160 MB.
    const opts: ImageBitmapOptions = scale < 1 ? (width >= height ? { resizeWidth: Math.round(width * scale) } : { resizeHeight: Math.round(height * scale) }) : {};
    return createImageBitmap(blob, { ...opts, resizeQuality: 'high', imageOrientation: 'from-image' });
  };
  const small = await bitmapAt(ANALYSIS_MAX_SIDE);
  const canvas = new OffscreenCanvas(small.width, small.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, small.width, small.height);
  ctx.drawImage(small, 0, 0);
  small.close();
  const rgba = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  const data = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    data[j] = rgba[i]!;
    data[j + 1] = rgba[i + 1]!;
    data[j + 2] = rgba[i + 2]!;
  }
  const rgb: RgbImage = { width: canvas.width, height: canvas.height, data };

  const ocrInput = async () => {
    const large = await bitmapAt(OCR_MAX_SIDE);
    const ocrCanvas = new OffscreenCanvas(large.width, large.height);
    const octx = ocrCanvas.getContext('2d')!;
    octx.fillStyle = '#ffffff';
    octx.fillRect(0, 0, large.width, large.height);
    octx.drawImage(large, 0, 0);
    large.close();
    // Bytes, not the Blob: tesseract.js reads a Blob with a FileReader, which waits for the event
    // loop that the face models are about to hold; bytes are posted to its worker at once.
    return new Uint8Array(await (await ocrCanvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
  };
  return { rgb, ocrInput };
}

let engine: ImageEngine | undefined;

export function browserImageEngine(): ImageEngine {
  if (!engine) {
    const ocr = new Ocr({
      createWorker,
      options: async () => ({
        workerPath: url('tesseract/worker.min.js'),
        // A file (not a folder), so the worker does not pick a core build we do not ship.
        corePath: url('tesseract/tesseract-core-simd-lstm.wasm.js'),
        langPath: url('tesseract/lang'),
        // A blob: worker would be refused by the extension CSP; load the bundled file instead.
        workerBlobURL: false,
      }),
    });
    const platform: ImagePlatform = {
      decode: (bytes) => decodeInBrowser(bytes),
      findFaces: async (rgb) => findFaces(await loadBrowserFaceApi(), rgb),
      recognizeText: (input) => ocr.recognize(input),
      warmUp: async (options) => {
        await loadBrowserFaceApi();
        if (options.ocr !== false) await ocr.warmUp();
      },
    };
    engine = new ImageEngine(platform);
  }
  return engine;
}

/** base64 (from a runtime message) back to bytes. */
export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
