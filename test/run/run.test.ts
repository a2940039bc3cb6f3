import { afterEach, describe, expect, it } from 'vitest';
import { createEnvSecretProvider } from '../../src/secrets/env-provider.js';
import { createRedactor } from '../../src/secrets/redact.js';
import { createSecretResolver } from '../../src/secrets/types.js';
import { MissingSecretsError } from '../../src/run/index.js';
import {
  assertion,
  extraction,
  flow,
  flowSet,
  group,
  loc,
  request,
  step,
} from './support/model.js';
import { run } from './support/run.js';
import { sendJson, startServer, type TestServer } from './support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function withBaseUrl(url: string) {
  return group({
    environments: [{ name: 'dev', values: { baseUrl: url }, secretKeys: {}, loc: loc() }],
  });
}

describe('runFlows', () => {
  it('records the headers as sent, cookies included', async () => {
    server = await startServer((req, res) => {
      if (req.url === '/login') res.setHeader('set-cookie', 'sid=jar-value; Path=/');
      sendJson(res, 200, { cookie: req.headers.cookie ?? null });
    });
    const steps = [
      step('Log in', { request: request({ url: '{{ baseUrl }}/login' }) }),
      step('Read profile', {
        request: request({ url: '{{ baseUrl }}/profile', headers: [['X-Trace', 't-1']] }),
      }),
    ];
    const result = await run(flowSet(flow(steps, { group: withBaseUrl(server.url) })));

    const [login, profile] = result.attempts;
    expect(login?.request?.headers.map(([name]) => name)).toEqual(['accept-encoding']);
    expect(profile?.request?.headers).toEqual([
      ['X-Trace', 't-1'],
      ['accept-encoding', 'gzip, deflate, br'],
      ['cookie', 'sid=jar-value'],
    ]);
  });

  it('chains login, profile and settings', async () => {
    server = await startServer((req, res) => {
      if (req.url === '/login')
        return sendJson(res, 200, { token: 'tok-1234', user: { name: JSON.parse(req.body).user } });
      if (req.headers.authorization !== 'Bearer tok-1234')
        return sendJson(res, 401, { error: 'no token' });
      if (req.url === '/profile') return sendJson(res, 200, { id: 7 });
      if (req.url === '/users/7/settings') return sendJson(res, 200, { theme: 'dark' });
      sendJson(res, 404, {});
    });
    const steps = [
      step('Log in', {
        request: request({
          method: 'POST',
          url: '{{ baseUrl }}/login',
          body: { kind: 'json', value: { user: '{{ user }}' } },
        }),
        extract: [extraction('token', { kind: 'json', path: '$.token' }, true)],
        assert: [
          assertion({ kind: 'status' }, { name: 'equals', expected: 200 }),
          assertion(
            { kind: 'json', path: '$.user.name' },
            { name: 'equals', expected: '{{ user }}' },
          ),
        ],
      }),
      step('Read profile', {
        request: request({
          url: '{{ baseUrl }}/profile',
          auth: { kind: 'bearer', token: '{{ token }}' },
        }),
        extract: [extraction('userId', { kind: 'json', path: '$.id' })],
      }),
      step('Read settings', {
        request: request({
          url: '{{ baseUrl }}/users/{{ userId }}/settings',
          auth: { kind: 'bearer', token: '{{ token }}' },
        }),
        assert: [
          assertion({ kind: 'json', path: '$.theme' }, { name: 'equals', expected: 'dark' }),
        ],
      }),
    ];
    const result = await run(
      flowSet(flow(steps, { group: withBaseUrl(server.url), variables: { user: 'alice' } })),
    );

    expect(result.outcome).toEqual({ interrupted: false, failedFlows: 0 });
    expect(result.stepEnds.map((e) => e.status)).toEqual(['passed', 'passed', 'passed']);
    expect(server.requests.map((r) => r.url)).toEqual(['/login', '/profile', '/users/7/settings']);
    const profile = result.attempts[1];
    expect(profile?.request?.headers).toContainEqual(['Authorization', 'Bearer ****']);
    expect(result.attempts[0]?.extractions[0]?.value).toBe('****');
    expect(JSON.stringify(result.events)).not.toContain('tok-1234');
    expect(result.events.map((e) => e.type).slice(0, 3)).toEqual([
      'runStart',
      'flowStart',
      'iterationStart',
    ]);
    expect(result.events.at(-1)?.type).toBe('runEnd');
  });

  it('marks a step that passes after a retry as flaky', async () => {
    let calls = 0;
    server = await startServer((_req, res) => sendJson(res, ++calls < 3 ? 503 : 200, { calls }));
    const steps = [
      step('Poll', {
        request: request({ url: `${server.url}/poll` }),
        retry: { count: 3, interval: 10, loc: loc() },
        assert: [assertion({ kind: 'status' }, { name: 'equals', expected: 200 })],
      }),
    ];
    const result = await run(flowSet(flow(steps)));

    expect(result.attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, 'failed'],
      [2, 'failed'],
      [3, 'passed'],
    ]);
    expect(result.attempts[2]?.flaky).toBe(true);
    expect(result.stepEnds[0]).toMatchObject({ status: 'passed', flaky: true });
    expect(result.attempts[0]?.assertions[0]).toMatchObject({
      passed: false,
      expected: 200,
      actual: 503,
      expectedType: 'number',
      actualType: 'number',
      loc: loc(7, 9),
    });
  });

  it('skips the rest of an iteration after a failure', async () => {
    server = await startServer((req, res) => sendJson(res, req.url === '/bad' ? 500 : 200, {}));
    const ok = assertion({ kind: 'status' }, { name: 'equals', expected: 200 });
    const steps = [
      step('Fails', { request: request({ url: `${server.url}/bad` }), assert: [ok] }),
      step('Skipped', { request: request({ url: `${server.url}/a` }) }),
      step('Also skipped', { request: request({ url: `${server.url}/b` }) }),
    ];
    const result = await run(flowSet(flow(steps)));

    expect(result.stepEnds.map((e) => e.status)).toEqual(['failed', 'skipped', 'skipped']);
    expect(result.attempts[1]?.skipReason).toBe('step "Fails" failed');
    expect(server.requests).toHaveLength(1);
    expect(result.outcome.failedFlows).toBe(1);
    expect(result.attempts[0]?.error).toMatchObject({
      kind: 'assertion',
      message: 'expected status equals 200, got 500 (number)',
    });
  });

  it('continues after a failed step with continueOnFailure', async () => {
    server = await startServer((req, res) => sendJson(res, req.url === '/bad' ? 500 : 200, {}));
    const ok = assertion({ kind: 'status' }, { name: 'equals', expected: 200 });
    const steps = [
      step('Fails', {
        request: request({ url: `${server.url}/bad` }),
        assert: [ok],
        continueOnFailure: true,
      }),
      step('Runs', { request: request({ url: `${server.url}/a` }) }),
    ];
    const result = await run(flowSet(flow(steps)));

    expect(result.stepEnds.map((e) => e.status)).toEqual(['failed', 'passed']);
    expect(result.events.find((e) => e.type === 'iterationEnd')).toMatchObject({
      status: 'failed',
    });
  });

  it('fails a step on an undefined variable without sending it', async () => {
    server = await startServer((_req, res) => sendJson(res, 200, {}));
    const result = await run(
      flowSet(
        flow([step('Uses missing', { request: request({ url: `${server.url}/{{ nope }}` }) })]),
      ),
    );

    expect(server.requests).toHaveLength(0);
    expect(result.attempts[0]?.error?.kind).toBe('template');
    expect(result.attempts[0]?.error?.message).toContain(
      'step "Uses missing": undefined variable "nope"',
    );
  });

  it('reports a refused connection as a failed attempt', async () => {
    const closed = await startServer(() => {});
    const url = closed.url;
    await closed.close();
    const result = await run(
      flowSet(flow([step('Down', { request: request({ url: `${url}/` }) })])),
    );

    expect(result.attempts[0]?.error?.kind).toBe('connection_refused');
    expect(result.stepEnds[0]?.status).toBe('failed');
  });

  it('waits for delay and --delay', async () => {
    server = await startServer((_req, res) => sendJson(res, 200, {}));
    const steps = [
      step('One', { request: request({ url: `${server.url}/1` }) }),
      step('Two', { request: request({ url: `${server.url}/2` }), delay: 80 }),
    ];
    const started = performance.now();
    await run(flowSet(flow(steps)), { delayBetweenSteps: 60 });

    expect(performance.now() - started).toBeGreaterThanOrEqual(135);
  });

  it('keeps at most virtualUsers iterations in flight', async () => {
    server = await startServer(async (_req, res) => {
      await delay(15);
      sendJson(res, 200, {});
    });
    const result = await run(
      flowSet(
        flow([step('Hit', { request: request({ url: `${server.url}/{{ iteration }}` }) })], {
          iterations: 40,
          virtualUsers: 4,
        }),
      ),
    );

    expect(server.requests).toHaveLength(40);
    expect(server.maxInFlight).toBe(4);
    expect(new Set(server.requests.map((r) => r.url)).size).toBe(40);
    expect(new Set(result.stepEnds.map((e) => e.vu))).toEqual(new Set([1, 2, 3, 4]));
  });

  it('runs one iteration per data row and cycles rows', async () => {
    const dir = await import('node:fs/promises').then((fs) => fs.mkdtemp('/tmp/flow-runner-data-'));
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(`${dir}/users.csv`, '\uFEFFname,note\nann,"a, b"\nbob,"line1\nline2"\n'),
    );
    server = await startServer((_req, res) => sendJson(res, 200, {}));
    const hit = step('Hit', {
      request: request({
        method: 'POST',
        url: `${server.url}/{{ name }}`,
        body: { kind: 'text', text: '{{ note }}' },
      }),
    });
    await run(flowSet(flow([hit])), { data: `${dir}/users.csv` });
    expect(server.requests.map((r) => [r.url, r.body])).toEqual([
      ['/ann', 'a, b'],
      ['/bob', 'line1\nline2'],
    ]);

    server.requests.length = 0;
    await run(flowSet(flow([hit], { iterations: 3 })), { data: `${dir}/users.csv` });
    expect(server.requests.map((r) => r.url)).toEqual(['/ann', '/bob', '/ann']);
  });

  it('keeps each user’s variables apart', async () => {
    server = await startServer(async (req, res) => {
      if (req.url.startsWith('/issue')) {
        await delay(Number(req.url.slice(-1)) * 5);
        return sendJson(res, 200, { value: req.url.slice(-1) });
      }
      sendJson(res, 200, {});
    });
    const steps = [
      step('Issue', {
        request: request({ url: `${server.url}/issue/{{ iteration }}` }),
        extract: [extraction('mine', { kind: 'json', path: '$.value' })],
      }),
      step('Use', { request: request({ url: `${server.url}/use/{{ iteration }}/{{ mine }}` }) }),
    ];
    await run(flowSet(flow(steps, { iterations: 6, virtualUsers: 3 })));

    const uses = server.requests
      .filter((r) => r.url.startsWith('/use'))
      .map((r) => r.url.split('/'));
    expect(uses).toHaveLength(6);
    for (const [, , iteration, value] of uses) expect(value).toBe(iteration);
  });

  it.each([
    ['iteration', [undefined, undefined]],
    ['persist', [undefined, 'visits=1']],
  ] as const)('handles cookies with cookies: %s', async (mode, expected) => {
    let visits = 0;
    server = await startServer((req, res) =>
      sendJson(res, 200, {}, { 'set-cookie': `visits=${++visits}; Path=/` }),
    );
    const seen = () => server!.requests.map((r) => r.headers.cookie);
    await run(
      flowSet(
        flow([step('Visit', { request: request({ url: `${server.url}/` }) })], {
          iterations: 2,
          cookies: mode,
        }),
      ),
    );
    expect(seen()).toEqual(expected);
  });

  it('stops on abort and says interrupted', async () => {
    const controller = new AbortController();
    server = await startServer(async (_req, res) => {
      controller.abort();
      await delay(50);
      sendJson(res, 200, {});
    });
    const steps = [
      step('Slow', { request: request({ url: `${server.url}/` }) }),
      step('Never', { request: request({ url: `${server.url}/never` }) }),
    ];
    const result = await run(
      flowSet(flow(steps, { iterations: 5 })),
      {},
      { signal: controller.signal },
    );

    expect(result.outcome.interrupted).toBe(true);
    expect(server.requests).toHaveLength(1);
    // The request cut off by the abort is skipped with a reason, not failed.
    expect(result.attempts[0]?.status).toBe('skipped');
    expect(result.attempts[0]?.skipReason).toBe('the run was interrupted');
    expect(result.attempts[0]?.error).toBeUndefined();
    expect(result.events.find((e) => e.type === 'flowEnd')).toMatchObject({ interrupted: true });
    expect(result.events.at(-1)).toMatchObject({ type: 'runEnd', interrupted: true });
  });

  it('rejects a missing secret before any request', async () => {
    server = await startServer((_req, res) => sendJson(res, 200, {}));
    const secretGroup = group({
      secrets: [{ name: 'API_PASSWORD', loc: loc(4, 3, 'flows/flow-group.yaml') }],
    });
    const set = flowSet(
      flow([step('Any', { request: request({ url: `${server.url}/` }) })], { group: secretGroup }),
    );
    const secrets = createSecretResolver([createEnvSecretProvider({})]);

    const error = await run(set, {}, { secrets }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingSecretsError);
    expect((error as MissingSecretsError).message).toBe(
      'Missing secret value: API_PASSWORD. Providers tried: env.',
    );
    expect((error as MissingSecretsError).exitCode).toBe(2);
    expect((error as MissingSecretsError).diagnostics[0]?.loc).toEqual(
      loc(4, 3, 'flows/flow-group.yaml'),
    );
    expect(server.requests).toHaveLength(0);
  });

  it('redacts a secret in headers, URL, body and base64', async () => {
    const password = 'hunter2-pass';
    server = await startServer((req, res) =>
      sendJson(res, 200, { echo: req.body, b64: Buffer.from(password).toString('base64') }),
    );
    const secretGroup = group({
      secrets: [{ name: 'PASSWORD', loc: loc() }],
      environments: [
        { name: 'dev', values: {}, secretKeys: { PASSWORD: 'DEV_PASSWORD' }, loc: loc() },
      ],
    });
    const steps = [
      step('Send secret', {
        request: request({
          method: 'POST',
          url: `${server.url}/login?p={{ secrets.PASSWORD }}`,
          headers: [['X-Pass', '{{ secrets.PASSWORD }}']],
          auth: { kind: 'basic', username: 'bob', password: '{{ secrets.PASSWORD }}' },
          body: { kind: 'json', value: { password: '{{ secrets.PASSWORD }}' } },
        }),
      }),
    ];
    const secrets = createSecretResolver([
      createEnvSecretProvider({ FLOW_RUNNER_SECRET_DEV_PASSWORD: password }),
    ]);
    const redactor = createRedactor();
    const result = await run(
      flowSet(flow(steps, { group: secretGroup })),
      {},
      { secrets, redactor },
    );

    expect(server.requests[0]?.headers['x-pass']).toBe(password);
    const text = JSON.stringify(result.events);
    expect(text).not.toContain(password);
    expect(text).not.toContain(Buffer.from(password).toString('base64'));
    expect(text).not.toContain(Buffer.from(`bob:${password}`).toString('base64'));
    const record = result.attempts[0];
    expect(record?.request?.url).toBe(`${server.url}/login?p=****`);
    expect(record?.request?.headers).toContainEqual(['Authorization', 'Basic ****']);
    expect(record?.request?.body?.text).toBe('{"password":"****"}');
  });

  it('lets an observer fail without stopping the run', async () => {
    server = await startServer((_req, res) => sendJson(res, 200, {}));
    const broken = {
      onEvent: () => {
        throw new Error('render failed');
      },
    };
    const seen: string[] = [];
    const collector = {
      onEvent: (event: { type: string; message?: string }) =>
        void seen.push(event.message ?? event.type),
    };
    await run(
      flowSet(flow([step('Hit', { request: request({ url: `${server.url}/` }) })])),
      {},
      { observers: [broken, collector] },
    );

    expect(server.requests).toHaveLength(1);
    expect(seen.filter((entry) => entry.startsWith('an observer failed'))).toEqual([
      'an observer failed on a runStart event: render failed',
    ]);
    expect(seen.at(-1)).toBe('runEnd');
  });
});
