// npm run demo: the extension in a real Chrome/Chromium on the local replicas of X, Facebook and
// Instagram, logged in as the school account, to try Postwijs without touching the real sites.
//
//   npm run demo                     headed browser, stays open until Ctrl+C
//   DEMO_HEADLESS=1 npm run demo     headless: one screenshot per site into docs/, then exit
//   CHROME_PATH=/path/to/chrome npm run demo
//   DEMO_POLICY=policy.json npm run demo   also apply a managed policy (needs root: it is written
//                                          to /etc/chromium/policies/managed and removed on exit)
// Without a display (as on CI machines) it runs headless automatically.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/harness/browser.ts';
import { pngFile } from '../tests/e2e/harness/files.ts';
import { startSites, type Sites } from '../tests/e2e/harness/sites.ts';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
const DOCS = join(ROOT, 'docs');
const DEMO_PORTS = [8400, 8401, 8402];
/** The example school's policy, applied as the extension's local settings (no root needed), so
 *  the accounts are recognised and "Neem contact op met je leidinggevende" has a supervisor. */
const EXAMPLE_POLICY = join(ROOT, 'tests', 'fixtures', 'policies', 'example-school.json');
/** storage.local key of the local settings: LOCAL_POLICY_KEY in lib/policy/sources.ts (not
 *  imported: that module needs the extension runtime). */
const LOCAL_POLICY_KEY = 'postwijs.localPolicy';
/** A draft that trips several rules (a pupil's name, a phone number), so a warning shows. */
const DEMO_TEXT = 'Gefeliciteerd Daan uit groep 3! Vragen? Bel de moeder van Daan: 06-12345678';

