// The Firefox side of the shared browser tests: one replica server and one Firefox with the built
// extension, shaped like the Chromium Env of tests/e2e/compose/driver.ts (page, worker, sites,
// browser.externalRequests()), so the same suites run on it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
  /** Extension APIs, from a tab showing one of the extension's pages. */
  worker: ExtensionContext;
  close(): Promise<void>;
}

/** An extension page that does nothing by itself, to call extension APIs from. Not the options
 *  page: runtime.openOptionsPage() would focus that tab instead of opening one. */
function quietPage(extensionDir: string): string {
  return existsSync(join(extensionDir, 'gedragscode.html')) ? 'gedragscode.html' : 'popup.html';
}

/** Runs `fn` in an extension page with `chrome` bound to Firefox's promise-based `browser`
 *  (Firefox's MV2 `chrome.*` takes callbacks only). The source is evaluated through WebDriver
 *  BiDi, which the page's CSP does not apply to. */
export function extensionContext(firefox: LaunchedFirefox, path = quietPage(firefox.extensionDir)): ExtensionContext {
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
  const page = new PuppeteerDriverPage(firefox.page);
  const context = {
    /** The next tab opened after this call, once it has left about:blank. Closing it gives the
     *  focus back to the tests' tab. */
    async waitForEvent(_event: 'page', options: { timeout?: number } = {}): Promise<OpenedTab> {
      const before = new Set(firefox.browser.targets());
      const timeout = options.timeout ?? 10_000;
      const target = await firefox.browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout });
      const tab = await target.page();
      // Puppeteer does not follow a tab into the extension process (its url() stays
      // about:blank): ask the document where it is.
      let url = 'about:blank';
      const until = Date.now() + timeout;
      while (tab && url === 'about:blank' && Date.now() < until) {
        url = await tab.evaluate(() => location.href).catch(() => 'about:blank');
        if (url === 'about:blank') await new Promise((r) => setTimeout(r, 50));
      }
      return {
        url: () => url,
        close: async () => {
          await tab?.close();
          await firefox.page.bringToFront();
        },
      };
    },
  };
  return {
    sites,
    browser: Object.assign(firefox, { context }),
    page,
    worker: extensionContext(firefox),
    close: async () => {
      await firefox.close();
      page.dispose();
      await sites.close();
    },
  };
}

/** The shared compose driver (tests/e2e/compose/driver.ts) with its browser swapped for Firefox:
 *  for vi.mock in the firefox-*.test.ts files, so the shared suites run unchanged. */
export function onFirefox<T extends { startEnv: unknown }>(shared: T): T {
  return { ...shared, startEnv: (port: number) => startFirefoxEnv(port) };
}
