// Instagram (www.instagram.com): pick the adapter, start the runtime. document_start so the
// submit guard's capture listeners are in place before the site's own.
import { instagramAdapter } from '@/lib/platforms/instagram/adapter';
import { startOnSite } from '@/lib/content/start';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_start',
  main(ctx) {
    startOnSite(instagramAdapter, ctx);
  },
});
