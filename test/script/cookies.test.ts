import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { ScriptPhase, ScriptRunner } from '../../src/script/types.js';
import { createScriptRunner } from '../../src/script/runner.js';
import { compileWorker, fakeHost, inline, limits, postResponse, type FakeHost } from './support.js';

let runner: ScriptRunner;

beforeAll(() => {
  runner = createScriptRunner({ workerUrl: compileWorker() });
});

afterAll(async () => {
  await runner.close();
});

const API = 'http://127.0.0.1:1/api/items';
const OTHER = 'http://localhost:1/';

/** Builds a host whose pre request and post response point at API, with `setup` in its jar. */
function hostFor(phase: ScriptPhase, setup: string[] = []): FakeHost {
  const host = fakeHost(phase, {
    request: { method: 'GET', url: API, headers: {} },
    response: postResponse('{}', [], API),
  });
  for (const cookie of setup) host.jar.setCookieSync(cookie, API);
  return host;
}

async function run(host: FakeHost, source: string) {
  return runner.run(inline(source), host, limits);
}

/** Runs `source` and returns its console lines; fails the test when the script fails. */
async function logs(host: FakeHost, source: string): Promise<string[]> {
  const outcome = await run(host, source);
  expect(outcome.error).toBeUndefined();
  return outcome.console.map((entry) => entry.message);
}

describe('at.cookies reading', () => {
  test('get and has read the jar for the response URL', async () => {
    const host = hostFor('post', ['sid=abc; Path=/', 'theme=dark; Path=/api']);
    const lines = await logs(
      host,
      [
        'console.log(at.cookies.get("sid"), at.cookies.get("theme"), at.cookies.get("nope") === undefined);',
        'console.log(at.cookies.has("sid"), at.cookies.has("nope"));',
      ].join('\n'),
    );
    expect(lines).toEqual(['abc dark true', 'true false']);
  });

  test('get reads another host only when asked', async () => {
    const host = hostFor('post');
    host.jar.setCookieSync('elsewhere=1; Path=/', OTHER);
    const lines = await logs(
      host,
      `console.log(at.cookies.get("elsewhere") === undefined, at.cookies.get("elsewhere", ${JSON.stringify(OTHER)}));`,
    );
    expect(lines).toEqual(['true 1']);
  });

  test('get reads a cookie of any path on the host', async () => {
    const host = hostFor('post', ['admin=1; Path=/admin']);
    expect(await logs(host, 'console.log(at.cookies.get("admin"));')).toEqual(['1']);
  });

  test('toObject lists what the jar sends, first one wins', async () => {
    const host = hostFor('post', [
      'b=root; Path=/',
      'a=1; Path=/',
      'b=api; Path=/api',
      'x=9; Path=/x',
    ]);
    const lines = await logs(
      host,
      [
        'console.log(JSON.stringify(at.cookies.toObject()));',
        `console.log(JSON.stringify(at.cookies.toObject(${JSON.stringify(OTHER)})));`,
      ].join('\n'),
    );
    expect(lines).toEqual(['{"b":"api","a":"1"}', '{}']);
  });

  test('toObject keeps a cookie named __proto__ as a value', async () => {
    const host = hostFor('post', ['__proto__=p; Path=/']);
    const lines = await logs(
      host,
      'var all = at.cookies.toObject(); console.log(Object.keys(all).join(), all.__proto__, Object.getPrototypeOf(all) === Object.prototype);',
    );
    expect(lines).toEqual(['__proto__ p true']);
  });

  test('pre scripts default to the current request URL', async () => {
    const host = hostFor('pre');
    host.jar.setCookieSync('elsewhere=1; Path=/', OTHER);
    const lines = await logs(
      host,
      [
        'console.log(at.cookies.has("elsewhere"));',
        `at.request.url = ${JSON.stringify(OTHER)};`,
        'console.log(at.cookies.get("elsewhere"));',
      ].join('\n'),
    );
    expect(lines).toEqual(['false', '1']);
  });

  test('response objects carry their URL', async () => {
    const host = hostFor('post');
    expect(await logs(host, 'console.log(at.response.url);')).toEqual([API]);
  });
});

