// Facebook: Lexical editors in the post dialog, comment and reply boxes, and the Business Suite
// composer for Pages. Messenger is out of scope. See ./selectors.ts.
import type { DraftContext } from '../../types';
import type { ComposeBox, SiteAdapter } from '../types';
import { captureFirst, findScope, hasLabel, isImeEvent, precedes, queryAllIncludingSelf, typeaheadOpen, visibleText } from '../dom';
import { readEditorText } from '../text';
import { attachmentMedia } from '../media';
import * as S from './selectors';

function editorSelector(doc: Document): string {
  return doc.location?.hostname === S.BUSINESS_HOST ? S.EDITOR_BUSINESS : S.EDITOR;
}

function labelOf(editor: Element): string {
  return editor.getAttribute('aria-label') || editor.getAttribute('aria-placeholder') || '';
}

function contextOf(editor: Element): DraftContext {
  const label = labelOf(editor);
  if (captureFirst(label, S.REPLY_AS) || S.REPLY_LABELS.some((p) => p.test(label))) return 'reply';
  if (captureFirst(label, S.COMMENT_AS) || S.COMMENT_LABELS.some((p) => p.test(label))) return 'comment';
  return 'post';
}

function isMessenger(editor: Element): boolean {
  const path = editor.ownerDocument.location?.pathname ?? '';
  if (S.MESSENGER_PATHS.some((p) => p.test(path))) return true;
  if (S.MESSENGER_LABELS.some((p) => p.test(labelOf(editor)))) return true;
  return editor.closest(S.MESSENGER_CONTAINER) !== null;
}

/** A control that submits `editor`'s box: its label fits the kind of box, and it comes after
 *  the editor (the post's own "Comment" action button sits above the comment box). */
function submitPredicate(editor: Element, context: DraftContext): (el: Element) => boolean {
  const labels = context === 'post' ? S.POST_SUBMIT_LABELS : S.COMMENT_SUBMIT_LABELS;
  return (el) =>
    el.matches(S.CONTROL) &&
    !editor.contains(el) &&
    precedes(editor, el) &&
    (el.id === S.COMMENT_SUBMIT_ID || hasLabel(el, labels));
}

interface FacebookBox extends ComposeBox {
  submit: (el: Element) => boolean;
  /** Set by boxForSubmitClick: the control that was clicked ("Inplannen" next to
   *  "Publiceren"), so that submitButton() — used by the runtime to replay — is that one. */
  clicked?: HTMLElement;
}

function boxFor(editor: HTMLElement): FacebookBox {
  const context = contextOf(editor);
  const submit = submitPredicate(editor, context);
  const scope =
    context === 'post'
      ? findScope(editor, { submit, controls: S.CONTROL, boundary: S.POST_BOUNDARY, editors: editorSelector(editor.ownerDocument) })
      : findScope(editor, { submit, controls: S.CONTROL, boundary: S.COMMENT_BOUNDARY, editors: editorSelector(editor.ownerDocument), maxDepth: S.COMMENT_MAX_DEPTH });
  return { editor, scope, context, submit };
}

/** The box's submit control: the one clicked, else the primary one (labels are listed by
 *  priority: "Publiceren" before "Inplannen"). */
