// The adapters against rendered HTML of the replica sites (tests/sites/), saved by the replica
// tooling into tests/fixtures/html/*.html. Conventions (see tests/fixtures/html/hand/README.md):
// - the file name starts with the site: x-…, facebook-… (or fb-…), instagram-… (or ig-…);
// - the page URL is in a leading comment `<!-- url: https://… -->` (else the site's home page);
// - the replica tooling's manifest `replica-fixtures.json` lists, per file, what was typed in
//   each box (context, text, account, number of attachments): checked as a multiset, since the
//   manifest need not follow document order;
// - an optional sidecar `<name>.expect.json` holds the full expectations (FixtureExpect.boxes),
//   checked like the hand-made fixtures;
// - for every file the invariants below hold.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facebookAdapter, instagramAdapter, xAdapter } from '../../../lib/platforms/index';
import type { SiteAdapter } from '../../../lib/platforms/types';
import { FIXTURES, loadFixture, replicaFixtures } from './fixture';
import { runTable, type BoxExpect } from './table';

interface Typed {
  context: string;
  text: string;
  account: string;
  attachments: number;
}
const MANIFEST = join(FIXTURES, 'replica-fixtures.json');
const manifest: Record<string, { url: string; typed: Typed[] }> = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : {};

const SITES: { prefixes: string[]; adapter: SiteAdapter; home: string }[] = [
  { prefixes: ['x-'], adapter: xAdapter, home: 'https://x.com/home' },
  { prefixes: ['facebook-', 'fb-'], adapter: facebookAdapter, home: 'https://www.facebook.com/' },
  { prefixes: ['instagram-', 'ig-'], adapter: instagramAdapter, home: 'https://www.instagram.com/' },
];

/** Pages where finding no compose box is right. */
const NO_BOX_EXPECTED = /messages|direct|pages-create|page-create|creation|professional|signup|crop|upload/;

for (const site of SITES) {
  const files = site.prefixes.flatMap((p) => replicaFixtures(p));
  if (files.length === 0) {
    describe.skip(`${site.adapter.platform} replica fixtures (none saved yet)`, () => it('none', () => undefined));
    continue;
  }
  for (const file of files) {
    const html = readFileSync(join(FIXTURES, file), 'utf8');
    const url = /<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? manifest[file]?.url ?? site.home;
    const sidecar = join(FIXTURES, file.replace(/\.html$/, '.expect.json'));
    if (existsSync(sidecar)) {
      const want = JSON.parse(readFileSync(sidecar, 'utf8')) as { boxes: BoxExpect[]; pageCreation?: boolean; url?: string };
      runTable(`${site.adapter.platform} (replica)`, site.adapter, [{ file, url: want.url ?? url, boxes: want.boxes, ...(want.pageCreation !== undefined ? { pageCreation: want.pageCreation } : {}) }]);
      continue;
    }
    describe(`${site.adapter.platform} adapter on replica ${file}`, () => {
      const doc = loadFixture(file, url);
      const adapter = site.adapter;
      const boxes = adapter.findComposeBoxes(doc);

      const typed = manifest[file]?.typed;
      if (typed) {
        it('finds exactly the boxes the replica rendered, with what was typed in them', () => {
          const key = (b: Typed) => JSON.stringify([b.context, b.text, b.account, b.attachments]);
          const got = boxes.map((box) =>
            key({ context: box.context, text: adapter.readText(box), account: adapter.activeAccount(doc, box) ?? '', attachments: adapter.attachmentPreviews(box).length }),
          );
          expect(got.sort()).toEqual(typed.map(key).sort());
        });
      }

      it('finds compose boxes where the page has them', () => {
        if (!NO_BOX_EXPECTED.test(file)) expect(boxes.length).toBeGreaterThan(0);
      });

      it('reports no markup problems and reads every box', () => {
        for (const box of boxes) {
          expect(adapter.markupProblems(box)).toEqual([]);
          expect(typeof adapter.readText(box)).toBe('string');
          expect(['post', 'reply', 'comment']).toContain(box.context);
        }
      });

      it('reads the acting account', () => {
        for (const box of boxes) expect(adapter.activeAccount(doc, box)).toBeTruthy();
      });

      it('tells the context the file name promises', () => {
        const contexts = boxes.map((b) => b.context);
        if (/reply/.test(file)) expect(contexts).toContain('reply');
        if (/comment/.test(file)) expect(contexts).toContain('comment');
      });

      it('maps clicks on submit controls back to their box', () => {
        for (const box of boxes) {
          const button = adapter.submitButton(box);
          if (button) expect(adapter.boxForSubmitClick(button, doc)?.scope).toBe(box.scope);
        }
      });
    });
  }
}
