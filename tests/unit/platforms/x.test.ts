import { describe, expect, it } from 'vitest';
import { xAdapter as x } from '../../../lib/platforms/x/adapter';
import { key, loadFixture } from './fixture';

interface Expect {
  file: string;
  url: string;
  account: string | undefined;
  boxes: { context: 'post' | 'reply'; text: string; submitLabel: string | null; files: number; previews: number; problems: number }[];
}

const table: Expect[] = [
  {
    file: 'hand/x-home.html',
    url: 'https://x.com/home',
    account: 'obsdewierde',
    boxes: [{ context: 'post', text: 'Wat een mooie dag met groep 5!\n\nBel 06-12345678 voor info.', submitLabel: 'Posten', files: 1, previews: 2, problems: 0 }],
  },
  {
    file: 'hand/x-compose-thread.html',
    url: 'https://x.com/compose/post',
    account: 'obsdewierde',
    boxes: [
      { context: 'post', text: 'Deel 1 van onze sportdag.\nHet was fantastisch.', submitLabel: 'Alles plaatsen', files: 1, previews: 1, problems: 0 },
      { context: 'post', text: 'Deel 2: de prijsuitreiking.', submitLabel: 'Alles plaatsen', files: 1, previews: 1, problems: 0 },
    ],
  },
  {
    file: 'hand/x-reply-dialog.html',
    url: 'https://x.com/compose/post',
    account: 'obsdewierde',
    boxes: [{ context: 'reply', text: 'Dat is niet waar, u heeft ongelijk.', submitLabel: 'Beantwoorden', files: 1, previews: 0, problems: 0 }],
  },
  {
    file: 'hand/x-status-reply-en.html',
    url: 'https://twitter.com/someone/status/123',
    account: 'juf_eline',
    boxes: [{ context: 'reply', text: '', submitLabel: 'Reply', files: 1, previews: 0, problems: 0 }],
  },
  {
    file: 'hand/x-quote.html',
    url: 'https://x.com/compose/post',
    account: 'obsdewierde',
    boxes: [{ context: 'post', text: 'Look at this, @gemeente and #school\n', submitLabel: 'Post', files: 1, previews: 0, problems: 0 }],
  },
  {
    file: 'hand/x-broken.html',
    url: 'https://x.com/home',
    account: undefined,
    boxes: [{ context: 'post', text: 'Tekst zonder knop', submitLabel: null, files: 0, previews: 0, problems: 1 }],
  },
];

describe.each(table)('X adapter on $file', (t) => {
  const doc = loadFixture(t.file, t.url);
  const boxes = x.findComposeBoxes(doc);

  it('finds the compose boxes with their context', () => {
    expect(boxes.map((b) => b.context)).toEqual(t.boxes.map((b) => b.context));
  });

  it('reads the text, submit button, attachments and markup problems of each box', () => {
    boxes.forEach((box, i) => {
      const want = t.boxes[i]!;
      expect(x.readText(box)).toBe(want.text);
      const button = x.submitButton(box);
      expect(button ? button.textContent!.trim() : null).toBe(want.submitLabel);
      expect(x.fileInputs(box)).toHaveLength(want.files);
      expect(x.attachmentPreviews(box)).toHaveLength(want.previews);
      expect(x.markupProblems(box)).toHaveLength(want.problems);
    });
  });

  it('names the active account', () => {
    expect(x.activeAccount(doc)).toBe(t.account);
  });

  it('maps a click inside the submit button back to its box', () => {
    boxes.forEach((box) => {
      const button = x.submitButton(box);
      if (!button) return;
      const inner = button.querySelector('span') ?? button;
      const found = x.boxForSubmitClick(inner, doc);
      expect(found?.scope).toBe(box.scope);
      expect(found && x.submitButton(found)).toBe(button);
    });
  });
});

describe('X adapter details', () => {
  it('treats only Ctrl/Cmd+Enter outside IME composition as submit', () => {
    const doc = loadFixture('hand/x-home.html', 'https://x.com/home');
    const [box] = x.findComposeBoxes(doc);
    const cases: [Parameters<typeof key>[0], boolean][] = [
      [{}, false],
      [{ shiftKey: true }, false],
      [{ ctrlKey: true }, true],
      [{ metaKey: true }, true],
      [{ ctrlKey: true, isComposing: true }, false],
      [{ ctrlKey: true, keyCode: 229 }, false],
      [{ key: 'a', ctrlKey: true }, false],
    ];
    for (const [init, submits] of cases) expect(x.isSubmitKey(key(init), box!), JSON.stringify(init)).toBe(submits);
  });

  it('ignores clicks outside post buttons', () => {
    const doc = loadFixture('hand/x-home.html', 'https://x.com/home');
    const other = doc.querySelector('[data-testid="retweet"]')!;
    expect(x.boxForSubmitClick(other, doc)).toBeNull();
  });

  it('finds a box when the added node is the editor itself (mutation root)', () => {
    const doc = loadFixture('hand/x-home.html', 'https://x.com/home');
    const editor = doc.querySelector('[data-testid="tweetTextarea_0"]')!;
    expect(x.findComposeBoxes(editor)).toHaveLength(1);
    expect(x.findComposeBoxes(doc.querySelector('section')!)).toHaveLength(0);
  });

  it('recognises account creation, not ordinary pages', () => {
    expect(x.isPageCreation(new URL('https://x.com/i/flow/signup') as unknown as Location, loadFixture('hand/x-home.html', 'https://x.com/'))).toBe(true);
    expect(x.isPageCreation(new URL('https://x.com/home') as unknown as Location, loadFixture('hand/x-home.html', 'https://x.com/'))).toBe(false);
  });
});
