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

  it('thread in the compose dialog: "Post toevoegen" adds tweetTextarea_1, "Alles plaatsen" posts each part', async () => {
    await page.goto(sites.url('x.com', '/compose/post'));
    const dialog = page.locator('[role="dialog"]');
    await dialog.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('Deel een.');
    await dialog.locator('[data-testid="addButton"]').click();
    await dialog.locator('[data-testid="tweetTextarea_1RichTextInputContainer"] [data-testid="tweetTextarea_1"]').click();
    await page.keyboard.type('Deel twee.');
    const button = dialog.locator('button[data-testid="tweetButton"]');
    await expect(button.innerText()).resolves.toBe('Alles plaatsen');
    await button.click();
    const items = await sites.waitForPosted(2);
    expect(items.map((i) => [i.text, i.part, i.parts, i.flow])).toEqual([['Deel een.', 0, 2, 'dialog'], ['Deel twee.', 1, 2, 'dialog']]);
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

  it('a page load is the document and its own two bundles, nothing else', async () => {
    await page.goto(sites.url('x.com', '/home'));
    await page.locator('[data-testid="tweetTextarea_0"]').waitFor();
    expect(sites.requests()).toEqual({ 'x.com': 3 });
  });
});

describe('Facebook replica', () => {
  const lexical = '[contenteditable="true"][data-lexical-editor="true"][role="textbox"]';

  it('post dialog: Lexical editor, photo input, "Posten" disabled while empty; posts as the Page and closes', async () => {
    await page.goto(sites.url('www.facebook.com', '/'));
    await expect(page.evaluate(() => document.documentElement.dataset.probe)).resolves.toBe('www.facebook.com');
    await page.getByText('Wat ben je aan het doen, OBS De Wierde?').click();
    const dialog = page.locator('[role="dialog"]');
    const editor = dialog.locator(`${lexical}[aria-label="Wat ben je aan het doen, OBS De Wierde?"]`);
    await editor.waitFor();
    const post = dialog.locator('div[role="button"][aria-label="Posten"]');
    await expect(post.getAttribute('aria-disabled')).resolves.toBe('true');
    await editor.click();
    await page.keyboard.type('Eerste alinea.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tweede alinea.');
    await dialog.locator('input[type="file"]').setInputFiles([pngFile('moestuin.png')]);
    await dropFiles(editor, [pngFile('gedropt.png')]);
    await expect.poll(() => dialog.locator('.attachments img').count()).toBe(2);
    await expect(post.getAttribute('aria-disabled')).resolves.toBe(null);
    await post.click();
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ site: 'facebook', host: 'www.facebook.com', kind: 'post', flow: 'post-dialog', account: 'OBS De Wierde', text: 'Eerste alinea.\nTweede alinea.' });
    expect(item!.attachments.map((a) => a.name)).toEqual(['moestuin.png', 'gedropt.png']);
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[role="feed"] [role="article"]', { hasText: 'Eerste alinea.' }).first().waitFor();
  });

  it('comment box: "Reageer als <Page>", Shift+Enter is a newline, Enter sends and empties', async () => {
    await page.goto(sites.url('www.facebook.com', '/'));
    const box = page.locator(`${lexical}[aria-label="Reageer als OBS De Wierde"]`).first();
    await box.click();
    await page.keyboard.type('Om half negen.');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Tot dan!');
    await page.keyboard.press('Enter');
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ kind: 'comment', flow: 'comment', via: 'keyboard', target: '1001', account: 'OBS De Wierde', text: 'Om half negen.\nTot dan!' });
    await expect.poll(() => box.innerText()).toMatch(/^\s*$/);
    await page.locator('[role="article"][aria-label="Reactie van OBS De Wierde"]').first().waitFor();
  });

  it('reply box under a comment, sent with its button', async () => {
    await page.goto(sites.url('web.facebook.com', '/'));
    const comment = page.locator('[role="article"][aria-label="Reactie van Jan Bakker"]');
    await comment.getByRole('button', { name: 'Beantwoorden' }).click();
    const box = page.locator(`${lexical}[aria-label="Beantwoorden als OBS De Wierde"]`);
    await box.waitFor();
    await page.keyboard.type('Om 13.00 uur.');
    await page.locator('div[role="button"][aria-label="Antwoord plaatsen"]').click();
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ host: 'web.facebook.com', kind: 'reply', flow: 'reply', via: 'click', target: '2001', text: 'Om 13.00 uur.' });
  });

  it('?as=privé acts as the person; the Page switcher switches back to the Page', async () => {
    await page.goto(sites.url('www.facebook.com', '/?as=privé'));
    await page.getByText('Wat ben je aan het doen, Eline?').waitFor();
    await expect(page.locator(`${lexical}[aria-label="Reageer als Eline de Boer"]`).count()).resolves.toBe(2);
    await page.locator('div[role="button"][aria-label="Je profiel"]').click();
    await page.locator('[role="menuitem"]', { hasText: 'Wisselen naar OBS De Wierde' }).click();
    await expect(page.locator(`${lexical}[aria-label="Reageer als OBS De Wierde"]`).count()).resolves.toBe(2);
  });

  it('Business Suite: "Plaatsen op <Page>", \\u200B in the editor text, "Publiceren" sends it without', async () => {
    await page.goto(sites.url('business.facebook.com', '/latest/composer'));
    await expect(page.evaluate(() => document.documentElement.dataset.probe)).resolves.toBe('business.facebook.com');
    await page.locator('[aria-label="Plaatsen op OBS De Wierde"]').waitFor();
    const editor = page.locator(lexical);
    await editor.click();
    await page.keyboard.type('Open dag op zaterdag.');
    await expect(editor.evaluate((e) => e.textContent)).resolves.toContain('\u200B');
    await page.locator('div[role="button"][aria-label="Publiceren"]').click();
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ host: 'business.facebook.com', kind: 'post', flow: 'business', account: 'OBS De Wierde', text: 'Open dag op zaterdag.' });
  });

  it('page creation flow at /pages/create', async () => {
    await page.goto(sites.url('www.facebook.com', '/pages/create'));
    await page.locator('input[aria-label="Paginanaam (verplicht)"]').fill('Groep 8 De Wierde');
    await page.locator('input[aria-label="Categorie (verplicht)"]').fill('School');
    await page.locator('div[role="button"][aria-label="Pagina maken"]').click();
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ flow: 'page-create', text: 'Groep 8 De Wierde' });
  });
});

