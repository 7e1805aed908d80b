// Highlights of the exact spans and markers on photo thumbnails: absolutely positioned boxes
// over the page (never inside the editor), from Range.getClientRects() and thumbnail rects.
import type { HighlightView, PhotoView } from '../lib/content/view';

const px = (r: { top: number; left: number; width: number; height: number }) => ({
  top: `${r.top}px`,
  left: `${r.left}px`,
  width: `${r.width}px`,
  height: `${r.height}px`,
});

export function HighlightOverlay(props: { highlights: HighlightView[] }) {
  return (
    <>
      {props.highlights.map((h) => (
        <div key={h.key} class={`pw-hl pw-${h.severity}`} style={px(h.rect)} aria-hidden="true" />
      ))}
    </>
  );
}

export function PhotoMarkers(props: { photos: PhotoView[] }) {
  return (
    <>
      {props.photos.map((p) => (
        <div key={p.key} class={`pw-photo pw-${p.status}`} style={px(p.rect)} data-photo-status={p.status}>
          <span role="status">{p.label}</span>
        </div>
      ))}
    </>
  );
}
