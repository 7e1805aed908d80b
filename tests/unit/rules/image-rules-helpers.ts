// Shared helpers for the photo rules' table tests: drafts with hand-made analyses.
import { checkDraft } from '../../../lib/engine';
import { resolvePolicy } from '../../../lib/policy/validate';
import type { FaceBox, ImageAnalysis, RuleId } from '../../../lib/types';
import { childProbabilityFromAge } from '../../../lib/image/child';

export const policy = resolvePolicy(undefined).policy;
export const face = (size: number, age: number, x = 0): FaceBox => ({ x, y: 0, width: size, height: size, score: 0.9, age, childProbability: childProbabilityFromAge(age) });
export const img = (id: string, faces: FaceBox[], extra: Partial<ImageAnalysis> = {}): ImageAnalysis => ({ id, status: 'ok', width: 1000, height: 800, faces, ...extra });
export const row = (n: number, age: number) => Array.from({ length: n }, (_, i) => face(100, age, i * 120));

export function findings(rule: RuleId, images: ImageAnalysis[], text = 'Een mooie dag op school.', p = policy) {
  return checkDraft({ text, context: 'post', hasImages: images.length > 0, images }, p).filter((f) => f.rule === rule);
}
