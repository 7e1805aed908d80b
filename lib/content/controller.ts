// The content-script runtime of one site: finds compose boxes through the adapter (also ones
// added later: SPA navigation, dialogs), keeps one BoxSession per editor, checks while the user
// types (debounced) and synchronously at submit, renders the UI in our shadow host. Held submits
// are ./submit-flow.ts (over lib/guard), the UI's buttons ./ui-actions.ts. Browser APIs come in
// through `RuntimeOptions`, so the whole runtime runs in happy-dom tests.
import { schoolStatus } from '../platforms/account';
import type { SiteAdapter } from '../platforms/types';
import type { Policy } from '../policy/schema';
import { resolvePolicy } from '../policy/validate';
import type { StatKind } from '../stats';
import { strings } from '../i18n/strings';
import type { Finding, Lang, Platform, RuleId } from '../types';
import { attachFiles, filesOf, syncWithPreviews, type AnalyseImage } from './images';
import { buildBoxView } from './box-view';
import { BoxSession } from './session';
import { createSubmitFlow } from './submit-flow';
import { createUiActions } from './ui-actions';
import { createUiHost, type UiHost } from './ui-host';
import type { BoxView, PageView, UiActions } from './view';

export interface RuntimeOptions {
  adapter: SiteAdapter;
  win: Window;
  lang: Lang;
  loadPolicy(): Promise<Policy>;
  watchPolicy?(cb: (p: Policy) => void): () => void;
  analyseImage?: AnalyseImage;
  recordStat?(kind: StatKind, rule: RuleId): void;
  openOptions?(): void;
  /** Quiet time after the last change before checking; findings must show ≤ 100 ms after the
   *  last keystroke including this (measured by npm run bench). */
  debounceMs?: number;
  /** How long a submit waits for photo analyses before they count as not checked. */
  imageWaitMs?: number;
  /** Settles when the word and name lists are registered (lib/lists): the content scripts receive
   *  them from the background after start. Until then nothing is checked and a submit is held
   *  unseen; when it rejects, boxes show the failure notice and a held submit goes (fail open).
   *  Absent: the lists are there already. */
  lists?: Promise<unknown>;
}

export interface StatusReply {
  platform: Platform;
  account: string | undefined;
  checked: boolean;
  reason: string;
  boxes: number;
  /** False until the configured policy has been read (the built-in one applies meanwhile). */
  policyLoaded: boolean;
}

export interface ContentRuntime {
  stop(): void;
  status(): StatusReply;
  sessions(): BoxSession[];
  /** Re-reads the page for compose boxes now (normally driven by mutations). */
  scan(): void;
}

export const DEFAULT_DEBOUNCE_MS = 40;
export const IMAGE_WAIT_MS = 10_000;

