// Face detection and age estimate with face-api (SSD MobileNet v1 + 68-point landmarks + age
// model), shared by Node and the browser: the caller passes the face-api build that fits its
// runtime (node-wasm or esm) with models already loaded. Pixels in, FaceBox[] out.
import type * as FaceApiModule from '@vladmandic/face-api';
import type { FaceBox } from '../types';
import { ageClass, childProbabilityFromAge } from './child';
import { detectFacesSsd } from './ssd';
import { cropImage, mirrorImage, padImage, type RgbImage } from './rgb';
import { mergeTileBoxes, tilesFor, touchesInnerEdge, type ScoredBox } from './tiles';

export type FaceApi = typeof FaceApiModule;

export type { RgbImage } from './rgb';

/** SSD detections below this confidence are dropped. */
export const MIN_FACE_SCORE = 0.5;
/** On the padded retry (face filling the frame) the detector is less sure of itself. */
const RETRY_MIN_SCORE = 0.4;
/** Faces smaller than this (px, analysed copy) are too small to recognise or to age. */
const MIN_FACE_SIDE = 16;

interface Detection {
  box: { x: number; y: number; width: number; height: number };
  score: number;
}

/** At most this many faces per photo (face-api's default). */
const MAX_FACES = 100;

/** SSD MobileNet only: where the faces are. Ages come after, and only for the faces that matter. */
function detect(faceapi: FaceApi, input: FaceApiModule.tf.Tensor3D, minConfidence: number): Promise<FaceApiModule.FaceDetection[]> {
  return detectFacesSsd(faceapi, input, minConfidence, MAX_FACES);
}

/**
 * The pixels of a detected face as an int32 tensor, as face-api's extractFaceTensors cuts them
 * (box scaled to the image, clipped at its borders, floored), optionally mirrored left-right.
 */
function cropFace(faceapi: FaceApi, image: RgbImage, detection: FaceApiModule.FaceDetection, mirrored: boolean): FaceApiModule.tf.Tensor3D | undefined {
  const box = detection.forSize(image.width, image.height).box.clipAtImageBorders(image.width, image.height);
  if (box.width <= 0 || box.height <= 0) return undefined;
  const face = cropImage(image, box);
  return faceapi.tf.tensor3d((mirrored ? mirrorImage(face) : face).data, [face.height, face.width, 3], 'int32');
}

/**
 * Age of one face: 68 landmarks on the detected box give the aligned face, and the age model
 * reads that face and its mirror image in one batch. The model's errors on a face and on its
 * mirror are partly independent, so their mean is steadier than either. (The steps of face-api's
 * detectAllFaces().withFaceLandmarks().withAgeAndGender(), with our crops.)
 */
async function estimateAge(faceapi: FaceApi, image: RgbImage, detection: FaceApiModule.FaceDetection): Promise<number | undefined> {
  const face = cropFace(faceapi, image, detection, false);
  if (!face) return undefined;
  let landmarks: FaceApiModule.FaceLandmarks68;
  try {
    landmarks = (await faceapi.nets.faceLandmark68Net.detectLandmarks(face as never)) as FaceApiModule.FaceLandmarks68;
  } finally {
    face.dispose();
  }
  const { alignedRect } = faceapi.extendWithFaceLandmarks(faceapi.extendWithFaceDetection({}, detection), landmarks);
  const crop = cropFace(faceapi, image, alignedRect, false);
  const flipped = cropFace(faceapi, image, alignedRect, true);
  try {
    if (!crop || !flipped) return undefined;
    const out = await faceapi.nets.ageGenderNet.predictAgeAndGender([crop, flipped] as never);
    const ages = (Array.isArray(out) ? out : [out]).map((p) => p.age).filter((a) => Number.isFinite(a));
    return ages.length ? ages.reduce((a, b) => a + b, 0) / ages.length : undefined;
  } finally {
    crop?.dispose();
    flipped?.dispose();
  }
}

const area = (f: FaceBox) => f.width * f.height;

/**
 * Estimates ages largest face first and stops at the first child, once every face of the largest
 * size has its age. The photo rules (classify.ts) only ask for the largest face's age (a face
 * dominating the frame) or for "is any face a child?" (portraits of a few faces, group photos):
 * after one child the other faces cannot change either answer, whatever policy.groupMinFaces is
 * (a face without an age counts as "unsure", which a child outranks). Landmarks and the age
 * model cost ~40 ms per face; a class photo of 12 pupils now pays for one or two of them.
 */
async function addAges(faceapi: FaceApi, image: RgbImage, faces: Array<{ face: FaceBox; detection: FaceApiModule.FaceDetection }>): Promise<void> {
  const order = [...faces].sort((a, b) => area(b.face) - area(a.face));
  const largest = order.length ? area(order[0]!.face) : 0;
  let childFound = false;
  for (const { face, detection } of order) {
    if (childFound && area(face) < largest) break;
    const age = await estimateAge(faceapi, image, detection);
    if (age === undefined) continue;
    face.age = Math.round(age * 10) / 10;
    face.childProbability = Math.round(childProbabilityFromAge(age) * 1000) / 1000;
    if (ageClass(face.childProbability) === 'child') childFound = true;
  }
}

