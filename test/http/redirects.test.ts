import { CookieJar } from 'tough-cookie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../src/http/client.js';
import { nextHop, type HopRequest } from '../../src/http/redirects.js';
import { HttpError } from '../../src/http/types.js';
import { ipv4Lookup, readBody, request, startHttp, type TestServer } from './servers.js';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('nextHop', () => {
  const post: HopRequest = {
    method: 'POST',
    url: new URL('http://127.0.0.1:1000/form'),
    headers: [
      ['Content-Type', 'application/json'],
      ['Authorization', 'Bearer t'],
      ['Cookie', 'own=1'],
      ['X-Trace', 'abc'],
    ],
    body: '{"a":1}',
  };

  it.each([
    [301, 'GET', false],
    [302, 'GET', false],
    [303, 'GET', false],
    [307, 'POST', true],
    [308, 'POST', true],
  ])('turns POST after %i into %s', (status, method, keepsBody) => {
    const next = nextHop(post, status, '/next');

    expect(next.method).toBe(method);
    expect(next.body !== undefined).toBe(keepsBody);
    expect(next.headers.some(([name]) => name === 'Content-Type')).toBe(keepsBody);
    expect(next.url.href).toBe('http://127.0.0.1:1000/next');
  });

  it('keeps HEAD after 303', () => {
    expect(nextHop({ ...post, method: 'HEAD' }, 303, '/next').method).toBe('HEAD');
  });

  it.each([
    ['http://127.0.0.1:1000/same', true],
    ['http://localhost:1000/other-host', false],
    ['http://127.0.0.1:2000/other-port', false],
    ['https://127.0.0.1:1000/other-scheme', false],
  ])('keeps credentials for %s: %s', (location, kept) => {
    const names = nextHop(post, 307, location).headers.map(([name]) => name);

    expect(names.includes('Authorization')).toBe(kept);
    expect(names.includes('Cookie')).toBe(kept);
    expect(names).toContain('X-Trace');
  });

  it.each(['ftp://127.0.0.1/file', 'http://[bad'])('rejects Location %s', (location) => {
    expect(() => nextHop(post, 302, location)).toThrow(HttpError);
  });
});

describe('HTTP client redirects', () => {
  let server: TestServer;
  const seen: Seen[] = [];

  beforeAll(async () => {
    server = await startHttp(async (req, res) => {
      const body = (await readBody(req)).toString();
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const url = new URL(req.url ?? '/', 'http://placeholder');
      const port = server.port;

      switch (url.pathname) {
        case '/login':
          res
            .writeHead(302, { location: '/me', 'set-cookie': 'session=s3cr3t; Path=/; HttpOnly' })
            .end();
          return;
        case '/me':
          res.end(req.headers.cookie === 'session=s3cr3t' ? 'welcome' : 'who are you?');
          return;
        case '/to-localhost':
          res.writeHead(302, { location: `http://localhost:${port}/landing` }).end();
          return;
        case '/to-self':
          res.writeHead(302, { location: `http://127.0.0.1:${port}/landing` }).end();
          return;
        case '/see-other':
          res.writeHead(303, { location: '/landing' }).end();
          return;
        case '/temporary':
          res.writeHead(307, { location: '/landing' }).end();
          return;
        case '/loop': {
          const n = Number(url.searchParams.get('n') ?? '0');
          res.writeHead(302, { location: `/loop?n=${n + 1}` }).end();
          return;
        }
        case '/no-location':
          res.writeHead(302).end('stay');
          return;
        default:
          res.end(`landed ${req.method}`);
      }
    });
  });

  afterAll(async () => {
    await server.close();
  });

  async function send(path: string, fields: Parameters<typeof request>[1] = {}) {
    seen.length = 0;
    const client = createHttpClient({ lookup: ipv4Lookup });
    try {
      return await client.send(request(`${server.url}${path}`, fields));
    } finally {
      await client.close();
    }
  }

  it('stores a cookie set by a 302 and sends it on', async () => {
    const jar = new CookieJar();
    const response = await send('/login', { cookieJar: jar });

    expect(Buffer.from(response.body).toString()).toBe('welcome');
    expect(jar.getCookieStringSync(`${server.url}/`)).toBe('session=s3cr3t');
    expect(response.redirects).toEqual([
      { url: `${server.url}/login`, status: 302, location: `${server.url}/me` },
    ]);
    expect(response.url).toBe(`${server.url}/me`);
  });

  it('sends no cookies without a jar', async () => {
    const response = await send('/login');

    expect(Buffer.from(response.body).toString()).toBe('who are you?');
  });

  it('drops Authorization on a redirect to another host', async () => {
    await send('/to-localhost', {
      headers: [
        ['Authorization', 'Bearer secret'],
        ['Cookie', 'own=1'],
        ['X-Kept', 'yes'],
      ],
    });

    expect(seen[0]?.headers.authorization).toBe('Bearer secret');
    expect(seen[1]?.url).toBe('/landing');
    expect(seen[1]?.headers.host).toBe(`localhost:${server.port}`);
    expect(seen[1]?.headers.authorization).toBeUndefined();
    expect(seen[1]?.headers.cookie).toBeUndefined();
    expect(seen[1]?.headers['x-kept']).toBe('yes');
  });

  it('keeps Authorization on a redirect to the same origin', async () => {
    await send('/to-self', { headers: [['Authorization', 'Bearer secret']] });

    expect(seen[1]?.headers.authorization).toBe('Bearer secret');
  });

  it('turns POST into GET on 303', async () => {
    const response = await send('/see-other', {
      method: 'POST',
      headers: [['content-type', 'text/plain']],
      body: 'form data',
    });

    expect(Buffer.from(response.body).toString()).toBe('landed GET');
    expect(seen[1]?.body).toBe('');
    expect(seen[1]?.headers['content-type']).toBeUndefined();
  });

  it('keeps POST and body on 307', async () => {
    const response = await send('/temporary', { method: 'POST', body: 'form data' });

    expect(Buffer.from(response.body).toString()).toBe('landed POST');
    expect(seen[1]?.body).toBe('form data');
  });

  it('returns the 3xx when following is off', async () => {
    const response = await send('/see-other', { redirects: { follow: false, max: 10 } });

    expect(response.status).toBe(303);
    expect(response.redirects).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('returns a 3xx without Location', async () => {
    const response = await send('/no-location');

    expect(response.status).toBe(302);
    expect(Buffer.from(response.body).toString()).toBe('stay');
  });

  it('fails after more than max hops', async () => {
    const error = await send('/loop', { redirects: { follow: true, max: 3 } }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).kind).toBe('too_many_redirects');
    expect((error as HttpError).message).toContain('more than 3 times');
    expect(seen).toHaveLength(4);
  });

  it('follows exactly max hops', async () => {
    const response = await send('/temporary', { redirects: { follow: true, max: 1 } });

    expect(response.status).toBe(200);
  });

  it('sums bytes over hops', async () => {
    const before = { read: server.bytesRead(), written: server.bytesWritten() };
    const response = await send('/login', { cookieJar: new CookieJar() });

    expect(response.redirects).toHaveLength(1);
    expect(response.bytesSent).toBe(server.bytesRead() - before.read);
    expect(response.bytesReceived).toBe(server.bytesWritten() - before.written);
  });
});
