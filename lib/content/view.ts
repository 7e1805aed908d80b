// The view model the controller hands to the Preact components (components/): plain data plus
// callbacks, so the components stay dumb and testable and the controller owns all state.
import type { ContactLink } from '../contact';
import type { Finding, Lang, Severity } from '../types';

/** Viewport coordinates (position: fixed). */
export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface HighlightView {
  key: string;
  rect: Rect;
  severity: Severity;
}

export interface PhotoView {
  key: string;
  rect: Rect;
  status: 'pending' | 'ok' | 'problem' | 'unchecked';
  label: string;
}

export type HoldView =
  | { kind: 'waiting'; done: number; total: number }
  | { kind: 'warn' | 'block'; findings: Finding[] };

export interface BoxView {
  id: string;
  /** The editor's rectangle; the badge and notices sit at its lower edge. */
  anchor: Rect;
  /** Findings not dismissed by the user, most severe first. */
  findings: Finding[];
  highlights: HighlightView[];
  photos: PhotoView[];
  /** The engine failed or the markup did not match: "Postwijs kon dit bericht niet controleren". */
  failure: boolean;
  panelOpen: boolean;
  hold?: HoldView;
  contact: ContactLink;
  /** A sentence for the panel, e.g. "Geen schoolaccounts ingesteld". */
  notice?: string;
}

export interface PageView {
  lang: Lang;
  boxes: BoxView[];
  /** A page/account-creation flow is open (Schooluren 3 reminder). */
  pageCreation: boolean;
  /** What the screen reader hears (aria-live, polite): the count of the box checked last. */
  announce?: string;
}

export interface UiActions {
  togglePanel(id: string): void;
  closePanel(id: string): void;
  dismiss(id: string, finding: Finding): void;
  /** "Toch plaatsen" (warn only). */
  confirm(id: string, reason: string): void;
  /** Close the stop and go back to the editor. */
  cancel(id: string): void;
  openOptions(): void;
  closeNewPage(): void;
}
