import { describe, expect, it } from 'vitest';
import { AnalysisCache, contentHash } from '../../../lib/image/cache';
import { ImageEngine, type ImagePlatform } from '../../../lib/image/engine';
import { readFileSync } from 'node:fs';

describe('cache by content hash', () => {
  it('hashes equal bytes equally and different bytes differently', async () => {
    const a = await contentHash(new Uint8Array([1, 2, 3]));
    expect(a).toBe(await contentHash(new Uint8Array([1, 2, 3])));
    expect(a).not.toBe(await contentHash(new Uint8Array([1, 2, 4])));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
  it('evicts the least recently used entry', () => {
    const c = new AnalysisCache(2);
    c.set('a', { id: 'a', status: 'ok' });
    c.set('b', { id: 'b', status: 'ok' });
    c.get('a');
    c.set('c', { id: 'c', status: 'ok' });
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBeDefined();
  });
});

describe('ImageEngine with a stub platform', () => {
  const jpeg = new Uint8Array(readFileSync('tests/fixtures/images/portrait/child-01-3-9.jpg'));
  const platform = (over: Partial<ImagePlatform> = {}) => {
    let calls = 0;
    const p: ImagePlatform = {
      decode: async () => ({ rgb: { width: 2, height: 2, data: new Uint8Array(12) }, ocrInput: async () => null }),
      findFaces: async () => (calls++, [{ x: 0, y: 0, width: 2, height: 2, score: 1, age: 7 }]),
      recognizeText: async () => '  Sanne  ',
      ...over,
    };
    return { p, calls: () => calls };
  };
  it('analyses once per content, answering under each id', async () => {
    const { p, calls } = platform();
    const engine = new ImageEngine(p);
    const a = await engine.analyse('one.jpg', jpeg);
    const b = await engine.analyse('two.jpg', jpeg);
    expect(a).toMatchObject({ id: 'one.jpg', status: 'ok', text: 'Sanne' });
    expect(b.id).toBe('two.jpg');
    expect(calls()).toBe(1);
  });
  it('a decoder error is "corrupt", an engine error is "failed", never a throw', async () => {
    const corrupt = await new ImageEngine(platform({ decode: async () => { throw new Error('bad'); } }).p).analyse('x', jpeg);
    expect(corrupt.status).toBe('corrupt');
    const failed = await new ImageEngine(platform({ findFaces: async () => { throw new Error('wasm'); } }).p).analyse('x', jpeg);
    expect(failed).toMatchObject({ status: 'failed' });
    expect(failed.reason?.en).toContain('wasm');
  });
  it('gives up after the timeout with status "timeout"', async () => {
    const slow = platform({ findFaces: () => new Promise(() => {}) }).p;
    expect((await new ImageEngine(slow).analyse('x', jpeg, { timeoutMs: 50 })).status).toBe('timeout');
  });
});
