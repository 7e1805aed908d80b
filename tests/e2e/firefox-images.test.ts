// Photos in Firefox: the image engine runs in the background page (Firefox has no offscreen
// documents; its background page has a DOM), and a child's portrait attached on each replica site
// is marked on its thumbnail and holds the post, as in Chrome. Also proves the network fence:
// every request Firefox made went to a replica host through the egress proxy.
// Needs `npm run build` first (.output/firefox-mv2).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_HOSTS } from '../sites/hosts.ts';
import { CASES, TEST_POLICY, TEXTS, type ComposeCase } from './compose/cases.ts';
import { locate, setPolicy, settle, waitForRuntime, type Env } from './compose/driver.ts';
import { startFirefoxEnv, type FirefoxEnv } from './driver/firefox.ts';
import type { TestFile } from './harness/files.ts';

// The extension API inside extensionContext().evaluate() callbacks (they run in an extension page).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const PORTRAIT_PATH = 'tests/fixtures/images/portrait/child-01-3-9.jpg';
const portrait = (): TestFile => ({ name: 'portret.jpg', mimeType: 'image/jpeg', buffer: readFileSync(PORTRAIT_PATH) });

/** Where each site takes a photo for its first compose case. */
const ATTACH: Record<string, { caseId: string; fileInput?: string }> = {
  x: { caseId: 'x home post', fileInput: 'input[data-testid="fileInput"]' },
  facebook: { caseId: 'facebook comment', fileInput: 'form.comment-box input[type="file"]' },
  // The create flow starts with the photo (its upload step gets the portrait).
  instagram: { caseId: 'instagram caption' },
};

let env: FirefoxEnv;

beforeAll(async () => {
  env = await startFirefoxEnv(8621);
  await setPolicy(env as unknown as Env, TEST_POLICY);
});

afterAll(async () => {
  await env?.close();
});

it('the background page analyses a portrait: one face, likely a child', async () => {
  const base64 = portrait().buffer.toString('base64');
  const reply = await env.worker.evaluate(
    (request) => chrome.runtime.sendMessage(request),
    // A generous budget: the first analysis loads the models (seconds on a busy 2-core machine).
    { type: 'postwijs:analyse-image', id: 'warm-up', mime: 'image/jpeg', name: 'portret.jpg', base64, timeoutMs: 60_000 },
  );
  const analysis = (reply as { analysis: { status: string; faces?: { childProbability?: number }[] } }).analysis;
  expect(analysis.status).toBe('ok');
  expect(analysis.faces).toHaveLength(1);
  expect(analysis.faces![0]!.childProbability).toBeGreaterThan(0.5);
});

/** Opens the case's compose box with the portrait attached; returns after the editor has focus. */
async function openWithPortrait(c: ComposeCase, fileInput?: string): Promise<void> {
  await env.page.goto(env.sites.url(c.host, c.path));
  await waitForRuntime(env as unknown as Env);
  for (const step of c.open) {
    if ('click' in step) await locate(env.page as never, step.click).click();
    else await locate(env.page as never, step.upload).setInputFiles([portrait()]);
  }
  if (fileInput) await env.page.locator(fileInput).first().setInputFiles([portrait()]);
  await env.page.locator(c.editor).first().click();
}

describe.each(Object.entries(ATTACH))('%s', (_site, { caseId, fileInput }) => {
  it('a child portrait is marked on its thumbnail and the post is held', async () => {
    env.sites.reset();
    const c = CASES.find((k) => k.id === caseId)!;
    await openWithPortrait(c, fileInput);
    const marker = env.page.locator('postwijs-ui .pw-photo[data-photo-status="problem"]').first();
    await marker.waitFor({ timeout: 20_000 });
    await env.page.keyboard.type(TEXTS.clean);
    const how = c.submit.click;
    if ('click' in how) await locate(env.page as never, how.click).click();
    const stop = env.page.locator('postwijs-ui [data-postwijs-stop]');
    await stop.waitFor();
    expect(await stop.locator('[data-rule="child-portrait"]').count()).toBeGreaterThan(0);
    await settle();
    expect(env.sites.posted()).toEqual([]);
    await env.page.keyboard.press('Escape');
  });
});

it('every request went to a replica host: the proxy refused nothing, and the server saw the same hosts', () => {
  expect(env.browser.externalRequests()).toEqual([]);
  const viaProxy = Object.keys(env.browser.requestsByHost());
  expect(viaProxy.length).toBeGreaterThan(0);
  for (const host of viaProxy) expect(ALL_HOSTS).toContain(host);
});

it('the fence holds: a request to another host is refused and recorded', async () => {
  const before = env.browser.externalRequests().length;
  const outcome = await env.page.evaluate(() =>
    fetch('https://example.org/ping', { mode: 'no-cors' }).then(
      () => 'reached',
      () => 'refused',
    ),
  );
  expect(outcome).toBe('refused');
  expect(env.browser.externalRequests().slice(before)).toEqual(['CONNECT example.org:443']);
});
