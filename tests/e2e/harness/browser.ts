// Launches Debian's Chromium through playwright-core with the built extension, opening the replica
// sites under their real host names. One browser per test file (CI has 2 cores): launch in
// beforeAll, reuse the context's pages across tests, close in afterAll.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ALL_HOSTS } from '../../sites/hosts.ts';
import { clearManagedPolicy, unpackedExtensionId, writeManagedPolicy } from './policy.ts';

export interface LaunchOptions {
  /** The replica server (from startSites()) whose hosts the browser must reach. */
  sites?: { port: number; spki?: string };
  /** Unpacked extension folder, e.g. '.output/chrome-mv3'. */
  extension?: string;
  /** Load a private copy of the extension folder (removed on close), so a build running in the
   *  same tree meanwhile cannot pull files away. With a manifest "key" the id stays the same. */
  copyExtension?: boolean;
  /** Managed policy for the extension (chrome.storage.managed). Written to Chromium's managed
   *  policy folder before launch and removed on close; needs root (CI runs as root). */
  policy?: object;
  /** Browser UI language (chrome.i18n, navigator.language). Default 'nl'. */
  locale?: 'nl' | 'en';
  /** Profile folder to start with and keep on close (a browser restart); default a fresh one, removed on close. */
  userDataDir?: string;
  /** Headed for the demo; tests run headless. */
  headless?: boolean;
  /** Browser binary; default CHROME_PATH or /usr/bin/chromium. */
  executablePath?: string;
  viewport?: { width: number; height: number } | null;
  /** Leave Ctrl+C/SIGTERM to the caller (the demo cleans up itself) instead of Playwright, which
   *  would close the browser and exit the process on its own. */
  callerHandlesSignals?: boolean;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The first tab (opened by Chromium at start). */
  page: Page;
  /** The extension's id, when an extension was loaded. */
  extensionId: string | undefined;
  /** The extension's background service worker, when it has one. */
  serviceWorker(): Promise<Worker>;
  /** URLs the pages requested on hosts other than the replicas (must stay empty). */
  externalRequests(): string[];
  close(): Promise<void>;
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c!));
  if (!found) throw new Error('No Chromium found: install it with `apt-get install -y chromium` or set CHROME_PATH.');
  return found;
}

/** --host-resolver-rules value sending every replica host to the server and nothing elsewhere. */
export function hostResolverRules(port: number): string {
  return [...ALL_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(', ');
}

const LOCAL_SCHEMES = /^(chrome-extension|chrome|blob|data|about|devtools):/;

export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'postwijs-chromium-'));
  const removeProfile = () => {
    if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  };
  const source = options.extension ? resolve(options.extension) : undefined;
  if (source && !existsSync(join(source, 'manifest.json'))) {
    removeProfile();
    throw new Error(`No extension at ${source}: run \`npm run build\` first.`);
  }
  const extension = source && options.copyExtension ? join(userDataDir, '..', `${basename(userDataDir)}-extension`) : source;
  if (source && extension !== source) cpSync(source, extension!, { recursive: true });
  const removeCopy = () => {
    if (extension && extension !== source) rmSync(extension, { recursive: true, force: true });
  };
  const extensionId = extension ? unpackedExtensionId(extension) : undefined;
  let policyFile: string | undefined;
  if (options.policy) {
    if (!extensionId) throw new Error('A managed policy needs an extension.');
    policyFile = writeManagedPolicy(extensionId, options.policy);
  }
  const locale = options.locale ?? 'nl';
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    `--lang=${locale}`,
  ];
  if (options.sites) {
    args.push(`--host-resolver-rules=${hostResolverRules(options.sites.port)}`);
    if (options.sites.spki) args.push(`--ignore-certificate-errors-spki-list=${options.sites.spki}`);
  }
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: options.executablePath ?? chromiumPath(),
      headless: options.headless ?? true,
      args,
      // Playwright adds --disable-extensions by default; extensions are the point here.
      ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
      ignoreHTTPSErrors: true,
      ...(options.callerHandlesSignals ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
      locale: locale === 'nl' ? 'nl-NL' : 'en-US',
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
      env: { ...process.env, LANGUAGE: locale, LANG: locale === 'nl' ? 'nl_NL.UTF-8' : 'en_US.UTF-8' },
    });
  } catch (error) {
    if (policyFile) clearManagedPolicy(policyFile);
    removeProfile();
    removeCopy();
    throw error;
  }

  const external: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (LOCAL_SCHEMES.test(url)) return;
    const host = new URL(url).hostname;
    if (!ALL_HOSTS.includes(host)) external.push(url);
  });

  const page = context.pages()[0] ?? (await context.newPage());
  const serviceWorker = async (): Promise<Worker> => {
    if (!extensionId) throw new Error('No extension loaded.');
    const mine = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
    return context.serviceWorkers().find(mine) ?? (await context.waitForEvent('serviceworker', { predicate: mine, timeout: 15_000 }));
  };

  return {
    context,
    page,
    extensionId,
    serviceWorker,
    externalRequests: () => [...external],
    close: async () => {
      await context.close().catch(() => undefined);
      if (policyFile) clearManagedPolicy(policyFile);
      removeProfile();
      removeCopy();
    },
  };
}
