// Local servers for the HTTP client tests. Each listens on 127.0.0.1 port 0 and counts the
// bytes its sockets read and wrote, so tests can compare them with what the client measured.
import { lookup as dnsLookup } from 'node:dns';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

import type { HttpClientOptions, HttpRequest } from '../../src/http/types.js';

export const tlsDir = fileURLToPath(new URL('../../fixtures/tls/', import.meta.url));
export const tlsFile = (name: string) => `${tlsDir}${name}`;

export interface TestServer {
  port: number;
  url: string;
  /** Every socket the server accepted, in order. */
  sockets: net.Socket[];
  bytesRead(): number;
  bytesWritten(): number;
  close(): Promise<void>;
}

export async function startHttp(handler: http.RequestListener): Promise<TestServer> {
  return track(http.createServer(handler), 'http');
}

export async function startHttps(
  handler: http.RequestListener,
  options: https.ServerOptions = {},
): Promise<TestServer> {
  const server = https.createServer(
    {
      key: readFileSync(tlsFile('server.key')),
      cert: readFileSync(tlsFile('server.crt')),
      ...options,
    },
    handler,
  );
  return track(server, 'https');
}

async function track(server: http.Server | https.Server, scheme: string): Promise<TestServer> {
  const sockets: net.Socket[] = [];
  // TLS servers hand out the TLSSocket on 'secureConnection'; the raw TCP socket would count
  // encrypted bytes, while the client counts plaintext.
  server.on(scheme === 'https' ? 'secureConnection' : 'connection', (socket: net.Socket) =>
    sockets.push(socket),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    url: `${scheme}://127.0.0.1:${port}`,
    sockets,
    bytesRead: () => sockets.reduce((sum, socket) => sum + socket.bytesRead, 0),
    bytesWritten: () => sockets.reduce((sum, socket) => sum + socket.bytesWritten, 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Returns a port that was free a moment ago and has nothing listening on it now. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Resolves `localhost` to 127.0.0.1 only, and `*.invalid` names to ENOTFOUND. */
export const ipv4Lookup: NonNullable<HttpClientOptions['lookup']> = (
  hostname,
  options,
  callback,
) => {
  if (hostname.endsWith('.invalid')) {
    const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
    error.code = 'ENOTFOUND';
    callback(error, '', 0);
    return;
  }
  const all = (options as { all?: boolean }).all === true;
  dnsLookup(hostname, { family: 4 }, (error, address, family) => {
    if (all && !error) {
      // net.connect with autoSelectFamily requests every address (`all: true`).
      (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
        { address, family },
      ]);
      return;
    }
    callback(error, address, family);
  });
};

/** A request with the defaults a step would have, overridden by `fields`. */
export function request(url: string, fields: Partial<HttpRequest> = {}): HttpRequest {
  return {
    method: 'GET',
    url,
    headers: [],
    timeoutMs: 5000,
    redirects: { follow: true, max: 10 },
    tls: {},
    maxResponseSize: 10 * 1024 * 1024,
    ...fields,
  };
}

/** Reads a request body into a Buffer. */
export async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
