import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFlowSet } from '../../src/flow/load.js';
import type { RunEvent } from '../../src/results/events.js';
import { assertion, extraction, flow, flowSet, loc, request, step } from './support/model.js';
import { run } from './support/run.js';
import { sendJson, startServer, type TestServer } from './support/server.js';

let server: TestServer | undefined;
let tempDir: string | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
  tempDir = undefined;
});

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function eventsOfType<T extends RunEvent['type']>(events: RunEvent[], type: T) {
  return events.filter((event): event is Extract<RunEvent, { type: T }> => event.type === type);
}

describe('authentication', () => {
  it('fetches an OAuth2 token once per run', async () => {
    const token = 'access-7d1f0c9e2b';
    const clientSecret = 'client-secret-93ab';
    server = await startServer((req, res) => {
      if (req.url === '/oauth/token')
        return sendJson(res, 200, { access_token: token, token_type: 'Bearer' });
      if (req.headers.authorization !== `Bearer ${token}`) return sendJson(res, 401, {});
      sendJson(res, 200, { orders: [] });
    });
    const auth = {
      kind: 'oauth2' as const,
      tokenUrl: `${server.url}/oauth/token`,
      clientId: 'reports',
      clientSecret,
      scope: 'orders:read',
    };
    const steps = ['List orders', 'List returns'].map((name) =>
      step(name, {
        request: request({ url: `${server!.url}/orders`, auth }),
        assert: [assertion({ kind: 'status' }, { name: 'equals', expected: 200 })],
      }),
    );
    const result = await run(flowSet(flow(steps, { iterations: 3, virtualUsers: 2 })));

    const tokenRequests = server.requests.filter((r) => r.url === '/oauth/token');
    expect(tokenRequests).toHaveLength(1);
    expect(Object.fromEntries(new URLSearchParams(tokenRequests[0]?.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'reports',
      client_secret: clientSecret,
      scope: 'orders:read',
    });
    expect(result.stepEnds.map((end) => end.status)).toEqual(Array(6).fill('passed'));
    expect(result.attempts[0]?.request?.headers).toContainEqual(['Authorization', 'Bearer ****']);
    const text = JSON.stringify(result.events);
    expect(text).not.toContain(token);
    expect(text).not.toContain(clientSecret);
  });

  it.each([
    ['header', (r: { headers: Record<string, unknown> }) => r.headers['x-api-key']],
    ['query', (r: { url: string }) => new URL(r.url, 'http://x').searchParams.get('X-Api-Key')],
  ] as const)('sends an API key in the %s', async (place, read) => {
    const key = 'key-5f2a81c4';
    server = await startServer((_req, res) => sendJson(res, 200, {}));
    const call = step('Call', {
      request: request({
        url: `${server.url}/items?page=1`,
        auth: { kind: 'apiKey', name: 'X-Api-Key', value: key, in: place },
      }),
    });
    const result = await run(flowSet(flow([call])));

    const received = server.requests[0]!;
    expect(read(received as never)).toBe(key);
    if (place === 'query') expect(received.headers['x-api-key']).toBeUndefined();
    else expect(received.url).toBe('/items?page=1');
    expect(JSON.stringify(result.events)).not.toContain(key);
  });
});

describe('run control', () => {
  it.each([
    [true, ['/first']],
    [false, ['/first', '/second']],
  ])('with bail %s runs flows %j', async (bail, expected) => {
    server = await startServer((req, res) => sendJson(res, req.url === '/first' ? 500 : 200, {}));
    const status200 = assertion({ kind: 'status' }, { name: 'equals', expected: 200 });
    const first = flow(
      [step('Fail', { request: request({ url: `${server.url}/first` }), assert: [status200] })],
      { name: 'First' },
    );
    const second = flow([step('Pass', { request: request({ url: `${server.url}/second` }) })], {
      name: 'Second',
      file: 'flows/second.flow.yaml',
    });
    const result = await run(flowSet(first, second), { bail });

    expect(server.requests.map((r) => r.url)).toEqual(expected);
    expect(result.outcome.failedFlows).toBe(1);
    expect(eventsOfType(result.events, 'flowStart')).toHaveLength(expected.length);
  });

  it('spreads user starts over rampUp', async () => {
    const firstArrival = new Map<string, number>();
    server = await startServer(async (req, res) => {
      if (!firstArrival.has(req.url)) firstArrival.set(req.url, performance.now());
      await delay(10);
      sendJson(res, 200, {});
    });
    const hit = step('Hit', { request: request({ url: `${server.url}/{{ vu }}` }) });
    await run(flowSet(flow([hit], { virtualUsers: 4, rampUp: 400, duration: 500 })));

    // User n starts after rampUp × (n - 1) / users: 0, 100, 200 and 300 ms. Arrivals are
    // measured at the server, so user 1's first request may land late on a busy machine; the
    // margin allows that without letting users start together.
    const starts = ['/1', '/2', '/3', '/4'].map((url) => firstArrival.get(url) ?? NaN);
    for (let vu = 2; vu <= 4; vu++) {
      const offset = (starts[vu - 1] as number) - (starts[0] as number);
      expect(offset).toBeGreaterThanOrEqual(100 * (vu - 1) - 50);
      expect(offset).toBeLessThan(100 * (vu - 1) + 250);
    }
  });

  it('loops users until the duration ends', async () => {
    server = await startServer(async (_req, res) => {
      await delay(20);
      sendJson(res, 200, {});
    });
    const hit = step('Hit', { request: request({ url: `${server.url}/{{ iteration }}` }) });
    const started = performance.now();
    const result = await run(flowSet(flow([hit], { virtualUsers: 2, duration: 300 })));
    const elapsed = performance.now() - started;

    const ends = eventsOfType(result.events, 'iterationEnd');
    expect(elapsed).toBeGreaterThanOrEqual(300);
    expect(elapsed).toBeLessThan(1500);
    // About 300 / 20 iterations per user; a loaded machine gets fewer, never none.
    expect(ends.length).toBeGreaterThan(4);
    expect(ends.length).toBeLessThanOrEqual(32);
    expect(new Set(ends.map((end) => end.vu))).toEqual(new Set([1, 2]));
    expect(eventsOfType(result.events, 'iterationStart')).toHaveLength(ends.length);
    expect(server.requests).toHaveLength(ends.length);
  });
});

describe('many users', () => {
  it('runs 30 users without a listener warning', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    server = await startServer(async (_req, res) => {
      await delay(20);
      sendJson(res, 200, {});
    });
    try {
      const hit = step('Hit', { request: request({ url: `${server.url}/` }) });
      await run(flowSet(flow([hit], { iterations: 60, virtualUsers: 30 })));
      // Node emits process warnings on the next tick.
      await delay(10);
    } finally {
      process.off('warning', onWarning);
    }

    expect(server.requests).toHaveLength(60);
    expect(server.maxInFlight).toBeGreaterThan(10);
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });
});

