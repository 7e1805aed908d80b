// Our SSD forward pass (lib/image/ssd.ts: batch norm folded, fused convs, suppression in JS) must
// find what face-api's own SsdMobilenetv1 finds with the same weights: same faces, same order,
// boxes and scores equal up to float rounding.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadNodeFaceApi } from '../../../lib/image/node';
import { detectFacesSsd } from '../../../lib/image/ssd';

const cases = [
  ['portrait/child-01-3-9.jpg', 0.5],
  ['group/class-2.jpg', 0.5],
  ['group/class-with-teacher-1.jpg', 0.5],
  ['adult/staff-team-1.jpg', 0.5],
  ['scene/coffee.jpg', 0.5],
  // A low threshold keeps many overlapping candidates: the suppression step has work to do.
  ['group/class-4.jpg', 0.1],
] as const;

describe('SSD MobileNet with folded batch norm = face-api SsdMobilenetv1', { timeout: 120_000 }, () => {
  it.each(cases)('%s (min confidence %s)', async (file, minConfidence) => {
    const faceapi = await loadNodeFaceApi();
    const { data, info } = await sharp(`tests/fixtures/images/${file}`).resize({ width: 1280, height: 1280, fit: 'inside' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const input = faceapi.tf.tensor3d(new Uint8Array(data), [info.height, info.width, 3], 'int32');
    try {
      const theirs = await faceapi.detectAllFaces(input as never, new faceapi.SsdMobilenetv1Options({ minConfidence, maxResults: 100 }));
      const ours = await detectFacesSsd(faceapi, input, minConfidence, 100);
      expect(ours.length).toBe(theirs.length);
      ours.forEach((d, i) => {
        const t = theirs[i]!;
        expect(d.score).toBeCloseTo(t.score, 4);
        for (const k of ['x', 'y', 'width', 'height'] as const) expect(d.box[k]).toBeCloseTo(t.box[k], 1);
        expect(d.imageDims).toEqual(t.imageDims);
      });
      if (file.startsWith('scene/')) expect(ours).toHaveLength(0);
      else expect(ours.length).toBeGreaterThan(0);
    } finally {
      input.dispose();
    }
  });

  it('allocates no tensors per photo once its folded weights exist', async () => {
    const faceapi = await loadNodeFaceApi();
    const tf = faceapi.tf as unknown as typeof import('@tensorflow/tfjs');
    const input = faceapi.tf.fill([480, 640, 3], 90, 'int32') as never;
    await detectFacesSsd(faceapi, input, 0.5, 100);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) await detectFacesSsd(faceapi, input, 0.5, 100);
    expect(tf.memory().numTensors).toBe(before);
    (input as { dispose(): void }).dispose();
  });
});
