// What kind of file is this, and how big is it — read from the first bytes, before anything is
// decoded, so a PNG bomb (tiny file, huge dimensions) or a video is refused without touching its
// pixels. Pure: runs in Node, the offscreen document and the Firefox background page alike.

export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp';
export type OtherFormat = 'heic' | 'avif' | 'video' | 'empty' | 'unknown';

export interface Sniffed {
  format: ImageFormat | OtherFormat;
  /** Dimensions from the header, when the format has them where we look. */
  width?: number;
  height?: number;
  /** The GIF or WebP has more than one frame (we analyse the first). */
  animated?: boolean;
  /** The file ends before its image data does (browsers would show the top part and grey). */
  truncated?: boolean;
}

const ascii = (b: Uint8Array, at: number, len: number) => String.fromCharCode(...b.subarray(at, at + len));
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;

export function sniffImage(bytes: Uint8Array): Sniffed {
  const b = bytes;
  if (b.length === 0) return { format: 'empty' };
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { format: 'jpeg', ...jpegSize(b), truncated: jpegTruncated(b) };
  if (b.length >= 24 && ascii(b, 1, 3) === 'PNG' && ascii(b, 12, 4) === 'IHDR')
    return { format: 'png', width: u32be(b, 16), height: u32be(b, 20), truncated: !hasPngEnd(b) };
  if (b.length >= 10 && ascii(b, 0, 4) === 'GIF8') return { format: 'gif', width: u16le(b, 6), height: u16le(b, 8), animated: gifFrames(b) > 1 };
  if (b.length >= 16 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return { format: 'webp', ...webpSize(b) };
  if (b.length >= 26 && ascii(b, 0, 2) === 'BM') return { format: 'bmp', width: Math.abs(b[18]! | (b[19]! << 8) | (b[20]! << 16) | (b[21]! << 24)), height: Math.abs((b[22]! | (b[23]! << 8) | (b[24]! << 16) | (b[25]! << 24)) | 0) };
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp') {
    const brand = ascii(b, 8, 4);
    if (/^(heic|heix|heim|heis|hevc|hevx|mif1|msf1)$/.test(brand)) return { format: 'heic' };
    if (/^avi[fs]$/.test(brand)) return { format: 'avif' };
    return { format: 'video' }; // isom, mp41, mp42, qt, 3gp…: MP4/MOV containers
  }
  if (b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return { format: 'video' }; // WebM/Matroska
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'AVI ') return { format: 'video' };
  return { format: 'unknown' };
}

/** Walks JPEG segments to the first start-of-frame marker. */
function jpegSize(b: Uint8Array): { width?: number; height?: number } {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return {};
    const marker = b[i + 1]!;
    if (marker === 0xff) { i++; continue; }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { i += 2; continue; }
    const len = u16be(b, i + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    i += 2 + len;
  }
  return {};
}

/**
 * A JPEG is cut short when no end-of-image marker (FF D9) follows its first scan. Entropy-coded
 * data never contains FF D9 (0xFF is byte-stuffed), and walking the segments to the scan skips an
 * EXIF thumbnail's own end marker. Data appended after the end (motion photos) does not matter.
 */
function jpegTruncated(b: Uint8Array): boolean {
  let i = 2;
  while (i + 4 < b.length) {
    if (b[i] !== 0xff) return true;
    const marker = b[i + 1]!;
    if (marker === 0xff) { i++; continue; }
    if (marker === 0xda) break; // start of scan
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { i += 2; continue; }
    i += 2 + u16be(b, i + 2);
  }
  for (let j = i + 2; j + 1 < b.length; j++) if (b[j] === 0xff && b[j + 1] === 0xd9) return false;
  return true;
}

/** A PNG ends with an IEND chunk; a cut-off download does not. */
function hasPngEnd(b: Uint8Array): boolean {
  for (let j = b.length - 8; j >= Math.max(8, b.length - 4096); j--) if (b[j] === 0x49 && ascii(b, j, 4) === 'IEND') return true;
  return false;
}

function webpSize(b: Uint8Array): { width?: number; height?: number; animated?: boolean } {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X' && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1, animated: (b[20]! & 0x02) !== 0 };
  if (chunk === 'VP8 ' && b.length >= 30) return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return {};
}

/** Counts image descriptors (0x2C) up to 2, skipping extensions and sub-blocks. */
function gifFrames(b: Uint8Array): number {
  let i = 13;
  if (b[10]! & 0x80) i += 3 * (1 << ((b[10]! & 0x07) + 1));
  let frames = 0;
  while (i < b.length && frames < 2) {
    const block = b[i]!;
    if (block === 0x2c) {
      frames++;
      let j = i + 10;
      if (b[i + 9]! & 0x80) j += 3 * (1 << ((b[i + 9]! & 0x07) + 1));
      j++; // LZW minimum code size
      while (j < b.length && b[j] !== 0) j += b[j]! + 1;
      i = j + 1;
    } else if (block === 0x21) {
      let j = i + 2;
      while (j < b.length && b[j] !== 0) j += b[j]! + 1;
      i = j + 1;
    } else break; // 0x3b trailer or garbage
  }
  return frames;
}