describe('traceparent', () => {
  it('sends W3C trace context and records it', async () => {
    server = await startServer((_req, res) => sendJson(res, 200, {}));
    const steps = [
      step('First', { request: request({ url: `${server.url}/a` }) }),
      step('Second', { request: request({ url: `${server.url}/b` }) }),
    ];
    const result = await run(flowSet(flow(steps, { iterations: 2 })), { traceparent: true });

    const headers = server.requests.map((r) => String(r.headers.traceparent));
    for (const header of headers) expect(header).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    const ids = headers.map((header) => header.split('-'));
    expect(result.attempts.map((record) => record.trace)).toEqual(
      ids.map(([, traceId, spanId]) => ({ traceId, spanId })),
    );
    // One trace per iteration, one span per request.
    expect(ids[0]?.[1]).toBe(ids[1]?.[1]);
    expect(ids[2]?.[1]).toBe(ids[3]?.[1]);
    expect(ids[0]?.[1]).not.toBe(ids[2]?.[1]);
    expect(new Set(ids.map((id) => id[2])).size).toBe(4);
  });

  it('sends no traceparent unless enabled', async () => {
    server = await startServer((_req, res) => sendJson(res, 200, {}));
    const result = await run(
      flowSet(flow([step('Only', { request: request({ url: `${server.url}/` }) })])),
    );
    expect(server.requests[0]?.headers.traceparent).toBeUndefined();
    expect(result.attempts[0]?.trace).toBeUndefined();
  });
});

