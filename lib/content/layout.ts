// Where things are on screen: the editor's box, the rectangles of finding spans (from
// Range.getClientRects(), read only) and photo thumbnails. Viewport coordinates (position: fixed).
import { mapEditorText, type TextMap } from '../platforms/text';
import type { Finding } from '../types';
import type { HighlightView, PhotoView, Rect } from './view';
import type { AttachedImage } from './session';
import type { Strings } from '../i18n/strings';
import type { Lang } from '../types';

export function toRect(r: { top: number; left: number; width: number; height: number }): Rect {
  return { top: r.top, left: r.left, width: r.width, height: r.height };
}

/** Enough to mark every problem in any real post; bounds the work per frame on pathological text. */
export const MAX_HIGHLIGHTS = 200;

type Segment = TextMap['segments'][number];

/** Where draft offset `at` lies in the DOM (same rules as rangeForSpan in lib/platforms/text):
 *  at a boundary 'forward' picks the start of the next text, 'backward' the end of the previous. */
function positionAt(segs: readonly Segment[], at: number, bias: 'forward' | 'backward'): { node: Text; offset: number } | null {
  if (segs.length === 0) return null;
  if (bias === 'forward') {
    // First segment ending after `at`.
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.textStart + segs[mid]!.length > at) hi = mid;
      else lo = mid + 1;
    }
    const seg = segs[lo];
    if (seg) return { node: seg.node, offset: seg.nodeStart + Math.max(0, at - seg.textStart) };
    const last = segs[segs.length - 1]!;
    return at === last.textStart + last.length ? { node: last.node, offset: last.nodeStart + last.length } : null;
  }
  // Last segment starting before `at`.
  let lo = -1;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.textStart < at) lo = mid;
    else hi = mid - 1;
  }
  const seg = lo >= 0 ? segs[lo] : undefined;
  if (seg) return { node: seg.node, offset: seg.nodeStart + Math.min(seg.length, at - seg.textStart) };
  const first = segs[0]!;
  return at === first.textStart ? { node: first.node, offset: first.nodeStart } : null;
}

/** DOM Ranges for many spans of one editor, reading its text map once (read only). */
export function rangesForSpans(editor: HTMLElement, spans: readonly { start: number; end: number }[]): (Range | null)[] {
  if (editor.tagName === 'TEXTAREA') return spans.map(() => null);
  const map = mapEditorText(editor);
  return spans.map(({ start, end }) => {
    if (start < 0 || end <= start || end > map.text.length) return null;
    const from = positionAt(map.segments, start, 'forward');
    const to = positionAt(map.segments, end, 'backward');
    if (!from || !to) return null;
    const range = editor.ownerDocument.createRange();
    try {
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
    } catch {
      return null;
    }
    return range.collapsed ? null : range;
  });
}

/** Highlights for text findings; a span the DOM cannot map (textarea) is skipped. */
export function highlightRects(editor: HTMLElement, findings: readonly Finding[]): HighlightView[] {
  const spans = findings
    .filter((f): f is Finding & { start: number; end: number } => f.source === 'text' && f.start !== undefined && f.end !== undefined && f.end > f.start)
    .slice(0, MAX_HIGHLIGHTS);
  let ranges: (Range | null)[];
  try {
    ranges = rangesForSpans(editor, spans);
  } catch {
    return [];
  }
  const out: HighlightView[] = [];
  ranges.forEach((range, i) => {
    if (!range) return;
    Array.from(range.getClientRects()).forEach((r, j) => {
      if (r.width > 0 && r.height > 0) out.push({ key: `${i}:${j}`, rect: toRect(r), severity: spans[i]!.severity });
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
