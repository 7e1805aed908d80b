// The browser tests of one site, generated from the compose-case table: for each compose kind ×
// submit path a clean, a warn and a block draft; the contact link; a private account; fast typing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { casesFor, hasPhoto, SITE_EXTRAS, PRIVATE_QUERY, TEST_POLICY, TEXTS, textsFor, type ComposeCase, type SiteId, type SubmitPath } from './cases.ts';
import { EXTENSION, editorText, openCase, runtimeStatus, setPolicy, settle, startEnv, submit, UI, waitForRuntime, type Env } from './driver.ts';
import { pngFile } from '../harness/index.ts';

// The extension APIs inside worker.evaluate() callbacks (they run in the extension).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const PATHS: SubmitPath[] = ['click', 'keyboard'];

/** Photos are analysed by the image engine in the extension's offscreen document; a build without
 *  it reports every photo as not checked, so flows that need a photo cannot be clean there. */
const imageEngineBuilt = () => existsSync(join(EXTENSION(), 'offscreen.html'));
const needsEngine = (c: ComposeCase) => hasPhoto(c) && !imageEngineBuilt();

export function defineSiteSuite(site: SiteId, port?: number): void {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv(port);
    await setPolicy(env, TEST_POLICY);
  });
  afterAll(async () => {
    await env?.close();
  });
  beforeEach(() => env.sites.reset());

  const posted = () => env.sites.posted();

  for (const c of casesFor(site)) {
    const T = textsFor(c);
    describe(c.id, () => {
      for (const path of PATHS) {
        describe(`submit by ${path}`, () => {
          it.skipIf(needsEngine(c))('a clean draft goes out unchanged, without a stop', async () => {
            await openCase(env, c);
            await env.page.keyboard.type(T.clean);
            await submit(env, c, path);
            // With a photo the submit waits for its analysis (the first one loads the models).
            const [item] = await env.sites.waitForPosted(1, hasPhoto(c) ? 25_000 : 5000);
            expect(item).toMatchObject({ ...c.expect, text: T.clean });
            expect(await env.page.locator(UI.stop).count()).toBe(0);
          });

          it.skipIf(needsEngine(c))('a warn draft is held, then goes out exactly once and unchanged after "Toch plaatsen"', async () => {
            const editor = await openCase(env, c);
            await env.page.keyboard.type(T.warn);
            await env.page.locator(UI.badge).waitFor();
            await submit(env, c, path);
            const stop = env.page.locator(UI.stop);
            await stop.waitFor();
            // With a photo the stop first waits for its analysis, then says what it found.
            await expect.poll(() => stop.getAttribute('data-postwijs-stop'), { timeout: 25_000 }).not.toBe('waiting');
            expect(await stop.getAttribute('data-postwijs-stop')).toBe('warn');
            expect(await stop.innerText()).toMatch(/Afspraken \d/);
            await settle();
            expect(posted()).toEqual([]);
            expect(await editorText(editor)).toBe(T.warn);
            await env.page.locator(UI.confirm).click();
            const [item] = await env.sites.waitForPosted(1, hasPhoto(c) ? 25_000 : 5000);
            expect(item).toMatchObject({ ...c.expect, text: T.warn });
            await settle();
            expect(posted()).toHaveLength(1);
            expect(await stop.count()).toBe(0);
          });

          it('a block draft never goes out; "Bericht aanpassen" returns to the editor with the text intact', async () => {
            const editor = await openCase(env, c);
            await env.page.keyboard.type(T.block);
            await submit(env, c, path);
            const stop = env.page.locator(UI.stop);
            await stop.waitFor();
            expect(await stop.getAttribute('data-postwijs-stop')).toBe('block');
            expect(await env.page.locator(UI.confirm).count()).toBe(0);
            await env.page.keyboard.press('Escape');
            await stop.waitFor({ state: 'detached' });
            expect(await editor.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
            await submit(env, c, path); // again: held again
            await stop.waitFor();
            await env.page.locator(UI.cancel).click();
            await settle();
            expect(posted()).toEqual([]);
            expect(await editorText(editor)).toBe(T.block);
          });
        });
      }

      it('a private (non-school) account gets no UI and no hold', async () => {
        await openCase(env, c, PRIVATE_QUERY);
        // The account switcher renders after the page: poll until the runtime has read it.
        await expect.poll(async () => (await runtimeStatus(env))?.reason, { timeout: 5000 }).toBe('other-account');
        expect(await runtimeStatus(env)).toMatchObject({ checked: false, account: expect.any(String) });
        await env.page.keyboard.type(T.block);
        await settle(150);
        expect(await env.page.locator(UI.host).count()).toBe(0);
        await submit(env, c, 'click');
        const [item] = await env.sites.waitForPosted(1);
        expect(item!.text).toBe(T.block);
        expect(await env.page.locator(UI.host).count()).toBe(0);
      });
    });
  }

  // Contact and typing: the first flow that needs no photo.
  const first = casesFor(site).find((c) => !hasPhoto(c))!;
  describe(`contact (${first.id})`, () => {
    const contactHref = async () => {
      await openCase(env, first);
      await env.page.keyboard.type(TEXTS.warn);
      await submit(env, first, 'click');
      return env.page.locator(UI.contact).getAttribute('href');
    };
    afterAll(async () => setPolicy(env, TEST_POLICY));

    it('"Neem contact op met je leidinggevende" is a mailto to the supervisor with school, platform, draft and articles', async () => {
      const href = await contactHref();
      expect(await env.page.locator(UI.contact).innerText()).toBe('Neem contact op met je leidinggevende');
      const url = new URL(href!);
      expect(url.protocol).toBe('mailto:');
      expect(decodeURIComponent(url.pathname)).toBe('directie@obsdewierde.nl');
      expect(url.searchParams.get('subject')).toBe(`Vraag over een bericht op ${{ x: 'X', facebook: 'Facebook', instagram: 'Instagram' }[site]} voor OBS De Wierde`);
      const body = url.searchParams.get('body')!;
      expect(body).toContain('Beste Marieke Jansen,');
      expect(body).toContain(TEXTS.warn);
      expect(body).toContain('[Afspraken 3]');
      expect(posted()).toEqual([]);
    });

    it('with a Teams address it is a Teams chat link', async () => {
      await setPolicy(env, { ...TEST_POLICY, supervisor: { ...TEST_POLICY.supervisor, teams: 'm.jansen@obsdewierde.nl' } });
      const url = new URL((await contactHref())!);
      expect(`${url.origin}${url.pathname}`).toBe('https://teams.microsoft.com/l/chat/0/0');
      expect(url.searchParams.get('users')).toBe('m.jansen@obsdewierde.nl');
      expect(url.searchParams.get('message')).toContain(TEXTS.warn);
      expect(await env.page.locator(UI.contact).getAttribute('target')).toBe('_blank');
    });

    it('without a supervisor it says so and points to the options', async () => {
      const { supervisor: _none, ...rest } = TEST_POLICY;
      await setPolicy(env, rest);
      await openCase(env, first);
      await env.page.keyboard.type(TEXTS.block);
      await submit(env, first, 'click');
      const none = env.page.locator(UI.noSupervisor);
      expect(await none.innerText()).toContain('Er is geen leidinggevende ingesteld');
      expect(await none.locator('button').innerText()).toBe('Instellingen openen');
    });
  });

  const extras = SITE_EXTRAS[site];
  it.skipIf(!extras.pageCreationPath)('a page-creation flow shows the Schooluren 3 reminder', async () => {
    await env.page.goto(env.sites.url(first.host, extras.pageCreationPath!));
    await waitForRuntime(env);
    const banner = env.page.locator('postwijs-ui [data-postwijs-new-page]');
    expect(await banner.innerText()).toContain('Schooluren 3');
    await banner.locator('button').click();
    await banner.waitFor({ state: 'detached' });
  });

  it.skipIf(!extras.fileInput)('an attached photo gets a marker on its thumbnail, outside the editor', async () => {
    const editor = await openCase(env, first);
    await env.page.locator(extras.fileInput!).first().setInputFiles([pngFile('klas.png')]);
    const marker = env.page.locator('postwijs-ui .pw-photo').first();
    await marker.waitFor();
    expect(['pending', 'ok', 'unchecked', 'problem']).toContain(await marker.getAttribute('data-photo-status'));
    expect(await editor.evaluate((el) => el.querySelector('[data-postwijs], postwijs-ui'))).toBeNull();
  });

  it('"Instellingen openen" (no supervisor) opens the options page', async () => {
    const { supervisor: _none, ...rest } = TEST_POLICY;
    await setPolicy(env, rest);
    try {
      await openCase(env, first);
      await env.page.keyboard.type(TEXTS.block);
      await submit(env, first, 'click');
      const opened = env.browser.context.waitForEvent('page', { timeout: 10_000 });
      await env.page.locator(`${UI.noSupervisor} button`).click();
      const options = await opened;
      expect(options.url()).toMatch(/^(chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f-]{36})\/options\.html/); // Chromium | Firefox
      await options.close();
    } finally {
      await setPolicy(env, TEST_POLICY);
    }
  });

  it('"Dit klopt niet" dismisses the finding for this draft and is counted by rule only; so is "Toch plaatsen"', async () => {
    const statsOf = () =>
      env.worker.evaluate(async () => {
        const got = await chrome.storage.local.get('postwijs.stats');
        return JSON.stringify(got['postwijs.stats'] ?? {});
      });
    const count = (json: string, kind: string) =>
      Object.values(JSON.parse(json) as Record<string, Record<string, Record<string, number>>>).reduce((n, day) => n + (day[TEXTS.warnRule]?.[kind] ?? 0), 0);
    const before = await statsOf();
    await openCase(env, first);
    await env.page.keyboard.type(TEXTS.warn);
    await env.page.locator(UI.badge).click();
    await env.page.locator('postwijs-ui .pw-panel .pw-dismiss').click();
    await env.page.locator(UI.badge).waitFor({ state: 'detached' });
    await submit(env, first, 'click');
    const [item] = await env.sites.waitForPosted(1);
    expect(item!.text).toBe(TEXTS.warn);
    await expect.poll(async () => count(await statsOf(), 'dismiss')).toBe(count(before, 'dismiss') + 1);
    const after = await statsOf();
    expect(after).not.toContain('Daan'); // rule ids and dates only, never text

    env.sites.reset();
    await openCase(env, first);
    await env.page.keyboard.type(TEXTS.warn);
    await submit(env, first, 'click');
    await env.page.locator(UI.confirm).click();
    await env.sites.waitForPosted(1);
    await expect.poll(async () => count(await statsOf(), 'override')).toBe(count(after, 'override') + 1);
  });

  it('500 characters typed quickly arrive intact in the editor', async () => {
    const editor = await openCase(env, first);
    const text = 'Wij zijn trots op groep acht en op alle ouders die hielpen. '.repeat(9).slice(0, 500);
    await env.page.keyboard.type(text, { delay: 0 });
    expect(await editorText(editor)).toBe(text);
    await submit(env, first, 'click');
    const [item] = await env.sites.waitForPosted(1);
    expect(item!.text).toBe(text);
  });

  it('requested nothing outside the replica hosts', () => {
    expect(env.browser.externalRequests()).toEqual([]);
  });
}
