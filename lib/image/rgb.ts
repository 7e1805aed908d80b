// Pixel operations on the engine's RGB copy (3 bytes per pixel, row-major), done with row copies
// in JS: cheaper than tensor ops for what is only moving bytes (tfjs WASM's Slice and Reverse took
// ~45 ms per portrait).

/** RGB pixels, 3 bytes per pixel, row-major. */
export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The pixels of a region (inside the image) as their own image. */
export function cropImage(image: RgbImage, region: Region): RgbImage {
  const data = new Uint8Array(region.width * region.height * 3);
  for (let row = 0; row < region.height; row++) {
    const from = ((region.y + row) * image.width + region.x) * 3;
    data.set(image.data.subarray(from, from + region.width * 3), row * region.width * 3);
  }
  return { width: region.width, height: region.height, data };
}

/** The image mirrored left-right. */
export function mirrorImage(image: RgbImage): RgbImage {
  const { width, height } = image;
  const data = new Uint8Array(image.data.length);
  for (let row = 0; row < height; row++) {
    const start = row * width * 3;
    for (let col = 0; col < width; col++) {
      const src = start + col * 3;
      const dst = start + (width - 1 - col) * 3;
      data[dst] = image.data[src]!;
      data[dst + 1] = image.data[src + 1]!;
      data[dst + 2] = image.data[src + 2]!;
    }
  }
  return { width, height, data };
}

/** The image in the middle of a canvas of grey `value` with these borders. */
export function padImage(image: RgbImage, borderX: number, borderY: number, value: number): RgbImage {
  const width = image.width + 2 * borderX;
  const height = image.height + 2 * borderY;
  const data = new Uint8Array(width * height * 3).fill(value);
  for (let row = 0; row < image.height; row++) {
    data.set(image.data.subarray(row * image.width * 3, (row + 1) * image.width * 3), ((row + borderY) * width + borderX) * 3);
  }
  return { width, height, data };
}
