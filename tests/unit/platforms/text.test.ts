import { describe, expect, it } from 'vitest';
import { mapEditorText, rangeForSpan, readEditorText } from '../../../lib/platforms/text';
import { loadFixture, loadHtml } from './fixture';

function editorOf(html: string): HTMLElement {
  const doc = loadHtml(`<!DOCTYPE html><body><div id="ed" contenteditable="true">${html}</div></body>`, 'https://example.test/');
  return doc.getElementById('ed') as HTMLElement;
}

const lexical = (...blocks: string[]) => blocks.join('');

describe('readEditorText', () => {
  const cases: [string, string, string][] = [
    ['Lexical paragraphs', lexical('<p dir="ltr"><span data-lexical-text="true">Hallo</span></p>', '<p dir="ltr"><span data-lexical-text="true">wereld</span></p>'), 'Hallo\nwereld'],
    ['Lexical empty paragraph is an empty line', lexical('<p><span data-lexical-text="true">a</span></p>', '<p><br></p>', '<p><span data-lexical-text="true">b</span></p>'), 'a\n\nb'],
    ['Lexical Shift+Enter line break inside a paragraph', '<p><span data-lexical-text="true">a</span><br><span data-lexical-text="true">b</span></p>', 'a\nb'],
    ['Lexical trailing line break keeps one newline', '<p><span data-lexical-text="true">a</span><br><br></p>', 'a\n'],
    ['zero-width spaces dropped, nbsp as space', '<p><span data-lexical-text="true">\u200BSanne\u00A0uit groep\u200B 3\uFEFF</span></p>', 'Sanne uit groep 3'],
    ['mention inside a link', '<p><span data-lexical-text="true">Dank </span><a href="/x"><span data-lexical-text="true">@ggd</span></a><span data-lexical-text="true">!</span></p>', 'Dank @ggd!'],
    ['lists contribute their items', '<ul><li><span data-lexical-text="true">een</span></li><li><span data-lexical-text="true">twee</span></li></ul>', 'een\ntwee'],
    ['non-editable decorator text is read (a mention chip is posted too)', '<p><span data-lexical-text="true">Dank </span><span contenteditable="false">Sanne</span></p>', 'Dank Sanne'],
    ['scripts and styles are not text', '<p><span data-lexical-text="true">a</span><style>p{}</style></p>', 'a'],
    ['plain text in the editor', 'gewoon tekst', 'gewoon tekst'],
    ['empty Lexical editor', '<p><br></p>', ''],
  ];
  it.each(cases)('%s', (_name, html, text) => {
    expect(readEditorText(editorOf(html))).toBe(text);
  });

  it('reads a textarea value as is', () => {
    const doc = loadHtml('<!DOCTYPE html><body><textarea id="t"></textarea></body>', 'https://example.test/');
    const ta = doc.getElementById('t') as HTMLTextAreaElement;
    ta.value = 'Leuk!\u200B\nTot morgen';
    expect(readEditorText(ta)).toBe('Leuk!\u200B\nTot morgen');
    expect(rangeForSpan(ta, 0, 4)).toBeNull();
  });
});

describe('rangeForSpan', () => {
  it('covers exactly the span across Draft.js blocks and leaves', () => {
    const doc = loadFixture('hand/x-home.html', 'https://x.com/home');
    const editor = doc.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    const text = readEditorText(editor);
    for (const word of ['06-12345678', 'groep 5', 'met groep 5!', 'Wat', 'info.']) {
      const start = text.indexOf(word);
      const range = rangeForSpan(editor, start, start + word.length);
      expect(range?.toString(), word).toBe(word);
    }
  });

  it('skips dropped zero-width characters and snaps spans that start or end on a line break', () => {
    const editor = editorOf('<p><span data-lexical-text="true">Bel\u200B 06</span></p><p><span data-lexical-text="true">\u200Bjuf Anne</span></p>');
    const { text, segments } = mapEditorText(editor);
    expect(text).toBe('Bel 06\njuf Anne');
    expect(segments).toHaveLength(3);
    expect(rangeForSpan(editor, 0, 6)?.toString()).toBe('Bel\u200B 06');
    expect(rangeForSpan(editor, 4, 15)?.toString()).toBe('06\u200Bjuf Anne');
    expect(rangeForSpan(editor, 6, 7)).toBeNull();
    expect(rangeForSpan(editor, 7, 10)?.toString()).toBe('juf');
  });

  it('returns null for spans outside the text', () => {
    const editor = editorOf('<p><span data-lexical-text="true">kort</span></p>');
    expect(rangeForSpan(editor, 2, 99)).toBeNull();
    expect(rangeForSpan(editor, -1, 2)).toBeNull();
    expect(rangeForSpan(editor, 3, 2)).toBeNull();
  });
});
