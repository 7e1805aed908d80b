// Photos in Firefox: the image engine runs in the background page (Firefox has no offscreen
// documents; its background page has a DOM). On each replica site, as tests/e2e/images.test.ts
// shows for Chromium: a child's portrait is marked on its thumbnail and holds the post, a class
// photo asks for consent, a damaged file is reported as not checked. Also proves the network fence:
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

const fixture = (path: string, mimeType: string) => (): TestFile => ({ name: path.split('/').pop()!, mimeType, buffer: readFileSync(`tests/fixtures/images/${path}`) });
// The same photos as tests/e2e/images.test.ts (Chromium).
const portrait = fixture('portrait/child-02-3-9.jpg', 'image/jpeg');
const classPhoto = fixture('group/class-2.jpg', 'image/jpeg');
const damaged = fixture('bad/truncated.jpg', 'image/jpeg');
/** The first analysis loads the models; on a shared machine that takes a while. */
const ANALYSIS_MS = 40_000;

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
  // (This first analysis also loads the models, as the content script's warm-up does.)
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

/** Opens the case's compose box with `file` attached and types a clean text. */
async function compose(c: ComposeCase, file: TestFile, fileInput?: string): Promise<void> {
  await env.page.goto(env.sites.url(c.host, c.path));
  await waitForRuntime(env as unknown as Env);
  for (const step of c.open) {
    if ('click' in step) await locate(env.page as never, step.click).click();
    else await locate(env.page as never, step.upload).setInputFiles([file]);
  }
  if (fileInput) await env.page.locator(fileInput).first().setInputFiles([file]);
  await env.page.locator(c.editor).first().click();
  await env.page.keyboard.type(TEXTS.clean);
}

async function submitByClick(c: ComposeCase): Promise<void> {
  const how = c.submit.click;
  if ('click' in how) await locate(env.page as never, how.click).click();
}

/** Polls `read` until `ok` holds (Playwright's expect.poll, for the values the page shows). */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = ANALYSIS_MS): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read().catch(() => undefined as T);
    if (ok(value) || Date.now() > end) return value;
    await settle(100);
  }
}

describe.each(Object.entries(ATTACH))('photos on %s', (_site, { caseId, fileInput }) => {
  const c = CASES.find((k) => k.id === caseId)!;
  const marker = () => env.page.locator('postwijs-ui .pw-photo').first();
  const stop = () => env.page.locator('postwijs-ui [data-postwijs-stop]');

  it("a child's portrait is marked on its thumbnail and the post is held (block)", async () => {
    env.sites.reset();
    await compose(c, portrait(), fileInput);
    expect(await until(() => marker().getAttribute('data-photo-status'), (s) => s === 'problem')).toBe('problem');
    await submitByClick(c);
    await stop().waitFor();
    expect(await until(() => stop().getAttribute('data-postwijs-stop'), (s) => s === 'block')).toBe('block');
    expect(await stop().locator('[data-rule="child-portrait"]').count()).toBeGreaterThan(0);
    await settle();
    expect(env.sites.posted()).toEqual([]);
    await env.page.keyboard.press('Escape');
  });

  it('a class photo asks whether every child has consent (warn)', async () => {
    env.sites.reset();
    await compose(c, classPhoto(), fileInput);
    await submitByClick(c);
    await stop().waitFor();
    expect(await until(() => stop().getAttribute('data-postwijs-stop'), (s) => s === 'warn')).toBe('warn');
    expect(await stop().innerText()).toContain('toestemming');
    expect(env.sites.posted()).toEqual([]);
    await env.page.keyboard.press('Escape');
  });

  it('a damaged file is reported as not checked', async () => {
    await compose(c, damaged(), fileInput);
    expect(await until(() => marker().innerText(), (t) => /niet controleren.*beschadigd/.test(t ?? ''))).toMatch(/niet controleren.*beschadigd/);
    await submitByClick(c);
    await stop().waitFor();
    expect(await until(() => stop().innerText(), (t) => (t ?? '').includes('niet controleren'))).toContain('niet controleren');
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
