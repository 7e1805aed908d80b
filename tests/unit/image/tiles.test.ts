// The tiling geometry for small faces in large photos (lib/image/tiles.ts): which tiles, cut
// faces at inner edges, one box per face.
import { describe, expect, it } from 'vitest';
import { mergeTileBoxes, tilesFor, touchesInnerEdge, TILE_FROM_SIDE } from '../../../lib/image/tiles';

describe('tilesFor', () => {
  it.each([
    [720, 540],
    [TILE_FROM_SIDE, 768],
    [300, 1000],
  ])('%i×%i: small enough for one look, no tiles', (w, h) => expect(tilesFor(w, h)).toEqual([]));

  it.each([
    [1280, 960],
    [960, 1280],
    [1280, 1280],
    [1280, 400],
    [1025, 100],
  ])('%i×%i: tiles cover every pixel, overlap by ≥ 64 px where they meet, and are at most 0.55 of the longest side', (w, h) => {
    const tiles = tilesFor(w, h);
    expect(tiles.length).toBeGreaterThanOrEqual(2);
    expect(tiles.length).toBeLessThanOrEqual(4);
    const covered = (x: number, y: number) => tiles.some((t) => x >= t.x && x < t.x + t.width && y >= t.y && y < t.y + t.height);
    for (let y = 0; y < h; y += 7) for (let x = 0; x < w; x += 7) expect(covered(x, y)).toBe(true);
    expect(covered(w - 1, h - 1)).toBe(true);
    for (const t of tiles) {
      expect(t.x + t.width).toBeLessThanOrEqual(w);
      expect(t.y + t.height).toBeLessThanOrEqual(h);
      expect(Math.max(t.width, t.height)).toBeLessThanOrEqual(Math.round(Math.max(w, h) * 0.55));
    }
    const xs = [...new Set(tiles.map((t) => t.x))].sort((a, b) => a - b);
    if (xs.length === 2) expect(tiles[0]!.width - xs[1]!).toBeGreaterThanOrEqual(64);
  });
});

describe('touchesInnerEdge: a face cut by a tile edge inside the photo', () => {
  const W = 1280;
  const H = 960;
  const left = { x: 0, y: 0, width: 704, height: 704 };
  const right = { x: 576, y: 256, width: 704, height: 704 };
  it.each([
    ['cut by the left tile’s right edge', { x: 670, y: 100, width: 34, height: 40, score: 0.9 }, left, true],
    ['cut by the left tile’s bottom edge', { x: 100, y: 670, width: 30, height: 34, score: 0.9 }, left, true],
    ['cut by the right tile’s left edge', { x: 576, y: 400, width: 30, height: 40, score: 0.9 }, right, true],
    ['inside the tile', { x: 600, y: 100, width: 40, height: 40, score: 0.9 }, left, false],
    ['at the photo’s own left edge', { x: 0, y: 100, width: 40, height: 40, score: 0.9 }, left, false],
    ['at the photo’s own bottom-right corner', { x: 1240, y: 920, width: 40, height: 40, score: 0.9 }, right, false],
  ] as const)('%s → %s', (_, box, tile, cut) => expect(touchesInnerEdge(box, tile, W, H)).toBe(cut));
});

describe('mergeTileBoxes', () => {
  it('keeps the better of two boxes on the same face, and faces that are apart', () => {
    const a = { x: 100, y: 100, width: 40, height: 50, score: 0.8 };
    const sameFace = { x: 104, y: 98, width: 38, height: 52, score: 0.9 };
    const neighbour = { x: 150, y: 100, width: 40, height: 50, score: 0.7 };
    expect(mergeTileBoxes([a, sameFace, neighbour])).toEqual([sameFace, neighbour]);
  });
  it('no boxes, no faces', () => expect(mergeTileBoxes([])).toEqual([]));
});