describe('Instagram replica', () => {
  const comment = 'textarea[aria-label="Voeg een reactie toe..."]';

  it('comment textarea: Shift+Enter is a newline, Enter sends and empties; the nav names the account', async () => {
    await page.goto(sites.url('www.instagram.com', '/'));
    await expect(page.evaluate(() => document.documentElement.dataset.probe)).resolves.toBe('www.instagram.com');
    await expect(page.locator('a[href="/obsdewierde/"]').innerText()).resolves.toContain('Profiel');
    const box = page.locator(comment).first();
    await box.click();
    await page.keyboard.type('Wat mooi!');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Groetjes');
    await page.keyboard.press('Enter');
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ site: 'instagram', kind: 'comment', flow: 'comment', via: 'keyboard', account: 'obsdewierde', target: 'C1wierde01', text: 'Wat mooi!\nGroetjes' });
    await expect(box.inputValue()).resolves.toBe('');
  });

  it('comment sent with "Plaatsen" as the private account (?as=privé)', async () => {
    await page.goto(sites.url('www.instagram.com', '/?as=privé'));
    await page.locator('a[href="/elinedeboer/"]', { hasText: 'Profiel' }).waitFor();
    const form = page.locator('form', { has: page.locator(comment) }).nth(1);
    await form.locator(comment).fill('Leuk!');
    await form.locator('div[role="button"]', { hasText: 'Plaatsen' }).click();
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ account: 'elinedeboer', via: 'click', target: 'C1wierde02', text: 'Leuk!' });
  });

  it('create flow: upload → Bijsnijden → Bewerken → caption "Schrijf een bijschrift..." → Delen', async () => {
    await page.goto(sites.url('www.instagram.com', '/'));
    await page.locator('svg[aria-label="Nieuw bericht"]').click();
    const dialog = page.locator('[role="dialog"]');
    await dialog.locator('input[type="file"]').setInputFiles([pngFile('schoolplein.png')]);
    await expect(dialog.locator('h1').innerText()).resolves.toBe('Bijsnijden');
    await dialog.locator('div[role="button"]', { hasText: 'Volgende' }).click();
    await expect(dialog.locator('h1').innerText()).resolves.toBe('Bewerken');
    await dialog.locator('div[role="button"]', { hasText: 'Volgende' }).click();
    const caption = dialog.locator('[contenteditable="true"][data-lexical-editor="true"][role="textbox"][aria-label="Schrijf een bijschrift..."]');
    await caption.click();
    await page.keyboard.type('Het nieuwe schoolplein.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('#warffum');
    await expect(dialog.locator('[role="group"][aria-label="Media"] img').count()).resolves.toBe(1);
    await expect(dialog.locator('input[type="file"]').evaluate((i) => (i as HTMLInputElement).files?.length)).resolves.toBe(1);
    await dialog.locator('div[role="button"]', { hasText: 'Delen' }).click();
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ kind: 'post', flow: 'create', account: 'obsdewierde', text: 'Het nieuwe schoolplein.\n#warffum' });
    expect(item!.attachments).toMatchObject([{ name: 'schoolplein.png', type: 'image/png' }]);
    await dialog.waitFor({ state: 'detached' });
  });

  it('create flow accepts a dropped photo', async () => {
    await page.goto(sites.url('www.instagram.com', '/'));
    await page.locator('svg[aria-label="Nieuw bericht"]').click();
    const dialog = page.locator('[role="dialog"]');
    await dropFiles(dialog, [pngFile('gedropt.png')]);
    await expect(dialog.locator('h1').innerText()).resolves.toBe('Bijsnijden');
    await page.locator('div[role="button"][aria-label="Sluiten"]').click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('professional-account switch page', async () => {
    await page.goto(sites.url('www.instagram.com', '/accounts/convert_to_professional_account/'));
    await expect(page.locator('h1').innerText()).resolves.toBe('Overstappen op een professioneel account');
  });
});

