import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../src/http/client.js';
import { bypassesProxy, proxyVariables, selectProxy } from '../../src/http/proxy.js';
import { HttpError, type HttpClientOptions, type HttpRequest } from '../../src/http/types.js';
import { closedPort, request, startHttp, startHttps, tlsFile, type TestServer } from './servers.js';

describe('bypassesProxy', () => {
  it.each([
    ['http://api.example.com/', 'example.com', true],
    ['http://api.example.com/', '.example.com', true],
    ['http://api.example.com/', '*.example.com', true],
    ['http://example.com/', 'example.com', true],
    ['http://badexample.com/', 'example.com', false],
    ['http://API.Example.COM/', 'example.com', true],
    ['http://127.0.0.1:8080/', '127.0.0.1', true],
    ['http://127.0.0.1:8080/', '127.0.0.1:8080', true],
    ['http://127.0.0.1:8080/', '127.0.0.1:9090', false],
    ['https://secure.test/', 'secure.test:443', true],
    ['http://[::1]:3000/', '::1', true],
    ['http://[::1]:3000/', '[::1]:3000', true],
    ['http://other.test/', 'a.test, b.test other.test', true],
    ['http://anything.test/', '*', true],
    ['http://anything.test/', '', false],
  ])('%s with NO_PROXY=%s is %s', (url, noProxy, expected) => {
    expect(bypassesProxy(new URL(url), noProxy)).toBe(expected);
  });
});

describe('selectProxy', () => {
  const http1 = new URL('http://api.test/');
  const https1 = new URL('https://api.test/');

  it.each([
    [
      'explicit proxy wins',
      http1,
      'http://explicit:1',
      { HTTP_PROXY: 'http://env:2' },
      'http://explicit:1',
    ],
    [
      'explicit proxy ignores NO_PROXY',
      http1,
      'http://explicit:1',
      { NO_PROXY: '*' },
      'http://explicit:1',
    ],
    ['HTTP_PROXY for http', http1, undefined, { HTTP_PROXY: 'http://env:2' }, 'http://env:2'],
    [
      'lower case first',
      http1,
      undefined,
      { HTTP_PROXY: 'http://upper:2', http_proxy: 'http://lower:3' },
      'http://lower:3',
    ],
    [
      'HTTPS_PROXY for https',
      https1,
      undefined,
      { HTTP_PROXY: 'http://a:1', HTTPS_PROXY: 'http://b:2' },
      'http://b:2',
    ],
    [
      'HTTP_PROXY when no HTTPS_PROXY',
      https1,
      undefined,
      { HTTP_PROXY: 'http://a:1' },
      'http://a:1',
    ],
    ['HTTPS_PROXY not for http', http1, undefined, { HTTPS_PROXY: 'http://b:2' }, undefined],
    ['scheme added', http1, undefined, { HTTP_PROXY: '127.0.0.1:3128' }, 'http://127.0.0.1:3128'],
    [
      'NO_PROXY match',
      http1,
      undefined,
      { HTTP_PROXY: 'http://a:1', no_proxy: 'api.test' },
      undefined,
    ],
    ['empty variable', http1, undefined, { HTTP_PROXY: ' ' }, undefined],
    ['nothing set', http1, undefined, {}, undefined],
  ])('%s', (_name, url, explicit, env, expected) => {
    expect(selectProxy(url, explicit, env)).toBe(expected);
    // The client reads the variables once, through proxyVariables; the choice stays the same.
    expect(selectProxy(url, explicit, proxyVariables(env))).toBe(expected);
  });
});

describe('proxyVariables', () => {
  it('keeps the proxy variables in both cases and drops the rest', () => {
    const env = {
      http_proxy: 'http://a:1',
      HTTPS_PROXY: 'http://b:2',
      NO_PROXY: 'internal.test',
      no_proxy: 'local.test',
      PATH: '/usr/bin',
      FLOW_RUNNER_SECRET_TOKEN: 'hidden',
    };

    expect(proxyVariables(env)).toEqual({
      http_proxy: 'http://a:1',
      HTTPS_PROXY: 'http://b:2',
      NO_PROXY: 'internal.test',
      no_proxy: 'local.test',
    });
  });
});

