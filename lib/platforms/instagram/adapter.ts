// Instagram: the caption step of the create flow (Lexical) and comment boxes (textarea).
// Direct messages are out of scope. See ./selectors.ts.
import type { DraftContext } from '../../types';
import type { ComposeBox, SiteAdapter } from '../types';
import { findScope, hasLabel, isImeEvent, normalizeLabel, queryAllIncludingSelf, typeaheadOpen } from '../dom';
import { readEditorText } from '../text';
import { attachmentMedia } from '../media';
import * as S from './selectors';

function contextOf(editor: Element): DraftContext | undefined {
  const label = editor.getAttribute('aria-label') || '';
  if (S.CAPTION_LABELS.some((p) => p.test(label))) return 'post';
  if (S.COMMENT_LABELS.some((p) => p.test(label))) return 'comment';
  return undefined;
}

function submitPredicate(editor: Element, context: DraftContext): (el: Element) => boolean {
  const labels = context === 'post' ? S.CAPTION_SUBMIT_LABELS : S.COMMENT_SUBMIT_LABELS;
  return (el) => el.matches(S.CONTROL) && !editor.contains(el) && hasLabel(el, labels);
}

interface InstagramBox extends ComposeBox {
  submit: (el: Element) => boolean;
  /** Set by boxForSubmitClick: the control that was clicked (the runtime replays on it). */
  clicked?: HTMLElement;
}

function boxFor(editor: HTMLElement, context: DraftContext): InstagramBox {
  const submit = submitPredicate(editor, context);
  const scope =
    context === 'post'
      ? findScope(editor, { submit, controls: S.CONTROL, boundary: S.CAPTION_BOUNDARY, editors: S.EDITORS_FOR_SCOPE })
      : findScope(editor, { submit, controls: S.CONTROL, boundary: S.COMMENT_BOUNDARY, editors: S.EDITORS_FOR_SCOPE });
  return { editor, scope, context, submit };
}

function submitOf(box: ComposeBox): HTMLElement | null {
  const { clicked } = box as InstagramBox;
  if (clicked?.isConnected && box.scope.contains(clicked)) return clicked;
  const submit = (box as InstagramBox).submit ?? submitPredicate(box.editor, box.context);
  return Array.from(box.scope.querySelectorAll<HTMLElement>(S.CONTROL)).find(submit) ?? null;
}

function inDirect(doc: Document): boolean {
  const path = doc.location?.pathname ?? '';
  return S.DIRECT_PATHS.some((p) => p.test(path));
}

function boxesIn(root: ParentNode): InstagramBox[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  if (inDirect(doc)) return [];
  const boxes: InstagramBox[] = [];
  for (const editor of queryAllIncludingSelf(root, S.EDITOR)) {
    const context = contextOf(editor);
    if (context) boxes.push(boxFor(editor, context));
  }
  return boxes;
}

export const instagramAdapter: SiteAdapter = {
  platform: 'instagram',
  hosts: S.INSTAGRAM_HOSTS,

  findComposeBoxes: boxesIn,

  readText(box) {
    return readEditorText(box.editor);
  },

  // Only the link labelled "Profiel"/"Profile" counts: post authors' links look the same
  // (href "/<handle>/", avatar alt "<handle>'s profile picture") but name someone else.
  activeAccount(doc) {
    const labels = S.PROFILE_LINK_LABELS.map(normalizeLabel);
    for (const link of Array.from(doc.querySelectorAll(S.PROFILE_LINK))) {
      const handle = S.PROFILE_HREF.exec(link.getAttribute('href') || '')?.[1];
      if (!handle) continue;
      const text = normalizeLabel(link.textContent || '');
      const aria = normalizeLabel(link.getAttribute('aria-label') || '');
      if (labels.includes(text) || labels.includes(aria)) return handle;
    }
    return undefined;
  },

  submitButton(box) {
    return submitOf(box);
  },

  boxForSubmitClick(target) {
    const control = target.closest(S.CONTROL);
    if (!control) return null;
    for (let el: Element | null = control.parentElement; el; el = el.parentElement) {
      const boxes = boxesIn(el);
      if (boxes.length === 0) continue;
      const box = boxes.find((b) => b.scope.contains(control) && b.submit(control));
      return box ? { ...box, clicked: control as HTMLElement } : null;
    }
    return null;
  },

  isSubmitKey(event, box) {
    // Comments: Enter sends, Shift+Enter is a newline. The caption: Enter is a newline, only
    // "Delen"/"Share" publishes.
    if (box.context === 'post') return false;
    // Enter picks a suggestion while the mention list is open.
    return event.key === 'Enter' && !event.shiftKey && !isImeEvent(event) && !typeaheadOpen(box.editor);
  },

  fileInputs(box) {
    return Array.from(box.scope.querySelectorAll<HTMLInputElement>(S.FILE_INPUT));
  },

  attachmentPreviews(box) {
    if (box.context !== 'post') return [];
    return attachmentMedia(box, { media: S.MEDIA, notAlt: S.NOT_ATTACHMENT_ALT, minSize: S.MIN_PREVIEW_SIZE, afterEditor: false });
  },

  isPageCreation(location) {
    return S.PAGE_CREATION_PATHS.some((p) => p.test(location.pathname));
  },

  markupProblems(box) {
    const problems: string[] = [];
    if (!box.editor.isConnected) problems.push('instagram: editor is no longer in the page');
    if (box.context === 'post' && !submitOf(box)) problems.push('instagram: no Delen/Share button in the create dialog');
    return problems;
  },
};
