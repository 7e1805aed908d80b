// Where things are on screen: the editor's box, the rectangles of finding spans (from
// Range.getClientRects(), read only) and photo thumbnails. Viewport coordinates (position: fixed).
import { rangeForSpan } from '../platforms/text';
import type { Finding } from '../types';
import type { HighlightView, PhotoView, Rect } from './view';
import type { AttachedImage } from './session';
import type { Strings } from '../i18n/strings';
import type { Lang } from '../types';

export function toRect(r: { top: number; left: number; width: number; height: number }): Rect {
  return { top: r.top, left: r.left, width: r.width, height: r.height };
}

/** Highlights for text findings; a span the DOM cannot map (textarea) is skipped. */
export function highlightRects(editor: HTMLElement, findings: readonly Finding[]): HighlightView[] {
  const out: HighlightView[] = [];
  findings.forEach((f, i) => {
    if (f.source !== 'text' || f.start === undefined || f.end === undefined || f.end <= f.start) return;
    let range: Range | null = null;
    try {
      range = rangeForSpan(editor, f.start, f.end);
    } catch {
      range = null;
    }
    if (!range) return;
    Array.from(range.getClientRects()).forEach((r, j) => {
      if (r.width > 0 && r.height > 0) out.push({ key: `${i}:${j}`, rect: toRect(r), severity: f.severity });
    });
  });
  return out;
}

/** Markers on thumbnails: by order, the n-th preview shows the n-th attached image. */
export function photoMarkers(previews: readonly HTMLElement[], images: readonly AttachedImage[], findings: readonly Finding[], s: Strings, lang: Lang): PhotoView[] {
  const out: PhotoView[] = [];
  images.forEach((img, i) => {
    const el = previews[i];
    if (!el) return;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return;
    const problem = findings.find((f) => f.image === img.id && f.source === 'image') ?? findings.find((f) => f.image === img.id);
    const a = img.analysis;
    const view: PhotoView =
      a.status === 'pending'
        ? { key: img.id, rect: toRect(r), status: 'pending', label: s.photoChecking }
        : problem
          ? { key: img.id, rect: toRect(r), status: 'problem', label: problem.message }
          : a.status !== 'ok'
            ? { key: img.id, rect: toRect(r), status: 'unchecked', label: a.reason?.[lang] ?? s.failure }
            : { key: img.id, rect: toRect(r), status: 'ok', label: s.photoOk };
    out.push(view);
  });
  return out;
}
