import { defineConfig } from 'wxt';

// WXT builds .output/chrome-mv3 and .output/firefox-mv2 (Firefox: background page with a DOM
// hosts the image engine). Permissions are the least we need: storage, offscreen (Chrome only)
// and the three sites' hosts — no <all_urls>, no tabs.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Postwijs',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
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
