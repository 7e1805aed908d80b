// One compose box's state: its last findings, what the user dismissed, attached photos and the
// held submit. Pure logic over the adapter and the engine; the controller wires events and UI.
import { checkDraft, strongest } from '../engine';
import type { Policy } from '../policy/schema';
import { schoolStatus, type SchoolStatus } from '../platforms/account';
import type { ComposeBox, SiteAdapter } from '../platforms/types';
import type { Draft, Finding, ImageAnalysis, Lang, RuleId } from '../types';
import type { HoldView } from './view';

export interface AttachedImage {
  id: string;
  file: File;
  analysis: ImageAnalysis;
}

export interface Evaluation {
  status: SchoolStatus;
  account?: string;
  text: string;
  /** Findings not dismissed, most severe first. Empty when the box is not checked. */
  findings: Finding[];
  /** The engine threw or the markup does not match: fail open, visibly. */
  failure: boolean;
}

/** A finding is dismissed until the text of its span (or the image) changes. */
export function dismissKey(f: Finding): string {
  return `${f.rule}|${f.source}|${f.image ?? ''}|${f.excerpt ?? ''}`;
}

let nextId = 0;

export class BoxSession {
  readonly id = `pw${++nextId}`;
  box: ComposeBox;
  images: AttachedImage[] = [];
  dismissed = new Set<string>();
  /** Rules already counted as shown for this draft (recordStat 'finding' once per draft+rule). */
  counted = new Set<RuleId>();
  last: Evaluation | undefined;
  panelOpen = false;
  hold: HoldView | undefined;
  /** The replay of the held submit; used at most once. */
  replay: (() => boolean) | undefined;
  heldText: string | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  observer: MutationObserver | undefined;
  /** Set while a submit waits for photo analyses. */
  onImagesChanged: (() => void) | undefined;

  constructor(
    private readonly adapter: SiteAdapter,
    box: ComposeBox,
  ) {
    this.box = box;
  }

  get editor(): HTMLElement {
    return this.box.editor;
  }

  draft(text: string, account: string | undefined, pageCreation: boolean): Draft {
    return {
      text,
      context: this.box.context,
      hasImages: this.images.length > 0,
      images: this.images.map((i) => i.analysis),
      platform: this.adapter.platform,
      account,
      pageCreation,
    };
  }

  pendingImages(): AttachedImage[] {
    return this.images.filter((i) => i.analysis.status === 'pending');
  }

  /** Reads the box and runs the engine, synchronously. Never throws. */
  evaluate(policy: Policy, lang: Lang, pageCreation: boolean): Evaluation {
    const doc = this.editor.ownerDocument;
    let account: string | undefined;
    let text = '';
    try {
      account = this.adapter.activeAccount(doc, this.box);
      text = this.adapter.readText(this.box);
    } catch {
      return (this.last = { status: schoolStatus(this.adapter.platform, undefined, policy), text, findings: [], failure: true });
    }
    const status = schoolStatus(this.adapter.platform, account, policy);
    if (!status.checked) return (this.last = { status, account, text, findings: [], failure: false });
    if (!text.trim() && this.images.length === 0) this.resetDraft();
    let failure = false;
    let findings: Finding[] = [];
    try {
      failure = this.adapter.markupProblems(this.box).length > 0;
      if (!failure) {
        findings = checkDraft(this.draft(text, account, pageCreation), policy, { lang })
          .filter((f) => f.severity !== 'off' && f.rule !== 'new-page' && !this.dismissed.has(dismissKey(f)));
      }
    } catch {
      failure = true;
      findings = [];
    }
    return (this.last = { status, account, text, findings, failure });
  }

  /** A new, empty draft: forget dismissals and what was counted (a submit cleared the box). */
  resetDraft(): void {
    this.dismissed.clear();
    this.counted.clear();
  }

  /** Verdict at submit from a fresh evaluation. */
  static verdict(e: Evaluation, pending: number): 'pass' | 'wait' | 'warn' | 'block' {
    if (!e.status.checked || e.failure) return 'pass';
    const worst = strongest(e.findings);
    // A block is known already: no need to wait for photos to say so.
    if (worst === 'block') return 'block';
    if (pending > 0) return 'wait';
    return worst === 'warn' ? 'warn' : 'pass';
  }
}
