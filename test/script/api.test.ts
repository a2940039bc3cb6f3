import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { createScriptRunner } from '../../src/script/runner.js';
import type { ScriptRunner } from '../../src/script/types.js';
import {
  compileWorker,
  fakeHost,
  inline,
  limits,
  postResponse,
  startServer,
  type TestServer,
} from './support.js';

let runner: ScriptRunner;
let server: TestServer;

beforeAll(async () => {
  runner = createScriptRunner({ workerUrl: compileWorker() });
  server = await startServer();
});

afterAll(async () => {
  await runner.close();
  await server.close();
});

/** Runs a post script whose console.log lines carry the values under test. */
async function logs(
  source: string,
  phase: 'pre' | 'post' | 'beforeAll' = 'post',
): Promise<string[]> {
  const host = fakeHost(phase, {
    response: postResponse('{"id":7}'),
    request: { method: 'GET', url: 'http://x/', headers: {} },
  });
  const outcome = await runner.run(inline(source), host, limits);
  expect(outcome.error).toBeUndefined();
  return outcome.console.map((entry) => entry.message);
}

describe('at.variables', () => {
  test('get, has, set and unset reach the host', async () => {
    const host = fakeHost('post', { response: postResponse('{}') });
    const outcome = await runner.run(
      inline(
        [
          'console.log(at.variables.get("user"), at.variables.has("count"), at.variables.has("nope"));',
          'at.variables.set("token", { value: "abc", list: [1, 2] });',
          'at.variables.set("password", "pw", { secret: true });',
          'at.variables.unset("count");',
          'console.log(at.variables.get("token").list.length, at.variables.get("missing") === undefined);',
        ].join('\n'),
      ),
      host,
      limits,
    );

    expect(outcome.ok).toBe(true);
    expect(outcome.console.map((entry) => entry.message)).toEqual(['alice true false', '2 true']);
    expect(host.variables.get('token')).toEqual({ value: 'abc', list: [1, 2] });
    expect(host.variables.get('password')).toBe('pw');
    expect(host.secretNames.has('password')).toBe(true);
    expect(host.secretNames.has('token')).toBe(false);
    expect(host.variables.has('count')).toBe(false);
  });

  test('host error becomes a script error', async () => {
    const host = fakeHost('post', {
      response: postResponse('{}'),
      setVariable: () => {
        throw new Error('variable names must not start with "$"');
      },
    });
    const outcome = await runner.run(inline('at.variables.set("$x", 1);'), host, limits);

    expect(outcome.ok).toBe(false);
    expect(outcome.error?.message).toBe('variable names must not start with "$"');
  });

  test('set rejects an empty name', async () => {
    const outcome = await runner.run(inline('at.variables.set("", 1);'), fakeHost('pre'), limits);

    expect(outcome.error?.name).toBe('TypeError');
    expect(outcome.error?.message).toContain(
      'at.variables.set: the name must be a non-empty string',
    );
  });
});

describe('read-only members', () => {
  test('env, secrets and run context', async () => {
    const lines = await logs(
      [
        'console.log(at.env.get("region"), at.env.get("limits").rps, at.env.get("none") === undefined);',
        'console.log(at.secrets.get("API_KEY"), at.secrets.get("OTHER") === undefined);',
        'console.log(at.iteration, at.vu, at.flow, at.step);',
      ].join('\n'),
    );

    expect(lines).toEqual(['eu 5 true', 's3cr3t true', '2 1 Login flow Log in']);
  });

  test('at is frozen', async () => {
    const lines = await logs(
      [
        'at.iteration = 99; at.variables.get = null; at.extra = 1;',
        'console.log(Object.isFrozen(at), Object.isFrozen(at.variables), at.iteration, typeof at.variables.get, at.extra);',
      ].join('\n'),
    );

    expect(lines).toEqual(['true true 2 function undefined']);
  });

  test('env copies cannot change the environment', async () => {
    const lines = await logs(
      'at.env.get("limits").rps = 1000;\nconsole.log(at.env.get("limits").rps);',
    );

    expect(lines).toEqual(['5']);
  });
});

