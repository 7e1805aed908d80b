// npm run screenshots:policy — screenshots of the options page (what applies, policy builder,
// exports) and the popup for the README and docs/uitrol.md, in headless Chromium with the example
// policy as enterprise policy (needs root: the policy file goes to /etc/chromium/policies/managed
// and is removed afterwards). Run `npm run build` first.
//
// The popup is opened as a page; so that it reports on the X replica tab (as it does when clicked
// on the toolbar), this script, and only this script, makes tabs.query({active}) answer with
// that tab. The numbers in the counts table are example data written to storage for the picture.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/browser.ts';
import { startSites } from '../tests/e2e/harness/sites.ts';

// The extension API as the callbacks below use it inside extension pages (they run there, not in Node).
interface QueryInfo { active?: boolean; currentWindow?: boolean; url?: string[] }
declare const chrome: {
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
  tabs: { query(info: QueryInfo): Promise<unknown[]> };
};

const ROOT = resolve(import.meta.dirname, '..');
const DOCS = join(ROOT, 'docs', 'screenshots');
const policy = JSON.parse(readFileSync(join(ROOT, '..', 'shared', 'policy', 'example-policy.json'), 'utf8'));

const EXAMPLE_STATS = {
  '2026-11-24': { 'child-name': { finding: 4, dismiss: 1 }, discussion: { finding: 2, override: 1 } },
  '2026-11-25': { 'personal-data': { finding: 1 }, unprofessional: { finding: 3, dismiss: 2 }, tagging: { finding: 1, override: 1 } },
};

async function main() {
  mkdirSync(DOCS, { recursive: true });
  const sites = await startSites({ port: 8552 });
  const extension = process.env.POSTWIJS_CHROME_EXTENSION ?? join(ROOT, '.output', 'chrome-mv3');
  const browser = await launchChromium({ sites, extension, policy, viewport: { width: 1100, height: 900 } });
  try {
    const id = browser.extensionId!;
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.locator('[data-testid="active-fields"]').waitFor();
    await options.evaluate((stats) => chrome.storage.local.set({ 'postwijs.stats': stats }), EXAMPLE_STATS);
    await options.screenshot({ path: join(DOCS, 'opties-wat-nu-geldt.png'), fullPage: false });
    // The builder with a problem typed in, so live validation shows.
    await options.locator('#b-supervisorEmail').fill('directie@obsdewierde');
    await options.locator('[data-testid="builder"]').scrollIntoViewIfNeeded();
    await options.locator('#builder-h').evaluate((h) => h.scrollIntoView());
    await options.screenshot({ path: join(DOCS, 'opties-beleidsbouwer.png') });
    await options.locator('#b-supervisorEmail').fill('directie@obsdewierde.nl');
    await options.locator('fieldset.rules').evaluate((e) => e.scrollIntoView());
    await options.screenshot({ path: join(DOCS, 'opties-regels.png') });
    await options.locator('.export').evaluate((e) => {
      e.querySelectorAll('details').forEach((d, i) => ((d as HTMLDetailsElement).open = i === 2));
      e.scrollIntoView();
    });
    await options.screenshot({ path: join(DOCS, 'opties-exporteren.png') });

    const x = browser.page;
    await x.goto(sites.url('x.com', '/home'));
    await x.locator('[data-testid="tweetTextarea_0"][contenteditable="true"]').first().waitFor();
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.addInitScript(() => {
      const query = chrome.tabs.query.bind(chrome.tabs);
      chrome.tabs.query = ((info: QueryInfo) =>
        info.active ? query({ url: ['https://x.com/*'] }) : query(info)) as typeof chrome.tabs.query;
    });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.locator('[data-testid="counts"]').waitFor();
    await popup.screenshot({ path: join(DOCS, 'popup.png'), fullPage: true });
    console.log(`screenshots in ${DOCS}`);
  } finally {
    await browser.close();
    await sites.close();
  }
}

await main();
