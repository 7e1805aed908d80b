// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { attachFiles, expirePending, filesOf, isImageFile, syncWithPreviews } from '../../../lib/content/images';
import { photoMarkers } from '../../../lib/content/layout';
import { BoxSession } from '../../../lib/content/session';
import { strings } from '../../../lib/i18n/strings';
import type { SiteAdapter } from '../../../lib/platforms/types';
import type { ImageAnalysis } from '../../../lib/types';

const adapter = { platform: 'x' } as SiteAdapter;
const session = () => new BoxSession(adapter, { editor: document.createElement('div'), scope: document.createElement('div'), context: 'post' });
const png = (name = 'klas.png') => new File([new Uint8Array([1])], name, { type: 'image/png' });

describe('attached photos', () => {
  it('knows images and videos by type or extension, not other files', () => {
    expect(isImageFile(png())).toBe(true);
    expect(isImageFile(new File([], 'IMG_0001.HEIC'))).toBe(true);
    expect(isImageFile(new File([], 'film.mp4', { type: 'video/mp4' }))).toBe(true);
    expect(isImageFile(new File([], 'brief.pdf', { type: 'application/pdf' }))).toBe(false);
  });

  it('reads files from a file input change, a drop and a paste', () => {
    const input = document.createElement('input');
    input.type = 'file';
    const file = png();
    Object.defineProperty(input, 'files', { value: [file] });
    const change = new Event('change');
    Object.defineProperty(change, 'target', { value: input });
    expect(filesOf(change)).toEqual([file]);
    const drop = new Event('drop') as DragEvent;
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
    expect(filesOf(drop)).toEqual([file]);
    expect(filesOf(new Event('paste'))).toEqual([]);
  });

  it('adds a photo as pending, once, and fills in the analysis when it arrives', async () => {
    const s = session();
    let finish!: (a: ImageAnalysis) => void;
    const analyse = vi.fn(() => new Promise<ImageAnalysis>((r) => (finish = r)));
    const changed = vi.fn();
    const file = png();
    attachFiles(s, [file, file], analyse, changed);
    expect(analyse).toHaveBeenCalledOnce();
    expect(s.pendingImages()).toHaveLength(1);
    expect(s.draft('', undefined, false)).toMatchObject({ hasImages: true, images: [{ status: 'pending' }] });
    finish({ id: 'whatever', status: 'ok', faces: [] });
    await Promise.resolve();
    await Promise.resolve();
    expect(s.images[0]!.analysis).toMatchObject({ id: s.images[0]!.id, status: 'ok' });
    expect(changed).toHaveBeenCalledOnce();
  });

  it('a pending analysis past its time counts as not checked, and a late answer is ignored', async () => {
    const s = session();
    let finish!: (a: ImageAnalysis) => void;
    attachFiles(s, [png()], () => new Promise<ImageAnalysis>((r) => (finish = r)), () => undefined);
    expirePending(s);
    expect(s.images[0]!.analysis.status).toBe('timeout');
    finish({ id: 'x', status: 'ok' });
    await Promise.resolve();
    expect(s.images[0]!.analysis.status).toBe('timeout');
  });

  it('without an image engine a photo is "failed" (→ unchecked-image), never silently ok', async () => {
    const s = session();
    attachFiles(s, [png()], undefined, () => undefined);
    await Promise.resolve();
    await Promise.resolve();
    expect(s.images[0]!.analysis.status).toBe('failed');
  });

  it('forgets photos whose thumbnails were removed', () => {
    const s = session();
    attachFiles(s, [png('a.png'), png('b.png')], async () => ({ id: '', status: 'ok' }), () => undefined);
    syncWithPreviews(s, 2, 0); // thumbnails appeared
    expect(s.images).toHaveLength(2);
    syncWithPreviews(s, 1, 2);
    expect(s.images.map((i) => i.file.name)).toEqual(['a.png']);
  });

  it('markers: "wordt gecontroleerd…" while pending, the finding on a problem photo', () => {
    const s = session();
    attachFiles(s, [png('a.png'), png('b.png')], () => new Promise(() => undefined), () => undefined);
    s.images[1]!.analysis = { id: s.images[1]!.id, status: 'ok' };
    const thumbs = [0, 1].map(() => {
      const el = document.createElement('img');
      el.getBoundingClientRect = () => ({ top: 0, left: 0, width: 50, height: 50, right: 50, bottom: 50, x: 0, y: 0, toJSON: () => ({}) });
      return el;
    });
    const finding = { rule: 'child-portrait' as const, severity: 'block' as const, source: 'image' as const, image: s.images[1]!.id, message: 'Portretfoto van een kind.', article: 'Afspraken 3' };
    const markers = photoMarkers(thumbs, s.images, [finding], strings('nl'), 'nl');
    expect(markers.map((m) => [m.status, m.label])).toEqual([
      ['pending', 'wordt gecontroleerd…'],
      ['problem', 'Portretfoto van een kind.'],
    ]);
  });
});