describe('pre scripts', () => {
  test('changes to at.request are returned', async () => {
    const host = fakeHost('pre', {
      request: { method: 'GET', url: 'http://127.0.0.1/a', headers: { Accept: 'text/plain' } },
    });
    const outcome = await runner.run(
      inline(
        [
          'at.request.method = "POST";',
          'at.request.url += "?page=2";',
          'at.request.headers["X-Nonce"] = "n-1";',
          'delete at.request.headers.Accept;',
          'at.request.body = JSON.stringify({ a: 1 });',
        ].join('\n'),
      ),
      host,
      limits,
    );

    expect(outcome.ok).toBe(true);
    expect(outcome.request).toEqual({
      method: 'POST',
      url: 'http://127.0.0.1/a?page=2',
      headers: { 'X-Nonce': 'n-1' },
      body: '{"a":1}',
    });
    expect(outcome.skipped).toBe(false);
  });

  test('invalid body type fails with a hint', async () => {
    const host = fakeHost('pre', {
      request: { method: 'GET', url: 'http://127.0.0.1/', headers: {} },
    });
    const outcome = await runner.run(inline('at.request.body = { a: 1 };'), host, limits);

    expect(outcome.ok).toBe(false);
    expect(outcome.error?.message).toBe(
      'at.request.body must be a string (use JSON.stringify for objects)',
    );
  });

  test('at.skip marks the step skipped', async () => {
    const host = fakeHost('pre', {
      request: { method: 'GET', url: 'http://127.0.0.1/', headers: {} },
    });
    const outcome = await runner.run(inline('if (at.iteration === 2) at.skip();'), host, limits);

    expect(outcome.ok).toBe(true);
    expect(outcome.skipped).toBe(true);
  });

  test('at.skip outside pre is an error', async () => {
    const outcome = await runner.run(
      inline('at.skip();'),
      fakeHost('post', { response: postResponse('{}') }),
      limits,
    );

    expect(outcome.error?.message).toBe('at.skip() is only available in pre scripts');
  });
});

describe('if expressions', () => {
  test.each([
    ['vars.count > 2', true],
    ['vars.count > 5', false],
    ['vars.user === "alice" && at.iteration === 2', true],
    ['at.variables.get("missing")', false],
    ['"missing" in vars', false],
    ['"user" in vars', true],
    ['""', false],
  ])('%s is %s', async (source, value) => {
    const outcome = await runner.run(inline(source), fakeHost('if'), limits);

    expect(outcome.error).toBeUndefined();
    expect(outcome.value).toBe(value);
  });

  test('vars is read-only', async () => {
    const outcome = await runner.run(inline('(vars.count = 1)'), fakeHost('if'), limits);

    expect(outcome.ok).toBe(false);
    expect(outcome.error?.message).toBe('vars is read-only in an if expression');
  });
});

describe('post scripts', () => {
  test('at.response members', async () => {
    const host = fakeHost('post', {
      response: postResponse('{"user":{"name":"alice"}}', [
        ['Content-Type', 'application/json'],
        ['Set-Cookie', 'a=1'],
        ['Set-Cookie', 'b=2'],
      ]),
    });
    const outcome = await runner.run(
      inline(
        [
          'const r = at.response;',
          'console.log(r.status, r.statusText, r.duration, r.size);',
          'console.log(r.headers.get("content-type"), r.headers.get("CONTENT-TYPE"), r.headers.has("x-none"), r.headers.get("x-none"));',
          'console.log(r.headers.toObject()["set-cookie"]);',
          'console.log(r.json().user.name, r.text().length);',
        ].join('\n'),
      ),
      host,
      limits,
    );

    expect(outcome.console.map((entry) => entry.message)).toEqual([
      '200 OK 42 25',
      'application/json application/json false undefined',
      'a=1, b=2',
      'alice 25',
    ]);
  });

  test('json() on invalid JSON throws a clear error', async () => {
    const host = fakeHost('post', {
      response: postResponse('<html>oops</html>', [['Content-Type', 'text/html']]),
    });
    const outcome = await runner.run(inline('at.response.json();'), host, limits);

    expect(outcome.error?.name).toBe('SyntaxError');
    expect(outcome.error?.message).toMatch(
      /^at\.response\.json\(\): the body is not valid JSON \(.+\); it starts with "<html>oops<\/html>"$/,
    );
  });

  test('at.test records passes and failures', async () => {
    const host = fakeHost('post', { response: postResponse('{"id":7,"tags":["a"]}') });
    const outcome = await runner.run(
      inline(
        [
          'at.test("has an id", () => at.expect(at.response.json().id).toBe(7));',
          'at.test("status is 201", () => at.expect(at.response.status).toBe(201));',
          'at.test("async check", async () => { await null; at.expect(at.response.json().tags).toContain("b"); });',
          'at.test("throws plain error", () => { throw new Error("boom"); });',
        ].join('\n'),
      ),
      host,
      limits,
    );

    expect(outcome.ok).toBe(true);
    expect(outcome.tests).toEqual([
      { name: 'has an id', passed: true },
      {
        name: 'status is 201',
        passed: false,
        message: 'expected 200 to be 201',
        expected: 201,
        actual: 200,
      },
      { name: 'throws plain error', passed: false, message: 'boom' },
      {
        name: 'async check',
        passed: false,
        message: 'expected ["a"] to contain "b"',
        expected: 'b',
        actual: ['a'],
      },
    ]);
  });

  test('failed expect outside a test fails the script', async () => {
    const host = fakeHost('post', { response: postResponse('{}') });
    const outcome = await runner.run(
      inline('at.expect(at.response.status).toBe(404);'),
      host,
      limits,
    );

    expect(outcome.ok).toBe(false);
    expect(outcome.error?.name).toBe('AssertionError');
    expect(outcome.error?.message).toBe('expected 200 to be 404');
    expect(outcome.tests).toEqual([
      {
        name: 'at.expect',
        passed: false,
        message: 'expected 200 to be 404',
        expected: 404,
        actual: 200,
      },
    ]);
  });

  test('at.response outside post is an error', async () => {
    const outcome = await runner.run(inline('at.response.status'), fakeHost('beforeAll'), limits);

    expect(outcome.error?.message).toBe('at.response is only available in post scripts');
  });
});

