import { describe, expect, it } from 'vitest';
import { face, findings, img, policy, row } from './image-rules-helpers';

describe('photo-consent', () => {
  it.each([
    ['a class photo', row(8, 8)],
    ['children with their teacher', [...row(4, 7), face(100, 35, 600)]],
    ['a group of uncertain age', row(5, 19)],
  ])('asks on %s', (_, faces) => {
    const f = findings('photo-consent', [img('g.jpg', faces)]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ image: 'g.jpg', severity: 'warn' });
    expect(f[0]!.message).toContain('Heeft elk herkenbaar kind toestemming van de ouders?');
  });
  it.each([
    ['a photo without people', []],
    ['a staff team', row(5, 45)],
    ['a child portrait (child-portrait stops it already)', [face(300, 7)]],
  ])('stays quiet on %s', (_, faces) => expect(findings('photo-consent', [img('g.jpg', faces)])).toHaveLength(0));
  it('asks on a child portrait when child-portrait is switched off', () => {
    const p = { ...policy, rules: { ...policy.rules, 'child-portrait': 'off' as const } };
    expect(findings('photo-consent', [img('a.jpg', [face(300, 7)])], 'x', p)).toHaveLength(1);
  });
});
