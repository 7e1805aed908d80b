import { describe, expect, it } from 'vitest';
import { face, findings, img, row } from './image-rules-helpers';

describe('child-portrait', () => {
  it.each([
    ['one child', [face(300, 7)], /portretfoto van een kind.*één persoon/],
    ['two children (fewer than groupMinFaces 3)', [face(200, 6), face(200, 8, 300)], /2 personen in beeld, minder dan 3/],
    ['one child large in front of four small', [face(320, 8), ...row(4, 9).map((f) => ({ ...f, width: 70, height: 70 }))], /groot op de voorgrond/],
    ['a face of uncertain age alone', [face(300, 19)], /^Is dit een leerling\?/],
  ])('fires on %s', (_, faces, message) => {
    const f = findings('child-portrait', [img('a.jpg', faces)]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ image: 'a.jpg', severity: 'block', article: 'Afspraken 3' });
    expect(f[0]!.message).toMatch(message);
  });
  it.each([
    ['a staff portrait (adult)', [face(300, 42)]],
    ['a class photo', row(8, 8)],
    ['a photo without people', []],
    ['two adults', [face(200, 35), face(200, 50, 300)]],
  ])('does not fire on %s', (_, faces) => expect(findings('child-portrait', [img('a.jpg', faces)])).toHaveLength(0));
  it('does not fire on an image that could not be analysed', () => expect(findings('child-portrait', [{ id: 'x.heic', status: 'unsupported' }])).toHaveLength(0));
  it('speaks English when asked', async () => {
    const { checkDraft } = await import('../../../lib/engine');
    const { policy } = await import('./image-rules-helpers');
    const f = checkDraft({ text: '', context: 'post', hasImages: true, images: [img('a.jpg', [face(300, 7)])] }, policy, { lang: 'en' });
    expect(f.find((x) => x.rule === 'child-portrait')!.message).toMatch(/portrait of a child/);
  });
});
