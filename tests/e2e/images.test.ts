// Attached photos on the replica sites, analysed by the real image engine in the built extension:
// a child's portrait gets a marker on its thumbnail and holds the submit (block); a class photo
// asks for the parents' consent (warn); a damaged file is reported as not checked. Needs
// `npm run build` first.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { casesFor, SITE_EXTRAS, TEST_POLICY, type ComposeCase, type SiteId } from './compose/cases.ts';
import { editorText, locate, openCase, setPolicy, settle, startEnv, submit, UI, type Env } from './compose/driver.ts';
import type { TestFile } from './harness/index.ts';

const fixture = (path: string, mimeType: string): TestFile => ({ name: path.split('/').pop()!, mimeType, buffer: readFileSync(`tests/fixtures/images/${path}`) });
const PORTRAIT = fixture('portrait/child-02-3-9.jpg', 'image/jpeg');
const CLASS = fixture('group/class-2.jpg', 'image/jpeg');
const DAMAGED = fixture('bad/truncated.jpg', 'image/jpeg');
const TEXT = 'Wat een mooie dag vandaag.';
/** The first analysis loads the models; on a shared machine that takes a while. */
const ANALYSIS_MS = 40_000;

/** A compose flow per site and how a photo gets attached to it. */
function flowFor(site: SiteId): { c: ComposeCase; attach: (env: Env, file: TestFile) => Promise<void> } {
  const cases = casesFor(site);
  const withUpload = cases.find((c) => c.open.some((s) => 'upload' in s));
  if (site === 'instagram' && withUpload) {
    // Instagram picks the photo inside the create flow: swap the flow's own upload for ours.
    return {
      c: { ...withUpload, open: [] },
      attach: async (env, file) => {
        await env.page.goto(env.sites.url(withUpload.host, withUpload.path));
        for (const step of withUpload.open) {
          if ('click' in step) await locate(env.page, step.click).click();
          else await locate(env.page, step.upload).setInputFiles([file]);
        }
        await env.page.locator(withUpload.editor).first().click();
      },
    };
  }
  const input = SITE_EXTRAS[site].fileInput!;
  // The flow that owns that file input: Facebook's is the comment box's.
  const c = site === 'facebook' ? cases.find((x) => x.id === 'facebook comment')! : cases[0]!;
  return { c, attach: async (env, file) => env.page.locator(input).first().setInputFiles([file]) };
}

const SITES: Array<[SiteId, number]> = [
  ['x', 8511],
  ['facebook', 8512],
  ['instagram', 8513],
];

for (const [site, port] of SITES) {
  describe(`photos on ${site}`, () => {
    let env: Env;
    const { c, attach } = flowFor(site);
    beforeAll(async () => {
      env = await startEnv(port);
      await setPolicy(env, TEST_POLICY);
      // As the content script does when a compose box opens: load the models before the first photo.
      const page = await env.browser.context.newPage();
      await page.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
      const warm = await page.evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'postwijs:warm-image-engine' }),
      );
      await page.close();
      expect(warm).toBe(true);
    }, 120_000);
    afterAll(async () => env?.close());
    beforeEach(() => env.sites.reset());

    async function compose(file: TestFile) {
      if (site === 'instagram') await attach(env, file);
      else {
        await openCase(env, c);
        await attach(env, file);
      }
      const editor = env.page.locator(c.editor).first();
      await editor.click();
      await env.page.keyboard.type(TEXT);
      return editor;
    }

    it("a child's portrait gets a marker on its thumbnail and the submit is held", async () => {
      const editor = await compose(PORTRAIT);
      const marker = env.page.locator('postwijs-ui .pw-photo').first();
      await expect.poll(() => marker.getAttribute('data-photo-status'), { timeout: ANALYSIS_MS }).toBe('problem');
      await submit(env, c, 'click');
      const stop = env.page.locator(UI.stop);
      await stop.waitFor();
      await expect.poll(() => stop.getAttribute('data-postwijs-stop'), { timeout: ANALYSIS_MS }).toBe('block');
      expect(await stop.innerText()).toMatch(/portret|leerling/i);
      await settle();
      expect(env.sites.posted()).toEqual([]);
      expect(await editorText(editor)).toBe(TEXT);
    });

    it('a class photo asks whether every child has consent', async () => {
      await compose(CLASS);
      await submit(env, c, 'click');
      const stop = env.page.locator(UI.stop);
      await stop.waitFor();
      await expect.poll(() => stop.getAttribute('data-postwijs-stop'), { timeout: ANALYSIS_MS }).toBe('warn');
      expect(await stop.innerText()).toContain('toestemming');
      expect(env.sites.posted()).toEqual([]);
    });

    it('a damaged file is reported as not checked', async () => {
      await compose(DAMAGED);
      const marker = env.page.locator('postwijs-ui .pw-photo').first();
      // The marker carries the unchecked-image finding's sentence with the engine's reason.
      await expect.poll(() => marker.innerText(), { timeout: ANALYSIS_MS }).toMatch(/niet controleren.*beschadigd/);
      await submit(env, c, 'click');
      const stop = env.page.locator(UI.stop);
      await stop.waitFor();
      await expect.poll(() => stop.innerText(), { timeout: ANALYSIS_MS }).toContain('niet controleren');
    });

    it('requested nothing outside the replica hosts', () => expect(env.browser.externalRequests()).toEqual([]));
  });
}
