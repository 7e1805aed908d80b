// Reading the draft out of the sites' editors without touching them, and mapping engine offsets
// back to DOM Ranges for the highlight overlay.
//
// Editors:
// - Draft.js (X): div[data-contents] > div[data-block="true"] (one per line) > … > span[data-text]
//   text. An empty line is a block holding only <br data-text="true">.
// - Lexical (Facebook, Instagram): the editor's children are blocks (<p>, headings, lists);
//   text in span[data-lexical-text]; Shift+Enter inside a block is a <br>; an empty block is
//   <p><br></p>; a block ending in a line break carries one extra managed <br>.
// - <textarea> (Instagram comments): its value.
//
// The text: blocks joined by '\n', <br> inside a block as '\n', U+00A0 as a space (1:1), and
// zero-width U+200B/U+FEFF dropped (Facebook inserts them around mentions and in empty nodes;
// they would otherwise split words for the engine). Nothing else is changed.
//
// Offsets: the engine's findings carry UTF-16 offsets into exactly this string. The runtime maps
// a finding back to the page with `rangeForSpan(editor, start, end)`, which walks the same
// nodes in the same order and returns a DOM Range over the text nodes (use getClientRects() of
// it for the overlay). Dropped zero-width characters lie between segments, so a span never
// lands inside one; a span edge on a '\n' between blocks snaps to the neighbouring text. Ranges
// are only read, never used to modify the editor. For a <textarea> offsets are offsets into
// `value`; there is no Range, so `rangeForSpan` returns null and the overlay must measure with
// a mirror element (or mark the box as a whole).
import { ELEMENT_NODE, TEXT_NODE, isTextarea } from './dom';

/** A run of draft characters that are a contiguous run of one text node. */
interface Segment {
  node: Text;
  /** Offset of the run in node.data. */
  nodeStart: number;
  /** Offset of the run in the draft text. */
  textStart: number;
  length: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

const ZERO_WIDTH = /[\u200B\uFEFF]/;
const LIST = new Set(['UL', 'OL']);

/** The draft text of an editor (contenteditable or textarea). */
export function readEditorText(editor: HTMLElement): string {
  if (isTextarea(editor)) return editor.value;
  return mapEditorText(editor).text;
}

/** The draft text with the text-node runs it came from. */
export function mapEditorText(editor: HTMLElement): TextMap {
  const out: TextMap = { text: '', segments: [] };
  const blocks = blocksOf(editor);
  blocks.forEach((block, i) => {
    if (i > 0) out.text += '\n';
    readBlock(block, out);
  });
  return out;
}

/** A DOM Range over the draft characters [start, end), or null (textarea, empty editor, span
 *  outside the text). */
export function rangeForSpan(editor: HTMLElement, start: number, end: number): Range | null {
  if (isTextarea(editor) || start < 0 || end < start) return null;
  const { text, segments } = mapEditorText(editor);
  if (end > text.length || segments.length === 0) return null;
  const from = positionAt(segments, start, 'forward');
  const to = start === end ? from : positionAt(segments, end, 'backward');
  if (!from || !to) return null;
  const range = editor.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  if (range.collapsed && start !== end) return null;
  return range;
}

/** Where draft offset `at` lies in the DOM. At a boundary between two segments (or on a line
 *  break) 'forward' picks the start of the next text, 'backward' the end of the previous one. */
function positionAt(segments: Segment[], at: number, bias: 'forward' | 'backward'): { node: Text; offset: number } | null {
  if (bias === 'forward') {
    for (const s of segments) {
      if (at < s.textStart + s.length) return { node: s.node, offset: s.nodeStart + Math.max(0, at - s.textStart) };
    }
    const last = segments[segments.length - 1];
    return last && at === last.textStart + last.length ? { node: last.node, offset: last.nodeStart + last.length } : null;
  }
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i]!;
    if (at > s.textStart) return { node: s.node, offset: s.nodeStart + Math.min(s.length, at - s.textStart) };
  }
  const first = segments[0];
  return first && at === first.textStart ? { node: first.node, offset: first.nodeStart } : null;
}

