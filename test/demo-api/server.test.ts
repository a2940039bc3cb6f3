import { createHmac } from 'node:crypto';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createDemoApi,
  createErraticDelays,
  sleep,
  type DemoApi,
} from '../../fixtures/demo-api/server.mjs';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  raw: Buffer;
  json: () => any;
}

let api: DemoApi;
let baseUrl: string;

beforeAll(async () => {
  api = createDemoApi({
    seed: 7,
    flakyEvery: 3,
    password: 'pw-for-tests',
    clientSecret: 'client-secret-for-tests',
    signingKey: 'signing-key-for-tests',
  });
  baseUrl = (await api.listen(0, '127.0.0.1')).url;
});

afterAll(async () => {
  await api.close();
});

async function send(
  path: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    json?: unknown;
  } = {},
): Promise<Reply> {
  const headers = { ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const response = await request(`${baseUrl}${path}`, {
    method: (options.method ?? 'GET') as 'GET',
    headers,
    body,
  });
  const raw = Buffer.from(await response.body.arrayBuffer());
  return {
    status: response.statusCode,
    headers: response.headers,
    raw,
    json: () => JSON.parse(raw.toString('utf8')),
  };
}

async function logIn(user = 'alice'): Promise<{ token: string; cookie: string }> {
  const reply = await send('/api/login', {
    method: 'POST',
    json: { user, password: 'pw-for-tests' },
  });
  expect(reply.status).toBe(200);
  const setCookie = String(reply.headers['set-cookie']);
  return { token: reply.json().token, cookie: setCookie.split(';')[0]! };
}

describe('login', () => {
  it('returns a token, a session cookie and a request id', async () => {
    const reply = await send('/api/login', {
      method: 'POST',
      json: { user: 'alice', password: 'pw-for-tests' },
    });

    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toContain('application/json');
    expect(reply.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(String(reply.headers['set-cookie'])).toMatch(
      /^session=[0-9a-f-]{36}; Path=\/; HttpOnly/,
    );
    expect(reply.json().token).toMatch(/^[0-9a-f]{32}$/);
    expect(reply.json().user).toEqual({ name: 'alice' });
  });

  it.each([
    ['wrong password', { user: 'alice', password: 'nope' }],
    ['unknown user', { user: 'mallory', password: 'pw-for-tests' }],
    ['missing password', { user: 'alice' }],
  ])('rejects %s with 401', async (_case, body) => {
    const reply = await send('/api/login', { method: 'POST', json: body });

    expect(reply.status).toBe(401);
    expect(reply.headers['content-type']).toContain('application/json');
    expect(reply.json().error).toBe('invalid_credentials');
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('rejects invalid JSON with 400', async () => {
    const reply = await send('/api/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"user":',
    });

    expect(reply.status).toBe(400);
    expect(reply.json().error).toBe('invalid_json');
  });
});

describe('profile and settings', () => {
  it('requires a bearer token', async () => {
    const missing = await send('/api/profile');
    const unknown = await send('/api/profile', { headers: { authorization: 'Bearer 0000' } });

    expect(missing.status).toBe(401);
    expect(missing.headers['www-authenticate']).toContain('Bearer');
    expect(unknown.status).toBe(401);
  });

  it('reports the session cookie state', async () => {
    const { token, cookie } = await logIn('bob');

    const withCookie = await send('/api/profile', {
      headers: { authorization: `Bearer ${token}`, cookie },
    });
    const withoutCookie = await send('/api/profile', {
      headers: { authorization: `Bearer ${token}` },
    });

    expect(withCookie.status).toBe(200);
    expect(withCookie.json()).toMatchObject({ id: 2, name: 'bob', session: 'valid' });
    expect(withoutCookie.json().session).toBe('missing');
  });

  it('merges valid settings', async () => {
    const { token } = await logIn('qa-bot');
    const auth = { authorization: `Bearer ${token}` };

    const first = await send('/api/settings', {
      method: 'PUT',
      headers: auth,
      json: { theme: 'dark' },
    });
    const second = await send('/api/settings', {
      method: 'PUT',
      headers: auth,
      json: { pageSize: 25 },
    });
    const profile = await send('/api/profile', { headers: auth });

    expect(first.status).toBe(200);
    expect(second.json().settings).toEqual({
      theme: 'dark',
      language: 'en',
      notifications: true,
      pageSize: 25,
    });
    expect(second.json().updated).toEqual(['pageSize']);
    expect(profile.json().settings.theme).toBe('dark');
  });

  it.each([
    ['an unknown key', { colour: 'red' }, 'Unknown setting "colour"'],
    ['a wrong type', { notifications: 'yes' }, '"notifications" must be a boolean'],
    ['an array', [1, 2], 'must be a JSON object'],
    ['an out-of-range size', { pageSize: 500 }, 'from 1 to 100'],
  ])('rejects %s with 400', async (_case, body, message) => {
    const { token } = await logIn();

    const reply = await send('/api/settings', {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}` },
      json: body,
    });

    expect(reply.status).toBe(400);
    expect(reply.json().error).toBe('invalid_settings');
    expect(reply.json().message).toContain(message);
  });

  it('rejects settings without a token', async () => {
    const reply = await send('/api/settings', { method: 'PUT', json: { theme: 'dark' } });

    expect(reply.status).toBe(401);
  });
});

describe('items', () => {
  it('pages through all items by following next', async () => {
    const ids: number[] = [];
    let path: string | null = '/api/items?pageSize=20';
    let pages = 0;

    while (path) {
      const reply = await send(path);
      expect(reply.status).toBe(200);
      const page = reply.json();
      expect(page.total).toBe(45);
      ids.push(...page.items.map((item: { id: number }) => item.id));
      if (page.next) expect(reply.headers.link).toBe(`<${baseUrl}${page.next}>; rel="next"`);
      else expect(reply.headers.link).toBeUndefined();
      path = page.next;
      pages++;
    }

    expect(pages).toBe(3);
    expect(ids).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
  });

  it.each(['page=0', 'pageSize=51', 'page=abc'])('rejects %s with 400', async (query) => {
    const reply = await send(`/api/items?${query}`);

    expect(reply.status).toBe(400);
    expect(reply.json().error).toBe('invalid_query');
  });
});

describe('redirect and cookie', () => {
  it('sets a cookie on the redirect that welcome reads', async () => {
    const redirect = await send('/api/redirect-login?user=carol');
    const cookie = String(redirect.headers['set-cookie']).split(';')[0]!;

    const welcome = await send('/api/welcome', { headers: { cookie } });

    expect(redirect.status).toBe(302);
    expect(redirect.headers.location).toBe('/api/welcome');
    expect(cookie).toBe('visitor=carol');
    expect(welcome.status).toBe(200);
    expect(welcome.json().message).toBe('Welcome, carol!');
  });

  it('rejects welcome without the cookie', async () => {
    const reply = await send('/api/welcome');

    expect(reply.status).toBe(401);
    expect(reply.json().error).toBe('missing_cookie');
  });
});

describe('compression', () => {
  it.each([
    ['/api/gzip', 'gzip', gunzipSync],
    ['/api/deflate', 'deflate', inflateSync],
    ['/api/brotli', 'br', brotliDecompressSync],
  ])('%s sends a %s body that decodes to JSON', async (path, encoding, decode) => {
    const reply = await send(path);

    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe(encoding);
    expect(reply.headers['content-type']).toContain('application/json');
    const body = JSON.parse(decode(reply.raw).toString('utf8'));
    expect(body.encoding).toBe(encoding);
    expect(body.items).toHaveLength(20);
  });
});

describe('flaky', () => {
  it('fails exactly every third call with 503', async () => {
    const local = createDemoApi({ flakyEvery: 3 });
    const { url } = await local.listen(0, '127.0.0.1');
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) {
        const response = await request(`${url}/api/flaky`);
        await response.body.dump();
        statuses.push(response.statusCode);
      }

      const failures = statuses.filter((status) => status === 503).length;
      expect(failures).toBe(10);
      expect(statuses.slice(0, 6)).toEqual([200, 200, 503, 200, 200, 503]);
    } finally {
      await local.close();
    }
  });

  it('never fails with flakyEvery 0', async () => {
    const local = createDemoApi({ flakyEvery: 0 });
    const { url } = await local.listen(0, '127.0.0.1');
    try {
      for (let i = 0; i < 6; i++) {
        const response = await request(`${url}/api/flaky`);
        await response.body.dump();
        expect(response.statusCode).toBe(200);
      }
    } finally {
      await local.close();
    }
  });
});

describe('erratic', () => {
  function delays(seed: number, count: number): number[] {
    const next = createErraticDelays(seed);
    return Array.from({ length: count }, () => next());
  }

  it('repeats the same latencies for the same seed', () => {
    expect(delays(42, 200)).toEqual(delays(42, 200));
    expect(delays(42, 200)).not.toEqual(delays(43, 200));
  });

  it('mixes fast calls with a few slow outliers', () => {
    for (const seed of [1, 2, 3, 42]) {
      const sample = delays(seed, 200);
      const fast = sample.filter((ms) => ms >= 5 && ms <= 15);
      const slow = sample.filter((ms) => ms >= 200 && ms <= 600);

      expect(fast.length + slow.length).toBe(200);
      expect(slow.length).toBeGreaterThanOrEqual(8);
      expect(slow.length).toBeLessThanOrEqual(40);
    }
  });

  it('waits the seeded delay', async () => {
    const local = createDemoApi({ erraticSeed: 5 });
    const { url } = await local.listen(0, '127.0.0.1');
    const expected = delays(5, 3);
    try {
      for (const ms of expected) {
        const started = performance.now();
        const response = await request(`${url}/api/erratic`);
        const body = (await response.body.json()) as { delayMs: number };
        const elapsed = performance.now() - started;

        expect(body.delayMs).toBe(ms);
        expect(response.headers['x-simulated-delay-ms']).toBe(String(ms));
        expect(elapsed).toBeGreaterThanOrEqual(ms - 2);
      }
    } finally {
      await local.close();
    }
  });
});

describe('slow', () => {
  it('waits the requested time', async () => {
    const started = performance.now();
    const reply = await send('/api/slow?ms=120');

    expect(reply.status).toBe(200);
    expect(reply.json().delayMs).toBe(120);
    expect(performance.now() - started).toBeGreaterThanOrEqual(120);
  });

  it('waits the full time when a timer fires early', async () => {
    // Node counts timers in whole milliseconds of the event loop's clock, so by
    // performance.now() a timer can fire up to a millisecond early. Simulate the worst case.
    const realSetTimeout = globalThis.setTimeout;
    const early = vi
      .spyOn(globalThis, 'setTimeout')
      .mockImplementation(((callback: () => void, ms?: number) =>
        realSetTimeout(callback, Math.max(0, (ms ?? 0) - 1))) as typeof setTimeout);
    try {
      const started = performance.now();
      await sleep(10);

      expect(performance.now() - started).toBeGreaterThanOrEqual(10);
      expect(early).toHaveBeenCalled();
    } finally {
      early.mockRestore();
    }
  });

  it('rejects a delay above 10 seconds', async () => {
    const reply = await send('/api/slow?ms=20000');

    expect(reply.status).toBe(400);
  });
});

describe('oauth', () => {
  const form = { 'content-type': 'application/x-www-form-urlencoded' };

  it('issues a token that reads orders', async () => {
    const token = await send('/oauth/token', {
      method: 'POST',
      headers: form,
      body: 'grant_type=client_credentials&client_id=demo-client&client_secret=client-secret-for-tests',
    });
    const orders = await send('/api/orders', {
      headers: { authorization: `Bearer ${token.json().access_token}` },
    });

    expect(token.status).toBe(200);
    expect(token.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(token.headers['cache-control']).toBe('no-store');
    expect(orders.status).toBe(200);
    expect(orders.json().total).toBe(3);
  });

  it('accepts basic client authentication', async () => {
    const basic = Buffer.from('demo-client:client-secret-for-tests').toString('base64');

    const token = await send('/oauth/token', {
      method: 'POST',
      headers: { ...form, authorization: `Basic ${basic}` },
      body: 'grant_type=client_credentials',
    });

    expect(token.status).toBe(200);
  });

  it.each([
    [
      'a wrong secret',
      'grant_type=client_credentials&client_id=demo-client&client_secret=x',
      401,
      'invalid_client',
    ],
    [
      'another grant',
      'grant_type=password&client_id=demo-client&client_secret=client-secret-for-tests',
      400,
      'unsupported_grant_type',
    ],
  ])('rejects %s', async (_case, body, status, error) => {
    const reply = await send('/oauth/token', { method: 'POST', headers: form, body });

    expect(reply.status).toBe(status);
    expect(reply.json().error).toBe(error);
  });

  it('rejects orders with a login token or none', async () => {
    const { token } = await logIn();

    const withLoginToken = await send('/api/orders', {
      headers: { authorization: `Bearer ${token}` },
    });
    const withoutToken = await send('/api/orders');

    expect(withLoginToken.status).toBe(403);
    expect(withLoginToken.json().error).toBe('insufficient_scope');
    expect(withoutToken.status).toBe(401);
  });
});

describe('signed', () => {
  it('checks the body signature', async () => {
    const body = JSON.stringify({ event: 'ping' });
    const signature = createHmac('sha256', 'signing-key-for-tests').update(body).digest('hex');
    const headers = { 'content-type': 'application/json', 'x-signature': `sha256=${signature}` };

    const good = await send('/api/signed', { method: 'POST', headers, body });
    const tampered = await send('/api/signed', { method: 'POST', headers, body: body + ' ' });

    expect(good.status).toBe(200);
    expect(good.json().verified).toBe(true);
    expect(tampered.status).toBe(401);
    expect(tampered.json().error).toBe('invalid_signature');
  });
});

describe('routing', () => {
  it('sends health, 404 and 405 as JSON', async () => {
    const health = await send('/health');
    const missing = await send('/api/nothing');
    const wrongMethod = await send('/api/profile', { method: 'DELETE' });

    expect(health.json().status).toBe('ok');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toContain('application/json');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe('GET');
  });
});
