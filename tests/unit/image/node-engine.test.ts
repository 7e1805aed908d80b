// The real engine in Node (sharp + face-api WASM + tesseract) on the fixture set and on bad input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyPhoto } from '../../../lib/image/classify';
import { analyseImageFile, shutdownImageEngine } from '../../../lib/image/node';
import { emptyWallPhoto, SMALL_CHILD_AT, smallChildPhoto } from '../../fixtures/images/synthetic';

const F = (p: string) => `tests/fixtures/images/${p}`;
const tmp = mkdtempSync(join(tmpdir(), 'postwijs-img-'));
afterAll(async () => {
  await shutdownImageEngine();
  rmSync(tmp, { recursive: true, force: true });
});

describe('image engine in Node', { timeout: 120_000 }, () => {
  it('finds one young face on a child portrait', async () => {
    const a = await analyseImageFile(F('portrait/child-01-3-9.jpg'), { ocr: false });
    expect(a.status).toBe('ok');
    expect(a.faces).toHaveLength(1);
    expect(a.faces![0]!.age!).toBeLessThan(16);
  });
  it('finds every face of a class photo', async () => {
    const a = await analyseImageFile(F('group/class-2.jpg'), { ocr: false });
    expect(a.faces!.length).toBeGreaterThanOrEqual(7);
  });
  it('ages a class photo largest face first and still calls it a group of children', async () => {
    // Ages stop at the first child (lib/image/faces addAges); the largest face always has one.
    const a = await analyseImageFile(F('group/class-4.jpg'), { ocr: false });
    const largest = [...a.faces!].sort((x, y) => y.width * y.height - x.width * x.height)[0]!;
    expect(largest.age).toBeTypeOf('number');
    for (const min of [2, 3, 5]) expect(classifyPhoto(a, min)).toMatchObject({ kind: 'group', age: 'child' });
  });
  it('ages every face of a staff team (no child to stop at), so adults only stays adults only', async () => {
    const a = await analyseImageFile(F('adult/staff-team-1.jpg'), { ocr: false });
    expect(a.faces!.length).toBeGreaterThanOrEqual(3);
    expect(a.faces!.every((f) => typeof f.age === 'number')).toBe(true);
  });
  it('finds no face on a photo without people', async () => {
    expect((await analyseImageFile(F('scene/coffee.jpg'), { ocr: false })).faces).toEqual([]);
  });
  it('finds a small child in a large photo (face ~130 px of 4000): the tiled second look', async () => {
    // One look at 512 × 512 shrinks this face to ~17 px and misses it; a quarter tile does not.
    const path = join(tmp, 'small-child.jpg');
    writeFileSync(path, await smallChildPhoto());
    const a = await analyseImageFile(path, { ocr: false });
    expect(a.faces).toHaveLength(1);
    expect(a.faces![0]).toMatchObject({ x: expect.closeTo(SMALL_CHILD_AT.x, -2), y: expect.closeTo(SMALL_CHILD_AT.y, -2) });
    expect(classifyPhoto(a, 3)).toMatchObject({ kind: 'portrait', age: 'child' });
    const empty = join(tmp, 'empty-wall.jpg');
    writeFileSync(empty, await emptyWallPhoto());
    expect((await analyseImageFile(empty, { ocr: false })).faces).toEqual([]);
  });
  it('reads the text of a rendered class list', async () => {
    const a = await analyseImageFile(F('text/class-list.png'));
    for (const name of ['Sanne de Vries', 'Daan Bakker', 'Lotte Visser']) expect(a.text).toContain(name);
  });
  it.each([
    ['bad/empty.jpg', 'corrupt'],
    ['bad/truncated.jpg', 'corrupt'],
    ['bad/bomb.png', 'too-large'],
    ['bad/clip.mp4', 'unsupported'],
    ['bad/iphone.heic', 'unsupported'],
    ['does-not-exist.jpg', 'failed'],
  ])('%s → %s, with a reason', async (file, status) => {
    const a = await analyseImageFile(F(file));
    expect(a.status).toBe(status);
    expect(a.reason?.nl.length).toBeGreaterThan(5);
  });
  it('reads the first frame of an animated GIF (a child)', async () => {
    const a = await analyseImageFile(F('bad/animated.gif'), { ocr: false });
    expect(a.status).toBe('ok');
    expect([a.width, a.height]).toEqual([224, 224]); // one frame, not the strip of both
    expect(a.faces!.length).toBeGreaterThanOrEqual(1);
  });
  it('analyses a 40-megapixel photo on a downscaled copy', async () => {
    const path = join(tmp, 'big.jpg');
    await sharp(F('group/class-4.jpg')).resize(7300, 5500, { fit: 'fill' }).jpeg({ quality: 70 }).toFile(path);
    const a = await analyseImageFile(path, { ocr: false });
    expect(a.status).toBe('ok');
    expect(Math.max(a.width!, a.height!)).toBeLessThanOrEqual(1280);
    expect(a.faces!.length).toBeGreaterThanOrEqual(8);
  });
  it('respects EXIF orientation (a phone photo stored sideways)', async () => {
    // Store the pixels turned a quarter to the left and say "rotate 90° clockwise to view" (6).
    const path = join(tmp, 'sideways.jpg');
    await sharp(F('pair/children-1.jpg')).rotate(-90).withExifMerge({}).withMetadata({ orientation: 6 }).jpeg().toFile(path);
    const stored = await sharp(path).metadata();
    expect([stored.width, stored.height, stored.orientation]).toEqual([300, 520, 6]);
    const a = await analyseImageFile(path, { ocr: false });
    expect([a.width, a.height]).toEqual([520, 300]); // analysed upright, as the viewer sees it
    expect(a.faces).toHaveLength(2);
  });
  it('refuses a file over 25 MB without reading it', async () => {
    const path = join(tmp, 'huge.jpg');
    await import('node:fs/promises').then((fs) => fs.writeFile(path, Buffer.alloc(26 * 1024 * 1024)));
    expect((await analyseImageFile(path)).status).toBe('too-large');
  });
});
