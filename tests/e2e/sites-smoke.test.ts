// Smoke tests of the replica sites themselves (no Postwijs): every compose flow records exactly
// what was written, under the right account, and nothing leaves 127.0.0.1. A probe extension
// proves that MV3 content scripts inject on https://x.com/ etc. in headless Chromium; the last
// block loads the built Postwijs extension to check that it starts on the replicas.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dropFiles, launchChromium, pasteFiles, pngFile, startSites, type LaunchedBrowser, type Sites } from './harness/index.ts';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

function probeExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'postwijs-probe-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'probe',
      version: '1',
      background: { service_worker: 'sw.js' },
      content_scripts: [
        {
          matches: ['https://x.com/*', 'https://twitter.com/*', 'https://*.facebook.com/*', 'https://www.instagram.com/*'],
          js: ['cs.js'],
          run_at: 'document_start',
        },
      ],
    }),
  );
  writeFileSync(join(dir, 'cs.js'), 'document.documentElement.dataset.probe = location.host;');
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("install", () => {});');
  return dir;
}

let sites: Sites;
let browser: LaunchedBrowser;
let page: Page;
let probe: string;

beforeAll(async () => {
  sites = await startSites();
  probe = probeExtension();
  browser = await launchChromium({ sites, extension: probe });
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
  await sites?.close();
  if (probe) rmSync(probe, { recursive: true, force: true });
});

beforeEach(() => sites.reset());

