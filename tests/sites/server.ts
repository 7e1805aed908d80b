// HTTPS server for the replica sites. The browser opens https://x.com/…, https://www.facebook.com/…
// and https://www.instagram.com/… (mapped to 127.0.0.1 by --host-resolver-rules); the Host header
// picks the replica. Pages load only their own bundles from /__assets/, so nothing external is
// ever requested; every request is counted by host so tests can assert exactly that.
//
//   GET  /__posted   → JSON list of what the replicas "posted" (PostedItem[])
//   POST /__reset    → forget posted items (and the request counts)
//   POST /__post     → used by the replicas themselves to record a post
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { buildSites } from './build.ts';
import { ALL_HOSTS, siteForHost, type SiteName } from './hosts.ts';
import { startPage } from './start/page.ts';
import type { PostedItem } from './shared/posted.ts';

export type { PostedItem } from './shared/posted.ts';

export interface SiteServer {
  port: number;
  /** Everything posted since start or the last reset, oldest first. */
  posted(): PostedItem[];
  reset(): void;
  /** Number of requests per Host header (without port) since start or the last reset. */
  requests(): Record<string, number>;
  /** The certificate (PEM). */
  cert: string;
  /** base64 SHA-256 of the certificate's public key, for --ignore-certificate-errors-spki-list. */
  spki: string;
  close(): Promise<void>;
}

const TITLES: Record<Exclude<SiteName, 'start'>, string> = {
  x: 'Home / X',
  facebook: 'Facebook',
  instagram: 'Instagram',
};

function shell(site: Exclude<SiteName, 'start'>, hasCss: boolean): string {
  // The bundle loads at the end of <body>, as on the real sites: content scripts that run at
  // document_start are in place before the app renders its first compose box.
  return `<!doctype html>
<html lang="nl" dir="ltr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLES[site]}</title>
<link rel="icon" href="data:,">
${hasCss ? `<link rel="stylesheet" href="/__assets/${site}.css">` : ''}
</head><body><div id="${site === 'x' ? 'react-root' : 'mount_0_0'}"></div>
<script src="/__assets/${site}.js"></script></body></html>`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

export async function startSiteServer(options: { port?: number; host?: string } = {}): Promise<SiteServer> {
  const buildDir = await buildSites();
  const pems = await generate([{ name: 'commonName', value: 'postwijs.test' }], {
    keySize: 2048,
    notBeforeDate: new Date(Date.now() - 86_400_000),
    notAfterDate: new Date(Date.now() + 30 * 86_400_000),
    algorithm: 'sha256',
    extensions: [
      { name: 'subjectAltName', altNames: [...ALL_HOSTS, 'localhost'].map((value) => ({ type: 2 as const, value })).concat([{ type: 7 as const, ip: '127.0.0.1' } as never]) },
    ],
  });
  let posted: PostedItem[] = [];
  let requestCounts: Record<string, number> = {};
  // Bundles are read once, at start: a rebuild by another process later cannot break this server.
  const assets = new Map<string, Buffer>();
  for (const name of readdirSync(buildDir)) {
    if (/^[a-z]+\.(js|css)$/.test(name)) assets.set(name, readFileSync(join(buildDir, name)));
  }
  const asset = (name: string): Buffer | undefined => assets.get(name);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = (req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
    requestCounts[host] = (requestCounts[host] ?? 0) + 1;
    const site = siteForHost(host);
    const url = new URL(req.url ?? '/', `https://${host || 'localhost'}`);
    if (!site) return send(res, 421, 'text/plain', `not a replica host: ${host}\n`);

    if (url.pathname === '/__posted') return send(res, 200, 'application/json', JSON.stringify(posted, null, 2));
    if (url.pathname === '/__reset' && req.method === 'POST') {
      posted = [];
      requestCounts = {};
      return send(res, 200, 'application/json', '{"ok":true}');
    }
    if (url.pathname === '/__post' && req.method === 'POST') {
      if (site === 'start') return send(res, 400, 'text/plain', 'posts come from a replica site\n');
      const item = JSON.parse(await readBody(req)) as Omit<PostedItem, 'site' | 'host' | 'at'>;
      posted.push({ ...item, site, host, at: new Date().toISOString() });
      return send(res, 200, 'application/json', '{"ok":true}');
    }
    if (url.pathname.startsWith('/__assets/')) {
      const name = url.pathname.slice('/__assets/'.length);
      const body = asset(name);
      if (!body) return send(res, 404, 'text/plain', 'no such asset\n');
      return send(res, 200, name.endsWith('.css') ? 'text/css' : 'text/javascript', body);
    }
    if (url.pathname === '/favicon.ico') return send(res, 204, 'text/plain', '');
    if (site === 'start') return send(res, 200, 'text/html; charset=utf-8', startPage());
    // Single-page apps: every other path is the app shell; the app routes on location.pathname.
    return send(res, 200, 'text/html; charset=utf-8', shell(site, asset(`${site}.css`) !== undefined));
  };

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, 'text/plain', `${String(error)}\n`));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    posted: () => posted.map((item) => ({ ...item })),
    reset: () => {
      posted = [];
      requestCounts = {};
    },
    requests: () => ({ ...requestCounts }),
    cert: pems.cert,
    spki: createHash('sha256')
      .update(new X509Certificate(pems.cert).publicKey.export({ type: 'spki', format: 'der' }))
      .digest('base64'),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const server = await startSiteServer({ port: Number(process.env.PORT ?? 8400) });
  console.log(`replica sites on https://127.0.0.1:${server.port} (hosts: ${ALL_HOSTS.join(', ')})`);
}
