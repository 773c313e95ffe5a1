/**
 * Serves fixture pages as if they were kompas.com. Chromium reaches it through a host-resolver rule (requests carry
 * the real Host header), Firefox through an HTTP proxy setting (requests carry absolute URLs); both resolve to the
 * same `URL` here.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Answers a request for a URL, or returns null for a 404. */
export type Route = (url: URL) => { status?: number; type?: string; body: string | Buffer } | null;

export interface FixtureServer {
  port: number;
  /** Every URL requested so far, in order: tests assert on what the extension fetched. */
  requests: URL[];
  close(): Promise<void>;
}

function requestUrl(request: IncomingMessage): URL {
  const raw = request.url ?? '/';
  return /^https?:\/\//.test(raw) ? new URL(raw) : new URL(raw, `http://${request.headers.host ?? 'localhost'}`);
}

export async function startFixtureServer(route: Route): Promise<FixtureServer> {
  const requests: URL[] = [];
  const server = createServer((request, response) => {
    const url = requestUrl(request);
    requests.push(url);
    const answer = route(url);
    if (!answer) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    response.writeHead(answer.status ?? 200, {
      'content-type': answer.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
