// Results by content hash: the same photo attached twice (or re-checked on every keystroke) is
// analysed once. Holds analyses only, never the photo.
import type { ImageAnalysis } from '../types';

export async function contentHash(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A small least-recently-used map. */
export class AnalysisCache {
  private readonly map = new Map<string, ImageAnalysis>();
  constructor(private readonly capacity: number) {}

  get(key: string): ImageAnalysis | undefined {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: ImageAnalysis): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }

  get size(): number {
    return this.map.size;
  }
}