export function startContentRuntime(o: RuntimeOptions): ContentRuntime {
  const { adapter, win, lang } = o;
  const doc = win.document;
  const s = strings(lang);
  const debounceMs = o.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let policy: Policy = resolvePolicy(undefined).policy; // until the real policy has loaded
  let policyLoaded = false;
  const sessions = new Map<HTMLElement, BoxSession>();
  const cleanups: (() => void)[] = [];
  let ui: UiHost | undefined;
  let pageCreation = false;
  let newPageClosed = false;
  let stopped = false;
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  let layoutFrame: number | undefined;
  let lastChecked: BoxSession | undefined;
  const previewCounts = new WeakMap<BoxSession, number>();
  // Photos attached before their compose box exists (Instagram: upload first, caption later).
  let orphans: { target: Node; files: File[] }[] = [];
  const MO = (win as Window & typeof globalThis).MutationObserver ?? MutationObserver;
  /** The lists (see RuntimeOptions.lists); 'failed' lets the engine throw, i.e. the failure notice. */
  let lists: 'loading' | 'ready' | 'failed' = o.lists ? 'loading' : 'ready';

  const listen = (target: EventTarget, type: string, fn: (e: Event) => void, opts: AddEventListenerOptions = { capture: true }) => {
    target.addEventListener(type, fn, opts);
    cleanups.push(() => target.removeEventListener(type, fn, opts));
  };

  // ---- sessions ----------------------------------------------------------------------------
  const sessionFor = (box: BoxSession['box']): BoxSession => {
    let session = sessions.get(box.editor);
    if (session) {
      session.box = box;
      return session;
    }
    session = new BoxSession(adapter, box);
    sessions.set(box.editor, session);
    const observer = new MO(() => scheduleCheck(session!));
    observer.observe(box.editor, { characterData: true, childList: true, subtree: true });
    session.observer = observer;
    adoptOrphans(session);
    check(session);
    return session;
  };

  const adoptOrphans = (session: BoxSession) => {
    const scope = session.box.scope;
    const mine = orphans.filter((o) => o.target.isConnected && (scope.contains(o.target) || o.target.contains(session.editor)));
    if (mine.length === 0) return;
    orphans = orphans.filter((o) => !mine.includes(o));
    for (const o of mine) addFiles(session, o.files);
  };

  const addFiles = (session: BoxSession, files: readonly File[]) =>
    attachFiles(session, files, o.analyseImage, () => {
      if (!sessions.has(session.editor)) return;
      check(session);
      render();
      for (const x of sessions.values()) x.onImagesChanged?.();
    });

  const dispose = (session: BoxSession) => {
    session.observer?.disconnect();
    clearTimeout(session.timer);
    sessions.delete(session.editor);
  };

  const sessionContaining = (node: Node | null): BoxSession | undefined => {
    if (!node) return undefined;
    for (const session of sessions.values()) if (session.editor === node || session.editor.contains(node)) return session;
    return undefined;
  };

  const sessionInScope = (node: Node | null): BoxSession | undefined => {
    if (!node) return undefined;
    const inEditor = sessionContaining(node);
    if (inEditor) return inEditor;
    for (const session of sessions.values()) if (session.box.scope.contains(node)) return session;
    return undefined;
  };

  const byId = (id: string) => Array.from(sessions.values()).find((x) => x.id === id);

  const scan = () => {
    if (stopped) return;
    clearTimeout(scanTimer);
    scanTimer = undefined;
    pageCreation = adapter.isPageCreation(win.location, doc);
    let boxes: BoxSession['box'][] = [];
    try {
      boxes = adapter.findComposeBoxes(doc);
    } catch {
      boxes = [];
    }
    const seen = new Set<HTMLElement>();
    for (const box of boxes) {
      seen.add(box.editor);
      sessionFor(box);
    }
    for (const session of Array.from(sessions.values())) if (!seen.has(session.editor) && !session.editor.isConnected) dispose(session);
    for (const session of sessions.values()) trackPreviews(session);
    render();
  };

  const scheduleScan = () => {
    if (scanTimer === undefined) scanTimer = setTimeout(scan, 60);
  };

  const trackPreviews = (session: BoxSession) => {
    if (session.images.length === 0) return;
    const count = adapter.attachmentPreviews(session.box).length;
    syncWithPreviews(session, count, previewCounts.get(session) ?? 0);
    previewCounts.set(session, count);
  };

  // ---- checking ----------------------------------------------------------------------------
  const countShown = (session: BoxSession, findings: readonly Finding[]) => {
    for (const f of findings) {
      if (session.counted.has(f.rule)) continue;
      session.counted.add(f.rule);
      o.recordStat?.('finding', f.rule);
    }
  };

  const evaluate = (x: BoxSession) => {
    const e = x.evaluate(policy, lang, pageCreation);
    // Without the lists the engine cannot run: the same visible fail-open as an engine error.
    if (lists === 'failed' && e.status.checked && !e.failure) {
      e.failure = true;
      e.findings = [];
    }
    return e;
  };

  const check = (session: BoxSession) => {
    clearTimeout(session.timer);
    session.timer = undefined;
    if (lists === 'loading') return; // checked when the lists arrive (listsSettled)
    const e = evaluate(session);
    if (e.status.checked) lastChecked = session;
    if (e.status.checked) countShown(session, e.findings);
    if (session.hold && session.hold.kind !== 'waiting') submit.refreshHold(session);
  };

  const scheduleCheck = (session: BoxSession) => {
    clearTimeout(session.timer);
    session.timer = setTimeout(() => {
      if (stopped || !sessions.has(session.editor)) return;
      check(session);
      render();
    }, debounceMs);
  };

  // ---- rendering ---------------------------------------------------------------------------
  const boxView = (session: BoxSession): BoxView | undefined => buildBoxView(session, { adapter, policy, lang, s });

  const pageChecked = () => schoolStatus(adapter.platform, safeAccount(), policy).checked;
  const safeBoxAccount = (x: BoxSession) => {
    try {
      return adapter.activeAccount(doc, x.box);
    } catch {
      return undefined;
    }
  };
  const safeAccount = () => {
    try {
      return adapter.activeAccount(doc);
    } catch {
      return undefined;
    }
  };

  const render = () => {
    if (stopped || !doc.documentElement) return;
    const boxes = Array.from(sessions.values())
      .map(boxView)
      .filter((b): b is BoxView => Boolean(b));
    const showNewPage = pageCreation && !newPageClosed && pageChecked();
    const last = lastChecked?.last;
    const announce = !last || !sessions.has(lastChecked!.editor) ? '' : last.failure ? s.failure : last.findings.length ? s.badge(last.findings.length) : '';
    const view: PageView = { lang, boxes, pageCreation: showNewPage, announce };
    // No host at all until a box is checked (other accounts never get one), then it stays, so
    // its live region exists before the first count is announced.
    const anyChecked = Array.from(sessions.values()).some((x) => x.last?.status.checked);
    if (!showNewPage && !anyChecked) {
      // E.g. the configured policy arrived and this is not a school account: leave no trace.
      ui?.remove();
      ui = undefined;
      return;
    }
    ui ??= createUiHost(doc);
    ui.render(view, actions);
  };

  const scheduleLayout = () => {
    if (layoutFrame !== undefined || sessions.size === 0) return;
    layoutFrame = win.requestAnimationFrame(() => {
      layoutFrame = undefined;
      render();
    });
  };

  // ---- the held submit and the UI's buttons (./submit-flow.ts, ./ui-actions.ts) -------------
  const submit = createSubmitFlow({
    adapter,
    win,
    sessions: () => sessions.values(),
    sessionFor,
    sessionContaining,
    scan,
    evaluate,
    countShown,
    render,
    listsLoading: () => lists === 'loading',
    isOwnUi: (node) => !!ui && (node === ui.host || ui.host.contains(node)),
    imageWaitMs: o.imageWaitMs ?? IMAGE_WAIT_MS,
  });
  cleanups.push(() => submit.dispose());

  const actions: UiActions = createUiActions({
    byId,
    evaluate,
    check,
    render,
    submit,
    recordStat: o.recordStat,
    openOptions: o.openOptions,
    closeNewPage: () => (newPageClosed = true),
  });

  // ---- events ------------------------------------------------------------------------------
  // Esc closes an open stop wherever the focus is (the editor may have kept it), and does not
  // reach the site (which would close its compose dialog and, with it, the draft).
  // Esc also closes an open finding panel (back to the editor).
  listen(win, 'keydown', (e) => {
    const k = e as KeyboardEvent;
    if (k.key !== 'Escape' || k.isComposing) return;
    const held = Array.from(sessions.values()).find((x) => x.hold);
    const open = held ? undefined : Array.from(sessions.values()).find((x) => x.panelOpen);
    if (!held && !open) return;
    k.preventDefault();
    k.stopImmediatePropagation();
    if (held) actions.cancel(held.id);
    else actions.closePanel(open!.id);
  });
  // A finding panel is a popover: a press anywhere else on the page closes it (the press itself
  // goes on to the site untouched).
  listen(win, 'pointerdown', (e) => {
    if (ui && (e.target === ui.host || ui.host.contains(e.target as Node))) return;
    let changed = false;
    for (const x of sessions.values()) {
      if (x.panelOpen) {
        x.panelOpen = false;
        changed = true;
      }
    }
    if (changed) render();
  });
  listen(win, 'input', (e) => {
    const session = sessionContaining(e.target as Node);
    if (session) scheduleCheck(session);
  });
  const onFiles = (e: Event) => {
    const files = filesOf(e);
    if (files.length === 0) return;
    const session = sessionInScope(e.target as Node);
    if (!session) {
      orphans = [...orphans.slice(-9), { target: e.target as Node, files }];
      return;
    }
    const added = addFiles(session, files);
    if (added.length) {
      check(session);
      render();
    }
  };
  for (const type of ['change', 'drop', 'paste']) listen(win, type, onFiles);
  listen(win, 'scroll', scheduleLayout, { capture: true, passive: true });
  listen(win, 'resize', scheduleLayout, { passive: true });
  listen(win, 'popstate', () => {
    newPageClosed = false;
    scan();
  });

  let lastHref = win.location.href;
  const pageObserver = new MO((records: MutationRecord[]) => {
    if (win.location.href !== lastHref) {
      lastHref = win.location.href;
      newPageClosed = false;
    }
    for (const r of records) {
      if (r.target === ui?.host) continue;
      if (r.addedNodes.length || r.removedNodes.length) {
        scheduleScan();
        return;
      }
    }
  });

  const ready = () => {
    if (stopped) return;
    pageObserver.observe(doc.documentElement, { childList: true, subtree: true });
    scan();
  };
  if (doc.readyState === 'loading') listen(doc, 'DOMContentLoaded', ready, { once: true });
  else ready();
  cleanups.push(() => pageObserver.disconnect());

  /** The lists arrived (or cannot be had): check every box, then decide the submits held meanwhile
   *  as decide() would have — pass, or the stop; without lists they fail open, visibly. */
  const listsSettled = (state: 'ready' | 'failed') => {
    if (stopped || lists !== 'loading') return;
    lists = state;
    for (const x of sessions.values()) check(x);
    render();
    submit.decideWaiting((x) => !stopped && sessions.has(x.editor));
  };
  if (o.lists) {
    o.lists.then(
      () => listsSettled('ready'),
      () => listsSettled('failed'),
    );
  }

  void o.loadPolicy().then(
    (p) => applyPolicy(p),
    () => {
      policyLoaded = true; // unreadable: the built-in policy stays in force
    },
  );
  const applyPolicy = (p: Policy) => {
    if (stopped) return;
    policy = p;
    policyLoaded = true;
    for (const x of sessions.values()) check(x);
    render();
  };
  if (o.watchPolicy) cleanups.push(o.watchPolicy(applyPolicy));

  return {
    stop() {
      stopped = true;
      clearTimeout(scanTimer);
      if (layoutFrame !== undefined) win.cancelAnimationFrame(layoutFrame);
      for (const x of Array.from(sessions.values())) dispose(x);
      for (const c of cleanups.splice(0)) c();
      ui?.remove();
      ui = undefined;
    },
    status() {
      // A compose box may name the acting identity better than the page ("Plaatsen op <Page>").
      const first = lastChecked && sessions.has(lastChecked.editor) ? lastChecked : sessions.values().next().value;
      const account = (first && safeBoxAccount(first)) ?? safeAccount();
      const st = schoolStatus(adapter.platform, account, policy);
      return { platform: adapter.platform, account, checked: st.checked, reason: st.reason, boxes: sessions.size, policyLoaded };
    },
    sessions: () => Array.from(sessions.values()),
    scan,
  };
}