/**
 * Finds faces and estimates their age. When nothing is found, tries once more with a border
 * around the image: SSD MobileNet misses faces that fill the whole frame (the typical close-up
 * portrait), and shrinking them inside a padded canvas brings most of them back. Still nothing in
 * a large photo: a look at four tiles finds faces too small for one look (./tiles.ts).
 */
export async function findFaces(faceapi: FaceApi, image: RgbImage): Promise<FaceBox[]> {
  const first = await detectIn(faceapi, image, MIN_FACE_SCORE);
  if (first.length > 0) return boxesWithAges(faceapi, image, first, image, 0, 0);
  const offsetX = Math.round(image.width / 2);
  const offsetY = Math.round(image.height / 2);
  const padded = padImage(image, offsetX, offsetY, 128);
  const retry = await detectIn(faceapi, padded, RETRY_MIN_SCORE);
  if (retry.length > 0) return boxesWithAges(faceapi, padded, retry, image, offsetX, offsetY);
  return boxesWithAges(faceapi, image, await detectInTiles(faceapi, image), image, 0, 0);
}

/** Faces too small for one look at a large photo (./tiles.ts), as detections in the whole photo. */
async function detectInTiles(faceapi: FaceApi, image: RgbImage): Promise<FaceApiModule.FaceDetection[]> {
  const found: Array<ScoredBox> = [];
  for (const tile of tilesFor(image.width, image.height)) {
    for (const d of await detectIn(faceapi, cropImage(image, tile), MIN_FACE_SCORE)) {
      const box = { x: d.box.x + tile.x, y: d.box.y + tile.y, width: d.box.width, height: d.box.height, score: d.score };
      if (!touchesInnerEdge(box, tile, image.width, image.height)) found.push(box);
    }
  }
  const dims = { width: image.width, height: image.height };
  return mergeTileBoxes(found).map(
    (b) => new faceapi.FaceDetection(b.score, new faceapi.Rect(b.x / dims.width, b.y / dims.height, b.width / dims.width, b.height / dims.height), dims),
  );
}

async function detectIn(faceapi: FaceApi, image: RgbImage, minConfidence: number): Promise<FaceApiModule.FaceDetection[]> {
  const input = faceapi.tf.tensor3d(image.data, [image.height, image.width, 3], 'int32');
  try {
    return await detect(faceapi, input, minConfidence);
  } finally {
    input.dispose();
  }
}

/** `searched` is the (maybe padded) image the detections are in; boxes are reported in `image`. */
async function boxesWithAges(faceapi: FaceApi, searched: RgbImage, detections: FaceApiModule.FaceDetection[], image: RgbImage, offsetX: number, offsetY: number): Promise<FaceBox[]> {
  // Too-small faces are dropped before any age is estimated, so the stop at the first child
  // never rests on a face that is not reported.
  const kept = detections
    .map((detection) => ({ detection, face: toFaceBox(detection, offsetX, offsetY, image) }))
    .filter(({ face }) => face.width >= MIN_FACE_SIDE && face.height >= MIN_FACE_SIDE);
  await addAges(faceapi, searched, kept);
  return kept.map(({ face }) => face);
}

function toFaceBox(d: Detection, offsetX: number, offsetY: number, image: RgbImage): FaceBox {
  const x = Math.max(0, d.box.x - offsetX);
  const y = Math.max(0, d.box.y - offsetY);
  const right = Math.min(image.width, d.box.x - offsetX + d.box.width);
  const bottom = Math.min(image.height, d.box.y - offsetY + d.box.height);
  return {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.max(0, Math.round(right - x)),
    height: Math.max(0, Math.round(bottom - y)),
    score: Math.round(d.score * 1000) / 1000,
  };
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
 * Runs each network once (the first inference allocates buffers and, in a browser, compiles
 * WASM; seconds there), so that does not count against a real photo's time. Each net runs
 * exactly once: a blank photo through findFaces would find no face, run SSD a second time on the
 * padded retry and never reach the landmark and age nets.
 */
export async function warmUpFaces(faceapi: FaceApi): Promise<void> {
  const tf = faceapi.tf;
  const blank = tf.fill([128, 128, 3], 128, 'int32') as FaceApiModule.tf.Tensor3D;
  const face = tf.fill([112, 112, 3], 128, 'int32') as FaceApiModule.tf.Tensor3D;
  try {
    await detect(faceapi, blank, MIN_FACE_SCORE);
    await faceapi.nets.faceLandmark68Net.detectLandmarks(face as never);
    await faceapi.nets.ageGenderNet.predictAgeAndGender([face, face] as never);
  } finally {
    blank.dispose();
    face.dispose();
  }
}

/** Loads the three networks from bytes, so no loader ever fetches a URL by itself. */
export async function loadFaceModels(faceapi: FaceApi, files: ModelFiles): Promise<void> {
  for (const [net, stem] of FACE_MODELS) {
    if (faceapi.nets[net].isLoaded) continue;
    const { manifest, bin } = await files(stem);
    faceapi.nets[net].loadFromWeightMap(decodeWeights(faceapi, manifest, bin));
  }
}
