// Submit interception (DESIGN §2, §6): keydown and click listeners on window in the capture
// phase, registered at document_start so they run before any of the site's handlers. A held
// submit is stopped completely; after the user confirms, the original action is replayed once,
// with a bypass that covers only that synchronous replay.
import { keyTrigger, replayKeyEvent, type SubmitTrigger } from './trigger';

export type { SubmitTrigger };

export interface SubmitAttempt<B> {
  box: B;
  trigger: SubmitTrigger;
}

export interface GuardHooks<B> {
  /** The box a keydown submits, or null (not a submit key, or no box of ours). */
  boxForKey(event: KeyboardEvent): { box: B; editor: HTMLElement } | null;
  /** The box a click on `target` submits, with the submit control, or null. */
  boxForClick(target: Element): { box: B; button: HTMLElement } | null;
  /** Synchronous verdict at the moment of submit. Throwing counts as 'pass' (fail open). */
  decide(attempt: SubmitAttempt<B>): 'pass' | 'hold';
  /** Called after a hold; `replay()` performs the original action once (later calls do nothing). */
  held(attempt: SubmitAttempt<B>, replay: () => boolean): void;
  /** A decide() that threw: the submit went through; the caller shows the failure notice. */
  failed?(attempt: SubmitAttempt<B>, error: unknown): void;
}

export interface SubmitGuard {
  dispose(): void;
}

/** IME composition (Japanese, Chinese, dead keys…) must never be touched. */
export function isComposingKey(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

export function installSubmitGuard<B>(win: Window, hooks: GuardHooks<B>): SubmitGuard {
  // The event currently being replayed by us; only it passes unchecked.
  let bypass: Event | null = null;

  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const judge = (event: Event, attempt: SubmitAttempt<B>) => {
    let verdict: 'pass' | 'hold';
    try {
      verdict = hooks.decide(attempt);
    } catch (error) {
      hooks.failed?.(attempt, error);
      return;
    }
    if (verdict === 'pass') return;
    stop(event);
    hooks.held(attempt, once(() => replay(attempt.trigger)));
  };

  const replay = (trigger: SubmitTrigger): boolean => {
    const target = trigger.kind === 'click' ? trigger.button : trigger.editor;
    if (!target.isConnected) return false;
    if (trigger.kind === 'click') {
      // .click() makes its own event object and dispatches it synchronously: every click passes
      // while it runs (no user click can interleave), and the bypass ends when it returns.
      clickReplaying = true;
      try {
        trigger.button.click();
      } finally {
        clickReplaying = false;
      }
      return true;
    }
    trigger.editor.focus({ preventScroll: true });
    const event = replayKeyEvent(trigger);
    bypass = event;
    try {
      trigger.editor.dispatchEvent(event);
    } finally {
      bypass = null;
    }
    return true;
  };
  let clickReplaying = false;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event === bypass || isComposingKey(event)) return;
    const found = hooks.boxForKey(event);
    if (!found) return;
    judge(event, { box: found.box, trigger: keyTrigger(event, found.editor) });
  };

  const onClick = (event: MouseEvent) => {
    if (clickReplaying) return;
    const target = event.target as Element | null;
    if (!target || typeof target.closest !== 'function') return;
    const found = hooks.boxForClick(target);
    if (!found) return;
    judge(event, { box: found.box, trigger: { kind: 'click', button: found.button } });
  };

  win.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('click', onClick, true);
  return {
    dispose() {
      win.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('click', onClick, true);
    },
  };
}

function once(fn: () => boolean): () => boolean {
  let done = false;
  return () => {
    if (done) return false;
    done = true;
    return fn();
  };
}
