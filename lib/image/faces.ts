// Face detection and age estimate with face-api (SSD MobileNet v1 + 68-point landmarks + age
// model), shared by Node and the browser: the caller passes the face-api build that fits its
// runtime (node-wasm or esm) with models already loaded. Pixels in, FaceBox[] out.
import type * as FaceApiModule from '@vladmandic/face-api';
import type { FaceBox } from '../types';
import { childProbabilityFromAge } from './child';

export type FaceApi = typeof FaceApiModule;

/** RGB pixels, 3 bytes per pixel, row-major. */
export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** SSD detections below this confidence are dropped. */
export const MIN_FACE_SCORE = 0.5;
/** On the padded retry (face filling the frame) the detector is less sure of itself. */
const RETRY_MIN_SCORE = 0.4;
/** Faces smaller than this (px, analysed copy) are too small to recognise or to age. */
const MIN_FACE_SIDE = 16;

interface Detection {
  box: { x: number; y: number; width: number; height: number };
  score: number;
  age?: number;
}

async function detect(faceapi: FaceApi, input: FaceApiModule.tf.Tensor3D, minConfidence: number): Promise<Detection[]> {
  const options = new faceapi.SsdMobilenetv1Options({ minConfidence, maxResults: 100 });
  const results = await faceapi.detectAllFaces(input as never, options).withFaceLandmarks().withAgeAndGender();
  const mirrored = await mirroredAges(faceapi, input, results.map((r) => r.alignedRect));
  return results.map((r, i) => ({ box: r.detection.box, score: r.detection.score, age: mirrored[i] === undefined ? r.age : (r.age + mirrored[i]!) / 2 }));
}

/**
 * A second opinion on each age: the same aligned face, mirrored. The age model's errors on a face
 * and on its mirror image are partly independent, so their mean is steadier than either.
 */
async function mirroredAges(faceapi: FaceApi, input: FaceApiModule.tf.Tensor3D, rects: FaceApiModule.FaceDetection[]): Promise<Array<number | undefined>> {
  if (rects.length === 0) return [];
  const crops = await faceapi.extractFaceTensors(input, rects);
  const tf = faceapi.tf as unknown as typeof import('@tensorflow/tfjs');
  const flipped = crops.map((c) => tf.reverse(c as never, 1) as unknown as FaceApiModule.tf.Tensor3D);
  try {
    const out = await faceapi.nets.ageGenderNet.predictAgeAndGender(flipped.length === 1 ? flipped[0]! : (flipped as never));
    return (Array.isArray(out) ? out : [out]).map((p) => (Number.isFinite(p.age) ? p.age : undefined));
  } finally {
    for (const t of [...crops, ...flipped]) t.dispose();
  }
}

/**
 * Finds faces and estimates their age. When nothing is found, tries once more with a border
 * around the image: SSD MobileNet misses faces that fill the whole frame (the typical close-up
 * portrait), and shrinking them inside a padded canvas brings most of them back.
 */
export async function findFaces(faceapi: FaceApi, image: RgbImage): Promise<FaceBox[]> {
  const tf = faceapi.tf;
  const input = tf.tensor3d(image.data, [image.height, image.width, 3], 'int32');
  try {
    let detections = await detect(faceapi, input, MIN_FACE_SCORE);
    let offsetX = 0;
    let offsetY = 0;
    if (detections.length === 0) {
      offsetX = Math.round(image.width / 2);
      offsetY = Math.round(image.height / 2);
      const padded = tf.pad(input, [[offsetY, offsetY], [offsetX, offsetX], [0, 0]], 128) as FaceApiModule.tf.Tensor3D;
      try {
        detections = await detect(faceapi, padded, RETRY_MIN_SCORE);
      } finally {
        padded.dispose();
      }
    }
    return detections
      .map((d) => toFaceBox(d, offsetX, offsetY, image))
      .filter((f) => f.width >= MIN_FACE_SIDE && f.height >= MIN_FACE_SIDE);
  } finally {
    input.dispose();
  }
}

function toFaceBox(d: Detection, offsetX: number, offsetY: number, image: RgbImage): FaceBox {
  const x = Math.max(0, d.box.x - offsetX);
  const y = Math.max(0, d.box.y - offsetY);
  const right = Math.min(image.width, d.box.x - offsetX + d.box.width);
  const bottom = Math.min(image.height, d.box.y - offsetY + d.box.height);
  const face: FaceBox = {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.max(0, Math.round(right - x)),
    height: Math.max(0, Math.round(bottom - y)),
    score: Math.round(d.score * 1000) / 1000,
  };
  if (d.age !== undefined && Number.isFinite(d.age)) {
    face.age = Math.round(d.age * 10) / 10;
    face.childProbability = Math.round(childProbabilityFromAge(d.age) * 1000) / 1000;
  }
  return face;
}

/** Turns a model manifest (weights_manifest.json) and its .bin into the weight map face-api loads. */
export function decodeWeights(faceapi: FaceApi, manifest: unknown, bin: ArrayBuffer): FaceApiModule.tf.NamedTensorMap {
  const groups = manifest as Array<{ weights: FaceApiModule.tf.io.WeightsManifestEntry[] }>;
  const specs = groups.flatMap((g) => g.weights);
  return faceapi.tf.io.decodeWeights(bin, specs);
}

/** The face-api networks the engine uses, and the file name stem of each in face-api's model folder. */
export const FACE_MODELS = [
  ['ssdMobilenetv1', 'ssd_mobilenetv1_model'],
  ['faceLandmark68Net', 'face_landmark_68_model'],
  ['ageGenderNet', 'age_gender_model'],
] as const;

export type ModelFiles = (stem: string) => Promise<{ manifest: unknown; bin: ArrayBuffer }>;

/**
 * Runs the networks once on a small blank image: the first inference compiles WASM kernels and
 * allocates buffers (seconds in a browser), which must not count against a real photo's time.
 */
export async function warmUpFaces(faceapi: FaceApi): Promise<void> {
  await findFaces(faceapi, { width: 128, height: 128, data: new Uint8Array(128 * 128 * 3).fill(128) });
}

/** Loads the three networks from bytes, so no loader ever fetches a URL by itself. */
export async function loadFaceModels(faceapi: FaceApi, files: ModelFiles): Promise<void> {
  for (const [net, stem] of FACE_MODELS) {
    if (faceapi.nets[net].isLoaded) continue;
    const { manifest, bin } = await files(stem);
    faceapi.nets[net].loadFromWeightMap(decodeWeights(faceapi, manifest, bin));
  }
}
