// The facebook browser tests of tests/e2e/facebook.test.ts, in Firefox: the same compose-case table and the same
// suite (tests/e2e/compose/), with only the browser swapped: Firefox ESR with .output/firefox-mv2
// over WebDriver BiDi instead of Chromium with .output/chrome-mv3.
import { vi } from 'vitest';
import { defineSiteSuite } from './compose/suite.ts';

vi.mock('./compose/driver.ts', async (importOriginal) => {
  const { onFirefox } = await import('./driver/firefox.ts');
  return onFirefox(await importOriginal());
});

defineSiteSuite('facebook', 8602);
