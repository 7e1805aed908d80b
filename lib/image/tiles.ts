// A closer look for small faces. SSD MobileNet sees every photo at 512 × 512, so in a 4000 × 3000
// phone photo a child's face of 150 px shrinks to ~19 px, and below ~30 px the detector misses
// most faces (measured: 3 of 30 FairFace 3–9-year-olds found at that size, 25 of 30 at ~29 px,
// 30 of 30 at ~58 px). A photo in which no face was found is therefore looked at again in four
// overlapping tiles, each seen at 512 × 512: faces twice as large to the detector. Pure geometry
// here; faces.ts runs the detector.
import type { Region } from './rgb';

/** Tiling only pays when the detector shrinks the photo below half size (512 / longest side). */
export const TILE_FROM_SIDE = 1024;
/** Each tile spans this share of the longest side: 2 × 2 tiles that overlap by ~10 %. */
const TILE_SHARE = 0.55;

export type Tile = Region;

/** The tiles to look at for `image`, or none when it is small enough for one look. */
export function tilesFor(width: number, height: number): Tile[] {
  if (Math.max(width, height) <= TILE_FROM_SIDE) return [];
  const side = Math.round(Math.max(width, height) * TILE_SHARE);
  const w = Math.min(width, side);
  const h = Math.min(height, side);
  const xs = w < width ? [0, width - w] : [0];
  const ys = h < height ? [0, height - h] : [0];
  return ys.flatMap((y) => xs.map((x) => ({ x, y, width: w, height: h })));
}

export interface ScoredBox {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

function overlap(a: ScoredBox, b: ScoredBox): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/** A face cut by a tile's inner edge is whole in the neighbouring tile (the overlap is wider than
 *  any face the first look missed): such cut boxes are dropped. */
const EDGE_PX = 2;

export function touchesInnerEdge(box: ScoredBox, tile: Tile, width: number, height: number): boolean {
  const left = tile.x > 0 && box.x - tile.x <= EDGE_PX;
  const top = tile.y > 0 && box.y - tile.y <= EDGE_PX;
  const right = tile.x + tile.width < width && tile.x + tile.width - (box.x + box.width) <= EDGE_PX;
  const bottom = tile.y + tile.height < height && tile.y + tile.height - (box.y + box.height) <= EDGE_PX;
  return left || top || right || bottom;
}

/** One box per face from the tiles' detections (photo coordinates): a face in the overlap of two
 *  tiles is found twice; the better-scored box stays. */
export function mergeTileBoxes<T extends ScoredBox>(boxes: readonly T[]): T[] {
  const kept: T[] = [];
  for (const box of [...boxes].sort((a, b) => b.score - a.score)) if (kept.every((k) => overlap(k, box) <= 0.3)) kept.push(box);
  return kept;
}