describe('English labels with ?lang=en', () => {
  it('X: "Post", "Reply" and "Replying to @…"', async () => {
    await page.goto(sites.url('x.com', '/ouderraad_wierde/status/1790000000000000001?lang=en'));
    await expect(page.locator('[data-testid="replyContext"]').innerText()).resolves.toBe('Replying to @ouderraad_wierde');
    await expect(page.locator('button[data-testid="tweetButtonInline"]').innerText()).resolves.toBe('Reply');
    await page.locator('[data-testid="AppTabBar_Home_Link"]').click();
    await expect(page.locator('button[data-testid="tweetButtonInline"]').innerText()).resolves.toBe('Post');
  });

  it('Facebook: "What\'s on your mind", "Create post", "Post", "Comment as", Business "Post to"/"Publish"', async () => {
    await page.goto(sites.url('www.facebook.com', '/?lang=en'));
    await expect(page.locator('[aria-label="Comment as OBS De Wierde"][data-lexical-editor="true"]').count()).resolves.toBe(2);
    await page.getByText("What's on your mind, OBS De Wierde?").click();
    await page.locator('[role="dialog"][aria-label="Create post"] div[role="button"][aria-label="Post"]').waitFor();
    await page.goto(sites.url('business.facebook.com', '/latest/composer?lang=en'));
    await page.locator('[aria-label="Post to OBS De Wierde"]').waitFor();
    await page.locator('div[role="button"][aria-label="Publish"]').waitFor();
  });

  it('Instagram: "Add a comment…", "Post", "Profile", caption "Write a caption..." and "Share"', async () => {
    await page.goto(sites.url('www.instagram.com', '/?lang=en'));
    await page.locator('textarea[aria-label="Add a comment…"]').first().waitFor();
    await expect(page.locator('a[href="/obsdewierde/"]').innerText()).resolves.toContain('Profile');
    await page.locator('svg[aria-label="New post"]').click();
    await page.locator('[role="dialog"] input[type="file"]').setInputFiles([pngFile()]);
    for (let i = 0; i < 2; i++) await page.locator('[role="dialog"] div[role="button"]', { hasText: 'Next' }).click();
    await page.locator('[aria-label="Write a caption..."][data-lexical-editor="true"]').click();
    await page.keyboard.type('New playground.');
    await page.locator('[role="dialog"] div[role="button"]', { hasText: 'Share' }).click();
    const [item] = await sites.waitForPosted(1);
    expect(item).toMatchObject({ flow: 'create', text: 'New playground.' });
  });
});