/** A forward proxy: absolute-form requests for http, CONNECT tunnels for https. */
async function startProxy() {
  const forwarded: string[] = [];
  const tunnels: string[] = [];
  const authorizations: (string | undefined)[] = [];

  const server = http.createServer((req, res) => {
    forwarded.push(req.url ?? '');
    authorizations.push(req.headers['proxy-authorization']);
    const target = new URL(req.url ?? '');
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = http.request(target, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });

  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    authorizations.push(req.headers['proxy-authorization']);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    forwarded,
    tunnels,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('HTTP client through a proxy', () => {
  let target: TestServer;
  let secureTarget: TestServer;
  let proxy: Awaited<ReturnType<typeof startProxy>>;

  beforeAll(async () => {
    target = await startHttp((_req, res) => res.end('plain target'));
    secureTarget = await startHttps((_req, res) => res.end('secure target'));
    proxy = await startProxy();
  });

  afterAll(async () => {
    await Promise.all([target.close(), secureTarget.close(), proxy.close()]);
  });

  beforeEach(() => {
    proxy.forwarded.length = 0;
    proxy.tunnels.length = 0;
    proxy.authorizations.length = 0;
  });

  async function send(
    env: HttpClientOptions['env'],
    url: string,
    fields: Partial<HttpRequest> = {},
  ) {
    const client = createHttpClient({ env });
    try {
      return await client.send(request(url, fields));
    } finally {
      await client.close();
    }
  }

  it('sends http requests in absolute form via HTTP_PROXY', async () => {
    const response = await send({ HTTP_PROXY: proxy.url }, `${target.url}/path?q=1`);

    expect(Buffer.from(response.body).toString()).toBe('plain target');
    expect(proxy.forwarded).toEqual([`${target.url}/path?q=1`]);
    expect(response.bytesSent).toBeGreaterThan(0);
    expect(response.bytesReceived).toBeGreaterThan(0);
  });

  it('tunnels https requests via HTTPS_PROXY', async () => {
    const response = await send({ https_proxy: proxy.url }, `${secureTarget.url}/`, {
      tls: { ca: tlsFile('ca.crt') },
    });

    expect(Buffer.from(response.body).toString()).toBe('secure target');
    expect(proxy.tunnels).toEqual([`127.0.0.1:${secureTarget.port}`]);
  });

  it('connects directly when NO_PROXY matches', async () => {
    const response = await send(
      { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' },
      `${target.url}/`,
    );

    expect(Buffer.from(response.body).toString()).toBe('plain target');
    expect(proxy.forwarded).toEqual([]);
  });

  it('connects directly when NO_PROXY is *', async () => {
    await send({ HTTP_PROXY: proxy.url, no_proxy: '*' }, `${target.url}/`);

    expect(proxy.forwarded).toEqual([]);
  });

  it('uses the request proxy without any environment', async () => {
    const response = await send({}, `${target.url}/explicit`, { proxy: proxy.url });

    expect(Buffer.from(response.body).toString()).toBe('plain target');
    expect(proxy.forwarded).toEqual([`${target.url}/explicit`]);
  });

  it('ignores the process environment unless passed', async () => {
    await send(undefined, `${target.url}/`);

    expect(proxy.forwarded).toEqual([]);
  });

  it('sends proxy credentials from the proxy URL', async () => {
    const withCredentials = proxy.url.replace('http://', 'http://user:pa%24s@');
    await send({ HTTP_PROXY: withCredentials }, `${target.url}/`);

    expect(proxy.authorizations).toEqual([`Basic ${Buffer.from('user:pa$s').toString('base64')}`]);
  });

  it('reports a proxy that refuses connections', async () => {
    const port = await closedPort();
    const error = await send(
      { HTTP_PROXY: `http://user:secret@127.0.0.1:${port}` },
      `${target.url}/`,
    ).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).kind).toBe('proxy');
    expect((error as HttpError).message).toContain(`127.0.0.1:${port}`);
    expect((error as HttpError).message).not.toContain('secret');
  });
});
