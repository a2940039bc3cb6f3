import { gzipSync } from 'node:zlib';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../src/http/client.js';
import { HttpError, type HttpClient } from '../../src/http/types.js';
import { closedPort, ipv4Lookup, request, startHttp, type TestServer } from './servers.js';

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HttpError);
    return error as HttpError;
  }
  throw new Error('expected the request to fail');
}

describe('HTTP client faults', () => {
  let server: TestServer;
  let client: HttpClient;

  beforeAll(async () => {
    server = await startHttp((req, res) => {
      switch (req.url) {
        case '/slow':
          setTimeout(() => res.end('late'), 2000);
          return;
        case '/reset':
          // Headers promise 1000 bytes; the socket dies after 10 of them.
          res.writeHead(200, { 'content-length': '1000' });
          res.write('0123456789', () => setTimeout(() => res.socket?.destroy(), 20));
          return;
        case '/big':
          res.end(Buffer.alloc(64 * 1024, 'a'));
          return;
        case '/big-chunked':
          res.write(Buffer.alloc(32 * 1024, 'a'));
          res.write(Buffer.alloc(32 * 1024, 'b'));
          res.end();
          return;
        case '/bomb':
          res.writeHead(200, { 'content-encoding': 'gzip' });
          res.end(gzipSync(Buffer.alloc(20 * 1024 * 1024)));
          return;
        case '/exact':
          res.end(Buffer.alloc(1024, 'x'));
          return;
        default:
          res.end('ok');
      }
    });
  });

  afterAll(async () => {
    await server.close();
  });

  afterEach(async () => {
    await client?.close();
  });

  it('reports a refused connection', async () => {
    client = createHttpClient();
    const port = await closedPort();
    const error = await failure(client.send(request(`http://127.0.0.1:${port}/`)));

    expect(error.kind).toBe('connection_refused');
    expect(error.code).toBe('FR_HTTP_CONNECTION_REFUSED');
    expect(error.message).toBe(`Connection refused by 127.0.0.1:${port}.`);
    expect((error.cause as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it('reports a host that does not resolve', async () => {
    client = createHttpClient({ lookup: ipv4Lookup });
    const error = await failure(client.send(request('http://api.example.invalid:8080/')));

    expect(error.kind).toBe('dns');
    expect(error.message).toContain('Could not resolve host api.example.invalid');
    expect(error.message).toContain('8080');
  });

  it('times out the whole exchange', async () => {
    client = createHttpClient();
    const started = Date.now();
    const error = await failure(client.send(request(`${server.url}/slow`, { timeoutMs: 150 })));

    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`Request to 127.0.0.1:${server.port} timed out after 150 ms.`);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(error.bytesSent).toBeGreaterThan(0);
  });

  it('times out while still connecting', async () => {
    // A resolver that never calls back keeps undici in its connect phase.
    client = createHttpClient({ lookup: () => undefined });
    const started = Date.now();
    const error = await failure(
      client.send(request('http://stuck.test:8080/', { timeoutMs: 100 })),
    );

    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('Request to stuck.test:8080 timed out after 100 ms.');
    await client.close();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('aborts requests in flight on close', async () => {
    client = createHttpClient();
    const pending = failure(client.send(request(`${server.url}/slow`)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await client.close();
    const error = await pending;

    expect(error.kind).toBe('aborted');
  });

  it('reports an abort from the caller', async () => {
    client = createHttpClient();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(
      client.send(request(`${server.url}/slow`, { signal: controller.signal })),
    );

    expect(error.kind).toBe('aborted');
  });

  it('aborts every request in flight under one signal, and only those', async () => {
    client = createHttpClient();
    const controller = new AbortController();
    const finished = await client.send(request(`${server.url}/`, { signal: controller.signal }));
    const pending = [1, 2, 3].map(() =>
      failure(client.send(request(`${server.url}/slow`, { signal: controller.signal }))),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    const errors = await Promise.all(pending);

    expect(finished.status).toBe(200);
    expect(errors.map((error) => error.kind)).toEqual(['aborted', 'aborted', 'aborted']);
  });

  it('rejects at once when already aborted', async () => {
    client = createHttpClient();
    const error = await failure(
      client.send(request(`${server.url}/`, { signal: AbortSignal.abort() })),
    );

    expect(error.kind).toBe('aborted');
  });

  it('reports a reset in the middle of the body', async () => {
    client = createHttpClient();
    const error = await failure(client.send(request(`${server.url}/reset`)));

    expect(error.kind).toBe('connection_reset');
    expect(error.message).toContain(`127.0.0.1:${server.port}`);
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.bytesReceived).toBeGreaterThan(10);
  });

  it.each(['/big', '/big-chunked'])('stops a body over the limit (%s)', async (path) => {
    client = createHttpClient();
    const error = await failure(
      client.send(request(`${server.url}${path}`, { maxResponseSize: 16 * 1024 })),
    );

    expect(error.kind).toBe('response_too_large');
    expect(error.message).toContain('16384 bytes');
  });

  it('accepts a body exactly at the limit', async () => {
    client = createHttpClient();
    const response = await client.send(request(`${server.url}/exact`, { maxResponseSize: 1024 }));

    expect(response.body.byteLength).toBe(1024);
  });

  it('stops a gzip bomb at the limit', async () => {
    client = createHttpClient();
    const error = await failure(
      client.send(request(`${server.url}/bomb`, { maxResponseSize: 1024 * 1024 })),
    );

    expect(error.kind).toBe('response_too_large');
    expect(error.message).toContain('gzip');
  });

  it('keeps working after a body over the limit', async () => {
    client = createHttpClient();
    await failure(client.send(request(`${server.url}/big`, { maxResponseSize: 1024 })));
    const response = await client.send(request(`${server.url}/`));

    expect(response.status).toBe(200);
  });

  it.each([
    ['not a url', 'invalid'],
    ['ftp://127.0.0.1/file', 'ftp:'],
  ])('rejects the URL %s', async (url, fragment) => {
    client = createHttpClient();
    const error = await failure(client.send(request(url)));

    expect(error.kind).toBe('invalid_url');
    expect(error.message).toContain(fragment);
  });

  it('rejects a header value with a line break', async () => {
    client = createHttpClient();
    const error = await failure(
      client.send(request(`${server.url}/`, { headers: [['X-Bad', 'a\r\nInjected: 1']] })),
    );

    expect(error.kind).toBe('network');
    expect(error.message).toContain('is invalid');
  });

  it('rejects requests after close', async () => {
    client = createHttpClient();
    await client.close();
    const error = await failure(client.send(request(`${server.url}/`)));

    expect(error.kind).toBe('network');
    expect(error.message).toContain('closed');
  });
});
