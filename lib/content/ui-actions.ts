// What the buttons in our UI do (view.ts UiActions): open and close a finding's panel, "Dit klopt
// niet", "Toch plaatsen", "Bericht aanpassen", the options page, closing the new-page notice.
// Stats count rule ids only; the optional reason for "Toch plaatsen" is never kept.
import type { StatKind } from '../stats';
import type { RuleId } from '../types';
import { stopFindings } from './hold';
import { BoxSession, dismissKey, type Evaluation } from './session';
import type { SubmitFlow } from './submit-flow';
import type { UiActions } from './view';

export interface UiActionsContext {
  byId(id: string): BoxSession | undefined;
  evaluate(x: BoxSession): Evaluation;
  check(x: BoxSession): void;
  render(): void;
  submit: Pick<SubmitFlow, 'release' | 'releaseAndReplay'>;
  recordStat?(kind: StatKind, rule: RuleId): void;
  openOptions?(): void;
  closeNewPage(): void;
}

export function createUiActions(ctx: UiActionsContext): UiActions {
  return {
    togglePanel(id) {
      const x = ctx.byId(id);
      if (!x) return;
      x.panelOpen = !x.panelOpen;
      ctx.render();
    },
    closePanel(id) {
      const x = ctx.byId(id);
      if (!x) return;
      x.panelOpen = false;
      ctx.render();
      x.editor.focus({ preventScroll: true });
    },
    dismiss(id, finding) {
      const x = ctx.byId(id);
      if (!x) return;
      x.dismissed.add(dismissKey(finding));
      ctx.recordStat?.('dismiss', finding.rule);
      ctx.check(x);
      ctx.render();
    },
    confirm(id) {
      // The reason is for the user's own deliberation only: never stored or sent.
      const x = ctx.byId(id);
      if (!x || !x.hold || x.hold.kind !== 'warn') return;
      const e = ctx.evaluate(x);
      const verdict = BoxSession.verdict(e, x.pendingImages().length);
      if (verdict === 'block') {
        x.hold = { kind: 'block', findings: stopFindings(e.findings) };
        ctx.render();
        return;
      }
      for (const rule of new Set(x.hold.findings.filter((f) => f.severity === 'warn').map((f) => f.rule))) ctx.recordStat?.('override', rule);
      ctx.submit.releaseAndReplay(x);
    },
    cancel(id) {
      const x = ctx.byId(id);
      if (x) ctx.submit.release(x);
    },
    openOptions() {
      ctx.openOptions?.();
    },
    closeNewPage() {
      ctx.closeNewPage();
      ctx.render();
    },
  };
}
