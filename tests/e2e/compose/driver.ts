// Playwright driver for the compose-case table: opens a case's compose box on a replica, types,
// submits by click or keyboard, and reads Postwijs's UI in its shadow root (Playwright's CSS
// locators pierce open shadow roots).
import type { Locator, Page, Worker } from 'playwright-core';
import { launchChromium, pngFile, startSites, type LaunchedBrowser, type Sites } from '../harness/index.ts';
import type { ComposeCase, Submit, SubmitPath, Target } from './cases.ts';

// The extension APIs inside worker.evaluate() callbacks (they run in the service worker).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const EXTENSION = () => process.env.POSTWIJS_EXTENSION ?? '.output/chrome-mv3';

/** Our UI, inside <postwijs-ui data-postwijs>'s shadow root. */
export const UI = {
  host: 'postwijs-ui[data-postwijs]',
  badge: 'postwijs-ui .pw-badge',
  stop: 'postwijs-ui [role="alertdialog"]',
  confirm: 'postwijs-ui [role="alertdialog"] .pw-confirm',
  cancel: 'postwijs-ui [role="alertdialog"] .pw-cancel',
  contact: 'postwijs-ui [role="alertdialog"] a.pw-contact',
  noSupervisor: 'postwijs-ui [role="alertdialog"] .pw-contact-none',
  highlight: 'postwijs-ui .pw-hl',
} as const;

export interface Env {
  sites: Sites;
  browser: LaunchedBrowser;
  page: Page;
  worker: Worker;
  close(): Promise<void>;
}

/** One replica server and one browser with the built extension, for a whole test file. Without
 *  a port the OS picks one, so concurrent runs (a developer and CI on one machine) never collide. */
export async function startEnv(port?: number): Promise<Env> {
  const sites = await startSites({ port });
  const browser = await launchChromium({ sites, extension: EXTENSION() });
  // The extension id comes from the manifest key, so find the worker by its script.
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://') && w.url().endsWith('/background.js');
  const worker = browser.context.serviceWorkers().find(isOurs) ?? (await browser.context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  return {
    sites,
    browser,
    page: browser.page,
    worker,
    close: async () => {
      await browser.close();
      await sites.close();
    },
  };
}

/** Local settings = the policy (no enterprise policy in these tests, so all fields are local). */
export async function setPolicy(env: Env, policy: object): Promise<void> {
  await env.worker.evaluate((p) => chrome.storage.local.set({ 'postwijs.localPolicy': p }), policy);
}

export interface RuntimeStatus {
  platform: string;
  account?: string;
  checked: boolean;
  reason: string;
  boxes: number;
  policyLoaded: boolean;
}

/** The content script's answer to the popup's status question, from the active tab. */
export async function runtimeStatus(env: Env): Promise<RuntimeStatus | undefined> {
  return env.worker.evaluate(async () => {
    for (const tab of await chrome.tabs.query({})) {
      try {
        const reply = await chrome.tabs.sendMessage(tab.id!, { type: 'postwijs:status' });
        if (reply) return reply;
      } catch {
        // no content script in this tab
      }
    }
    return undefined;
  });
}

export async function waitForRuntime(env: Env): Promise<RuntimeStatus> {
  const until = Date.now() + 15_000;
  for (;;) {
    const status = await runtimeStatus(env);
    if (status?.policyLoaded) return status;
    if (Date.now() > until) throw new Error(`content script not ready: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function locate(page: Page, t: Target): Locator {
  const base = page.locator(t.css);
  return (t.text ? base.filter({ hasText: t.text }) : base).first();
}

/** Opens the case's page (optionally with the replica's ?as= account) and its compose box, and
 *  focuses the editor. */
export async function openCase(env: Env, c: ComposeCase, query = ''): Promise<Locator> {
  await env.page.goto(env.sites.url(c.host, c.path + query));
  await waitForRuntime(env);
  for (const step of c.open) {
    if ('click' in step) await locate(env.page, step.click).click();
    else await locate(env.page, step.upload).setInputFiles(step.files.map((name) => pngFile(name)));
  }
  const editor = env.page.locator(c.editor).first();
  await editor.click();
  return editor;
}

export async function submit(env: Env, c: ComposeCase, path: SubmitPath): Promise<void> {
  const how: Submit = c.submit[path];
  if ('click' in how) {
    await locate(env.page, how.click).click();
  } else {
    if (how.focus) await locate(env.page, how.focus).focus();
    else await env.page.locator(c.editor).first().focus();
    await env.page.keyboard.press(how.key);
  }
}

/** The draft as the editor holds it (textarea value or the contenteditable's text). */
export async function editorText(editor: Locator): Promise<string> {
  // Zero-width characters are the editor's own (Facebook puts them around text nodes), not typed.
  return editor.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText).replace(/\n$/, '').replace(/[\u200B\uFEFF]/g, ''));
}

/** Lets the page settle after an action whose absence of effect is asserted (no post). */
export function settle(ms = 300): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
