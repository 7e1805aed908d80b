// Pixel operations on the engine's RGB copy (lib/image/rgb.ts), on a 4 × 3 image whose bytes are
// their own index, so every copied byte shows where it came from.
import { describe, expect, it } from 'vitest';
import { cropImage, mirrorImage, padImage } from '../../../lib/image/rgb';

const image = { width: 4, height: 3, data: Uint8Array.from({ length: 36 }, (_, i) => i) };
const pixel = (img: { width: number; data: Uint8Array }, x: number, y: number) => Array.from(img.data.subarray((y * img.width + x) * 3, (y * img.width + x) * 3 + 3));

describe('RGB pixel operations', () => {
  it('cropImage copies exactly the region’s pixels', () => {
    const crop = cropImage(image, { x: 1, y: 1, width: 2, height: 2 });
    expect(crop.width).toBe(2);
    expect(Array.from(crop.data)).toEqual([15, 16, 17, 18, 19, 20, 27, 28, 29, 30, 31, 32]);
  });
  it('mirrorImage swaps left and right, keeping each pixel’s channels in order', () => {
    const mirrored = mirrorImage(image);
    for (let y = 0; y < 3; y++) for (let x = 0; x < 4; x++) expect(pixel(mirrored, x, y)).toEqual(pixel(image, 3 - x, y));
    expect(Array.from(mirrorImage(mirrored).data)).toEqual(Array.from(image.data));
  });
  it('padImage puts the image in the middle of a grey canvas', () => {
    const padded = padImage(image, 2, 1, 128);
    expect([padded.width, padded.height]).toEqual([8, 5]);
    expect(pixel(padded, 0, 0)).toEqual([128, 128, 128]);
    expect(pixel(padded, 7, 4)).toEqual([128, 128, 128]);
    expect(pixel(padded, 2, 1)).toEqual(pixel(image, 0, 0));
    expect(pixel(padded, 5, 3)).toEqual(pixel(image, 3, 2));
  });
});
