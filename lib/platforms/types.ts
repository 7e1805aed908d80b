// The contract between a site adapter (what the site's markup means) and the content-script
// runtime (UI, guard, engine). One adapter per site in lib/platforms/<site>/; selectors live in
// lib/platforms/<site>/selectors.ts and nowhere else.
import type { DraftContext, Platform } from '../types';

/** One compose box on the page: a post composer, a reply box or a comment box. */
export interface ComposeBox {
  /** The editable element: the Draft.js/Lexical contenteditable, or a textarea. Never modified. */
  editor: HTMLElement;
  /** The element bounding this compose flow (dialog, form, comment row): attachments, previews
   *  and the submit button are looked up inside it. Several boxes may share one scope and one
   *  submit control (an X thread: "Alles plaatsen" sends every box). */
  scope: Element;
  context: DraftContext;
}

export interface SiteAdapter {
  platform: Platform;
  /** Host names this adapter serves (the content script's matches). */
  hosts: readonly string[];
  /** All compose boxes in the document (or below `root`). */
  findComposeBoxes(root: ParentNode): ComposeBox[];
  /** The draft text as written (line breaks between blocks as '\n'). */
  readText(box: ComposeBox): string;
  /** The acting identity: a handle without '@' (X, Instagram) or a page/profile name (Facebook);
   *  undefined when the markup does not tell. `box` narrows it where the box says ("Comment as …"). */
  activeAccount(doc: Document, box?: ComposeBox): string | undefined;
  /** The submit control that belongs to the box, if rendered. */
  submitButton(box: ComposeBox): HTMLElement | null;
  /** When `target` (an event target of a click) is inside a submit control, the box it submits.
   *  `submitButton()` of the returned box is the control that was clicked (Business Suite shows
   *  "Publiceren" and "Inplannen"), so a replay clicks what the user clicked. */
  boxForSubmitClick(target: Element, doc: Document): ComposeBox | null;
  /** Whether this keydown submits the box (Ctrl/Cmd+Enter on X; plain Enter in Facebook and
   *  Instagram comment boxes). Never true while composing with an IME. */
  isSubmitKey(event: KeyboardEvent, box: ComposeBox): boolean;
  /** File inputs whose files become attachments of the box. */
  fileInputs(box: ComposeBox): HTMLInputElement[];
  /** The thumbnail elements of attachments in the box, in order, for per-photo markers. */
  attachmentPreviews(box: ComposeBox): HTMLElement[];
  /** The page is a page/account-creation flow (Schooluren 3, rule new-page). */
  isPageCreation(location: Location, doc: Document): boolean;
  /** Problems with the site's markup that make checking unreliable (e.g. an editor without a
   *  recognisable submit button). Empty when all is as expected. Shown as "Postwijs kon dit
   *  bericht niet controleren". */
  markupProblems(box: ComposeBox): string[];
}