describe('JSON Schema assertions', () => {
  const schema = {
    type: 'object',
    required: ['id', 'email'],
    properties: { id: { type: 'integer' }, email: { type: 'string', format: 'email' } },
  };

  it.each([
    ['passes a matching body', { id: 7, email: 'ann@example.com' }, true, undefined],
    [
      'fails with ajv messages',
      { id: 'seven', email: 'not an email' },
      false,
      'schema validation failed: /id must be integer; /email must match format "email"',
    ],
    [
      'fails a missing property',
      { id: 7 },
      false,
      "schema validation failed: / must have required property 'email'",
    ],
  ])('%s', async (_name, body, passed, message) => {
    server = await startServer((_req, res) => sendJson(res, 200, body));
    const check = step('Check', {
      request: request({ url: `${server.url}/user` }),
      assert: [assertion({ kind: 'schema', schema, schemaFile: 'schemas/user.json' })],
    });
    const result = await run(flowSet(flow([check])));

    const record = result.attempts[0]?.assertions[0];
    expect(record?.name).toBe('body matches JSON Schema schemas/user.json');
    expect(record?.passed).toBe(passed);
    expect(record?.message).toBe(message);
    expect(result.stepEnds[0]?.status).toBe(passed ? 'passed' : 'failed');
  });
});

describe('records', () => {
  it('truncates bodies to detail.bodyBytes', async () => {
    const answer = 'r'.repeat(100);
    server = await startServer((_req, res) => {
      res.setHeader('content-type', 'text/plain');
      res.end(answer);
    });
    const send = step('Send', {
      request: request({
        method: 'POST',
        url: `${server.url}/echo`,
        body: { kind: 'text', text: 'q'.repeat(40) },
      }),
    });
    const result = await run(flowSet(flow([send])), {
      detail: { iterations: 5, failuresPerStep: 20, bodyBytes: 16 },
    });

    const record = result.attempts[0];
    expect(record?.request?.body).toEqual({
      text: 'q'.repeat(16),
      encoding: 'utf8',
      size: 40,
      truncated: true,
    });
    expect(record?.response?.body).toEqual({
      text: 'r'.repeat(16),
      encoding: 'utf8',
      size: 100,
      truncated: true,
    });
    expect(server.requests[0]?.body).toBe('q'.repeat(40));
  });
});

describe('data files', () => {
  it('finds a data file next to a flow in a subfolder', async () => {
    tempDir = await mkdtemp(join(tmpdir(), 'flow-runner-data-'));
    server = await startServer((_req, res) => sendJson(res, 200, {}));
    await mkdir(join(tempDir, 'flows', 'users', 'data'), { recursive: true });
    await writeFile(join(tempDir, 'flows', 'users', 'data', 'users.csv'), 'name\nann\nbob\n');
    await writeFile(
      join(tempDir, 'flows', 'users', 'greet.flow.yaml'),
      [
        'name: Greet users',
        'data: data/users.csv',
        'steps:',
        '  - name: Greet',
        '    request:',
        `      url: '${server.url}/hello/{{ name }}'`,
      ].join('\n'),
    );

    const loaded = await loadFlowSet(['flows'], { cwd: tempDir });
    expect(loaded.diagnostics).toEqual([]);
    const result = await run(loaded.set, {}, { cwd: tempDir });

    expect(eventsOfType(result.events, 'flowError')).toEqual([]);
    expect(server.requests.map((r) => r.url)).toEqual(['/hello/ann', '/hello/bob']);
  });

  it('keeps 1,000 rows within the user limit', async () => {
    tempDir = await mkdtemp(join(tmpdir(), 'flow-runner-data-'));
    const rows = Array.from({ length: 1000 }, (_, i) => `user-${i + 1}`);
    await writeFile(join(tempDir, 'users.csv'), `name\n${rows.join('\n')}\n`);
    server = await startServer(async (req, res) => {
      await delay(1);
      const name = req.url.split('/')[2];
      sendJson(res, 200, { echo: name });
    });
    const steps = [
      step('Issue', {
        request: request({ url: `${server.url}/issue/{{ name }}` }),
        extract: [extraction('mine', { kind: 'json', path: '$.echo' })],
      }),
      step('Use', { request: request({ url: `${server.url}/use/{{ name }}/{{ mine }}` }) }),
    ];
    const result = await run(
      flowSet(flow(steps, { virtualUsers: 5, data: { file: 'users.csv', loc: loc() } })),
      {},
      { cwd: tempDir },
    );

    expect(server.requests).toHaveLength(2000);
    expect(server.maxInFlight).toBeLessThanOrEqual(5);
    expect(server.maxInFlight).toBeGreaterThan(1);
    // Each user's extraction reaches only its own next request.
    const uses = server.requests.filter((r) => r.url.startsWith('/use/'));
    for (const use of uses) {
      const [, , name, mine] = use.url.split('/');
      expect(mine).toBe(name);
    }
    expect(new Set(uses.map((use) => use.url.split('/')[2])).size).toBe(1000);
    expect(eventsOfType(result.events, 'iterationEnd')).toHaveLength(1000);
  });
});
