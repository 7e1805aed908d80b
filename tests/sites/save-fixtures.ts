// Saves the rendered DOM of each replica flow (./fixture-specs.ts) into
// tests/fixtures/html/<name>.html for the site adapters' unit tests
// (tests/unit/platforms/replica.test.ts), with the page URL in a first-line comment;
// <name>.expect.json with what the adapters should read from each box (the replica knows the
// truth: what was typed, by which account); and replica-fixtures.json describing each file.
// Run: npm run fixtures:html  (no extension is loaded, so the DOM is the site's own).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { SPECS, type FixtureSpec } from './fixture-specs.ts';
import { launchChromium } from '../e2e/harness/browser.ts';
import { startSites, type Sites } from '../e2e/harness/sites.ts';

const OUT = fileURLToPath(new URL('../fixtures/html/', import.meta.url));

type Typed = FixtureSpec['typed'][number];

/** What the adapters should report for a box, in tests/unit/platforms/table.ts's terms (submit
 *  label lower-cased; file inputs and previews in the box's flow). Written as <name>.expect.json. */
function expectationFor(file: string, box: Typed, index: number, all: Typed[]) {
  const en = file.endsWith('-en');
  const base = { context: box.context, text: box.text, account: box.account, problems: 0 };
  if (file.startsWith('x-')) {
    // In x-thread the first box is the empty home composer behind the dialog.
    const threadPart = file === 'x-thread' && index > 0 && all.length > 2;
    const submit = threadPart ? 'alles plaatsen' : box.context === 'reply' ? (en ? 'reply' : 'beantwoorden') : en ? 'post' : 'posten';
    return { ...base, submit, files: 1, previews: box.attachments };
  }
  if (file.startsWith('fb-')) {
    if (file.startsWith('fb-business')) return { ...base, submit: en ? 'publish' : 'publiceren', files: 1, previews: 0 };
    if (box.context === 'post') return { ...base, submit: en ? 'post' : 'posten', files: 1, previews: box.attachments };
    if (box.context === 'reply') return { ...base, submit: en ? 'reply' : 'antwoord plaatsen', files: 1, previews: 0 };
    return { ...base, submit: en ? 'comment' : 'reactie plaatsen', files: 1, previews: 0 };
  }
  if (box.context === 'post') return { ...base, submit: en ? 'share' : 'delen', files: 1, previews: box.attachments };
  return { ...base, submit: en ? 'post' : 'plaatsen', files: 0, previews: 0 };
}

/** Numbers what differs on every run (object URLs, Draft.js editor and block keys), so saved
 *  files only change when the markup does. */
export function stabilise(html: string): string {
  const seen = new Map<string, string>();
  const stable = (kind: string, key: string, make: (n: number) => string): string => {
    const id = `${kind}:${key}`;
    if (!seen.has(id)) seen.set(id, make([...seen.keys()].filter((k) => k.startsWith(`${kind}:`)).length + 1));
    return seen.get(id)!;
  };
  return html
    .replace(/blob:(https:\/\/[^/"]+)\/[0-9a-f-]{36}/g, (url, origin: string) => stable('blob', url, (n) => `blob:${origin}/attachment-${n}`))
    .replace(/data-editor="([0-9a-z]+)"/g, (_, key: string) => `data-editor="${stable('editor', key, (n) => `e${n}`)}"`)
    .replace(/data-offset-key="([0-9a-z]+)-(\d+)-(\d+)"/g, (_, key: string, a: string, b: string) => `data-offset-key="${stable('block', key, (n) => `b${n}`)}-${a}-${b}"`);
}

/** The document as rendered, without scripts and stylesheets (the unit tests run no code). */
async function renderedHtml(page: Page): Promise<string> {
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('script, link[rel="stylesheet"]').forEach((e) => e.remove());
    // Values of form fields live in properties, not attributes: keep them visible in the HTML.
    const live = document.documentElement.querySelectorAll('textarea, input:not([type="file"])');
    copy.querySelectorAll('textarea, input:not([type="file"])').forEach((e, i) => {
      const value = (live[i] as HTMLInputElement | HTMLTextAreaElement).value;
      if (e instanceof HTMLTextAreaElement) e.textContent = value;
      else e.setAttribute('value', value);
    });
    return copy.outerHTML;
  });
  return `<!doctype html>\n${stabilise(html)}`;
}

export async function saveFixtures(sites: Sites, page: Page): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  const saved: string[] = [];
  const index: Record<string, Omit<FixtureSpec, 'prepare' | 'name'> & { url: string }> = {};
  for (const spec of SPECS) {
    const url = sites.url(spec.host, spec.path);
    await page.goto(url);
    await spec.prepare(page);
    const html = await renderedHtml(page);
    const file = `${spec.name}.html`;
    writeFileSync(join(OUT, file), `<!-- url: ${page.url()} -->\n<!-- Rendered by the replica (tests/sites), saved by tests/sites/save-fixtures.ts: ${spec.shows} -->\n${html}\n`);
    index[file] = { url: page.url(), host: spec.host, path: spec.path, shows: spec.shows, typed: spec.typed };
    const expectation = {
      boxes: spec.typed.map((box, i) => expectationFor(spec.name, box, i, spec.typed)),
      ...(/page-create|professional/.test(spec.name) ? { pageCreation: true } : {}),
    };
    writeFileSync(join(OUT, `${spec.name}.expect.json`), `${JSON.stringify(expectation, null, 2)}\n`);
    saved.push(file);
  }
  writeFileSync(join(OUT, 'replica-fixtures.json'), `${JSON.stringify(index, null, 2)}\n`);
  return saved;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sites = await startSites();
  const browser = await launchChromium({ sites });
  try {
    const saved = await saveFixtures(sites, browser.page);
    console.log(`saved ${saved.length} fixtures into ${OUT}: ${saved.join(', ')}`);
  } finally {
    await browser.close();
    await sites.close();
  }
}
