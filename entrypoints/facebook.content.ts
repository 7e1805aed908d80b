// Facebook (www, web, and business.facebook.com for Pages): pick the adapter, start the runtime.
// document_start so the submit guard's capture listeners are in place before the site's own.
import { facebookAdapter } from '@/lib/platforms/facebook/adapter';
import { startOnSite } from '@/lib/content/start';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://business.facebook.com/*'],
  // Messenger is out of scope.
  excludeMatches: ['https://www.facebook.com/messages/*', 'https://web.facebook.com/messages/*'],
  runAt: 'document_start',
  main(ctx) {
    startOnSite(facebookAdapter, ctx);
  },
});