describe('replica server', () => {
  it('serves the start page, refuses unknown hosts and records nothing by itself', async () => {
    await page.goto(sites.url('postwijs.test'));
    await expect(page.locator('h1').innerText()).resolves.toContain('oefensites');
    const links = await page.locator('a[href^="https://"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).host));
    expect(new Set(links)).toEqual(new Set(['x.com', 'www.facebook.com', 'business.facebook.com', 'www.instagram.com']));
    const response = await page.request.get(`https://127.0.0.1:${sites.port}/`, { headers: { host: 'example.org' } });
    expect(response.status()).toBe(421);
    expect(sites.posted()).toEqual([]);
  });
});

describe('X replica', () => {
  const editor = (p: Page, scope = 'body') => p.locator(`${scope} [data-testid="tweetTextarea_0RichTextInputContainer"] [data-testid="tweetTextarea_0"][contenteditable="true"][role="textbox"]`);

  it('runs MV3 content scripts on https://x.com/ in headless Chromium', async () => {
    await page.goto(sites.url('x.com', '/home'));
    expect(page.url()).toBe('https://x.com/home');
    await expect(page.evaluate(() => document.documentElement.dataset.probe)).resolves.toBe('x.com');
    await page.goto(sites.url('twitter.com', '/home'));
    await expect(page.evaluate(() => document.documentElement.dataset.probe)).resolves.toBe('twitter.com');
  });

  it('home composer: disabled while empty, posts on click with line breaks, then empties', async () => {
    await page.goto(sites.url('x.com', '/home'));
    const button = page.locator('button[data-testid="tweetButtonInline"]');
    await expect(button.isDisabled()).resolves.toBe(true);
    await expect(button.innerText()).resolves.toBe('Posten');
    await editor(page).click();
    await page.keyboard.type('Vandaag sportdag!');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tweede regel.');
    await expect(button.isDisabled()).resolves.toBe(false);
    await button.click();
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ site: 'x', kind: 'post', flow: 'home', via: 'click', account: 'obsdewierde', text: 'Vandaag sportdag!\nTweede regel.', attachments: [] });
    await expect(editor(page).innerText()).resolves.toMatch(/^\s*$/);
    await page.locator('[data-testid="tweetText"]', { hasText: 'Vandaag sportdag!' }).first().waitFor();
  });

  it('names the active account in the switcher, and ?as= switches it', async () => {
    await page.goto(sites.url('x.com', '/home?as=privé'));
    const switcher = page.locator('[data-testid="SideNav_AccountSwitcher_Button"]');
    await expect(switcher.locator('[data-testid^="UserAvatar-Container-"]').getAttribute('data-testid')).resolves.toBe('UserAvatar-Container-elinedeboer');
    await expect(switcher.innerText()).resolves.toContain('@elinedeboer');
    await editor(page).click();
    await page.keyboard.type('Privé bericht');
    await page.keyboard.press(`${MOD}+Enter`);
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ account: 'elinedeboer', via: 'keyboard', text: 'Privé bericht' });
    await page.goto(sites.url('x.com', '/home?as=obsdewierde'));
    await expect(switcher.innerText()).resolves.toContain('@obsdewierde');
  });

  it('compose dialog at /compose/post posts with tweetButton and closes', async () => {
    await page.goto(sites.url('x.com', '/home'));
    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    const dialog = page.locator('[role="dialog"]');
    await dialog.waitFor();
    expect(new URL(page.url()).pathname).toBe('/compose/post');
    await editor(page, '[role="dialog"]').click();
    await page.keyboard.type('Uit de dialoog');
    await dialog.locator('button[data-testid="tweetButton"]').click();
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ kind: 'post', flow: 'dialog', text: 'Uit de dialoog' });
    await dialog.waitFor({ state: 'detached' });
  });

  it('inline reply on a status page says "Antwoord aan @…" and posts a reply', async () => {
    await page.goto(sites.url('x.com', '/ouderraad_wierde/status/1790000000000000001'));
    await expect(page.locator('[data-testid="primaryColumn"]').innerText()).resolves.toContain('Antwoord aan @ouderraad_wierde');
    await editor(page).click();
    await page.keyboard.type('Wij helpen graag!');
    const button = page.locator('button[data-testid="tweetButtonInline"]');
    await expect(button.innerText()).resolves.toBe('Beantwoorden');
    await button.click();
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ kind: 'reply', flow: 'inline-reply', target: '1790000000000000001', text: 'Wij helpen graag!' });
  });

  it('reply dialog from the reply icon, submitted with Ctrl+Enter', async () => {
    await page.goto(sites.url('x.com', '/home'));
    await page.locator('article[data-testid="tweet"]', { hasText: 'sponsorloop' }).locator('[data-testid="reply"]').click();
    const dialog = page.locator('[role="dialog"]');
    await expect(dialog.innerText()).resolves.toContain('Antwoord aan @ouderraad_wierde');
    await expect(dialog.locator('button[data-testid="tweetButton"]').innerText()).resolves.toBe('Beantwoorden');
    await editor(page, '[role="dialog"]').click();
    await page.keyboard.type('Tot vrijdag!');
    await page.keyboard.press(`${MOD}+Enter`);
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ kind: 'reply', flow: 'reply-dialog', via: 'keyboard', text: 'Tot vrijdag!', target: '1790000000000000001' });
    await dialog.waitFor({ state: 'detached' });
  });

  it('quote post through the repost menu', async () => {
    await page.goto(sites.url('x.com', '/home'));
    const tweet = page.locator('article[data-testid="tweet"]', { hasText: 'Schoolstraat' });
    await tweet.locator('[data-testid="retweet"]').click();
    await page.locator('[role="menuitem"]', { hasText: 'Citeren' }).click();
    const dialog = page.locator('[role="dialog"]');
    await dialog.locator('[data-testid="quoteTweet"]').waitFor();
    await editor(page, '[role="dialog"]').click();
    await page.keyboard.type('Let op, ouders!');
    await dialog.locator('button[data-testid="tweetButton"]').click();
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ kind: 'quote', flow: 'quote', text: 'Let op, ouders!', target: '1790000000000000002' });
  });

  it('attachments from the file input, a drop and a paste show as thumbnails and are posted', async () => {
    await page.goto(sites.url('x.com', '/home'));
    await page.locator('input[data-testid="fileInput"]').setInputFiles([pngFile('klas.png')]);
    await dropFiles(page.locator('[data-testid="tweetTextarea_0"]'), [pngFile('gedropt.png')]);
    await pasteFiles(page.locator('[data-testid="tweetTextarea_0"]'), [pngFile('geplakt.png')]);
    const thumbs = page.locator('[data-testid="attachments"] img');
    await expect.poll(() => thumbs.count()).toBe(3);
    // Media alone is enough to post on X.
    await page.locator('button[data-testid="tweetButtonInline"]').click();
    const [item] = await sites.waitForPosted(1);
    expect(item!.text).toBe('');
    expect(item!.attachments.map((a) => a.name)).toEqual(['klas.png', 'gedropt.png', 'geplakt.png']);
    expect(item!.attachments[0]).toMatchObject({ type: 'image/png', size: pngFile().buffer.length });
  });

  it('500 characters typed quickly arrive intact', async () => {
    await page.goto(sites.url('x.com', '/home'));
    const text = 'Wij zijn trots op groep acht. '.repeat(17).slice(0, 500);
    await editor(page).click();
    await page.keyboard.type(text);
    await page.locator('button[data-testid="tweetButtonInline"]').click();
    const [item] = await sites.waitForPosted(1);
    expect(item!.text).toBe(text);
  });

  it('requested nothing outside the replica hosts', () => {
    expect(browser.externalRequests()).toEqual([]);
  });
});

describe('built Postwijs extension on the replicas', () => {
  const extension = '.output/chrome-mv3';
  it.skipIf(!existsSync(join(extension, 'manifest.json')))('starts its service worker and leaves the sites working', async () => {
    const withExtension = await launchChromium({ sites, extension });
    try {
      const worker = await withExtension.serviceWorker();
      expect(worker.url()).toContain(withExtension.extensionId!);
      const p = withExtension.page;
      await p.goto(sites.url('x.com', '/home'));
      await editor(p).click();
      await p.keyboard.type('Goedemorgen allemaal.');
      await p.locator('button[data-testid="tweetButtonInline"]').click();
      const [item] = await sites.waitForPosted(1);
      expect(item).toMatchObject({ text: 'Goedemorgen allemaal.', account: 'obsdewierde' });
      expect(withExtension.externalRequests()).toEqual([]);
    } finally {
      await withExtension.close();
    }
  });
  function editor(p: Page) {
    return p.locator('[data-testid="tweetTextarea_0"]');
  }
});
