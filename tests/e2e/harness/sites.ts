// Starts the replica sites for a test file: `const sites = await startSites()` in beforeAll,
// `await sites.close()` in afterAll. One server per test file; the port is chosen by the OS
// unless given, so test files and the demo never collide.
import { startSiteServer, type PostedItem } from '../../sites/server.ts';

export type { PostedItem } from '../../sites/server.ts';

export interface Sites {
  port: number;
  /** base64 SPKI hash of the server certificate (for --ignore-certificate-errors-spki-list). */
  spki: string;
  /** https URL of a replica under its real host name, e.g. url('x.com', '/home'). */
  url(host: string, path?: string): string;
  posted(): PostedItem[];
  /** Resolves with the posted items once there are at least `count` (default 1); rejects after
   *  `timeoutMs` with what was posted so far. A post is recorded asynchronously by the page. */
  waitForPosted(count?: number, timeoutMs?: number): Promise<PostedItem[]>;
  reset(): void;
  /** Requests the server received, counted by host. */
  requests(): Record<string, number>;
  close(): Promise<void>;
}

export async function startSites(options: { port?: number } = {}): Promise<Sites> {
  const server = await startSiteServer(options);
  return {
    port: server.port,
    spki: server.spki,
    url: (host, path = '/') => `https://${host}${path.startsWith('/') ? path : `/${path}`}`,
    posted: server.posted,
    waitForPosted: async (count = 1, timeoutMs = 5000) => {
      const until = Date.now() + timeoutMs;
      while (server.posted().length < count) {
        if (Date.now() > until) {
          throw new Error(`expected ${count} posted item(s), got ${JSON.stringify(server.posted())}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return server.posted();
    },
    reset: server.reset,
    requests: server.requests,
    close: server.close,
  };
}
