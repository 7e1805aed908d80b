import { describe, expect, it } from 'vitest';
import type { ImageAnalysis } from '../../../lib/types';
import { REASONS } from '../../../lib/image/reasons';
import { findings, img, row } from './image-rules-helpers';

describe('unchecked-image', () => {
  it.each<[string, ImageAnalysis, RegExp]>([
    ['HEIC', { id: 'a.heic', status: 'unsupported', reason: REASONS.heic }, /HEIC/],
    ['a video', { id: 'v.mp4', status: 'unsupported', reason: REASONS.video }, /video/],
    ['a damaged file', { id: 'b.jpg', status: 'corrupt', reason: REASONS.corrupt }, /beschadigd/],
    ['over 25 MB', { id: 'c.jpg', status: 'too-large', reason: REASONS.tooLargeBytes(31) }, /25 MB \(31 MB\)/],
    ['a timeout', { id: 'd.jpg', status: 'timeout', reason: REASONS.timeout }, /te lang/],
    ['an engine failure', { id: 'e.jpg', status: 'failed', reason: REASONS.engine('wasm') }, /mislukt \(wasm\)/],
    ['still pending', { id: 'f.jpg', status: 'pending' }, /nog bezig/],
  ])('reports %s with its reason', (_, analysis, reason) => {
    const f = findings('unchecked-image', [analysis]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ image: analysis.id, severity: 'warn' });
    expect(f[0]!.message).toMatch(/^Postwijs kon deze foto niet controleren: /);
    expect(f[0]!.message).toMatch(reason);
  });
  it.each([
    ['an analysed photo', [img('ok.jpg', row(6, 8))]],
    ['no photos', []],
  ])('is quiet for %s', (_, images) => expect(findings('unchecked-image', images)).toHaveLength(0));
});
