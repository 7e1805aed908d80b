// DriverPage over puppeteer-core (WebDriver BiDi), for Firefox: locators are re-resolved on every
// call and wait like Playwright's (attached/visible before acting), clicks and keys are real input
// events through BiDi input actions, files go through BiDi's input.setFiles.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, KeyInput, Page } from 'puppeteer-core';
import type { TestFile } from '../harness/files.ts';
import { IS_VISIBLE, queryExpression, type QueryStep } from './page-query.ts';
import type { DriverKeyboard, DriverLocator, DriverPage, WaitOptions } from './types.ts';

/** How long a locator waits for its element before failing (Playwright waits until the test's
 *  timeout; a shorter wait gives a clearer failure). */
export const DEFAULT_WAIT_MS = 10_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function describe(steps: QueryStep[]): string {
  return steps.map((s) => ('css' in s ? s.css : 'hasText' in s ? `:has-text(${JSON.stringify(s.hasText)})` : `nth(${s.nth})`)).join(' >> ');
}

/** Files handed to file inputs stay on disk until the page is disposed: Firefox reads a picked
 *  file lazily (a photo is read again when it is analysed or posted). */
class UploadFolder {
  private dir: string | undefined;
  private count = 0;

  write(file: TestFile): string {
    this.dir ??= mkdtempSync(join(tmpdir(), 'postwijs-upload-'));
    const sub = join(this.dir, String(this.count++));
    mkdirSync(sub);
    const path = join(sub, file.name);
    writeFileSync(path, file.buffer);
    return path;
  }

  remove(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}

class PuppeteerLocator implements DriverLocator {
  constructor(
    private readonly page: Page,
    private readonly steps: QueryStep[],
    private readonly uploads: UploadFolder,
  ) {}

  private with(step: QueryStep): PuppeteerLocator {
    return new PuppeteerLocator(this.page, [...this.steps, step], this.uploads);
  }

  first(): DriverLocator {
    return this.with({ nth: 0 });
  }
  nth(index: number): DriverLocator {
    return this.with({ nth: index });
  }
  filter(options: { hasText: string }): DriverLocator {
    return this.with({ hasText: options.hasText });
  }
  locator(css: string): DriverLocator {
    return this.with({ css });
  }

  async count(): Promise<number> {
    return this.page.evaluate(`${queryExpression(this.steps)}.length`) as Promise<number>;
  }

  /** Count and whether the first match is visible, in one round trip. */
  private async state(): Promise<{ count: number; visible: boolean }> {
    return this.page.evaluate(
      `(() => { const all = ${queryExpression(this.steps)}; return { count: all.length, visible: all.length > 0 && (${IS_VISIBLE})(all[0]) }; })()`,
    ) as Promise<{ count: number; visible: boolean }>;
  }

  async waitFor(options: WaitOptions = {}): Promise<void> {
    const state = options.state ?? 'visible';
    const until = Date.now() + (options.timeout ?? DEFAULT_WAIT_MS);
    for (;;) {
      const now = await this.state().catch(() => ({ count: 0, visible: false }));
      const done =
        state === 'attached' ? now.count > 0 : state === 'detached' ? now.count === 0 : state === 'visible' ? now.visible : !now.visible;
      if (done) return;
      if (Date.now() > until) throw new Error(`waiting for ${describe(this.steps)} to be ${state}: timed out`);
      await sleep(25);
    }
  }

  /** The first match as a handle, once it exists (and is visible, when `visible`). */
  private async handle(visible = false): Promise<ElementHandle<Element>> {
    await this.waitFor({ state: visible ? 'visible' : 'attached' });
    const handle = await this.page.evaluateHandle(`${queryExpression(this.steps)}[0] ?? null`);
    const element = handle.asElement() as ElementHandle<Element> | null;
    if (!element) throw new Error(`${describe(this.steps)} is gone`);
    return element;
  }

  async click(): Promise<void> {
    const element = await this.handle(true);
    try {
      await element.click();
    } finally {
      await element.dispose();
    }
  }

  async focus(): Promise<void> {
    const element = await this.handle();
    await element.evaluate((el) => (el as HTMLElement).focus());
    await element.dispose();
  }

  async getAttribute(name: string): Promise<string | null> {
    const element = await this.handle();
    const value = await element.evaluate((el, n) => el.getAttribute(n), name);
    await element.dispose();
    return value;
  }

  async innerText(): Promise<string> {
    const element = await this.handle();
    const text = await element.evaluate((el) => (el as HTMLElement).innerText);
    await element.dispose();
    return text;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the argument crosses into the page
  async evaluate<R>(fn: (element: HTMLElement, arg: any) => R | Promise<R>, arg?: unknown): Promise<R> {
    const element = await this.handle();
    try {
      return (await element.evaluate(fn as never, arg as never)) as R;
    } finally {
      await element.dispose();
    }
  }

  async setInputFiles(files: TestFile[]): Promise<void> {
    const paths = files.map((file) => this.uploads.write(file));
    const element = (await this.handle()) as ElementHandle<HTMLInputElement>;
    try {
      await element.uploadFile(...paths);
    } finally {
      await element.dispose();
    }
  }
}

class PuppeteerKeyboard implements DriverKeyboard {
  constructor(private readonly page: Page) {}

  type(text: string, options: { delay?: number } = {}): Promise<void> {
    return this.page.keyboard.type(text, { delay: options.delay ?? 0 });
  }

  async press(key: string): Promise<void> {
    // Playwright's "Control+Shift+Enter": hold the modifiers, press the last key, release.
    const keys = key === '+' ? ['+'] : key.split('+').map((k) => (k === '' ? '+' : k));
    const main = keys.pop() as KeyInput;
    for (const modifier of keys) await this.page.keyboard.down(modifier as KeyInput);
    try {
      await this.page.keyboard.press(main);
    } finally {
      for (const modifier of keys.reverse()) await this.page.keyboard.up(modifier as KeyInput);
    }
  }
}

export class PuppeteerDriverPage implements DriverPage {
  readonly keyboard: DriverKeyboard;
  private readonly uploads = new UploadFolder();

  constructor(readonly page: Page) {
    this.keyboard = new PuppeteerKeyboard(page);
  }

  async goto(url: string): Promise<unknown> {
    return this.page.goto(url, { waitUntil: 'load' });
  }

  url(): string {
    return this.page.url();
  }

  locator(css: string): DriverLocator {
    return new PuppeteerLocator(this.page, [{ css }], this.uploads);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the argument crosses into the page
  async evaluate<R>(fn: (arg: any) => R | Promise<R>, arg?: unknown): Promise<R> {
    return (await this.page.evaluate(fn as never, arg as never)) as R;
  }

  /** Removes the files given to file inputs (after the browser is closed). */
  dispose(): void {
    this.uploads.remove();
  }
}
