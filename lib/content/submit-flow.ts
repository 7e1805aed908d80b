// The held submit (DESIGN §2): what the capture-phase guard (lib/guard) asks the runtime — which
// compose box a click or key belongs to, pass or hold, and what to do once held — and the life of
// a stop after that: waiting for photos with progress, refreshing when findings change, releasing
// and replaying exactly once. The controller owns the sessions; this module only reads and marks
// them through SubmitFlowContext.
import { installSubmitGuard, type GuardHooks, type SubmitAttempt } from '../guard';
import type { SiteAdapter } from '../platforms/types';
import type { Finding } from '../types';
import { expirePending } from './images';
import { holdFor, refreshedHold } from './hold';
import type { BoxSession, Evaluation } from './session';

export interface SubmitFlowContext {
  adapter: SiteAdapter;
  win: Window;
  sessions(): Iterable<BoxSession>;
  /** The session of a compose box, made when it is new (a submit in a box not scanned yet). */
  sessionFor(box: BoxSession['box']): BoxSession;
  sessionContaining(node: Node | null): BoxSession | undefined;
  /** Re-reads the page for compose boxes now. */
  scan(): void;
  /** Runs the engine on a box now (synchronously), as the controller does while typing. */
  evaluate(x: BoxSession): Evaluation;
  countShown(x: BoxSession, findings: readonly Finding[]): void;
  render(): void;
  /** True until the word and name lists are registered: submits are held unseen meanwhile. */
  listsLoading(): boolean;
  /** Our own UI host: clicks in it are never submits. */
  isOwnUi(node: Node): boolean;
  /** How long a submit waits for photo analyses before they count as not checked. */
  imageWaitMs: number;
}

export interface SubmitFlow {
  /** A box's findings changed while its stop is open: update the stop, or release it. */
  refreshHold(session: BoxSession): void;
  /** Closes the stop without posting (Cancel, or nothing stops any more). */
  release(session: BoxSession, focusEditor?: boolean): void;
  /** Closes the stop and lets the held submit go, exactly once. */
  releaseAndReplay(session: BoxSession): void;
  /** The lists arrived (or failed): decide the submits held meanwhile as the guard would have. */
  decideWaiting(isLive: (x: BoxSession) => boolean): void;
  dispose(): void;
}

export function createSubmitFlow(ctx: SubmitFlowContext): SubmitFlow {
  const { adapter } = ctx;
  const doc = ctx.win.document;
  /** Submits made before the lists arrived, decided when they do (the latest replay per box). */
  const waitingForLists = new Map<BoxSession, { attempt: SubmitAttempt<BoxSession>; replay: () => boolean }>();

  /** The boxes one submit sends: all editors behind the same button (X threads), else one. */
  const groupOf = (attempt: SubmitAttempt<BoxSession>): BoxSession[] => {
    if (attempt.trigger.kind !== 'click') return [attempt.box];
    const button = attempt.trigger.button;
    const group = Array.from(ctx.sessions()).filter((x) => x === attempt.box || adapter.submitButton(x.box) === button);
    return group.length ? group : [attempt.box];
  };

  const evaluateAtSubmit = (x: BoxSession) => {
    const e = ctx.evaluate(x);
    if (e.status.checked) ctx.countShown(x, e.findings);
    return e;
  };

  const release = (session: BoxSession, focusEditor = true) => {
    session.hold = undefined;
    session.replay = undefined;
    session.onImagesChanged = undefined;
    ctx.render();
    if (focusEditor) session.editor.focus({ preventScroll: true });
  };

  const releaseAndReplay = (session: BoxSession) => {
    const replay = session.replay;
    release(session, false);
    replay?.();
  };

  const refreshHold = (session: BoxSession) => {
    const e = session.last;
    if (!e || !session.hold || session.hold.kind === 'waiting') return;
    const next = refreshedHold(e);
    if (next) session.hold = next;
    else release(session);
  };

  /** A submit held for photos still being analysed: progress as they finish, then the verdict;
   *  past the deadline the rest count as not checked. */
  const waitForImages = (session: BoxSession, group: BoxSession[]) => {
    const deadline = setTimeout(() => {
      for (const x of group) expirePending(x);
      settle();
    }, ctx.imageWaitMs);
    const settle = () => {
      if (!session.hold || session.hold.kind !== 'waiting') return clearTimeout(deadline);
      const pending = group.reduce((n, x) => n + x.pendingImages().length, 0);
      const total = group.reduce((n, x) => n + x.images.length, 0);
      if (pending > 0) {
        session.hold = { kind: 'waiting', done: total - pending, total };
        ctx.render();
        return;
      }
      clearTimeout(deadline);
      const next = holdFor(group, evaluateAtSubmit);
      if (!next) releaseAndReplay(session);
      else {
        session.hold = next;
        ctx.render();
      }
    };
    session.onImagesChanged = settle;
  };

  const hooks: GuardHooks<BoxSession> = {
    boxForKey(event) {
      const target = event.target as Node | null;
      let session = ctx.sessionContaining(target);
      // Every submit key is an Enter; only then is an editor we have not met yet worth a scan.
      if (!session && target && event.key === 'Enter' && adapter.findComposeBoxes(doc).some((b) => b.editor.contains(target))) {
        ctx.scan();
        session = ctx.sessionContaining(target);
      }
      if (!session || !adapter.isSubmitKey(event, session.box)) return null;
      return { box: session, editor: session.editor };
    },
    boxForClick(target) {
      if (ctx.isOwnUi(target)) return null;
      const box = adapter.boxForSubmitClick(target, doc);
      if (!box) return null;
      const session = ctx.sessionFor(box);
      const button = adapter.submitButton(box) ?? (target.closest('button, [role="button"]') as HTMLElement | null);
      return button ? { box: session, button } : null;
    },
    decide(attempt) {
      const session = attempt.box;
      if (session.hold) return 'hold'; // the stop is open already: keep holding
      if (ctx.listsLoading()) return 'hold'; // decided in a few ms, when the lists arrive
      const group = groupOf(attempt);
      const hold = holdFor(group, evaluateAtSubmit);
      if (!hold) {
        if (group.some((x) => x.last?.failure)) ctx.render(); // fail open, visibly
        return 'pass';
      }
      session.hold = hold;
      session.heldText = session.last?.text;
      return 'hold';
    },
    held(attempt, replay) {
      const session = attempt.box;
      if (ctx.listsLoading() && !session.hold) {
        waitingForLists.set(session, { attempt, replay });
        return;
      }
      session.replay = replay;
      session.panelOpen = false;
      ctx.render();
      if (session.hold?.kind === 'waiting') waitForImages(session, groupOf(attempt));
    },
    failed(attempt) {
      if (attempt.box.last) attempt.box.last.failure = true;
      ctx.render();
    },
  };
  const guard = installSubmitGuard<BoxSession>(ctx.win, hooks);

  return {
    refreshHold,
    release,
    releaseAndReplay,
    decideWaiting(isLive) {
      const waiting = Array.from(waitingForLists.values());
      waitingForLists.clear();
      for (const { attempt, replay } of waiting) {
        if (!isLive(attempt.box)) continue;
        if (hooks.decide(attempt) === 'pass') replay();
        else hooks.held(attempt, replay);
      }
    },
    dispose: () => guard.dispose(),
  };
}
