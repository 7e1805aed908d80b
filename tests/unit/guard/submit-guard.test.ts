// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installSubmitGuard, type GuardHooks, type SubmitGuard } from '../../../lib/guard';

// A minimal "site": an editor and a post button whose own handlers (bubble phase, like React's
// root listener) record each submit with the text at that moment.
function makeSite() {
  document.body.innerHTML = `
    <div id="scope">
      <div id="editor" contenteditable="true">hallo</div>
      <button id="post"><span id="label">Posten</span></button>
    </div>`;
  const editor = document.getElementById('editor')!;
  const button = document.getElementById('post')!;
  const posted: string[] = [];
  button.addEventListener('click', () => posted.push(editor.textContent ?? ''));
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.ctrlKey && e.keyCode === 13) {
      e.preventDefault();
      posted.push(editor.textContent ?? '');
    }
  });
  return { editor, button, posted };
}

describe('installSubmitGuard', () => {
  let guard: SubmitGuard | undefined;
  let site: ReturnType<typeof makeSite>;
  let verdict: 'pass' | 'hold';
  let replays: (() => boolean)[];
  let hooks: GuardHooks<string>;

  beforeEach(() => {
    site = makeSite();
    verdict = 'hold';
    replays = [];
    hooks = {
      boxForKey: (e) => (e.key === 'Enter' && e.ctrlKey && site.editor.contains(e.target as Node) ? { box: 'box', editor: site.editor } : null),
      boxForClick: (t) => (t.closest('#post') ? { box: 'box', button: site.button } : null),
      decide: () => verdict,
      held: (_attempt, replay) => replays.push(replay),
    };
    guard = installSubmitGuard(window as unknown as Window, hooks);
  });
  afterEach(() => guard?.dispose());

  const ctrlEnter = () =>
    new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: true, bubbles: true, cancelable: true } as KeyboardEventInit);

  it('lets a clean click through untouched', () => {
    verdict = 'pass';
    document.getElementById('label')!.click();
    expect(site.posted).toEqual(['hallo']);
    expect(replays).toHaveLength(0);
  });

  it('holds a click before the site sees it and replays it exactly once', () => {
    document.getElementById('label')!.click();
    expect(site.posted).toEqual([]);
    expect(replays).toHaveLength(1);
    expect(replays[0]!()).toBe(true);
    expect(replays[0]!()).toBe(false);
    expect(site.posted).toEqual(['hallo']);
  });

  it('holds Ctrl+Enter and replays a key event the site accepts (keyCode included)', () => {
    const e = ctrlEnter();
    site.editor.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(true);
    expect(site.posted).toEqual([]);
    replays[0]!();
    replays[0]!();
    expect(site.posted).toEqual(['hallo']);
  });

  it('the replay is not intercepted again, but the next user submit is', () => {
    site.button.click();
    replays[0]!();
    site.button.click();
    expect(site.posted).toEqual(['hallo']);
    expect(replays).toHaveLength(2);
  });

  it('never touches IME composition', () => {
    const decide = vi.fn(() => 'hold' as const);
    hooks.decide = decide;
    const e = new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, ctrlKey: true, isComposing: true, bubbles: true, cancelable: true } as KeyboardEventInit);
    site.editor.dispatchEvent(e);
    expect(decide).not.toHaveBeenCalled();
    expect(e.defaultPrevented).toBe(false);
  });

  it('fails open when decide throws, and reports it', () => {
    const failed = vi.fn();
    hooks.decide = () => {
      throw new Error('engine broke');
    };
    hooks.failed = failed;
    site.button.click();
    expect(site.posted).toEqual(['hallo']);
    expect(failed).toHaveBeenCalledOnce();
  });

  it('does not replay into a button that left the page', () => {
    site.button.click();
    site.button.remove();
    expect(replays[0]!()).toBe(false);
    expect(site.posted).toEqual([]);
  });

  it('ignores clicks and keys that are not submits', () => {
    const decide = vi.fn(() => 'hold' as const);
    hooks.decide = decide;
    site.editor.click();
    site.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(decide).not.toHaveBeenCalled();
  });

  it('stops listening after dispose', () => {
    guard!.dispose();
    guard = undefined;
    site.button.click();
    expect(site.posted).toEqual(['hallo']);
  });
});
