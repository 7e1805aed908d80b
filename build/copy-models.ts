// WXT hook: copies the image engine's model, wasm and traineddata files from node_modules into
// the extension at build time (they are never downloaded at run time, and never committed: the
// copies live only in .output/). Paths here must match lib/image/browser.ts (ENGINE_FILES).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ResolvedPublicFile, Wxt } from 'wxt';

const require = createRequire(import.meta.url);
const pkg = (name: string) => dirname(require.resolve(`${name}/package.json`));

type PublicFile = { absoluteSrc: string; relativeDest: string };

export function engineFiles(): PublicFile[] {
  const files: PublicFile[] = [];
  const add = (absoluteSrc: string, relativeDest: string) => files.push({ absoluteSrc, relativeDest });
  const faceModels = join(pkg('@vladmandic/face-api'), 'model');
  for (const stem of ['ssd_mobilenetv1_model', 'face_landmark_68_model', 'age_gender_model']) {
    add(join(faceModels, `${stem}-weights_manifest.json`), `image-engine/models/${stem}-weights_manifest.json`);
    add(join(faceModels, `${stem}.bin`), `image-engine/models/${stem}.bin`);
  }
  // tfjs WASM backend, same version (4.22.0) as the tfjs bundled in face-api.esm.js.
  const tfwasm = join(pkg('@tensorflow/tfjs-backend-wasm'), 'dist');
  // (Not the threaded build: the engine turns multithreading off, see lib/image/browser.ts.)
  for (const f of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm']) add(join(tfwasm, f), `image-engine/tfjs/${f}`);
  // tesseract.js: its worker script, one core (LSTM-only with SIMD: Chrome ≥ 91 and Firefox ≥ 89
  // have it; each core is 3.9 MB, so the package carries just this one) and Dutch + English
  // traineddata in one folder.
  add(join(pkg('tesseract.js'), 'dist', 'worker.min.js'), 'image-engine/tesseract/worker.min.js');
  add(join(pkg('tesseract.js-core'), 'tesseract-core-simd-lstm.wasm.js'), 'image-engine/tesseract/tesseract-core-simd-lstm.wasm.js');
  for (const lang of ['nld', 'eng']) add(join(pkg(`@tesseract.js-data/${lang}`), '4.0.0_best_int', `${lang}.traineddata.gz`), `image-engine/tesseract/lang/${lang}.traineddata.gz`);
  return files;
}

export function copyModels(_wxt: Wxt, files: ResolvedPublicFile[]): void {
  files.push(...engineFiles());
}
