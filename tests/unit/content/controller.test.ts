// @vitest-environment happy-dom
// The runtime end to end in happy-dom with a small fake site: boxes found, findings shown in the
// shadow host, submits held and replayed once, no UI for other accounts, fail-open notice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startContentRuntime, type ContentRuntime, type RuntimeOptions } from '../../../lib/content/controller';
import type { ComposeBox, SiteAdapter } from '../../../lib/platforms/types';
import { resolvePolicy } from '../../../lib/policy/validate';
import type { ImageAnalysis } from '../../../lib/types';

const WARN_TEXT = 'Gefeliciteerd Daan met je verjaardag!';
const BLOCK_TEXT = 'Mijn nummer is 06-12345678';
const CLEAN_TEXT = 'Vandaag hebben alle groepen meegedaan aan de boomplantdag.';

let markupBroken = false;
const fakeAdapter: SiteAdapter = {
  platform: 'x',
  hosts: ['x.com'],
  findComposeBoxes: (root) =>
    Array.from(root.querySelectorAll<HTMLElement>('[data-editor]')).map((editor) => ({ editor, scope: editor.closest('.scope')!, context: 'post' })),
  readText: (box) => box.editor.textContent ?? '',
  activeAccount: (doc) => doc.body.dataset.account,
  submitButton: (box) => box.scope.querySelector<HTMLElement>('button.post'),
  boxForSubmitClick(target) {
    const button = target.closest('button.post');
    const editor = button?.closest('.scope')?.querySelector<HTMLElement>('[data-editor]');
    return editor ? { editor, scope: editor.closest('.scope')!, context: 'post' } : null;
  },
  isSubmitKey: (e) => e.key === 'Enter' && e.ctrlKey,
  fileInputs: (box) => Array.from(box.scope.querySelectorAll('input[type=file]')),
  attachmentPreviews: (box: ComposeBox) => Array.from(box.scope.querySelectorAll<HTMLElement>('.thumb')),
  isPageCreation: (loc) => loc.pathname.startsWith('/signup'),
  markupProblems: () => (markupBroken ? ['fake: broken'] : []),
};

const policy = resolvePolicy({
  schoolName: 'OBS De Wierde',
  supervisor: { name: 'Marieke Jansen', email: 'directie@obsdewierde.nl' },
  accounts: [{ platform: 'x', handle: 'school' }],
  // No lesson hours, so the result does not depend on when the test runs.
  lessonHours: { days: [], from: '08:30', to: '14:30' },
}).policy;

let runtime: ContentRuntime | undefined;
let posted: string[];
let stats: string[];

function site(account = 'school') {
  document.body.dataset.account = account;
  document.body.innerHTML = `<div class="scope"><div data-editor contenteditable="true"></div><input type="file"><button class="post">Posten</button></div>`;
  const editor = document.querySelector<HTMLElement>('[data-editor]')!;
  const button = document.querySelector<HTMLElement>('button.post')!;
  // happy-dom does no layout; a real editor has a size (hidden editors get no badge).
  editor.getBoundingClientRect = () => ({ top: 10, left: 10, width: 300, height: 60, right: 310, bottom: 70, x: 10, y: 10, toJSON: () => ({}) });
  button.addEventListener('click', () => posted.push(editor.textContent ?? ''));
  return { editor, button };
}

const flush = () => new Promise((r) => setTimeout(r, 10));
const shadow = () => document.querySelector('postwijs-ui')?.shadowRoot ?? null;
const q = (sel: string) => shadow()?.querySelector<HTMLElement>(sel) ?? null;

async function start(over: Partial<RuntimeOptions> = {}) {
  runtime = startContentRuntime({
    adapter: fakeAdapter,
    win: window as unknown as Window,
    lang: 'nl',
    loadPolicy: async () => policy,
    recordStat: (kind, rule) => stats.push(`${kind}:${rule}`),
    debounceMs: 0,
    ...over,
  });
  await flush();
  return runtime;
}

