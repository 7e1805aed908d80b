// Chromium side of the driver: Playwright's Page already is a DriverPage (the interface is the
// part of its API the shared tests use); this checks that at compile time and gives the type.
import type { Page } from 'playwright-core';
import type { DriverPage } from './types.ts';

export function playwrightDriverPage(page: Page): DriverPage {
  return page;
}
