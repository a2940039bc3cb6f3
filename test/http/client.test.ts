import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../src/http/client.js';
import type { HttpClient } from '../../src/http/types.js';
import { ipv4Lookup, readBody, request, startHttp, type TestServer } from './servers.js';

describe('HTTP client exchange', () => {
  let server: TestServer;
  let client: HttpClient;
  // Each handled request, with what the server saw.
  const seen: { method: string; url: string; rawHeaders: string[]; body: Buffer }[] = [];

  beforeAll(async () => {
    server = await startHttp(async (req, res) => {
      const body = await readBody(req);
      seen.push({ method: req.method ?? '', url: req.url ?? '', rawHeaders: req.rawHeaders, body });

      if (req.url === '/empty') {
        res.writeHead(204, { 'x-kind': 'empty' }).end();
        return;
      }
      if (req.url === '/zero-length') {
        res.writeHead(200, { 'content-length': '0' }).end();
        return;
      }
      if (req.url === '/headers') {
        res.setHeader('x-b', '2');
        res.setHeader('Set-Cookie', ['a=1', 'b=2']);
        res.setHeader('X-A', '1');
        res.writeHead(200, 'Fine Thanks').end('ok');
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ method: req.method, length: body.length }));
    });
  });

  afterAll(async () => {
    await server.close();
  });

  afterEach(async () => {
    await client?.close();
    seen.length = 0;
  });

  it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])(
    'sends method %s',
    async (method) => {
      client = createHttpClient();
      const response = await client.send(
        request(`${server.url}/echo`, { method, body: 'payload' }),
      );

      expect(response.status).toBe(200);
      expect(JSON.parse(Buffer.from(response.body).toString())).toEqual({ method, length: 7 });
      expect(seen[0]?.method).toBe(method);
    },
  );

  it('sends HEAD and reads no body', async () => {
    client = createHttpClient();
    const response = await client.send(request(`${server.url}/echo`, { method: 'HEAD' }));

    expect(response.status).toBe(200);
    expect(response.body.byteLength).toBe(0);
    expect(seen[0]?.method).toBe('HEAD');
  });

  it('keeps header order, case and repeats', async () => {
    client = createHttpClient();
    await client.send(
      request(`${server.url}/echo`, {
        headers: [
          ['X-Second', 'b'],
          ['x-first', 'a'],
          ['X-Twice', '1'],
          ['X-Twice', '2'],
        ],
      }),
    );

    const raw = seen[0]?.rawHeaders ?? [];
    const pairs = [];
    for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i], raw[i + 1]]);
    const own = pairs.filter(([name]) => name?.toLowerCase().startsWith('x-'));
    expect(own).toEqual([
      ['X-Second', 'b'],
      ['x-first', 'a'],
      ['X-Twice', '1'],
      ['X-Twice', '2'],
    ]);
  });

  it('sends accept-encoding unless the user set one', async () => {
    client = createHttpClient();
    await client.send(request(`${server.url}/echo`));
    await client.send(
      request(`${server.url}/echo`, { headers: [['Accept-Encoding', 'identity']] }),
    );

    const acceptEncoding = (index: number) => {
      const raw = seen[index]?.rawHeaders ?? [];
      return raw.filter((_, i) => i % 2 === 1 && raw[i - 1]?.toLowerCase() === 'accept-encoding');
    };
    expect(acceptEncoding(0)).toEqual(['gzip, deflate, br']);
    expect(acceptEncoding(1)).toEqual(['identity']);
  });

  it('sends bytes bodies unchanged', async () => {
    client = createHttpClient();
    const bytes = new Uint8Array([0, 1, 2, 253, 254, 255]);
    await client.send(request(`${server.url}/echo`, { method: 'POST', body: bytes }));

    expect([...(seen[0]?.body ?? [])]).toEqual([0, 1, 2, 253, 254, 255]);
  });

  it('returns response headers as received', async () => {
    client = createHttpClient();
    const response = await client.send(request(`${server.url}/headers`));

    expect(response.statusText).toBe('Fine Thanks');
    expect(response.httpVersion).toBe('1.1');
    const own = response.headers.filter(([name]) => /^(x-|set-cookie)/i.test(name));
    expect(own).toEqual([
      ['x-b', '2'],
      ['Set-Cookie', 'a=1'],
      ['Set-Cookie', 'b=2'],
      ['X-A', '1'],
    ]);
    expect(response.url).toBe(`${server.url}/headers`);
    expect(response.redirects).toEqual([]);
  });

  it('returns 204 with an empty body', async () => {
    client = createHttpClient();
    const response = await client.send(request(`${server.url}/empty`));

    expect(response.status).toBe(204);
    expect(response.statusText).toBe('No Content');
    expect(response.body.byteLength).toBe(0);
  });

  it('returns a zero-length 200 body', async () => {
    client = createHttpClient();
    const response = await client.send(request(`${server.url}/zero-length`));

    expect(response.status).toBe(200);
    expect(response.body.byteLength).toBe(0);
  });

  it('counts bytes exactly as the server did', async () => {
    client = createHttpClient();
    const before = { read: server.bytesRead(), written: server.bytesWritten() };
    const body = 'x'.repeat(5000);
    const response = await client.send(request(`${server.url}/echo`, { method: 'POST', body }));
    await client.close();

    expect(response.bytesSent).toBe(server.bytesRead() - before.read);
    expect(response.bytesReceived).toBe(server.bytesWritten() - before.written);
    expect(response.bytesSent).toBeGreaterThan(5000);
  });

  it('reports timings present and ordered', async () => {
    client = createHttpClient({ lookup: ipv4Lookup });
    const response = await client.send(request(`http://localhost:${server.port}/echo`));
    const { dns, connect, tls, firstByte, download, total } = response.timings;

    expect(dns).toBeGreaterThanOrEqual(0);
    expect(connect).toBeGreaterThanOrEqual(0);
    expect(tls).toBeUndefined();
    expect(firstByte).toBeGreaterThan(0);
    expect(download).toBeGreaterThanOrEqual(0);
    expect(total).toBeGreaterThanOrEqual((dns ?? 0) + (connect ?? 0) + firstByte + download);
    expect(response.socketReused).toBe(false);
  });

  it('reports socket reuse and drops connection phases', async () => {
    client = createHttpClient();
    const first = await client.send(request(`${server.url}/echo`));
    const second = await client.send(request(`${server.url}/echo`));

    expect(first.socketReused).toBe(false);
    expect(first.timings.connect).toBeGreaterThanOrEqual(0);
    expect(second.socketReused).toBe(true);
    expect(second.timings.connect).toBeUndefined();
    expect(second.timings.dns).toBeUndefined();
    expect(server.sockets.length).toBeGreaterThanOrEqual(1);
  });

  it('counts bytes per request on a reused socket', async () => {
    client = createHttpClient();
    const before = { read: server.bytesRead(), written: server.bytesWritten() };
    const first = await client.send(
      request(`${server.url}/echo`, { method: 'POST', body: 'a'.repeat(100) }),
    );
    const second = await client.send(
      request(`${server.url}/echo`, { method: 'POST', body: 'b'.repeat(300) }),
    );
    await client.close();

    expect(second.socketReused).toBe(true);
    expect(second.bytesSent - first.bytesSent).toBe(200);
    expect(first.bytesSent + second.bytesSent).toBe(server.bytesRead() - before.read);
    expect(first.bytesReceived + second.bytesReceived).toBe(server.bytesWritten() - before.written);
  });
});