async function type(editor: HTMLElement, text: string) {
  editor.textContent = text;
  editor.dispatchEvent(new Event('input', { bubbles: true }));
  await flush();
}

beforeEach(() => {
  posted = [];
  stats = [];
  markupBroken = false;
  document.body.innerHTML = '';
});
afterEach(() => {
  runtime?.stop();
  runtime = undefined;
  document.querySelector('postwijs-ui')?.remove();
});

describe('content runtime', () => {
  it('a clean post goes out untouched and no UI appears', async () => {
    const { editor, button } = site();
    await start();
    await type(editor, CLEAN_TEXT);
    button.click();
    expect(posted).toEqual([CLEAN_TEXT]);
    expect(q('.pw-badge')).toBeNull();
    expect(q('.pw')!.textContent).toBe(''); // only the (empty) live region
  });

  it('warn: badge and highlight while typing; held at submit; "Toch plaatsen" posts once, unchanged', async () => {
    const { editor, button } = site();
    await start();
    await type(editor, WARN_TEXT);
    const host = document.querySelector('postwijs-ui')!;
    expect(host.hasAttribute('data-postwijs')).toBe(true);
    expect(editor.contains(host)).toBe(false);
    expect(q('.pw-badge')!.textContent).toBe('Postwijs: 1 aandachtspunt');
    expect(q('[aria-live="polite"]')!.textContent).toBe('Postwijs: 1 aandachtspunt');
    expect(stats).toEqual(['finding:child-name']);
    button.click();
    button.click(); // a second click while the stop is open is held too
    expect(posted).toEqual([]);
    expect(q('[role="alertdialog"]')!.dataset.postwijsStop).toBe('warn');
    const contact = q('a.pw-contact') as HTMLAnchorElement;
    expect(contact.getAttribute('href')).toMatch(/^mailto:directie@obsdewierde\.nl\?subject=/);
    q('.pw-confirm')!.click();
    expect(posted).toEqual([WARN_TEXT]);
    expect(editor.textContent).toBe(WARN_TEXT);
    expect(q('[role="alertdialog"]')).toBeNull();
    expect(stats).toContain('override:child-name');
  });

  it('block: held with no way through but editing or contact', async () => {
    const { editor, button } = site();
    await start();
    await type(editor, BLOCK_TEXT);
    button.click();
    expect(q('[role="alertdialog"]')!.dataset.postwijsStop).toBe('block');
    expect(q('.pw-confirm')).toBeNull();
    q('.pw-cancel')!.click();
    expect(q('[role="alertdialog"]')).toBeNull();
    button.click();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(posted).toEqual([]);
  });

  it('a held keyboard submit is replayed as a key event on the editor', async () => {
    const { editor } = site();
    editor.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && e.ctrlKey) posted.push(`key:${editor.textContent}`);
    });
    await start();
    await type(editor, WARN_TEXT);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(posted).toEqual([]);
    q('.pw-confirm')!.click();
    expect(posted).toEqual([`key:${WARN_TEXT}`]);
  });

  it('another account: no checks, no UI, no hold', async () => {
    const { editor, button } = site('prive');
    await start();
    await type(editor, BLOCK_TEXT);
    button.click();
    expect(posted).toEqual([BLOCK_TEXT]);
    expect(document.querySelector('postwijs-ui')).toBeNull();
    expect(runtime!.status()).toMatchObject({ platform: 'x', account: 'prive', checked: false, reason: 'other-account', boxes: 1, policyLoaded: true });
  });

  it('"Dit klopt niet" dismisses the finding for this draft and counts it', async () => {
    const { editor, button } = site();
    await start();
    await type(editor, WARN_TEXT);
    q('.pw-badge')!.click();
    q('.pw-dismiss')!.click();
    expect(stats).toContain('dismiss:child-name');
    expect(q('.pw-badge')).toBeNull();
    button.click();
    expect(posted).toEqual([WARN_TEXT]);
  });

  it('markup that no longer matches: visible notice, the submit goes through', async () => {
    markupBroken = true;
    const { editor, button } = site();
    await start();
    await type(editor, BLOCK_TEXT);
    expect(q('[data-postwijs-failure]')!.textContent).toContain('Postwijs kon dit bericht niet controleren');
    button.click();
    expect(posted).toEqual([BLOCK_TEXT]);
  });

  it('waits for a photo still being analysed, then lets a clean post through by itself', async () => {
    let finish!: (a: ImageAnalysis) => void;
    const analyseImage = vi.fn(() => new Promise<ImageAnalysis>((r) => (finish = r)));
    const { editor, button } = site();
    await start({ analyseImage });
    await type(editor, CLEAN_TEXT);
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File([new Uint8Array([1, 2, 3])], 'klas.png', { type: 'image/png' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(analyseImage).toHaveBeenCalledWith(file);
    button.click();
    expect(posted).toEqual([]);
    expect(q('[role="alertdialog"]')!.dataset.postwijsStop).toBe('waiting');
    finish({ id: 'klas.png', status: 'ok', faces: [] });
    await flush();
    expect(posted).toEqual([CLEAN_TEXT]);
  });

  it('forgets a compose box that left the page, finds one added later', async () => {
    const { editor } = site();
    const rt = await start();
    expect(rt.sessions()).toHaveLength(1);
    editor.closest('.scope')!.remove();
    const again = document.createElement('div');
    again.className = 'scope';
    again.innerHTML = '<div data-editor contenteditable="true"></div><button class="post">Posten</button>';
    document.body.append(again);
    await new Promise((r) => setTimeout(r, 100));
    expect(rt.sessions().map((s) => s.editor)).toEqual([again.querySelector('[data-editor]')]);
  });

  it('stop() removes listeners and the UI', async () => {
    const { editor, button } = site();
    const rt = await start();
    await type(editor, BLOCK_TEXT);
    rt.stop();
    runtime = undefined;
    expect(document.querySelector('postwijs-ui')).toBeNull();
    button.click();
    expect(posted).toEqual([BLOCK_TEXT]);
  });
});

