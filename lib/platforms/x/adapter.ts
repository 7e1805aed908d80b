// X (Twitter): Draft.js composers in the home timeline, the compose dialog (posts, quote posts,
// threads) and replies (inline on a post page, and the reply dialog). See ./selectors.ts.
import type { DraftContext } from '../../types';
import type { ComposeBox, SiteAdapter } from '../types';
import { captureFirst, findScope, hasLabel, isElement, isImeEvent, queryAllIncludingSelf } from '../dom';
import { readEditorText } from '../text';
import * as S from './selectors';

const isSubmit = (el: Element) => el.matches(S.SUBMIT);

function scopeOf(editor: HTMLElement): Element {
  // Thread editors share one "Post all" button, so other editors do not end the walk.
  return findScope(editor, { submit: isSubmit, controls: S.SUBMIT, boundary: S.BOUNDARY, editors: S.EDITOR, sharedEditors: true });
}

function submitIn(scope: Element): HTMLElement | null {
  return scope.querySelector<HTMLElement>(S.SUBMIT);
}

function placeholderOf(editor: HTMLElement): string {
  const ids = (editor.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
  const doc = editor.ownerDocument;
  const texts = ids.map((id) => doc.getElementById(id)?.textContent ?? '');
  const root = editor.closest('.DraftEditor-root');
  const inner = root?.querySelector(S.PLACEHOLDER)?.textContent;
  if (inner) texts.push(inner);
  return texts.join(' ').trim();
}

function contextOf(editor: HTMLElement, scope: Element): DraftContext {
  // The button says it best: "Reply"/"Beantwoorden" vs "Post"/"Posten"/"Alles plaatsen".
  const button = submitIn(scope);
  if (button && hasLabel(button, S.SUBMIT_LABELS.reply)) return 'reply';
  if (button && hasLabel(button, S.SUBMIT_LABELS.post)) return 'post';
  if (S.REPLY_PLACEHOLDERS.some((p) => p.test(placeholderOf(editor)))) return 'reply';
  // "Replying to @…" above the editor, inside the scope or the dialog around it; not the same
  // words inside a quoted post.
  const area = editor.closest(S.BOUNDARY) ?? scope;
  for (const el of Array.from(area.querySelectorAll('div, span'))) {
    if (el.closest(S.QUOTED_POST)) continue;
    const text = (el.textContent || '').replace(/\s+/g, ' ').trim();
    if (text.length < 120 && S.REPLY_CONTEXT.some((p) => p.test(text))) return 'reply';
  }
  return 'post';
}

function boxFor(editor: HTMLElement): ComposeBox {
  const scope = scopeOf(editor);
  return { editor, scope, context: contextOf(editor, scope) };
}

export const xAdapter: SiteAdapter = {
  platform: 'x',
  hosts: S.X_HOSTS,

  findComposeBoxes(root) {
    return queryAllIncludingSelf(root, S.EDITOR).map(boxFor);
  },

  readText(box) {
    return readEditorText(box.editor);
  },

  activeAccount(doc) {
    const switcher = doc.querySelector(S.ACCOUNT_SWITCHER);
    if (!switcher) return undefined;
    const avatar = switcher.querySelector(S.AVATAR)?.getAttribute('data-testid');
    const fromAvatar = avatar?.slice(S.AVATAR_PREFIX.length);
    if (fromAvatar && /^[A-Za-z0-9_]{1,15}$/.test(fromAvatar)) return fromAvatar;
    return captureFirst(switcher.textContent, [S.HANDLE_TEXT]);
  },

  submitButton(box) {
    return submitIn(box.scope);
  },

  boxForSubmitClick(target) {
    const button = target.closest(S.SUBMIT);
    if (!button) return null;
    // The editors of this button: walk up from the button to the first ancestor holding one.
    for (let el: Element | null = button.parentElement; el; el = el.parentElement) {
      const editors = queryAllIncludingSelf(el, S.EDITOR);
      if (editors.length === 0) continue;
      const boxes = editors.map(boxFor).filter((b) => submitIn(b.scope) === button);
      return boxes[0] ?? null;
    }
    return null;
  },

  isSubmitKey(event) {
    return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !isImeEvent(event);
  },

  fileInputs(box) {
    const inputs = Array.from(box.scope.querySelectorAll<HTMLInputElement>(S.FILE_INPUT));
    return inputs.length > 0 ? inputs : Array.from(box.scope.querySelectorAll<HTMLInputElement>(S.FILE_INPUT_FALLBACK));
  },

  attachmentPreviews(box) {
    return Array.from(box.scope.querySelectorAll(S.ATTACHMENTS)).flatMap((a) =>
      Array.from(a.querySelectorAll<HTMLElement>(S.ATTACHMENT_MEDIA)),
    );
  },

  isPageCreation(location) {
    return S.PAGE_CREATION_PATHS.some((p) => p.test(location.pathname));
  },

  // An unreadable account is not a markup problem here: the box is then checked anyway (fail
  // safe) and schoolStatus() says so ('unknown-account').
  markupProblems(box) {
    const problems: string[] = [];
    if (!isElement(box.editor) || !box.editor.isConnected) problems.push('x: editor is no longer in the page');
    if (!submitIn(box.scope)) problems.push('x: no post button (tweetButton/tweetButtonInline) next to the editor');
    return problems;
  },
};