describe('at.expect matchers', () => {
  const passing = [
    'at.expect(1).toBe(1)',
    'at.expect(NaN).toBe(NaN)',
    'at.expect({ a: [1, { b: 2 }] }).toEqual({ a: [1, { b: 2 }] })',
    'at.expect({ a: 1, b: undefined }).toEqual({ a: 1 })',
    'at.expect({ a: 1 }).toStrictEqual({ a: 1 })',
    'at.expect(0).toBeDefined()',
    'at.expect(undefined).toBeUndefined()',
    'at.expect(null).toBeNull()',
    'at.expect("x").toBeTruthy()',
    'at.expect(0).toBeFalsy()',
    'at.expect("hello").toContain("ell")',
    'at.expect([1, 2]).toContain(2)',
    'at.expect("abc-123").toMatch(/\\d+$/)',
    'at.expect("abc").toMatch("b")',
    'at.expect(3).toBeGreaterThan(2)',
    'at.expect(3).toBeGreaterThanOrEqual(3)',
    'at.expect(1).toBeLessThan(2)',
    'at.expect(2).toBeLessThanOrEqual(2)',
    'at.expect({ a: { b: 0 } }).toHaveProperty("a.b")',
    'at.expect({ a: { b: 0 } }).toHaveProperty(["a", "b"], 0)',
    'at.expect([1, 2, 3]).toHaveLength(3)',
    'at.expect("ab").toHaveLength(2)',
    'at.expect("s").toBeTypeOf("string")',
    'at.expect([]).toBeTypeOf("object")',
    'at.expect(null).toBeTypeOf("object")',
    'at.expect(1).not.toBe(2)',
    'at.expect({ a: 1 }).not.toEqual({ a: 2 })',
    'at.expect({ a: 1, b: undefined }).not.toStrictEqual({ a: 1 })',
    'at.expect([1]).not.toStrictEqual({ 0: 1 })',
    'at.expect(undefined).not.toBeDefined()',
    'at.expect("abc").not.toContain("z")',
    'at.expect({}).not.toHaveProperty("a")',
  ];

  test.each(passing)('%s passes', async (source) => {
    const outcome = await runner.run(inline(source), fakeHost('beforeAll'), limits);

    expect(outcome.error).toBeUndefined();
  });

  test.each([
    ['at.expect(1).toBe(2)', 'expected 1 to be 2'],
    ['at.expect({ a: 1 }).toEqual({ a: 2 })', 'expected {"a":1} to equal {"a":2}'],
    [
      'at.expect({ a: 1, b: undefined }).toStrictEqual({ a: 1 })',
      'expected {"a":1} to strictly equal {"a":1}',
    ],
    ['at.expect(undefined).toBeDefined()', 'expected undefined to be defined'],
    ['at.expect(1).toBeNull()', 'expected 1 to be null'],
    ['at.expect("").toBeTruthy()', 'expected "" to be truthy'],
    ['at.expect([1]).toContain(3)', 'expected [1] to contain 3'],
    ['at.expect("abc").toMatch(/^z/)', 'expected "abc" to match /^z/'],
    ['at.expect(1).toBeGreaterThan(2)', 'expected 1 to be greater than 2'],
    [
      'at.expect("5").toBeGreaterThan(2)',
      'expected "5" (string) to be a number for toBeGreaterThan',
    ],
    ['at.expect(3).toBeLessThanOrEqual(2)', 'expected 3 to be less than or equal to 2'],
    ['at.expect({}).toHaveProperty("a.b")', 'expected {} to have property "a.b"'],
    [
      'at.expect({ a: 1 }).toHaveProperty("a", 2)',
      'expected {"a":1} to have property "a" equal to 2',
    ],
    ['at.expect([1]).toHaveLength(2)', 'expected [1] to have length 2 (its length is 1)'],
    ['at.expect(null).toBeTypeOf("string")', 'expected null to be of type "string" (it is object)'],
    ['at.expect(1).not.toBe(1)', 'expected 1 not to be 1'],
  ])('%s fails with its message', async (source, message) => {
    const outcome = await runner.run(inline(source), fakeHost('beforeAll'), limits);

    expect(outcome.error?.name).toBe('AssertionError');
    expect(outcome.error?.message).toBe(message);
  });
});

