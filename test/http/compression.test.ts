import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../src/http/client.js';
import { HttpError, type HttpClient } from '../../src/http/types.js';
import { request, startHttp, type TestServer } from './servers.js';

const text = JSON.stringify({ message: 'hello '.repeat(200) });

// Path → [content-encoding, body on the wire].
const bodies: Record<string, [string, Buffer]> = {
  '/gzip': ['gzip', gzipSync(text)],
  '/deflate-zlib': ['deflate', deflateSync(text)],
  '/deflate-raw': ['deflate', deflateRawSync(text)],
  '/br': ['br', brotliCompressSync(text)],
  '/gzip-then-br': ['gzip, br', brotliCompressSync(gzipSync(text))],
  '/upper-case': ['GZIP', gzipSync(text)],
  '/identity': ['identity', Buffer.from(text)],
  '/unknown': ['zstd', Buffer.from('opaque bytes')],
  '/corrupt-gzip': [
    'gzip',
    Buffer.concat([gzipSync(text).subarray(0, 20), Buffer.from('garbage garbage')]),
  ],
  '/corrupt-br': ['br', Buffer.from('this is not brotli at all')],
};

describe('HTTP client decompression', () => {
  let server: TestServer;
  let client: HttpClient;

  beforeAll(async () => {
    server = await startHttp((req, res) => {
      const [encoding, body] = bodies[req.url ?? ''] ?? ['identity', Buffer.from('')];
      res.writeHead(200, { 'content-encoding': encoding, 'content-type': 'application/json' });
      res.end(body);
    });
    client = createHttpClient();
  });

  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it.each([
    '/gzip',
    '/deflate-zlib',
    '/deflate-raw',
    '/br',
    '/gzip-then-br',
    '/upper-case',
    '/identity',
  ])('decodes %s', async (path) => {
    const response = await client.send(request(`${server.url}${path}`));

    expect(Buffer.from(response.body).toString()).toBe(text);
  });

  it('keeps the content-encoding header as received', async () => {
    const response = await client.send(request(`${server.url}/gzip`));

    expect(response.headers).toContainEqual(['content-encoding', 'gzip']);
  });

  it('counts compressed bytes on the wire', async () => {
    const response = await client.send(request(`${server.url}/gzip`));

    expect(response.bytesReceived).toBeLessThan(text.length);
    expect(response.body.byteLength).toBe(text.length);
  });

  it('leaves an unknown coding as received', async () => {
    const response = await client.send(request(`${server.url}/unknown`));

    expect(Buffer.from(response.body).toString()).toBe('opaque bytes');
  });

  it.each(['/corrupt-gzip', '/corrupt-br'])('reports a corrupt body (%s)', async (path) => {
    const error = await client
      .send(request(`${server.url}${path}`))
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).kind).toBe('decompression');
    expect((error as HttpError).bytesReceived).toBeGreaterThan(0);
  });
});