function findBrowser(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH=${fromEnv} does not exist.`);
    return undefined;
  }
  const paths = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ];
  const found = paths.find((p) => existsSync(p));
  if (found) return found;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const which = spawnSync('which', [name], { encoding: 'utf8' });
    if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  }
  return undefined;
}

function howToInstall(): string {
  return [
    'No Chrome or Chromium found. Install one, or point CHROME_PATH at it:',
    '  Debian/Ubuntu:  sudo apt-get install chromium      (Ubuntu: sudo snap install chromium)',
    '  Fedora:         sudo dnf install chromium',
    '  macOS:          brew install --cask chromium',
    '  Windows:        winget install Hibbiki.Chromium',
    '  then:           CHROME_PATH=/path/to/chromium npm run demo',
  ].join('\n');
}

async function startDemoSites(): Promise<Sites> {
  for (const port of DEMO_PORTS) {
    try {
      return await startSites({ port });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  return startSites();
}

/** Types the demo text into one compose box of each site, presses its post button (Postwijs holds
 *  the post: the text has `block` findings) and saves a screenshot of the stop dialog. */
async function screenshots(page: Page, sites: Sites): Promise<string[]> {
  mkdirSync(DOCS, { recursive: true });
  const shots: Array<[string, string, (p: Page) => Promise<void>, string]> = [
    ['x', sites.url('x.com', '/home'), async (p) => {
      await p.locator('[data-testid="tweetTextarea_0"]').click();
      await p.keyboard.type(DEMO_TEXT);
    }, 'button[data-testid="tweetButtonInline"]'],
    ['facebook', sites.url('www.facebook.com', '/'), async (p) => {
      await p.getByText('Wat ben je aan het doen, OBS De Wierde?').click();
      await p.locator('[role="dialog"] [data-lexical-editor="true"]').click();
      await p.keyboard.type(DEMO_TEXT);
    }, '[role="dialog"] div[role="button"][aria-label="Posten"]'],
    ['instagram', sites.url('www.instagram.com', '/'), async (p) => {
      await p.locator('svg[aria-label="Nieuw bericht"]').click();
      await p.locator('[role="dialog"] input[type="file"]').setInputFiles([pngFile('klassenfoto.png', { width: 640, height: 640 })]);
      for (let step = 0; step < 2; step++) await p.locator('[role="dialog"] div[role="button"]', { hasText: 'Volgende' }).click();
      await p.locator('[aria-label="Schrijf een bijschrift..."]').click();
      await p.keyboard.type(DEMO_TEXT);
    }, '[role="dialog"] div[role="button"].ig-head-right'],
  ];
  const files: string[] = [];
  for (const [name, url, compose, submit] of shots) {
    await page.goto(url);
    await compose(page);
    // Give the extension time to check the draft (and the photo) and draw its findings.
    await page.waitForTimeout(2500);
    // Photos are analysed in the background: wait until no thumbnail says it is being checked.
    await page.getByText('wordt gecontroleerd', { exact: false }).first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);
    await page.locator(submit).click();
    await page.waitForTimeout(800);
    const file = join(DOCS, `demo-${name}.png`);
    await page.screenshot({ path: file });
    files.push(file);
  }
  return files;
}

async function main(): Promise<number> {
  const browserPath = findBrowser();
  if (!browserPath) {
    console.error(howToInstall());
    return 1;
  }
  if (!existsSync(join(EXTENSION, 'manifest.json')) || process.argv.includes('--build')) {
    console.log('Building the extension (npm run build)…');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const headless = process.env.DEMO_HEADLESS === '1' || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  const policy = process.env.DEMO_POLICY ? (JSON.parse(readFileSync(process.env.DEMO_POLICY, 'utf8')) as object) : undefined;

  const sites = await startDemoSites();
  const browser = await launchChromium({ sites, extension: EXTENSION, executablePath: browserPath, headless, policy, viewport: headless ? { width: 1280, height: 1000 } : null, callerHandlesSignals: true }).catch(async (error: unknown) => {
    await sites.close();
    throw error;
  });
  let closing = false;
  const cleanUp = async () => {
    if (closing) return;
    closing = true;
    await browser.close();
    await sites.close();
  };

  if (!policy && existsSync(EXAMPLE_POLICY)) {
    const local = JSON.parse(readFileSync(EXAMPLE_POLICY, 'utf8')) as object;
    const worker = await browser.serviceWorker();
    await worker.evaluate(`chrome.storage.local.set(${JSON.stringify({ [LOCAL_POLICY_KEY]: local })})`);
    console.log(`Policy: ${EXAMPLE_POLICY} (as local settings)`);
  }

  const start = sites.url('postwijs.test', '/');
  console.log(`Postwijs demo with ${browserPath}${headless ? ' (headless)' : ''}`);
  if (/google-chrome|Google Chrome|chrome\.exe/.test(browserPath)) {
    console.log('Note: recent Google Chrome releases ignore --load-extension; if Postwijs does not show, use Chromium or load .output/chrome-mv3 via chrome://extensions (Developer mode → Load unpacked).');
  }
  console.log(`Replica server: https://127.0.0.1:${sites.port} (opened in the browser under the real host names)`);
  console.log(`  Start page  ${start}`);
  console.log(`  X           ${sites.url('x.com', '/home')}`);
  console.log(`  Facebook    ${sites.url('www.facebook.com', '/')}   Business Suite ${sites.url('business.facebook.com', '/latest/composer')}`);
  console.log(`  Instagram   ${sites.url('www.instagram.com', '/')}`);
  console.log('Logged in as the school account (@obsdewierde, Page "OBS De Wierde"); add ?as=privé for a private account.');

  if (headless) {
    try {
      const files = await screenshots(browser.page, sites);
      console.log(`Screenshots:\n${files.map((f) => `  ${f}`).join('\n')}`);
    } finally {
      await cleanUp();
    }
    return 0;
  }

  await browser.page.goto(start);
  console.log('Browser is open. Press Ctrl+C to stop.');
  await new Promise<void>((resolveDone) => {
    process.once('SIGINT', () => resolveDone());
    process.once('SIGTERM', () => resolveDone());
    browser.context.once('close', () => resolveDone());
  });
  await cleanUp();
  console.log('Demo stopped: browser closed, replica server stopped.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
