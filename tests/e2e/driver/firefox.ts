// The Firefox side of the shared browser tests: one replica server and one Firefox with the built
// extension, shaped like the Chromium Env of tests/e2e/compose/driver.ts (page, worker, sites,
// browser.externalRequests()), so the same suites run on it.
import { launchFirefox, type FirefoxLaunchOptions, type LaunchedFirefox } from '../harness/firefox.ts';
import { startSites, type Sites } from '../harness/sites.ts';
import { PuppeteerDriverPage } from './puppeteer.ts';
import type { DriverPage, ExtensionContext } from './types.ts';

/** A tab the browser opened by itself (e.g. the options page opened by our UI). */
export interface OpenedTab {
  url(): string;
  close(): Promise<void>;
}

export interface FirefoxEnv {
  sites: Sites;
  browser: LaunchedFirefox & {
    /** Playwright's context.waitForEvent('page') for the shared suites: the next tab opened. */
    context: { waitForEvent(event: 'page', options?: { timeout?: number }): Promise<OpenedTab> };
  };
  page: DriverPage;
  /** Extension APIs, from a tab showing the extension's options page. */
  worker: ExtensionContext;
  close(): Promise<void>;
}

/** Runs `fn` in an extension page with `chrome` bound to Firefox's promise-based `browser`
 *  (Firefox's MV2 `chrome.*` takes callbacks only). The source is evaluated through WebDriver
 *  BiDi, which the page's CSP does not apply to. */
export function extensionContext(firefox: LaunchedFirefox, path = 'options.html'): ExtensionContext {
  return {
    async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
      const page = await firefox.extensionPage(path);
      const source = `(async () => { const chrome = globalThis.browser; return await (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)}); })()`;
      return (await page.evaluate(source)) as R;
    },
  };
}

export async function startFirefoxEnv(port: number, options: Omit<FirefoxLaunchOptions, 'sites'> = {}): Promise<FirefoxEnv> {
  const sites = await startSites({ port });
  let firefox: LaunchedFirefox;
  try {
    firefox = await launchFirefox({ ...options, sites });
  } catch (error) {
    await sites.close();
    throw error;
  }
  const context = {
    async waitForEvent(_event: 'page', options: { timeout?: number } = {}): Promise<OpenedTab> {
      const target = await firefox.browser.waitForTarget((t) => t.type() === 'page' && t.url() !== 'about:blank', { timeout: options.timeout ?? 10_000 });
      const tab = await target.page();
      return { url: () => target.url(), close: async () => void (await tab?.close()) };
    },
  };
  return {
    sites,
    browser: Object.assign(firefox, { context }),
    page: new PuppeteerDriverPage(firefox.page),
    worker: extensionContext(firefox),
    close: async () => {
      await firefox.close();
      await sites.close();
    },
  };
}

/** The shared compose driver (tests/e2e/compose/driver.ts) with its browser swapped for Firefox:
 *  for vi.mock in the firefox-*.test.ts files, so the shared suites run unchanged. */
export function onFirefox<T extends { startEnv: unknown }>(shared: T): T {
  return { ...shared, startEnv: (port: number) => startFirefoxEnv(port) };
}