// The content scripts receive the word and name lists from the background after start
// (RuntimeOptions.lists): a submit made before they arrive must be held, not slip through unchecked.
describe('content runtime before the word lists arrive', () => {
  function deferred() {
    let resolve!: () => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  }

  it('checks nothing and holds a submit unseen; when the lists arrive the stop opens', async () => {
    const lists = deferred();
    const { editor, button } = site();
    await start({ lists: lists.promise });
    await type(editor, WARN_TEXT);
    expect(q('.pw-badge')).toBeNull();
    button.click();
    expect(posted).toEqual([]);
    expect(q('[role="alertdialog"]')).toBeNull();
    lists.resolve();
    await flush();
    expect(q('[role="alertdialog"]')!.dataset.postwijsStop).toBe('warn');
    expect(q('[role="alertdialog"]')!.textContent).toContain('Daan');
    expect(posted).toEqual([]);
  });

  it('a clean post held meanwhile goes out by itself, once', async () => {
    const lists = deferred();
    const { editor, button } = site();
    await start({ lists: lists.promise });
    await type(editor, CLEAN_TEXT);
    button.click();
    button.click();
    expect(posted).toEqual([]);
    lists.resolve();
    await flush();
    expect(posted).toEqual([CLEAN_TEXT]);
  });

  it('lists that cannot be had: the held submit goes through and the failure notice shows', async () => {
    const lists = deferred();
    const { editor, button } = site();
    await start({ lists: lists.promise });
    await type(editor, BLOCK_TEXT);
    button.click();
    expect(posted).toEqual([]);
    lists.reject(new Error('no background'));
    await flush();
    expect(posted).toEqual([BLOCK_TEXT]);
    expect(q('[data-postwijs-failure]')!.textContent).toContain('Postwijs kon dit bericht niet controleren');
  });
});
