// The browser driver the shared browser tests are written against: the small part of Playwright's
// Page/Locator API they use (locators that pierce open shadow roots, keyboard, goto), plus the
// extension's own context. Playwright's Page satisfies it as it is (Chromium); puppeteer.ts
// implements it over puppeteer-core's WebDriver BiDi for Firefox. Keep it small: a method added
// here must be implemented for Firefox too.
import type { TestFile } from '../harness/files.ts';

export type BrowserName = 'chromium' | 'firefox';

export interface WaitOptions {
  /** Default 'visible', as in Playwright. */
  state?: 'attached' | 'detached' | 'visible' | 'hidden';
  timeout?: number;
}

/** A lazy query: resolved again on every call, auto-waiting like Playwright's locators. */
export interface DriverLocator {
  first(): DriverLocator;
  nth(index: number): DriverLocator;
  /** Keeps matches whose text contains `hasText` (case-insensitive, whitespace collapsed). */
  filter(options: { hasText: string }): DriverLocator;
  /** Matches of `css` inside this one's matches (CSS pierces open shadow roots). */
  locator(css: string): DriverLocator;
  click(): Promise<void>;
  focus(): Promise<void>;
  waitFor(options?: WaitOptions): Promise<void>;
  count(): Promise<number>;
  getAttribute(name: string): Promise<string | null>;
  innerText(): Promise<string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the argument crosses into the page
  evaluate<R>(fn: (element: HTMLElement, arg: any) => R | Promise<R>, arg?: unknown): Promise<R>;
  setInputFiles(files: TestFile[]): Promise<void>;
}

export interface DriverKeyboard {
  type(text: string, options?: { delay?: number }): Promise<void>;
  /** A key or a combination in Playwright's notation: 'Enter', 'Control+Enter', 'Shift+Tab'. */
  press(key: string): Promise<void>;
}

export interface DriverPage {
  goto(url: string): Promise<unknown>;
  url(): string;
  locator(css: string): DriverLocator;
  keyboard: DriverKeyboard;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the argument crosses into the page
  evaluate<R>(fn: (arg: any) => R | Promise<R>, arg?: unknown): Promise<R>;
}

/** Where extension APIs can be called from a test: Chromium's service worker, Firefox's
 *  extension page. `chrome.*` inside `fn` is promise-based in both. */
export interface ExtensionContext {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}
