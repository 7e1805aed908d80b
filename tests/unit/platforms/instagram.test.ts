import { describe, expect, it } from 'vitest';
import { instagramAdapter as ig } from '../../../lib/platforms/instagram/adapter';
import { key, loadFixture } from './fixture';
import { runTable, type FixtureExpect } from './table';

const table: FixtureExpect[] = [
  {
    file: 'hand/ig-create-caption.html',
    url: 'https://www.instagram.com/',
    boxes: [
      { context: 'comment', text: 'Goed bezig!', account: 'obsdewierde', submit: 'plaatsen', files: 0, previews: 0, problems: 0 },
      { context: 'post', text: 'Juf Anne is overspannen,\ndaarom geen gym.\n#obsdewierde', account: 'obsdewierde', submit: 'delen', files: 0, previews: 1, problems: 0 },
    ],
  },
  {
    file: 'hand/ig-post-comments-en.html',
    url: 'https://www.instagram.com/p/C0ffee/',
    boxes: [{ context: 'comment', text: '@ouder_01 That is not true!\nRead the newsletter.', account: 'juf_eline', submit: 'post', files: 0, previews: 0, problems: 0 }],
  },
  { file: 'hand/ig-direct.html', url: 'https://www.instagram.com/direct/t/123/', boxes: [] },
  { file: 'hand/ig-professional.html', url: 'https://www.instagram.com/accounts/convert_to_professional_account/', boxes: [], pageCreation: true },
  {
    file: 'hand/ig-broken.html',
    url: 'https://www.instagram.com/',
    boxes: [{ context: 'post', text: '', account: undefined, submit: null, files: 0, previews: 0, problems: 1 }],
  },
];

runTable('Instagram', ig, table);

describe('Instagram adapter details', () => {
  const doc = loadFixture('hand/ig-create-caption.html', 'https://www.instagram.com/');
  const [comment, caption] = ig.findComposeBoxes(doc);

  it('Enter sends a comment, Shift+Enter and IME composition do not', () => {
    expect(ig.isSubmitKey(key({}), comment!)).toBe(true);
    expect(ig.isSubmitKey(key({ shiftKey: true }), comment!)).toBe(false);
    expect(ig.isSubmitKey(key({ isComposing: true }), comment!)).toBe(false);
    expect(ig.isSubmitKey(key({ keyCode: 229 }), comment!)).toBe(false);
  });

  it('Enter picks a mention while the suggestion list is open', () => {
    comment!.editor.setAttribute('aria-expanded', 'true');
    expect(ig.isSubmitKey(key({}), comment!)).toBe(false);
    comment!.editor.removeAttribute('aria-expanded');
    expect(ig.isSubmitKey(key({}), comment!)).toBe(true);
  });

  it('Enter in the caption is a newline; only Share publishes', () => {
    expect(ig.isSubmitKey(key({}), caption!)).toBe(false);
    expect(ig.isSubmitKey(key({ ctrlKey: true }), caption!)).toBe(false);
  });

  it('reads the English create flow ("Write a caption…", "Share")', () => {
    const en = loadFixture('hand/ig-create-caption.html', 'https://www.instagram.com/');
    en.querySelector('[aria-label="Schrijf een bijschrift..."]')!.setAttribute('aria-label', 'Write a caption…');
    const share = Array.from(en.querySelectorAll('[role="dialog"] [role="button"]')).find((b) => b.textContent === 'Delen')!;
    share.textContent = 'Share';
    const box = ig.findComposeBoxes(en).find((b) => b.context === 'post')!;
    expect(ig.submitButton(box)).toBe(share);
    expect(ig.markupProblems(box)).toEqual([]);
  });

  it("does not read the post author's link as the active account", () => {
    const other = loadFixture('hand/ig-post-comments-en.html', 'https://www.instagram.com/p/C0ffee/');
    other.querySelector('[role="navigation"]')!.remove();
    expect(ig.activeAccount(other)).toBeUndefined();
  });

  it('reads the textarea value as typed, not its initial markup', () => {
    const ta = comment!.editor as HTMLTextAreaElement;
    ta.value = 'Nieuwe tekst';
    expect(ig.readText(comment!)).toBe('Nieuwe tekst');
  });
});
