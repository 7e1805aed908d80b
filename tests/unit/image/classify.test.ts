import { describe, expect, it } from 'vitest';
import { ageClass, childProbabilityFromAge } from '../../../lib/image/child';
import { classifyPhoto } from '../../../lib/image/classify';
import type { FaceBox, ImageAnalysis } from '../../../lib/types';

const face = (size: number, age: number, x = 0): FaceBox => ({ x, y: 0, width: size, height: size, score: 0.9, age, childProbability: childProbabilityFromAge(age) });
const photo = (faces: FaceBox[], w = 1000, h = 800): ImageAnalysis => ({ id: 'p', status: 'ok', width: w, height: h, faces });

describe('age → child probability → class', () => {
  it.each([
    [5, 'child'],
    [12, 'child'],
    [19, 'unsure'],
    [21, 'unsure'],
    [30, 'adult'],
    [55, 'adult'],
  ])('age %i is %s', (age, cls) => expect(ageClass(childProbabilityFromAge(age))).toBe(cls));
  it('no age estimate is unsure, not adult', () => expect(ageClass(undefined)).toBe('unsure'));
  it('falls with age', () => expect(childProbabilityFromAge(8)).toBeGreaterThan(childProbabilityFromAge(25)));
});

describe('classifyPhoto', () => {
  it('no faces → no people', () => expect(classifyPhoto(photo([]), 3).kind).toBe('no-people'));
  it('not analysed → no people (unchecked-image speaks for it)', () => expect(classifyPhoto({ id: 'x', status: 'corrupt' }, 3).kind).toBe('no-people'));
  it('one child → portrait of a child', () => expect(classifyPhoto(photo([face(300, 7)]), 3)).toMatchObject({ kind: 'portrait', age: 'child', reason: 'few-faces' }));
  it('two faces with groupMinFaces 3 → portrait', () => expect(classifyPhoto(photo([face(200, 8), face(200, 9, 300)]), 3).kind).toBe('portrait'));
  it('one adult → portrait of an adult', () => expect(classifyPhoto(photo([face(300, 40)]), 3)).toMatchObject({ kind: 'portrait', age: 'adult' }));
  it('six equal faces → group', () => expect(classifyPhoto(photo([1, 2, 3, 4, 5, 6].map((i) => face(100, 8, i * 120))), 3)).toMatchObject({ kind: 'group', age: 'child' }));
  it('one big face among small ones → portrait (dominant)', () =>
    expect(classifyPhoto(photo([face(320, 7), ...[1, 2, 3, 4].map((i) => face(80, 8, i * 100))]), 3)).toMatchObject({ kind: 'portrait', reason: 'dominant-face', subjects: [{ width: 320 }] }));
  it('three large equal faces filling the frame stay a group', () => expect(classifyPhoto(photo([face(300, 7), face(300, 8, 330), face(300, 9, 660)]), 3).kind).toBe('group'));
  it('a group of adults is an adult group', () => expect(classifyPhoto(photo([1, 2, 3, 4].map((i) => face(100, 45, i * 120))), 3)).toMatchObject({ kind: 'group', age: 'adult' }));
  it('respects a larger groupMinFaces', () => expect(classifyPhoto(photo([1, 2, 3, 4].map((i) => face(100, 8, i * 120))), 5).kind).toBe('portrait'));
});
