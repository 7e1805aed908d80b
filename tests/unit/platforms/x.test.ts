import { describe, expect, it } from 'vitest';
import { xAdapter as x } from '../../../lib/platforms/x/adapter';
import { key, loadFixture } from './fixture';
import { runTable, type FixtureExpect } from './table';

const acc = 'obsdewierde';
const table: FixtureExpect[] = [
  {
    file: 'hand/x-home.html',
    url: 'https://x.com/home',
    boxes: [{ context: 'post', text: 'Wat een mooie dag met groep 5!\n\nBel 06-12345678 voor info.', account: acc, submit: 'posten', files: 1, previews: 2, problems: 0 }],
  },
  {
    file: 'hand/x-compose-thread.html',
    url: 'https://x.com/compose/post',
    boxes: [
      { context: 'post', text: 'Deel 1 van onze sportdag.\nHet was fantastisch.', account: acc, submit: 'alles plaatsen', files: 1, previews: 1, problems: 0 },
      { context: 'post', text: 'Deel 2: de prijsuitreiking.', account: acc, submit: 'alles plaatsen', files: 1, previews: 1, problems: 0 },
    ],
  },
  {
    file: 'hand/x-reply-dialog.html',
    url: 'https://x.com/compose/post',
    boxes: [{ context: 'reply', text: 'Dat is niet waar, u heeft ongelijk.', account: acc, submit: 'beantwoorden', files: 1, previews: 0, problems: 0 }],
  },
  {
    file: 'hand/x-status-reply-en.html',
    url: 'https://twitter.com/someone/status/123',
    boxes: [{ context: 'reply', text: '', account: 'juf_eline', submit: 'reply', files: 1, previews: 0, problems: 0 }],
  },
  {
    file: 'hand/x-quote.html',
    url: 'https://x.com/compose/post',
    boxes: [{ context: 'post', text: 'Look at this, @gemeente and #school\n', account: acc, submit: 'post', files: 1, previews: 0, problems: 0 }],
  },
  {
    file: 'hand/x-broken.html',
    url: 'https://x.com/home',
    boxes: [{ context: 'post', text: 'Tekst zonder knop', account: undefined, submit: null, files: 0, previews: 0, problems: 1 }],
  },
  { file: 'hand/x-home.html', url: 'https://x.com/i/flow/signup', pageCreation: true, boxes: [{ context: 'post', text: 'Wat een mooie dag met groep 5!\n\nBel 06-12345678 voor info.', account: acc, submit: 'posten', files: 1, previews: 2, problems: 0 }] },
];

runTable('X', x, table);

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

});