describe('at.crypto', () => {
  test('helpers match node:crypto', async () => {
    const lines = await logs(
      [
        'console.log(at.crypto.uuid());',
        'console.log(at.crypto.randomBytes(16));',
        'console.log(at.crypto.sha256("hello"));',
        'console.log(at.crypto.sha256("hello", "base64"));',
        'console.log(at.crypto.hmac("sha256", "key", "data", "hex"));',
        'console.log(at.crypto.hmac("sha512", "key", "data", "base64"));',
        'console.log(at.crypto.hmac("sha1", "key", "data"));',
        'console.log(at.crypto.base64.encode("héllo"));',
        'console.log(at.crypto.base64.decode("aMOpbGxv"));',
      ].join('\n'),
    );

    expect(lines[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(lines[1]).toMatch(/^[0-9a-f]{32}$/);
    expect(lines[2]).toBe(createHash('sha256').update('hello').digest('hex'));
    expect(lines[3]).toBe(createHash('sha256').update('hello').digest('base64'));
    expect(lines[4]).toBe(createHmac('sha256', 'key').update('data').digest('hex'));
    expect(lines[5]).toBe(createHmac('sha512', 'key').update('data').digest('base64'));
    expect(lines[6]).toBe(createHmac('sha1', 'key').update('data').digest('hex'));
    expect(lines[7]).toBe('aMOpbGxv');
    expect(lines[8]).toBe('héllo');
  });

  test.each([
    [
      'at.crypto.hmac("md5", "k", "d")',
      'at.crypto.hmac: algorithm must be one of sha256, sha1, sha512, got "md5"',
    ],
    [
      'at.crypto.sha256("x", "latin1")',
      'at.crypto.sha256: encoding must be "hex" or "base64", got "latin1"',
    ],
    [
      'at.crypto.randomBytes(0)',
      'at.crypto.randomBytes: size must be an integer from 1 to 65536, got 0',
    ],
    ['at.crypto.base64.decode("***")', 'at.crypto.base64.decode: the input is not valid base64'],
  ])('%s is rejected', async (source, message) => {
    const outcome = await runner.run(inline(source), fakeHost('beforeAll'), limits);

    expect(outcome.error).toEqual(expect.objectContaining({ name: 'TypeError', message }));
  });
});

describe('console', () => {
  test('levels and formatting are captured', async () => {
    const outcome = await runner.run(
      inline(
        [
          'console.log("a", 1, true, null, undefined, { x: [1] });',
          'console.info("info"); console.warn("warn"); console.error(new TypeError("bad")); console.debug(() => 1);',
        ].join('\n'),
      ),
      fakeHost('beforeAll'),
      limits,
    );

    expect(outcome.console).toEqual([
      { level: 'log', message: 'a 1 true null undefined {"x":[1]}' },
      { level: 'info', message: 'info' },
      { level: 'warn', message: 'warn' },
      { level: 'error', message: 'TypeError: bad' },
      { level: 'debug', message: '[Function]' },
    ]);
  });

  test('output is capped per script', async () => {
    const outcome = await runner.run(
      inline('for (let i = 0; i < 1500; i++) console.log(i);'),
      fakeHost('beforeAll'),
      limits,
    );

    expect(outcome.console).toHaveLength(1001);
    expect(outcome.console[1000]).toEqual({
      level: 'warn',
      message: 'console output truncated after 1000 entries',
    });
  });
});

describe('at.sendRequest', () => {
  test('sends through the host and returns a response', async () => {
    const host = fakeHost('beforeAll');
    host.environment = { baseUrl: server.url };
    const outcome = await runner.run(
      inline(
        [
          'const res = await at.sendRequest({ method: "POST", url: at.env.get("baseUrl") + "/token", json: { id: 1 } });',
          'const echo = res.json();',
          'console.log(res.status, echo.method, echo.path, echo.body, res.headers.get("X-REQUEST-ID"));',
          'const plain = await at.sendRequest(at.env.get("baseUrl") + "/plain");',
          'console.log(plain.json().method);',
          'at.variables.set("token", echo.path, { secret: true });',
        ].join('\n'),
      ),
      host,
      limits,
    );

    expect(outcome.error).toBeUndefined();
    expect(outcome.console.map((entry) => entry.message)).toEqual([
      '200 POST /token {"id":1} req-7',
      'GET',
    ]);
    expect(host.sent).toEqual([
      { method: 'POST', url: `${server.url}/token`, json: { id: 1 } },
      { url: `${server.url}/plain` },
    ]);
    expect(host.variables.get('token')).toBe('/token');
  });

  test('concurrent requests all resolve', async () => {
    const host = fakeHost('beforeAll');
    const outcome = await runner.run(
      inline(
        [
          `const urls = [1, 2, 3].map((n) => "${server.url}/n" + n + "?ms=" + (40 - n * 10));`,
          'const all = await Promise.all(urls.map((url) => at.sendRequest(url)));',
          'console.log(all.map((r) => r.json().path).join(","));',
        ].join('\n'),
      ),
      host,
      limits,
    );

    expect(outcome.error).toBeUndefined();
    expect(outcome.console[0]?.message).toBe('/n1,/n2,/n3');
  });

  test('host rejection becomes a catchable error', async () => {
    const host = fakeHost('beforeAll', {
      sendRequest: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:9')),
    });
    const outcome = await runner.run(
      inline(
        'try { await at.sendRequest("http://127.0.0.1:9/"); } catch (e) { console.log("caught", e.message); }',
      ),
      host,
      limits,
    );

    expect(outcome.ok).toBe(true);
    expect(outcome.console[0]?.message).toBe('caught connect ECONNREFUSED 127.0.0.1:9');
  });

  test('request without url is rejected', async () => {
    const outcome = await runner.run(
      inline('await at.sendRequest({ method: "GET" });'),
      fakeHost('beforeAll'),
      limits,
    );

    expect(outcome.error?.message).toBe(
      'at.sendRequest: pass a URL string or an object with a string "url"',
    );
  });
});

describe('afterAll', () => {
  test('at.results and at.export', async () => {
    const host = fakeHost('afterAll', {
      results: { failed: 2, passed: 5 },
      async export(options) {
        host.exports.push(options);
        return { path: 'flow-runner-report/report.html' };
      },
    });
    const outcome = await runner.run(
      inline(
        [
          'if (at.results.failed > 0) {',
          '  const written = await at.export({ format: "html", path: "report.html" });',
          '  console.log(written.path);',
          '}',
        ].join('\n'),
      ),
      host,
      limits,
    );

    expect(outcome.error).toBeUndefined();
    expect(host.exports).toEqual([{ format: 'html', path: 'report.html' }]);
    expect(outcome.console[0]?.message).toBe('flow-runner-report/report.html');
  });

  test('export failure rejects in the script', async () => {
    const host = fakeHost('afterAll', {
      export: () => Promise.reject(new Error('webhook answered 500')),
    });
    const outcome = await runner.run(
      inline('await at.export({ format: "json", url: "http://127.0.0.1:1/" });'),
      host,
      limits,
    );

    expect(outcome.error?.message).toBe('webhook answered 500');
  });

  test.each(['pre', 'post', 'beforeAll'] as const)('at.export in %s is an error', async (phase) => {
    const host = fakeHost(phase, {
      response: postResponse('{}'),
      request: { method: 'GET', url: 'http://x/', headers: {} },
    });
    const outcome = await runner.run(inline('await at.export({ format: "html" });'), host, limits);

    expect(outcome.error?.message).toBe('at.export is only available in afterAll');
  });
});