/** The line blocks of the editor, in order. */
function blocksOf(editor: HTMLElement): Element[] {
  const draftBlocks = editor.querySelectorAll('[data-block="true"]');
  if (draftBlocks.length > 0) return Array.from(draftBlocks);
  const children = Array.from(editor.children);
  if (children.length === 0) return [editor];
  // Lexical: block children; lists contribute their items (nested lists: the innermost items).
  const blocks: Element[] = [];
  for (const child of children) {
    if (LIST.has(child.tagName)) {
      for (const li of Array.from(child.querySelectorAll('li'))) {
        if (!Array.from(li.children).some((c) => LIST.has(c.tagName))) blocks.push(li);
      }
    } else {
      blocks.push(child);
    }
  }
  // Inline children straight in the editor (no block wrappers): the editor is one block.
  if (blocks.every((b) => isInline(b))) return [editor];
  return blocks;
}

function isInline(el: Element): boolean {
  return el.tagName === 'SPAN' || el.tagName === 'BR' || el.tagName === 'A' || el.tagName === 'STRONG' || el.tagName === 'EM';
}

function readBlock(block: Element, out: TextMap): void {
  const blockStart = out.text.length;
  walk(block, (node) => {
    if (node.nodeType === TEXT_NODE) appendText(node as Text, out);
    else appendBreak(node as Element, block, out, blockStart);
  });
}

function walk(el: Node, visit: (node: Node) => void): void {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE) {
      if (!isFormattingWhitespace(n as Text)) visit(n);
    }
    else if (n.nodeType === ELEMENT_NODE) {
      const e = n as Element;
      if (e.tagName === 'BR') visit(e);
      // Scripts and styles are not draft text. Non-editable decorator nodes (contenteditable
      // false) are read: a site may render a mention or a name as one, and the text posted.
      else if (e.tagName === 'STYLE' || e.tagName === 'SCRIPT') continue;
      else walk(e, visit);
    }
  }
}

/** Whitespace with a newline between tags, outside the editors' text leaves
 *  (span[data-text], span[data-lexical-text]): formatting of saved/pretty-printed HTML, never
 *  draft text (line breaks are blocks or <br>). */
function isFormattingWhitespace(node: Text): boolean {
  if (!/^[ \t]*\n\s*$/.test(node.data)) return false;
  const parent = node.parentElement;
  return !parent || !(parent.hasAttribute('data-text') || parent.hasAttribute('data-lexical-text'));
}

function appendText(node: Text, out: TextMap): void {
  const data = node.data;
  let runStart = -1;
  const flush = (endIdx: number) => {
    if (runStart < 0) return;
    const piece = data.slice(runStart, endIdx).replace(/\u00A0/g, ' ');
    out.segments.push({ node, nodeStart: runStart, textStart: out.text.length, length: piece.length });
    out.text += piece;
    runStart = -1;
  };
  for (let i = 0; i < data.length; i++) {
    if (ZERO_WIDTH.test(data[i]!)) flush(i);
    else if (runStart < 0) runStart = i;
  }
  flush(data.length);
}

/** A <br> is a line break, except the placeholder of an empty block (Draft.js data-text br,
 *  Lexical <p><br></p>) and Lexical's extra <br> after a trailing line break. */
function appendBreak(br: Element, block: Element, out: TextMap, blockStart: number): void {
  const blockText = out.text.slice(blockStart);
  const isLast = lastLeaf(block) === br;
  if (isLast && (blockText === '' || blockText.endsWith('\n'))) return;
  if (br.getAttribute('data-text') === 'true' && blockText === '') return;
  out.text += '\n';
}

function lastLeaf(el: Node): Node | null {
  let n: Node | null = el.lastChild;
  while (n && n.lastChild && n.nodeType === ELEMENT_NODE && (n as Element).tagName !== 'BR') n = n.lastChild;
  // Skip trailing empty text nodes.
  while (n && n.nodeType === TEXT_NODE && (n as Text).data === '' && n.previousSibling) n = n.previousSibling;
  return n;
}
