// X (x.com, twitter.com): pick the adapter, start the runtime. document_start so the submit
// guard's capture listeners are in place before the site's own.
import { xAdapter } from '@/lib/platforms/x/adapter';
import { startOnSite } from '@/lib/content/start';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_start',
  main(ctx) {
    startOnSite(xAdapter, ctx);
  },
});