describe('replayed (synthetic) submits, as the extension replays a held post', () => {
  const enter = (ctrl: boolean) => ({ key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: ctrl, bubbles: true, cancelable: true, composed: true });

  it('X: a dispatched Ctrl+Enter keydown and a .click() on the button both submit once', async () => {
    await page.goto(sites.url('x.com', '/home'));
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('Eerste');
    await page.locator('[data-testid="tweetTextarea_0"]').evaluate((e, init) => e.dispatchEvent(new KeyboardEvent('keydown', init)), enter(true));
    await sites.waitForPosted(1);
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('Tweede');
    await page.locator('button[data-testid="tweetButtonInline"]').evaluate((b) => (b as HTMLElement).click());
    const items = await sites.waitForPosted(2);
    expect(items.map((i) => [i.text, i.via])).toEqual([['Eerste', 'keyboard'], ['Tweede', 'click']]);
  });

  it('Facebook and Instagram: a dispatched Enter keydown submits a comment once', async () => {
    await page.goto(sites.url('www.facebook.com', '/'));
    const fb = page.locator('[aria-label="Reageer als OBS De Wierde"]').first();
    await fb.click();
    await page.keyboard.type('Dank je!');
    await fb.evaluate((e, init) => e.dispatchEvent(new KeyboardEvent('keydown', init)), enter(false));
    await sites.waitForPosted(1);
    await page.goto(sites.url('www.instagram.com', '/'));
    const ig = page.locator('textarea[aria-label="Voeg een reactie toe..."]').first();
    await ig.fill('Top!');
    await ig.evaluate((e, init) => e.dispatchEvent(new KeyboardEvent('keydown', init)), enter(false));
    const items = await sites.waitForPosted(2);
    expect(items.map((i) => [i.site, i.text, i.via])).toEqual([['facebook', 'Dank je!', 'keyboard'], ['instagram', 'Top!', 'keyboard']]);
  });
});

describe('built Postwijs extension on the replicas', () => {
  const built = '.output/chrome-mv3';
  // A private copy (copyExtension): another build in the same tree must not pull files away.
  const extension = built;

  it.skipIf(!existsSync(join(built, 'manifest.json')))('starts its service worker and leaves the sites working', async () => {
    const withExtension = await launchChromium({ sites, extension, copyExtension: true });
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
  it.skipIf(!existsSync(join(built, 'manifest.json')) || process.getuid?.() !== 0)('a managed policy reaches chrome.storage.managed', async () => {
    const withPolicy = await launchChromium({ sites, extension, copyExtension: true, policy: { schoolName: 'Beleidstest' } });
    try {
      const worker = await withPolicy.serviceWorker();
      const managed = await worker.evaluate('chrome.storage.managed.get(null)');
      expect(managed).toMatchObject({ schoolName: 'Beleidstest' });
    } finally {
      await withPolicy.close();
    }
  });

  function editor(p: Page) {
    return p.locator('[data-testid="tweetTextarea_0"]');
  }
});
