// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangesForSpans } from '../../../lib/content/layout';
import { mapEditorText, rangeForSpan } from '../../../lib/platforms/text';

const EDITORS = {
  'draft.js': `<div data-contents="true">
    <div data-block="true"><div><span><span data-text="true">Gefeliciteerd </span></span><span><span data-text="true">Daan</span></span><span><span data-text="true">!</span></span></div></div>
    <div data-block="true"><div><span><br data-text="true"></span></div></div>
    <div data-block="true"><div><span><span data-text="true">Bel 06-12345678</span></span></div></div>
  </div>`,
  lexical: `<p><span data-lexical-text="true">Om half negen.</span><br><span data-lexical-text="true">\u200BTot dan, Sanne!</span></p><p><br></p><p><span data-lexical-text="true">Groet</span></p>`,
};

const describeRange = (r: Range | null) => (r ? [r.startContainer.textContent, r.startOffset, r.endContainer.textContent, r.endOffset] : null);

describe('rangesForSpans (one text map for all highlights)', () => {
  for (const [name, html] of Object.entries(EDITORS)) {
    it(`${name}: the same ranges as rangeForSpan for every span`, () => {
      const editor = document.createElement('div');
      editor.setAttribute('contenteditable', 'true');
      editor.innerHTML = html;
      document.body.append(editor);
      const { text } = mapEditorText(editor);
      const spans: { start: number; end: number }[] = [];
      for (let start = 0; start < text.length; start++) for (let end = start + 1; end <= text.length; end++) spans.push({ start, end });
      const ours = rangesForSpans(editor, spans).map(describeRange);
      const theirs = spans.map(({ start, end }) => describeRange(rangeForSpan(editor, start, end)));
      expect(ours).toEqual(theirs);
      editor.remove();
    });
  }

  it('a textarea has no ranges (offsets are into its value)', () => {
    const ta = document.createElement('textarea');
    ta.value = 'Daan';
    expect(rangesForSpans(ta, [{ start: 0, end: 4 }])).toEqual([null]);
  });
});
