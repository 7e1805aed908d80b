// Node entry of the image engine, for the `check` command (--image FILE) and tests: decodes with
// sharp (prebuilt libvips from its npm package), runs face-api on tfjs' WASM backend and
// tesseract.js on worker threads. Models and traineddata are read from node_modules; nothing is
// downloaded.
import { copyFile, mkdir, readFile, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ImageAnalysis } from '../types';
import { ImageEngine, refuseEarly, type AnalyseOptions, type DecodedImage, type ImagePlatform } from './engine';
import { findFaces, loadFaceModels, warmUpFaces, type FaceApi, type RgbImage } from './faces';
import { ANALYSIS_MAX_SIDE, MAX_IMAGE_BYTES, MAX_PIXELS, OCR_MAX_SIDE } from './limits';
import { Ocr, OCR_LANGS } from './ocr';
import { REASONS } from './reasons';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

let faceApiReady: Promise<FaceApi> | undefined;

/** Loads tfjs (WASM backend, single-threaded) and the three face networks, once. */
export function loadNodeFaceApi(): Promise<FaceApi> {
  faceApiReady ??= (async () => {
    const wasm = require('@tensorflow/tfjs-backend-wasm') as typeof import('@tensorflow/tfjs-backend-wasm');
    const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;
    wasm.setWasmPaths(join(packageDir('@tensorflow/tfjs-backend-wasm'), 'dist') + '/');
    const tf = faceapi.tf as unknown as typeof import('@tensorflow/tfjs');
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    // setBackend answers false (it does not throw) when the backend fails to start.
    if (!(await tf.setBackend('wasm'))) throw new Error('tfjs WASM backend did not start');
    await tf.ready();
    const modelDir = join(packageDir('@vladmandic/face-api'), 'model');
    await loadFaceModels(faceapi, async (stem) => {
      const manifest: unknown = JSON.parse(await readFile(join(modelDir, `${stem}-weights_manifest.json`), 'utf8'));
      const bin = await readFile(join(modelDir, `${stem}.bin`));
      return { manifest, bin: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength) as ArrayBuffer };
    });
    await warmUpFaces(faceapi);
    return faceapi;
  })();
  faceApiReady.catch(() => (faceApiReady = undefined));
  return faceApiReady;
}

async function decodeWithSharp(bytes: Uint8Array): Promise<DecodedImage> {
  const { default: sharp } = await import('sharp');
  // failOn 'error': a truncated or damaged file is refused rather than half-read; first frame only.
  const open = () => sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error', pages: 1 }).autoOrient();
  const { data, info } = await open()
    .resize({ width: ANALYSIS_MAX_SIDE, height: ANALYSIS_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rgb: RgbImage = { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  const ocrInput = () =>
    open()
      .resize({ width: OCR_MAX_SIDE, height: OCR_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .grayscale()
      .png({ compressionLevel: 1 })
      .toBuffer();
  return { rgb, ocrInput };
}

/** tesseract.js reads all languages from one folder: link both packages' files into a temp folder. */
async function nodeLangDir(): Promise<string> {
  const dir = join(tmpdir(), 'postwijs-tessdata-4.0.0_best_int');
  await mkdir(dir, { recursive: true });
  for (const lang of OCR_LANGS) {
    const target = join(dir, `${lang}.traineddata.gz`);
    const source = join(packageDir(`@tesseract.js-data/${lang}`), '4.0.0_best_int', `${lang}.traineddata.gz`);
    try {
      await symlink(source, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') await copyFile(source, target);
    }
  }
  return dir;
}

function nodeOcr(): Ocr {
  return new Ocr({
    createWorker: (...args) => (require('tesseract.js') as typeof import('tesseract.js')).createWorker(...args),
    options: async () => ({ langPath: await nodeLangDir() }),
    // The worker thread keeps Node running: stop it soon after the last image so the CLI exits.
    idleMs: 500,
  });
}

/** Per-image budget in Node (CLI, tests, eval); the extension keeps ENGINE_TIMEOUT_MS. */
export const NODE_TIMEOUT_MS = 60_000;

let engine: ImageEngine | undefined;
let ocr: Ocr | undefined;

export function nodeImageEngine(): ImageEngine {
  if (!engine) {
    ocr = nodeOcr();
    const o = ocr;
    const platform: ImagePlatform = {
      decode: (bytes) => decodeWithSharp(bytes),
      findFaces: async (rgb) => findFaces(await loadNodeFaceApi(), rgb),
      recognizeText: (input) => o.recognize(input),
      warmUp: async (options) => {
        await loadNodeFaceApi();
        if (options.ocr !== false) await o.warmUp();
      },
    };
    engine = new ImageEngine(platform);
  }
  return engine;
}

/** Stops the OCR worker threads so a CLI run can exit. */
export async function shutdownImageEngine(): Promise<void> {
  await ocr?.terminate();
}

export async function analyseImageFile(path: string, options?: AnalyseOptions): Promise<ImageAnalysis> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    return { id: path, status: 'failed', reason: REASONS.engine(`bestand niet te lezen / cannot read file: ${(e as Error).message}`) };
  }
  // Refused by size before reading, so a huge file never sits in memory.
  if (size > MAX_IMAGE_BYTES) return refuseEarly(path, { length: size } as Uint8Array)!;
  const bytes = new Uint8Array(await readFile(path));
  // No one waits at a keyboard here, and CI machines are shared: a longer budget than the extension's.
  return nodeImageEngine().analyse(path, bytes, { timeoutMs: NODE_TIMEOUT_MS, ...options });
}

export async function analyseImageFiles(paths: string[], options?: AnalyseOptions): Promise<ImageAnalysis[]> {
  const out: ImageAnalysis[] = [];
  for (const p of paths) out.push(await analyseImageFile(p, options));
  return out;
}
