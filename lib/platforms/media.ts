// Attachment thumbnails shared by the Lexical sites, which give them no stable hook: the images
// and videos of the compose flow that follow the editor, minus avatars and emoji.
import type { ComposeBox } from './types';
import { precedes } from './dom';

export interface MediaOptions {
  media: string;
  /** Alt texts of images that are not attachments (avatars, emoji). */
  notAlt: RegExp;
  /** Images whose width/height attributes are below this are icons. */
  minSize: number;
  /** Only media after the editor (Facebook: previews below the text). Instagram shows the
   *  photo beside, and before, the caption. */
  afterEditor: boolean;
}

export function attachmentMedia(box: ComposeBox, opts: MediaOptions): HTMLElement[] {
  return Array.from(box.scope.querySelectorAll<HTMLElement>(opts.media)).filter((el) => {
    if (box.editor.contains(el) || (opts.afterEditor && !precedes(box.editor, el))) return false;
    if (opts.notAlt.test(el.getAttribute('alt') || '')) return false;
    const w = Number(el.getAttribute('width') || Infinity);
    const h = Number(el.getAttribute('height') || Infinity);
    return w >= opts.minSize && h >= opts.minSize;
  });
}
