import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refuseEarly } from '../../../lib/image/engine';
import { sniffImage } from '../../../lib/image/sniff';

const fixture = (p: string) => new Uint8Array(readFileSync(`tests/fixtures/images/${p}`));

describe('sniffImage: format and header dimensions before decoding', () => {
  it.each([
    ['portrait/child-01-3-9.jpg', 'jpeg', 448, 448],
    ['text/class-list.png', 'png', 900, 366],
    ['bad/animated.gif', 'gif', 224, 224],
    ['bad/bomb.png', 'png', 60000, 60000],
  ])('%s → %s %i×%i', (file, format, width, height) => {
    const s = sniffImage(fixture(file));
    expect(s.format).toBe(format);
    expect(s.width).toBe(width);
    expect(s.height).toBe(height);
  });

  it('sees that a GIF is animated', () => expect(sniffImage(fixture('bad/animated.gif')).animated).toBe(true));
  it.each([
    ['bad/empty.jpg', 'empty'],
    ['bad/clip.mp4', 'video'],
    ['bad/iphone.heic', 'heic'],
  ])('%s → %s', (file, format) => expect(sniffImage(fixture(file)).format).toBe(format));
  it('recognises WebM and unknown bytes', () => {
    expect(sniffImage(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2])).format).toBe('video');
    expect(sniffImage(new TextEncoder().encode('hello world, not an image')).format).toBe('unknown');
  });
});

describe('refuseEarly: each bad input gets its own status and reason', () => {
  it.each([
    ['bad/empty.jpg', 'corrupt', '0 bytes'],
    ['bad/bomb.png', 'too-large', '60000 × 60000'],
    ['bad/clip.mp4', 'unsupported', 'video'],
    ['bad/iphone.heic', 'unsupported', 'HEIC'],
  ])('%s → %s', (file, status, words) => {
    const r = refuseEarly(file, fixture(file));
    expect(r?.status).toBe(status);
    expect(r?.reason?.nl).toContain(words);
  });
  it('refuses more than 25 MB by size alone', () => {
    expect(refuseEarly('big', { length: 26 * 1024 * 1024 } as Uint8Array)?.status).toBe('too-large');
  });
  it('lets a normal photo through to the decoder', () => expect(refuseEarly('ok', fixture('portrait/child-01-3-9.jpg'))).toBeUndefined());
});

describe('truncated files are caught before any decoder is lenient about them', () => {
  it('a JPEG cut short is truncated, a whole one is not', () => {
    expect(sniffImage(fixture('bad/truncated.jpg')).truncated).toBe(true);
    expect(sniffImage(fixture('adult/staff-team-1.jpg')).truncated).toBe(false);
    expect(refuseEarly('t', fixture('bad/truncated.jpg'))?.status).toBe('corrupt');
  });
  it('a PNG without IEND is truncated', () => {
    const whole = fixture('text/class-list.png');
    expect(sniffImage(whole).truncated).toBe(false);
    expect(sniffImage(whole.subarray(0, whole.length >> 1)).truncated).toBe(true);
  });
  it('every fixture photo that should be fine is not truncated', () => {
    for (const f of ['portrait/child-01-3-9.jpg', 'group/class-1.jpg', 'scene/rocket.jpg', 'adult/astronaut.png']) expect(sniffImage(fixture(f)).truncated, f).toBe(false);
  });
});
