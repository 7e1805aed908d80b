// Small DOM helpers shared by the three site adapters. No `instanceof` against global
// constructors: adapters run in content scripts (Firefox wraps page objects) and in Node tests
// with a separate happy-dom window, so checks go by nodeType and tagName.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === ELEMENT_NODE;
}

export function isTextarea(el: Element): el is HTMLTextAreaElement {
  return el.tagName === 'TEXTAREA';
}

/** Trimmed, whitespace-collapsed, lower-cased, with "…" written as "..." so labels compare equal
 *  however the site typed its ellipsis. */
export function normalizeLabel(s: string): string {
  return s.replace(/\u2026/g, '...').replace(/[\s\u00A0]+/g, ' ').trim().toLowerCase();
}

/** What a control says: its aria-label, else its visible text. */
export function labelOf(el: Element): string {
  return normalizeLabel(el.getAttribute('aria-label') || el.textContent || '');
}

export function hasLabel(el: Element, labels: readonly string[]): boolean {
  const own = labelOf(el);
  const text = normalizeLabel(el.textContent || '');
  return labels.some((l) => {
    const n = normalizeLabel(l);
    return own === n || text === n;
  });
}

/** First match of `selector` in `scope` whose label is one of `labels` (any label when empty). */
export function findLabelled(scope: ParentNode, selector: string, labels: readonly string[]): HTMLElement | null {
  for (const el of Array.from(scope.querySelectorAll<HTMLElement>(selector))) {
    if (labels.length === 0 || hasLabel(el, labels)) return el;
  }
  return null;
}

/** The first capture group of the first pattern that matches `s`, trimmed. */
export function captureFirst(s: string | null | undefined, patterns: readonly RegExp[]): string | undefined {
  if (!s) return undefined;
  const text = s.replace(/[\s\u00A0]+/g, ' ').trim();
  for (const p of patterns) {
    const m = p.exec(text);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

/** Query `root` and, when `root` is itself an element matching `selector`, include it: the
 *  runtime passes added nodes from mutation records, and the added node may be the editor. */
export function queryAllIncludingSelf<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found = Array.from(root.querySelectorAll<T>(selector));
  if (isElement(root) && root.matches(selector)) found.unshift(root as unknown as T);
  return found;
}

export interface ScopeOptions {
  /** Whether a control is a submit control of this box. */
  submit: (el: Element) => boolean;
  /** Candidates for `submit`, as a selector (keeps each step of the walk one native query). */
  controls: string;
  /** Selector of elements that end the walk upwards (dialog, form, article). */
  boundary: string;
  /** Selector of editors: the walk stops below an ancestor holding another editor, unless
   *  `sharedEditors` (X threads: several editors share one "Post all" button). */
  editors: string;
  sharedEditors?: boolean;
  /** Upper bound on the number of ancestors visited; keeps the walk cheap on mutations. */
  maxDepth?: number;
}

/** The element bounding the compose flow of `editor`: the nearest ancestor that holds a submit
 *  control, else the nearest boundary (form, dialog), never reaching into a neighbouring
 *  compose box. */
export function findScope(editor: Element, opts: ScopeOptions): Element {
  let best: Element = editor.parentElement ?? editor;
  let el: Element | null = editor.parentElement;
  let depth = 0;
  const max = opts.maxDepth ?? 25;
  while (el && depth++ < max) {
    if (!opts.sharedEditors && holdsOtherEditor(el, editor, opts.editors)) return best;
    best = el;
    if (Array.from(el.querySelectorAll(opts.controls)).some(opts.submit)) return el;
    if (el.matches(opts.boundary) || el.tagName === 'BODY') return el;
    el = el.parentElement;
  }
  return best;
}

function holdsOtherEditor(el: Element, editor: Element, editors: string): boolean {
  for (const other of Array.from(el.querySelectorAll(editors))) {
    if (other !== editor && !other.contains(editor) && !editor.contains(other)) return true;
  }
  return false;
}

/** True while an input method is composing: such key events are never a submit. 229 is the
 *  keyCode browsers report for keys consumed by the IME. */
export function isImeEvent(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

/** `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  // 4 = Node.DOCUMENT_POSITION_FOLLOWING
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

/** Text of `el` without parts hidden from assistive technology (avatar initials, icons). */
export function visibleText(el: Element): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE) out += (n as Text).data;
    else if (isElement(n) && n.getAttribute('aria-hidden') !== 'true') out += visibleText(n);
  }
  return out;
}

/** A suggestion list (mentions, hashtags, emoji) is open on the editor, following the ARIA
 *  combobox pattern the sites use: Enter then picks a suggestion instead of sending. */
export function typeaheadOpen(editor: Element): boolean {
  if (editor.getAttribute('aria-expanded') === 'true') return true;
  const doc = editor.ownerDocument;
  const active = editor.getAttribute('aria-activedescendant');
  if (active && doc.getElementById(active)?.closest('[role="listbox"]')) return true;
  for (const id of (editor.getAttribute('aria-controls') || editor.getAttribute('aria-owns') || '').split(/\s+/)) {
    const list = id ? doc.getElementById(id) : null;
    if (list && list.getAttribute('role') === 'listbox' && list.querySelector('[role="option"]')) return true;
  }
  return false;
}
