import { defineConfig } from 'wxt';
import { copyModels } from './build/copy-models';
import { stripListDocs } from './build/strip-list-docs';

// WXT builds .output/chrome-mv3 and .output/firefox-mv2 (Firefox: background page with a DOM
// hosts the image engine). Permissions are the least we need: storage, offscreen (Chrome only)
// and the three sites' hosts — no <all_urls>, no tabs.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  // Image engine: models, wasm and traineddata copied from node_modules into the package.
  hooks: { 'build:publicAssets': copyModels },
  // Word/name lists ship without their per-entry documentation (build/strip-list-docs.ts).
  vite: () => ({ plugins: [stripListDocs()] }),
  manifest: ({ browser }) => ({
    name: 'Postwijs',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // Stable ids, so a school's policy can name the extension (lib/policy/exports/ids.ts):
    // Chrome/Edge derive the id mllmnbjcalhcagkcahkiolfdchmbfmlk from this public key (no private
    // key is kept: a store or signed-CRX release gets its own id, and the exports use the running id);
    // Firefox reads policies.json → 3rdparty → Extensions → this gecko id.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (ESR): first version with data_collection_permissions; Postwijs collects nothing.
            gecko: { id: 'postwijs@lauwerseneems.nl', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // POSTWIJS_STORE_BUILD=1 leaves the key out: web stores assign their own id and refuse a key.
          ...(process.env.POSTWIJS_STORE_BUILD ? {} : { key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqjF03Cc6E96hbNVo4jPRv7l+81VQtX2fwtvmnOhDXAWUwvcSEGzQ6AHoBy60ekSCri3bdHiqB22n17sZarqWtlGmK0733CSdrmTJDg5QFBg6hB3exOaGro46K8U+DidhI87jjR+5rnUm0/6PGOD7nHF+FsKJUciao8usn4ozWFI+O7kiOg7PPLn06/sthbqcRZJXnU1C6pnc5mYBav1V4SrLsawoFJvgdUoq/0y9cffJlu9EOAYnUtOiPDznRfVhX77loPqB5U1KJUiQn5h2k1gJf/6G+o3lgr0ZYxcbxVQXXtgAkRgHaekmge9lpz5bDQJfBExeVN0o1qCOiDm2DwIDAQAB' }),
          storage: { managed_schema: 'managed_schema.json' },
        }),
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    // The image engine (tfjs, tesseract) runs WebAssembly in extension pages; nothing else is loosened.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    host_permissions: [
      'https://x.com/*',
      'https://twitter.com/*',
      'https://www.facebook.com/*',
      'https://web.facebook.com/*',
      'https://business.facebook.com/*',
      'https://www.instagram.com/*',
    ],
  }),
});
