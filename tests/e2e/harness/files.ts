// Test images and the two ways of adding them that do not go through a file input: dropping on and
// pasting into a compose box. Playwright's setInputFiles covers the file inputs.
import { deflateSync } from 'node:zlib';
import type { Locator } from 'playwright-core';

export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid PNG of one colour (default 64×48, light blue): small, decodable, no people in it. */
export function pngFile(name = 'foto.png', options: { width?: number; height?: number; rgb?: [number, number, number] } = {}): TestFile {
  const { width = 64, height = 48, rgb = [120, 180, 230] } = options;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3]!)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  const buffer = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { name, mimeType: 'image/png', buffer };
}

type Serialized = { name: string; mimeType: string; base64: string };
const serialize = (files: TestFile[]): Serialized[] =>
  files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString('base64') }));

/** Drags `files` onto `target` (dragenter, dragover, drop), as a user dropping from the desktop. */
export async function dropFiles(target: Locator, files: TestFile[]): Promise<void> {
  await target.evaluate((element, list: Serialized[]) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name, { type: f.mimeType }));
    }
    for (const type of ['dragenter', 'dragover', 'drop']) {
      element.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer }));
    }
  }, serialize(files));
}

/** Pastes `files` into `target` (a paste event with files on its clipboardData). */
export async function pasteFiles(target: Locator, files: TestFile[]): Promise<void> {
  await target.evaluate((element, list: Serialized[]) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name, { type: f.mimeType }));
    }
    (element as HTMLElement).focus();
    element.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: transfer }));
  }, serialize(files));
}
