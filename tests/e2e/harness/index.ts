// Browser-test harness: the replica sites server and a Chromium with the extension.
export { startSites, type Sites, type PostedItem } from './sites.ts';
export { launchChromium, chromiumPath, hostResolverRules, type LaunchOptions, type LaunchedBrowser } from './browser.ts';
export { writeManagedPolicy, clearManagedPolicy, unpackedExtensionId, MANAGED_POLICY_DIR } from './policy.ts';
export { pngFile, dropFiles, pasteFiles, type TestFile } from './files.ts';
