// Where our floating pieces go relative to the compose box. Above the editor's right end: the
// sites put their submit buttons and tools below or beside the editor, so that is where we must
// not cover anything. Near the top of the viewport, below the editor instead.
import type { Rect } from '../lib/content/view';

export const BADGE_HEIGHT = 24;
const GAP = 3;

export function badgeTop(anchor: Rect): number {
  const above = anchor.top - BADGE_HEIGHT - GAP;
  return above >= 0 ? above : anchor.top + anchor.height + GAP;
}

/** The panel opens away from the editor: upwards from the badge when there is room. */
export function panelStyle(anchor: Rect, viewportHeight: number, width = 360): Record<string, string> {
  const left = `${Math.max(8, anchor.left + anchor.width - width)}px`;
  const top = badgeTop(anchor);
  if (top < anchor.top && top > 240) return { left, bottom: `${viewportHeight - top + GAP}px` };
  return { left, top: `${anchor.top + anchor.height + BADGE_HEIGHT + GAP * 2}px` };
}
