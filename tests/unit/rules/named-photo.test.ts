import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../lib/engine';
import { findings, img, policy, row } from './image-rules-helpers';

describe('named-photo', () => {
  it('fires on a group photo with a pupil named in the text, on the name', () => {
    const text = 'Op de foto: Sanne uit groep 3 bij de moestuin.';
    const f = findings('named-photo', [img('g.jpg', row(6, 8))], text);
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]).toMatchObject({ severity: 'block', image: 'g.jpg', excerpt: 'Sanne' });
  });
  it('fires on a name written inside the photo (OCR text)', () => {
    const f = findings('named-photo', [img('g.jpg', row(6, 8), { text: 'Gefeliciteerd Sanne!' })], 'Feest in groep 4.');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('Sanne');
  });
  it('fires when a photo could not be analysed (it may show the child)', () =>
    expect(findings('named-photo', [{ id: 'x.heic', status: 'unsupported' }], 'Gefeliciteerd Daan!')).not.toHaveLength(0));
  it.each([
    ['the same name without a photo', [], 'Gefeliciteerd Daan!'],
    ['a name under a photo without people', [img('c.jpg', [])], 'Gefeliciteerd Daan!'],
    ['a staff name with a title under a group photo', [img('g.jpg', row(6, 8))], 'Juf Eline heeft met groep 5 gebakken.'],
    ['a group photo without names', [img('g.jpg', row(6, 8))], 'Wat een mooie dag in groep 5!'],
  ])('is quiet on %s', (_, images, text) => expect(findings('named-photo', images, text)).toHaveLength(0));
  it('needs child-name (it reads its hits)', () => {
    const p = { ...policy, rules: { ...policy.rules, 'child-name': 'off' as const } };
    expect(checkDraft({ text: 'Gefeliciteerd Daan!', context: 'post', hasImages: true, images: [img('g.jpg', row(6, 8))] }, p).filter((f) => f.rule === 'named-photo')).toHaveLength(0);
  });
});
