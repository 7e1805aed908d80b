// DESIGN §4: findings say where they come from — "text" for the draft, "image" for a photo or
// text inside it.
import { describe, expect, it } from 'vitest';
import { findings, img, face, row } from '../rules/image-rules-helpers';

describe('finding source', () => {
  it.each([
    ['child-portrait', [img('portret.jpg', [face(500, 8)])]],
    ['photo-consent', [img('klas.jpg', row(8, 9))]],
    ['unchecked-image', [{ id: 'kapot.jpg', status: 'corrupt' as const, reason: { nl: 'beschadigd', en: 'damaged' } }]],
  ] as const)('%s findings carry source "image" and the image id', (rule, images) => {
    const got = findings(rule, [...images]);
    expect(got.length).toBeGreaterThan(0);
    for (const f of got) {
      expect(f.source).toBe('image');
      expect(f.image).toBe(images[0]!.id);
    }
  });

  it('named-photo points at the name in the draft: source "text" with the span, and the photo id', () => {
    const got = findings('named-photo', [img('klas.jpg', row(8, 9))], 'Sanne uit groep 3 op de foto');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ source: 'text', start: 0, end: 5, image: 'klas.jpg' });
  });

  it('text inside an image is checked with source "image"; the draft text with source "text"', () => {
    const got = findings('personal-data', [img('scherm.png', [], { text: 'Bel 06-12345678' })], 'Mail p.devries1980@hotmail.com');
    expect(got.map((f) => [f.source, f.image ?? null]).sort()).toEqual([
      ['image', 'scherm.png'],
      ['text', null],
    ]);
  });
});
