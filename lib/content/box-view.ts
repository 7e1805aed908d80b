// One compose box as the UI shows it: position, highlights, photo markers, the stop and the
// contact link. Reads layout (getBoundingClientRect, Range rects) but never writes to the page.
import { buildContactLink } from '../contact';
import type { Strings } from '../i18n/strings';
import type { SiteAdapter } from '../platforms/types';
import type { Policy } from '../policy/schema';
import type { Lang } from '../types';
import { highlightRects, photoMarkers, toRect } from './layout';
import type { BoxSession } from './session';
import type { BoxView } from './view';

export interface ViewContext {
  adapter: SiteAdapter;
  policy: Policy;
  lang: Lang;
  s: Strings;
}

export function buildBoxView(session: BoxSession, { adapter, policy, lang, s }: ViewContext): BoxView | undefined {
  const e = session.last;
  if (!e || !e.status.checked) return undefined;
  // Nothing to show: skip the layout reads (this runs after every batch of page mutations).
  if (e.findings.length === 0 && !e.failure && !session.hold && session.images.length === 0) return undefined;
  const anchor = toRect(session.editor.getBoundingClientRect());
  const visible = anchor.width > 0 || anchor.height > 0;
  if (!visible && !session.hold) return undefined;
  // The link is built only when a panel or stop can show it (it encodes the whole draft).
  const needsContact = session.panelOpen || Boolean(session.hold);
  return {
    id: session.id,
    anchor,
    findings: e.findings,
    highlights: visible ? highlightRects(session.editor, e.findings) : [],
    photos: visible ? photoMarkers(adapter.attachmentPreviews(session.box), session.images, e.findings, s, lang) : [],
    failure: e.failure,
    panelOpen: session.panelOpen,
    hold: session.hold,
    contact: needsContact
      ? buildContactLink(policy, {
          schoolName: policy.schoolName,
          platform: adapter.platform,
          account: e.account,
          text: e.text,
          findings: session.hold && session.hold.kind !== 'waiting' ? session.hold.findings : e.findings,
          lang,
        })
      : { kind: 'none' },
    notice: e.status.notice?.[lang],
  };
}
