import { describe, expect, it } from 'vitest';
import { facebookAdapter as fb } from '../../../lib/platforms/facebook/adapter';
import { key, loadFixture } from './fixture';
import { runTable, type FixtureExpect } from './table';

const page = 'OBS De Wierde';
const table: FixtureExpect[] = [
  {
    file: 'hand/fb-post-dialog.html',
    url: 'https://www.facebook.com/',
    boxes: [
      {
        context: 'post',
        text: 'Vandaag vierden we de verjaardag van Sanne uit groep 3.\n\nGroetjes,\njuf Eline',
        account: 'Eline',
        submit: 'posten',
        files: 1,
        previews: 2,
        problems: 0,
      },
    ],
  },
  {
    file: 'hand/fb-post-dialog-en.html',
    url: 'https://www.facebook.com/obsdewierde',
    boxes: [{ context: 'post', text: 'Report cards go home on Friday.', account: page, submit: 'next', files: 1, previews: 0, problems: 0 }],
  },
  {
    file: 'hand/fb-comments.html',
    url: 'https://web.facebook.com/obsdewierde/posts/1',
    boxes: [
      { context: 'reply', text: 'That is not true, you are wrong.', account: page, submit: null, files: 0, previews: 0, problems: 0 },
      { context: 'comment', text: 'Thanks GGD for coming!\nSee you soon', account: page, submit: 'comment', files: 1, previews: 0, problems: 0 },
      { context: 'comment', text: '', account: undefined, submit: null, files: 0, previews: 0, problems: 0 },
    ],
  },
  {
    file: 'hand/fb-business-composer.html',
    url: 'https://business.facebook.com/latest/composer?asset_id=1',
    boxes: [{ context: 'post', text: 'Ouderavond op 12 maart om 19.00 uur.', account: page, submit: 'publish', files: 1, previews: 0, problems: 0 }],
  },
  { file: 'hand/fb-messages.html', url: 'https://www.facebook.com/messages/t/123', boxes: [] },
  { file: 'hand/fb-page-create.html', url: 'https://www.facebook.com/pages/creation/?ref_type=launch_point', boxes: [], pageCreation: true },
  {
    file: 'hand/fb-broken.html',
    url: 'https://www.facebook.com/',
    boxes: [{ context: 'post', text: 'Hallo', account: 'Eline', submit: null, files: 0, previews: 0, problems: 1 }],
  },
];

runTable('Facebook', fb, table);

describe('Facebook adapter details', () => {
  const doc = loadFixture('hand/fb-comments.html', 'https://www.facebook.com/');
  const [reply, comment] = fb.findComposeBoxes(doc);
  const post = fb.findComposeBoxes(loadFixture('hand/fb-post-dialog.html', 'https://www.facebook.com/'))[0]!;

  it('Enter sends a comment or reply, Shift+Enter is a newline, IME composition never sends', () => {
    const cases: [Parameters<typeof key>[0], boolean][] = [
      [{}, true],
      [{ shiftKey: true }, false],
      [{ ctrlKey: true }, true],
      [{ isComposing: true }, false],
      [{ keyCode: 229 }, false],
      [{ key: 'a' }, false],
    ];
    for (const box of [reply!, comment!]) {
      for (const [init, submits] of cases) expect(fb.isSubmitKey(key(init), box), `${box.context} ${JSON.stringify(init)}`).toBe(submits);
    }
  });

  it('Enter picks a mention while the suggestion list is open', () => {
    const cdoc = loadFixture('hand/fb-comments.html', 'https://www.facebook.com/');
    const box = fb.findComposeBoxes(cdoc)[1]!;
    const list = cdoc.createElement('ul');
    list.id = 'mentions';
    list.setAttribute('role', 'listbox');
    list.innerHTML = '<li role="option" id="opt-1">GGD Groningen</li>';
    cdoc.body.append(list);
    box.editor.setAttribute('aria-controls', 'mentions');
    expect(fb.isSubmitKey(key({}), box)).toBe(false);
    box.editor.setAttribute('aria-controls', '');
    box.editor.setAttribute('aria-activedescendant', 'opt-1');
    expect(fb.isSubmitKey(key({}), box)).toBe(false);
    box.editor.removeAttribute('aria-activedescendant');
    box.editor.setAttribute('aria-expanded', 'true');
    expect(fb.isSubmitKey(key({}), box)).toBe(false);
    box.editor.setAttribute('aria-expanded', 'false');
    expect(fb.isSubmitKey(key({}), box)).toBe(true);
  });

  it('Enter in the post dialog is a newline; Ctrl/Cmd+Enter is held (fail safe)', () => {
    expect(fb.isSubmitKey(key({}), post)).toBe(false);
    expect(fb.isSubmitKey(key({ shiftKey: true }), post)).toBe(false);
    expect(fb.isSubmitKey(key({ ctrlKey: true }), post)).toBe(true);
    expect(fb.isSubmitKey(key({ metaKey: true, isComposing: true }), post)).toBe(false);
  });

  it("does not take the post's own Comment action button for a submit", () => {
    const action = doc.querySelector('[role="article"] > [aria-label="Comment"]')!;
    expect(fb.boxForSubmitClick(action, doc)).toBeNull();
  });

  it('holds both Publish and Schedule in Business Suite, and replays the one clicked', () => {
    const bdoc = loadFixture('hand/fb-business-composer.html', 'https://business.facebook.com/latest/composer');
    const [box] = fb.findComposeBoxes(bdoc);
    for (const label of ['Publish', 'Schedule']) {
      const control = Array.from(bdoc.querySelectorAll('[role="button"]')).find((b) => b.textContent === label)!;
      const clicked = fb.boxForSubmitClick(control.firstElementChild!, bdoc);
      expect(clicked?.editor, label).toBe(box!.editor);
      // The runtime replays on submitButton(box): it must be the control that was clicked.
      expect(clicked && fb.submitButton(clicked), label).toBe(control);
    }
    const cancel = Array.from(bdoc.querySelectorAll('[role="button"]')).find((b) => b.textContent === 'Cancel')!;
    expect(fb.boxForSubmitClick(cancel, bdoc)).toBeNull();
  });

  it('prefers the name on the account button over the first name in the composer label', () => {
    const pdoc = loadFixture('hand/fb-post-dialog.html', 'https://www.facebook.com/');
    const [box] = fb.findComposeBoxes(pdoc);
    expect(fb.activeAccount(pdoc, box)).toBe('Eline');
    pdoc.querySelector('[aria-label="Je profiel"][role="button"]')!.append(pdoc.createTextNode('OBS De Wierde'));
    expect(fb.activeAccount(pdoc, box)).toBe('OBS De Wierde');
    // A comment box names its own identity, whatever the account button says.
    expect(fb.activeAccount(doc, comment)).toBe('OBS De Wierde');
  });

  it('skips Messenger chat heads on ordinary pages', () => {
    expect(fb.findComposeBoxes(doc).map((b) => b.editor.getAttribute('aria-label'))).not.toContain('Message');
  });
});
