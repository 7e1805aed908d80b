// Node entry of the image engine for the CLI and tests. Placeholder until the image engine lands:
// every image is reported as not analysed, so nothing passes silently (unchecked-image).
import type { ImageAnalysis } from '../types';

export async function analyseImageFiles(paths: string[]): Promise<ImageAnalysis[]> {
  return paths.map((p) => ({
    id: p,
    status: 'failed' as const,
    reason: { nl: 'de fotocontrole is nog niet beschikbaar', en: 'the photo check is not available yet' },
  }));
}
