// What kind of photo is this, for the photo rules: nobody on it, a portrait (one or a few faces,
// or one face dominating), or a group. Shared by child-portrait and photo-consent so the two never
// disagree about the same image.
import type { FaceBox, ImageAnalysis } from '../types';
import { ageClass, type AgeClass } from './child';

/** One face is the subject of a photo with more faces when it is this many times larger than the
 * median other face (a child in front, classmates blurred behind)… */
export const DOMINANT_RATIO = 4;
/** …or covers this share of the image while being at least twice the median other face. */
export const DOMINANT_AREA = 0.08;
export const DOMINANT_AREA_RATIO = 2;

export type PhotoKind =
  | { kind: 'no-people' }
  | { kind: 'portrait'; subjects: FaceBox[]; age: AgeClass; reason: 'few-faces' | 'dominant-face' }
  | { kind: 'group'; faces: FaceBox[]; age: AgeClass };

const area = (f: FaceBox) => f.width * f.height;

/** The strongest age class among faces: one child makes it a photo of a child. The engine ages
 *  faces largest first only until the first child (faces.ts addAges), so a face without an age
 *  (read as "unsure") only ever sits beside a child and never changes this answer. */
function strongestAge(faces: FaceBox[]): AgeClass {
  const classes = faces.map((f) => ageClass(f.childProbability));
  if (classes.includes('child')) return 'child';
  if (classes.includes('unsure')) return 'unsure';
  return 'adult';
}

export function classifyPhoto(image: ImageAnalysis, groupMinFaces: number): PhotoKind {
  const faces = image.faces ?? [];
  if (image.status !== 'ok' || faces.length === 0) return { kind: 'no-people' };
  if (faces.length < groupMinFaces) return { kind: 'portrait', subjects: faces, age: strongestAge(faces), reason: 'few-faces' };

  const sorted = [...faces].sort((a, b) => area(b) - area(a));
  const largest = sorted[0]!;
  const rest = sorted.slice(1).map(area);
  const median = rest[Math.floor(rest.length / 2)] ?? 0;
  const imageArea = (image.width ?? 0) * (image.height ?? 0);
  const ratio = median > 0 ? area(largest) / median : Infinity;
  const share = imageArea > 0 ? area(largest) / imageArea : 0;
  const dominant = ratio >= DOMINANT_RATIO || (share >= DOMINANT_AREA && ratio >= DOMINANT_AREA_RATIO);
  if (dominant) return { kind: 'portrait', subjects: [largest], age: strongestAge([largest]), reason: 'dominant-face' };
  return { kind: 'group', faces, age: strongestAge(faces) };
}