describe('at.cookies writing', () => {
  test('set stores a cookie the jar sends', async () => {
    const host = hostFor('post');
    const lines = await logs(
      host,
      ['at.cookies.set("sid", "abc", { path: "/" });', 'console.log(at.cookies.get("sid"));'].join(
        '\n',
      ),
    );
    expect(lines).toEqual(['abc']);
    expect(host.jar.getCookieStringSync('http://127.0.0.1:1/other')).toBe('sid=abc');
  });

  test('set without a path takes the URL default path', async () => {
    const host = hostFor('post');
    await logs(host, 'at.cookies.set("a", "1", { url: "http://127.0.0.1:1/api/v1/items" });');
    expect(host.jar.getCookieStringSync('http://127.0.0.1:1/api/v1/other')).toBe('a=1');
    expect(host.jar.getCookieStringSync('http://127.0.0.1:1/api/other')).toBe('');
  });

  test('set passes every attribute to the jar', async () => {
    const host = hostFor('pre');
    await logs(
      host,
      [
        'at.cookies.set("d", "1", { url: "http://api.test/", domain: "api.test", path: "/" });',
        'at.cookies.set("s", "2", { url: "https://api.test/", secure: true, httpOnly: true });',
        'at.cookies.set("gone", "3", { url: "http://api.test/", maxAge: 0 });',
        'at.cookies.set("old", "4", { url: "http://api.test/", expires: 0 });',
        'at.cookies.set("later", "5", { url: "http://api.test/", expires: "2999-01-01T00:00:00Z" });',
        'at.cookies.set("hour", "6", { url: "http://api.test/", maxAge: 3600 });',
      ].join('\n'),
    );
    expect(host.jar.getCookieStringSync('http://www.api.test/')).toBe('d=1');
    expect(host.jar.getCookieStringSync('http://api.test/')).toBe('d=1; later=5; hour=6');
    expect(host.jar.getCookieStringSync('https://api.test/')).toBe('d=1; s=2; later=5; hour=6');
  });

  test('set replaces a cookie with the same name and path', async () => {
    const host = hostFor('post', ['sid=old; Path=/']);
    const lines = await logs(
      host,
      'at.cookies.set("sid", "new", { path: "/" }); console.log(at.cookies.get("sid"));',
    );
    expect(lines).toEqual(['new']);
  });

  test('unset removes the name on every path', async () => {
    const host = hostFor('post', ['sid=1; Path=/', 'sid=2; Path=/api', 'keep=3; Path=/']);
    host.jar.setCookieSync('sid=other; Path=/', OTHER);
    const lines = await logs(
      host,
      'at.cookies.unset("sid"); console.log(at.cookies.has("sid"), at.cookies.get("keep"));',
    );
    expect(lines).toEqual(['false 3']);
    expect(host.jar.cookieValue('sid', OTHER)).toBe('other');
  });

  test('clear with a URL removes only that host', async () => {
    const host = hostFor('post', ['a=1; Path=/', 'b=2; Path=/api']);
    host.jar.setCookieSync('c=3; Path=/', OTHER);
    await logs(host, `at.cookies.clear(${JSON.stringify(API)});`);
    expect(host.jar.getCookieStringSync(API)).toBe('');
    expect(host.jar.getCookieStringSync(OTHER)).toBe('c=3');
  });

  test('clear without a URL empties the jar', async () => {
    const host = hostFor('post', ['a=1; Path=/']);
    host.jar.setCookieSync('c=3; Path=/', OTHER);
    await logs(host, 'at.cookies.clear();');
    expect(host.jar.getCookieStringSync(API)).toBe('');
    expect(host.jar.getCookieStringSync(OTHER)).toBe('');
  });

  test.each(['beforeAll', 'afterAll', 'if'] as const)('work with a URL in %s', async (phase) => {
    const host = hostFor(phase);
    const source = `at.cookies.set("a", "1", { url: ${JSON.stringify(API)} }) || at.cookies.get("a", ${JSON.stringify(API)}) === "1"`;
    const outcome = await run(host, source);
    expect(outcome.error).toBeUndefined();
    expect(host.jar.cookieValue('a', API)).toBe('1');
  });

  test('cookies are not registered as secrets', async () => {
    const host = hostFor('post', ['sid=abc; Path=/']);
    await logs(host, 'at.variables.set("sid", at.cookies.get("sid"));');
    expect(host.variables.get('sid')).toBe('abc');
    expect(host.secretNames.size).toBe(0);
  });
});

