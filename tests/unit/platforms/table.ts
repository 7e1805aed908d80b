// One table test for any adapter and fixture: the boxes found, their context, text, acting
// account, submit control, attachments, markup problems, and that a click inside the submit
// control leads back to the box.
import { describe, expect, it } from 'vitest';
import type { SiteAdapter } from '../../../lib/platforms/types';
import { labelOf } from '../../../lib/platforms/dom';
import { loadFixture } from './fixture';

export interface BoxExpect {
  context: 'post' | 'reply' | 'comment';
  text: string;
  account: string | undefined;
  /** Label (aria-label or text, lower-cased) of the submit control, or null when none. */
  submit: string | null;
  files: number;
  previews: number;
  problems: number;
}

export interface FixtureExpect {
  file: string;
  url: string;
  boxes: BoxExpect[];
  pageCreation?: boolean;
}

export function runTable(name: string, adapter: SiteAdapter, table: FixtureExpect[]): void {
  describe.each(table)(`${name} adapter on $file`, (t) => {
    const doc = loadFixture(t.file, t.url);
    const boxes = adapter.findComposeBoxes(doc);

    it('finds the compose boxes with their context', () => {
      expect(boxes.map((b) => b.context)).toEqual(t.boxes.map((b) => b.context));
    });

    it('reads text, account, submit control, attachments and markup problems per box', () => {
      boxes.forEach((box, i) => {
        const want = t.boxes[i]!;
        expect(adapter.readText(box), `text of box ${i}`).toBe(want.text);
        expect(adapter.activeAccount(doc, box), `account of box ${i}`).toBe(want.account);
        const button = adapter.submitButton(box);
        expect(button ? labelOf(button) : null, `submit of box ${i}`).toBe(want.submit);
        expect(adapter.fileInputs(box), `file inputs of box ${i}`).toHaveLength(want.files);
        expect(adapter.attachmentPreviews(box), `previews of box ${i}`).toHaveLength(want.previews);
        expect(adapter.markupProblems(box), `problems of box ${i}`).toHaveLength(want.problems);
      });
    });

    it('maps a click inside the submit control back to its box', () => {
      boxes.forEach((box) => {
        const button = adapter.submitButton(box);
        if (!button) return;
        const inner = button.querySelector('span, div') ?? button;
        const found = adapter.boxForSubmitClick(inner, doc);
        expect(found?.scope).toBe(box.scope);
        expect(found && adapter.submitButton(found)).toBe(button);
      });
    });

    it('finds no boxes again when called on a box editor\'s own subtree twice (stable)', () => {
      expect(adapter.findComposeBoxes(doc).map((b) => b.editor)).toEqual(boxes.map((b) => b.editor));
    });

    it('tells page creation', () => {
      expect(adapter.isPageCreation(doc.location, doc)).toBe(t.pageCreation ?? false);
    });
  });
}
