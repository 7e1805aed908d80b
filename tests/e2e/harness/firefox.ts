// Launches Debian's Firefox ESR through puppeteer-core over WebDriver BiDi with the built extension
// installed as a temporary add-on, opening the replica sites under their real host names.
// Debian has no geckodriver and Playwright's Firefox is a patched build that cannot be downloaded
// here, so puppeteer-core (no browser download) is the driver. One browser per test file.
//
// Network: every request goes through the egress proxy (egress-proxy.ts), which pipes replica
// hosts to the replica server and refuses and records everything else; DNS is forced to
// 127.0.0.1 as a second fence.
// Policy: Firefox gives an extension `storage.managed` from a "native manifest" file
// $HOME/.mozilla/managed-storage/<gecko id>.json (and from policies.json → 3rdparty → Extensions);
// the browser runs with a temporary HOME, so a test's policy touches nothing outside it.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startEgressProxy, type EgressProxy } from './egress-proxy.ts';

export interface FirefoxLaunchOptions {
  /** The replica server (from startSites()) that replica host names go to. */
  sites?: { port: number };
  /** Unpacked Firefox build, default POSTWIJS_FIREFOX_EXTENSION or '.output/firefox-mv2'. */
  extension?: string;
  /** storage.managed for the extension, written as the managed-storage file in the temporary HOME. */
  policy?: object;
  /** storage.managed for the extension the way IT rolls it out on Linux: written into
   *  /etc/firefox/policies/policies.json ("3rdparty" → "Extensions" → gecko id) for this browser
   *  and removed on close. Needs root (CI runs as root); refuses to replace an existing file. */
  systemPolicy?: object;
  /** navigator.language of pages (intl.accept_languages). Default 'nl'. */
  locale?: 'nl' | 'en';
  headless?: boolean;
  /** Browser binary; default FIREFOX_PATH or /usr/bin/firefox-esr. */
  executablePath?: string;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** The tab the tests drive (focused). */
  page: Page;
  /** browser_specific_settings.gecko.id of the build. */
  extensionId: string;
  /** The unpacked build that was installed. */
  extensionDir: string;
  /** moz-extension://<uuid>/ of the installed extension (the uuid is fixed per launch by pref). */
  extensionOrigin: string;
  /** A tab showing one of the extension's pages ('options.html', 'popup.html'…); its
   *  page.evaluate() runs with the extension's APIs (browser.*). Reused per path. */
  extensionPage(path?: string): Promise<Page>;
  /** Requests Firefox made, per host, through the only way out (the egress proxy). */
  requestsByHost(): Record<string, number>;
  /** Requests to anything that is not a replica host (refused; must stay empty). */
  externalRequests(): string[];
  close(): Promise<void>;
}

export const SYSTEM_POLICIES_DIR = process.env.FIREFOX_POLICIES_DIR ?? '/etc/firefox/policies';

/** Writes policies.json for `extensionId`; returns the clean-up. */
export function writeSystemPolicy(extensionId: string, policy: object): () => void {
  const file = join(SYSTEM_POLICIES_DIR, 'policies.json');
  if (existsSync(file)) throw new Error(`${file} exists already; not replacing a real policy in a test.`);
  const created = !existsSync(SYSTEM_POLICIES_DIR);
  mkdirSync(SYSTEM_POLICIES_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [extensionId]: policy } } } }, null, 2));
  return () => {
    rmSync(file, { force: true });
    if (created) rmSync(SYSTEM_POLICIES_DIR, { recursive: true, force: true });
  };
}

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c!));
  if (!found) throw new Error('No Firefox found: install it with `apt-get install -y firefox-esr` or set FIREFOX_PATH.');
  return found;
}

export const FIREFOX_EXTENSION = () => process.env.POSTWIJS_FIREFOX_EXTENSION ?? '.output/firefox-mv2';

