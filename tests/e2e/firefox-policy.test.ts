// The director's policy in Firefox, rolled out as Firefox reads it for an extension's
// storage.managed: the managed-storage file $HOME/.mozilla/managed-storage/<gecko id>.json
// (Firefox runs with a temporary HOME, so nothing outside the test changes). The same
// scenarios as tests/e2e/policy.test.ts for Chromium:
// 1. A valid policy applies: the options page names "organisatiebeleid" as the source, and a rule
//    it raises to `block` holds the post on the X replica.
// 2. An invalid policy shows its problems in the popup, and the checks stay on.
// 3. The route docs/uitrol.md gives IT on Linux: /etc/firefox/policies/policies.json → "3rdparty"
//    → "Extensions" → the gecko id (needs root, as CI runs; the file is removed afterwards).
// Needs `npm run build` first (.output/firefox-mv2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../lib/policy/exports/ids.ts';
import { PuppeteerDriverPage } from './driver/puppeteer.ts';
import type { DriverPage } from './driver/types.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchFirefox, SYSTEM_POLICIES_DIR, type LaunchedFirefox } from './harness/firefox.ts';
import { startSites, type Sites } from './harness/sites.ts';
import { invalidPolicy, PHONE, UNPROFESSIONAL, validPolicy, X_EDITOR, X_POST } from './policy-cases.ts';

let sites: Sites;

beforeAll(async () => {
  sites = await startSites({ port: 8611 });
});

afterAll(async () => {
  await sites?.close();
});

async function post(page: DriverPage, text: string): Promise<void> {
  await page.goto(sites.url('x.com', '/home'));
  await page.locator(X_EDITOR).first().click();
  await page.keyboard.type(text);
  await page.locator(X_POST).first().click();
}

/** One of the extension's pages, driven like a site page. */
async function extensionPage(firefox: LaunchedFirefox, path: string): Promise<DriverPage> {
  return new PuppeteerDriverPage(await firefox.extensionPage(path));
}

describe('a valid managed policy (managed-storage file)', () => {
  let firefox: LaunchedFirefox;
  let page: DriverPage;
  beforeAll(async () => {
    firefox = await launchFirefox({ sites, policy: validPolicy });
    page = new PuppeteerDriverPage(firefox.page);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('is installed under the documented gecko id that policies name', () => {
    expect(firefox.extensionId).toBe(GECKO_ID);
  });

  it('shows "organisatiebeleid" as the source on the options page', async () => {
    const options = await extensionPage(firefox, 'options.html');
    await options.locator('[data-testid="options"][data-enterprise="true"]').waitFor();
    const school = options.locator('[data-testid="active-fields"] tr[data-field="schoolName"]');
    expect(await school.getAttribute('data-source')).toBe('enterprise');
    expect(await school.innerText()).toContain('organisatiebeleid');
    expect(await school.innerText()).toContain('OBS De Wierde');
    expect(await options.locator('[data-testid="active-rules"] tr[data-rule="unprofessional"]').getAttribute('data-source')).toBe('enterprise');
    expect(await options.locator('[data-testid="active-rules"] tr[data-rule="tagging"]').getAttribute('data-source')).toBe('default');
    expect(await options.locator('[data-testid="no-problems"]').count()).toBe(1);
  });

  it('holds a post that the policy raised to block, and nothing is posted', async () => {
    sites.reset();
    await post(page, UNPROFESSIONAL);
    const stop = page.locator('[data-postwijs-stop="block"]');
    await stop.waitFor();
    expect(await stop.locator('[data-rule="unprofessional"]').count()).toBeGreaterThan(0);
    expect(sites.posted()).toEqual([]);
    expect(firefox.externalRequests()).toEqual([]);
  });
});

describe('an invalid managed policy (managed-storage file)', () => {
  let firefox: LaunchedFirefox;
  let page: DriverPage;
  beforeAll(async () => {
    firefox = await launchFirefox({ sites, policy: invalidPolicy });
    page = new PuppeteerDriverPage(firefox.page);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('shows each problem with its path in the popup', async () => {
    const popup = await extensionPage(firefox, 'popup.html');
    const problems = popup.locator('[data-testid="problems"]');
    await problems.waitFor();
    const paths: string[] = [];
    for (let i = 0; i < (await problems.locator('li[data-path]').count()); i++) {
      paths.push((await problems.locator('li[data-path]').nth(i).getAttribute('data-path'))!);
    }
    expect(paths.sort()).toEqual(['mode', 'rules.child-portret', 'rules.unprofessional', 'supervisor.email']);
    expect(await problems.innerText()).toContain('organisatiebeleid');
    // The valid part still applies.
    expect(await popup.locator('[data-testid="school"]').innerText()).toBe('OBS De Wierde');
    expect(await popup.locator('[data-testid="policy-source"]').innerText()).toContain('organisatiebeleid');
  });

  it('keeps the checks on: a default block rule still holds the post', async () => {
    sites.reset();
    await post(page, PHONE);
    const stop = page.locator('[data-postwijs-stop="block"]');
    await stop.waitFor();
    expect(await stop.locator('[data-rule="personal-data"]').count()).toBeGreaterThan(0);
    expect(sites.posted()).toEqual([]);
    expect(firefox.externalRequests()).toEqual([]);
  });
});

const isRoot = process.getuid?.() === 0;

describe.skipIf(!isRoot)('a valid policy in policies.json (/etc/firefox/policies)', () => {
  let firefox: LaunchedFirefox;
  let page: DriverPage;
  beforeAll(async () => {
    firefox = await launchFirefox({ sites, systemPolicy: validPolicy });
    page = new PuppeteerDriverPage(firefox.page);
  });
  afterAll(async () => {
    await firefox?.close();
    // Nothing of ours is left in the system policy folder.
    expect(existsSync(join(SYSTEM_POLICIES_DIR, 'policies.json'))).toBe(false);
  });

  it('is the enterprise policy on the options page', async () => {
    const options = await extensionPage(firefox, 'options.html');
    await options.locator('[data-testid="options"][data-enterprise="true"]').waitFor();
    const school = options.locator('[data-testid="active-fields"] tr[data-field="schoolName"]');
    expect(await school.getAttribute('data-source')).toBe('enterprise');
    expect(await school.innerText()).toContain('OBS De Wierde');
  });

  it('holds a post that the policy raised to block', async () => {
    sites.reset();
    await post(page, UNPROFESSIONAL);
    await page.locator('[data-postwijs-stop="block"] [data-rule="unprofessional"]').first().waitFor();
    expect(sites.posted()).toEqual([]);
  });
});