describe('at.cookies errors', () => {
  test.each([
    ['beforeAll', 'at.cookies.get needs a URL in beforeAll scripts'],
    ['afterAll', 'at.cookies.get needs a URL in afterAll scripts'],
    ['if', 'at.cookies.get needs a URL in if expressions'],
  ] as const)('get without a URL in %s', async (phase, message) => {
    const outcome = await run(hostFor(phase), 'at.cookies.get("a")');
    expect(outcome.ok).toBe(false);
    expect(outcome.error?.name).toBe('Error');
    expect(outcome.error?.message).toContain(message);
  });

  test.each([
    ['at.cookies.has("a")', 'at.cookies.has needs a URL in beforeAll scripts'],
    ['at.cookies.toObject()', 'at.cookies.toObject needs a URL in beforeAll scripts'],
    ['at.cookies.set("a", "1")', 'at.cookies.set needs a URL in beforeAll scripts'],
    ['at.cookies.unset("a")', 'at.cookies.unset needs a URL in beforeAll scripts'],
  ])('%s without a URL in beforeAll', async (source, message) => {
    const outcome = await run(hostFor('beforeAll'), source);
    expect(outcome.error?.message).toContain(message);
  });

  test('clear without a URL works in beforeAll', async () => {
    const host = hostFor('beforeAll', ['a=1; Path=/']);
    const outcome = await run(host, 'at.cookies.clear();');
    expect(outcome.error).toBeUndefined();
    expect(host.jar.getCookieStringSync(API)).toBe('');
  });

  const typeErrors: [string, string][] = [
    ['at.cookies.get("")', 'at.cookies.get: the name must be a non-empty string, got ""'],
    ['at.cookies.has(1)', 'at.cookies.has: the name must be a non-empty string, got 1'],
    ['at.cookies.unset(null)', 'at.cookies.unset: the name must be a non-empty string'],
    ['at.cookies.get("a", 5)', 'at.cookies.get: the URL must be a non-empty string, got 5'],
    ['at.cookies.toObject("")', 'at.cookies.toObject: the URL must be a non-empty string'],
    ['at.cookies.clear(false)', 'at.cookies.clear: the URL must be a non-empty string'],
    ['at.cookies.set("a", 1)', 'at.cookies.set: the value of "a" must be a string, got 1'],
    ['at.cookies.set("a", "1", "x")', 'at.cookies.set: the options must be an object'],
    ['at.cookies.set("a", "1", { maxage: 5 })', 'unknown option "maxage"; the options are url,'],
    ['at.cookies.set("a", "1", { secure: "yes" })', 'the option secure must be a boolean'],
    ['at.cookies.set("a", "1", { maxAge: "5" })', 'the option maxAge must be a number'],
    ['at.cookies.set("a", "1", { maxAge: NaN })', 'the option maxAge must be a finite number'],
    ['at.cookies.set("a", "1", { expires: {} })', 'the option expires must be a string or number'],
    ['at.cookies.set("a", "1", { url: 7 })', 'the option url must be a string, got 7'],
  ];
  test.each(typeErrors)('%s is a TypeError', async (source, message) => {
    const outcome = await run(hostFor('post'), source);
    expect(outcome.ok).toBe(false);
    expect(outcome.error?.name).toBe('TypeError');
    expect(outcome.error?.message).toContain(message);
  });

  const rejected: [string, string][] = [
    [
      'at.cookies.get("a", "/relative")',
      'at.cookies.get: invalid URL "/relative": pass an absolute http or https URL',
    ],
    [
      'at.cookies.toObject("ftp://127.0.0.1/")',
      'at.cookies.toObject: invalid URL "ftp://127.0.0.1/": cookies belong to http and https URLs',
    ],
    [
      'at.cookies.set("a", "1", { domain: "example.com" })',
      `at.cookies.set: cookie "a" was not stored for http://127.0.0.1:1: Cookie not in this host's domain`,
    ],
    [
      'at.cookies.set("a", "1", { url: "http://api.test/", secure: true })',
      'cookie "a" was not stored for http://api.test: Cookie is Secure but this is not a secure connection',
    ],
    [
      'at.cookies.set("__Host-a", "1", { url: "https://api.test/", secure: true, path: "/api" })',
      'cookie "__Host-a" was not stored for https://api.test: a __Secure- cookie needs secure: true',
    ],
    ['at.cookies.set("a;b", "1")', 'invalid cookie name "a;b"'],
    ['at.cookies.set("a b", "1")', 'invalid cookie name "a b"'],
    ['at.cookies.set("a", "1; Domain=api.test")', 'invalid value for cookie "a"'],
    ['at.cookies.set("a", " 1")', 'invalid value for cookie "a"'],
    ['at.cookies.set("a", "1\\r\\nX: y")', 'invalid value for cookie "a"'],
    ['at.cookies.set("a", "1", { path: "api" })', 'invalid path "api" for cookie "a"'],
    ['at.cookies.set("a", "1", { domain: "" })', 'invalid domain "" for cookie "a"'],
    ['at.cookies.set("a", "1", { maxAge: 1.5 })', 'invalid maxAge 1.5 for cookie "a"'],
    ['at.cookies.set("a", "1", { expires: "soon" })', 'invalid expires "soon" for cookie "a"'],
  ];
  test.each(rejected)('%s is rejected', async (source, message) => {
    const host = hostFor('post');
    const outcome = await run(host, source);
    expect(outcome.ok).toBe(false);
    expect(outcome.error?.name).toBe('Error');
    expect(outcome.error?.message).toContain(message);
    expect(host.jar.getCookieStringSync('https://api.test/')).toBe('');
    expect(host.jar.getCookieStringSync(API)).toBe('');
  });

  test('a rejected cookie can be caught', async () => {
    const lines = await logs(
      hostFor('post'),
      'try { at.cookies.set("a", "1", { domain: "example.com" }); } catch (e) { console.log(e instanceof Error, e.message.indexOf("was not stored") > 0); }',
    );
    expect(lines).toEqual(['true true']);
  });

  test('at.cookies is frozen', async () => {
    const lines = await logs(
      hostFor('post', ['a=1; Path=/']),
      [
        'try { at.cookies.get = function () { return "replaced"; }; } catch (e) {}',
        'console.log(Object.isFrozen(at.cookies), at.cookies.get("a"));',
      ].join('\n'),
    );
    expect(lines).toEqual(['true 1']);
  });
});