export function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** The managed-storage "native manifest" Firefox reads for an extension's storage.managed. */
export function writeManagedStorage(home: string, extensionId: string, policy: object): string {
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${extensionId}.json`);
  writeFileSync(file, JSON.stringify({ name: extensionId, description: 'Postwijs test policy', type: 'storage', data: policy }, null, 2));
  return file;
}

/** Prefs that keep Firefox itself quiet and route everything through the proxy. */
function networkPrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.socks_remote_dns': true,
    'network.dns.forceResolve': '127.0.0.1',
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google5.updateURL': '',
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'extensions.blocklist.enabled': false,
    'browser.topsites.contile.enabled': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.showSponsored': false,
    'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.ping-centre.telemetry': false,
    // Remote settings (blocklists, suggestions…): the dummy URL Firefox's own tests use, which
    // skips all remote activity; the override counts only with MOZ_DISABLE_NONLOCAL_CONNECTIONS.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.certerrors.mitm.priming.enabled': false,
    'privacy.query_stripping.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-manager.url': '',
    'browser.contentblocking.report.lockwise.enabled': false,
    'identity.fxaccounts.enabled': false,
    'browser.translations.enable': false,
    'browser.ml.enable': false,
  };
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<LaunchedFirefox> {
  const extension = resolve(options.extension ?? FIREFOX_EXTENSION());
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No extension at ${extension}: run \`npm run build\` first.`);
  }
  const extensionId = geckoId(extension);
  const uuid = randomUUID();
  const home = mkdtempSync(join(tmpdir(), 'postwijs-firefox-home-'));
  if (options.policy) writeManagedStorage(home, extensionId, options.policy);
  const clearSystemPolicy = options.systemPolicy ? writeSystemPolicy(extensionId, options.systemPolicy) : () => undefined;
  // Nothing in the proxy log may come from a previous browser: one proxy per browser.
  const proxy: EgressProxy = await startEgressProxy(options.sites?.port ?? 9);
  const locale = options.locale ?? 'nl';

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: options.executablePath ?? firefoxPath(),
      headless: options.headless ?? true,
      protocol: 'webDriverBiDi',
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 900 },
      // WebDriver BiDi refuses to navigate to moz-extension:// pages without it; the tests open
      // the extension's options and popup pages as a user would from the toolbar.
      args: ['--remote-allow-system-access'],
      env: {
        ...process.env,
        HOME: home,
        LANG: locale === 'nl' ? 'nl_NL.UTF-8' : 'en_US.UTF-8',
        // Firefox's own test switch: connections to anything but the loopback are refused.
        MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
      },
      extraPrefsFirefox: {
        ...networkPrefs(proxy.port),
        // A fixed moz-extension://<uuid>/ for this launch, so tests can open the extension's pages.
        'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: uuid }),
        'intl.accept_languages': locale === 'nl' ? 'nl-NL, nl' : 'en-US, en',
        'intl.locale.requested': locale === 'nl' ? 'nl' : 'en-US',
      },
    });
  } catch (error) {
    await proxy.close();
    clearSystemPolicy();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }

  const close = async () => {
    await browser.close().catch(() => undefined);
    await proxy.close();
    clearSystemPolicy();
    rmSync(home, { recursive: true, force: true });
  };

  try {
    // Explicitly, not through `enableExtensions` (which does not wait for the install).
    const installed = await browser.installExtension(extension);
    if (installed !== extensionId) throw new Error(`installed ${installed}, expected ${extensionId}`);
  } catch (error) {
    await close();
    throw error;
  }

  // A tab of our own: headless Firefox never gives the start-up tab focus, so its pages get no
  // focus events (document.hasFocus() is false) and editors that track focus (Draft.js) misplace
  // the caret. A new tab is the active one; bringToFront() gives focus back after other tabs.
  const [startup] = await browser.pages();
  const page = await browser.newPage();
  await startup?.close();
  const extensionOrigin = `moz-extension://${uuid}/`;
  const extensionPages = new Map<string, Page>();
  const extensionPage = async (path = 'options.html'): Promise<Page> => {
    const open = extensionPages.get(path);
    if (open && !open.isClosed()) return open;
    const tab = await browser.newPage();
    const url = extensionOrigin + path;
    // The navigation happens (the tab moves to the extension process), but puppeteer loses track
    // of its load event across that process switch: start it, then wait for the document.
    void tab.goto(url, { timeout: 15_000 }).catch(() => undefined);
    const until = Date.now() + 15_000;
    for (;;) {
      const ready = await tab
        .evaluate(() => (document.readyState === 'complete' ? location.href : ''))
        .catch(() => '');
      if (ready === url) break;
      if (Date.now() > until) throw new Error(`extension page ${url} did not load`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await page.bringToFront();
    extensionPages.set(path, tab);
    return tab;
  };

  return {
    browser,
    page,
    extensionId,
    extensionDir: extension,
    extensionOrigin,
    extensionPage,
    requestsByHost: proxy.requests,
    externalRequests: proxy.refused,
    close,
  };
}
