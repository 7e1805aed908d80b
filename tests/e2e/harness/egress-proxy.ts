// The only way out of the test Firefox: a local HTTP proxy that Firefox must use for every request
// (pages, the extension's background page, Firefox's own services). CONNECT tunnels to replica
// host names are piped to the replica server, so https://x.com/… keeps its real host name and
// default port, as in Chromium; anything else is refused and recorded. With
// network.dns.forceResolve=127.0.0.1 as a second fence, nothing can reach the internet even if a
// request bypassed the proxy, and the log proves that none tried.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { ALL_HOSTS } from '../../sites/hosts.ts';

export interface EgressProxy {
  port: number;
  /** Requests per host name, replica hosts included, since start or the last reset. */
  requests(): Record<string, number>;
  /** Every request to a host that is not a replica host (refused): "METHOD host[:port] [path]". */
  refused(): string[];
  reset(): void;
  close(): Promise<void>;
}

function hostOf(authority: string): { host: string; port: number } {
  const match = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(authority.trim().toLowerCase());
  return { host: match?.[1] ?? '', port: Number(match?.[2] ?? 443) };
}

/** Starts the proxy in front of the replica server listening on 127.0.0.1:`sitesPort`. */
export async function startEgressProxy(sitesPort: number): Promise<EgressProxy> {
  let counts: Record<string, number> = {};
  let refused: string[] = [];
  const sockets = new Set<Socket>();
  const count = (host: string) => {
    counts[host] = (counts[host] ?? 0) + 1;
  };

  const server: Server = createServer((req, res) => {
    // Plain http:// requests arrive with an absolute URI. The replicas are HTTPS only.
    let host = '';
    try {
      host = new URL(req.url ?? '').hostname;
    } catch {
      host = hostOf(req.headers.host ?? '').host;
    }
    count(host);
    if (!ALL_HOSTS.includes(host)) refused.push(`${req.method} ${req.url}`);
    res.writeHead(ALL_HOSTS.includes(host) ? 400 : 403, { 'content-type': 'text/plain' });
    res.end(ALL_HOSTS.includes(host) ? 'replicas speak https only\n' : 'no network in tests\n');
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const { host, port } = hostOf(req.url ?? '');
    count(host);
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (!ALL_HOSTS.includes(host) || port !== 443) {
      refused.push(`CONNECT ${req.url}`);
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(sitesPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
  });

  // ws:// upgrades (never expected): refuse and record.
  server.on('upgrade', (req: IncomingMessage, client: Socket) => {
    const host = hostOf(req.headers.host ?? '').host;
    count(host);
    refused.push(`UPGRADE ${req.headers.host ?? ''}${req.url ?? ''}`);
    client.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  return {
    port: (server.address() as AddressInfo).port,
    requests: () => ({ ...counts }),
    refused: () => [...refused],
    reset: () => {
      counts = {};
      refused = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