function submitOf(box: ComposeBox): HTMLElement | null {
  const { clicked } = box as FacebookBox;
  if (clicked?.isConnected && box.scope.contains(clicked)) return clicked;
  const submit = (box as FacebookBox).submit ?? submitPredicate(box.editor, box.context);
  const controls = Array.from(box.scope.querySelectorAll<HTMLElement>(S.CONTROL)).filter(submit);
  const labels = box.context === 'post' ? S.POST_SUBMIT_LABELS : S.COMMENT_SUBMIT_LABELS;
  const rank = (el: Element) => {
    const i = labels.findIndex((l) => hasLabel(el, [l]));
    return i < 0 ? labels.length : i;
  };
  return controls.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** Facebook uses Lexical for much more than posts (page bios, event and Marketplace
 *  descriptions). A post-kind editor counts when it can publish (a post button in scope) or
 *  is labelled as a post composer ("What's on your mind, …?", "Write something…"); in the
 *  latter case a missing button is a markup problem. Comment and reply boxes always count. */
function isComposeBox(box: FacebookBox): boolean {
  if (box.context !== 'post') return true;
  if (submitOf(box)) return true;
  const label = labelOf(box.editor);
  return captureFirst(label, S.POST_AS) !== undefined || S.POST_LABELS.some((p) => p.test(label));
}

/** "Post to <Page>" in the composer (Business Suite), from short texts and labels in scope. */
function postTo(scope: Element): string | undefined {
  for (const el of Array.from(scope.querySelectorAll('[aria-label], span, div, h1, h2, h3'))) {
    const text = el.getAttribute('aria-label') || el.textContent || '';
    if (text.length > S.POST_TO_MAX_LENGTH) continue;
    const name = captureFirst(text, S.POST_TO);
    if (name) return name;
  }
  return undefined;
}

function profileName(doc: Document): string | undefined {
  const button = doc.querySelector(S.PROFILE_SWITCHER);
  const name = button ? visibleText(button).replace(/[\s\u00A0]+/g, ' ').trim() : '';
  return name && name.length <= S.PROFILE_NAME_MAX_LENGTH ? name : undefined;
}

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  hosts: S.FACEBOOK_HOSTS,

  findComposeBoxes(root) {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    return queryAllIncludingSelf(root, editorSelector(doc))
      .filter((editor) => !isMessenger(editor))
      .map(boxFor)
      .filter(isComposeBox);
  },

  readText(box) {
    return readEditorText(box.editor);
  },

  // Most specific first: the box's own "Comment as <Name>" (one can comment as a Page while
  // browsing as a person), "Post to <Page>", the account button, and last the composer's
  // "What's on your mind, <first name>?".
  activeAccount(doc, box) {
    const label = box ? labelOf(box.editor) : '';
    const fromBox = box && (captureFirst(label, S.COMMENT_AS) ?? captureFirst(label, S.REPLY_AS) ?? (box.context === 'post' ? postTo(box.scope) : undefined));
    return fromBox ?? profileName(doc) ?? (box?.context === 'post' ? captureFirst(label, S.POST_AS) : undefined);
  },

  submitButton(box) {
    return submitOf(box);
  },

  boxForSubmitClick(target, doc) {
    const control = target.closest(S.CONTROL);
    if (!control) return null;
    // Only the boxes around this control: walk up to the first ancestor holding an editor.
    const selector = editorSelector(doc);
    for (let el: Element | null = control.parentElement; el; el = el.parentElement) {
      const editors = queryAllIncludingSelf(el, selector).filter((e) => !isMessenger(e));
      if (editors.length === 0) continue;
      const box = editors.map(boxFor).find((b) => b.scope.contains(control) && b.submit(control));
      return box ? { ...box, clicked: control as HTMLElement } : null;
    }
    return null;
  },

  isSubmitKey(event, box) {
    if (event.key !== 'Enter' || isImeEvent(event)) return false;
    // Comments and replies: Enter sends, Shift+Enter is a newline. Post composers: Enter is a
    // newline; Ctrl/Cmd+Enter is held too (fail safe: holding a key that does nothing costs a
    // confirm, missing a submit would let a blocked post out).
    if (box.context === 'post') return event.ctrlKey || event.metaKey;
    // Enter picks a suggestion while the mention list is open.
    return !event.shiftKey && !typeaheadOpen(box.editor);
  },

  fileInputs(box) {
    return Array.from(box.scope.querySelectorAll<HTMLInputElement>(S.FILE_INPUT));
  },

  attachmentPreviews(box) {
    return attachmentMedia(box, { media: S.MEDIA, notAlt: S.NOT_ATTACHMENT_ALT, minSize: S.MIN_PREVIEW_SIZE, afterEditor: true });
  },

  isPageCreation(location) {
    return S.PAGE_CREATION_PATHS.some((p) => p.test(location.pathname));
  },

  // Comment and reply boxes submit with Enter, so a missing button is no problem there.
  markupProblems(box) {
    const problems: string[] = [];
    if (!box.editor.isConnected) problems.push('facebook: editor is no longer in the page');
    if (box.context === 'post' && !submitOf(box)) problems.push('facebook: no Post/Posten/Publish button after the editor');
    return problems;
  },
};
