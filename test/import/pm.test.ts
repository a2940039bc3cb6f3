import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { Script } from '../../src/flow/model.js';
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
} from '../script/support.js';

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

function postman(source: string): Script {
  return { ...inline(source), dialect: 'postman' };
}

const jsonResponse = postResponse('{"id":7,"name":"Ada","tags":["a","b"],"nested":{"ok":true}}', [
  ['Content-Type', 'application/json'],
  ['X-Request-Id', 'r-1'],
]);

async function runPost(source: string) {
  const host = fakeHost('post', { response: jsonResponse });
  const outcome = await runner.run(postman(source), host, limits);
  return { host, outcome };
}

describe('pm.expect in Chai style', () => {
  const passing = [
    'pm.expect(1).to.equal(1)',
    'pm.expect({ a: [1] }).to.eql({ a: [1] })',
    'pm.expect({ a: 1 }).to.deep.equal({ a: 1 })',
    'pm.expect("x").to.be.ok',
    'pm.expect(0).to.not.be.ok',
    'pm.expect("abc").to.be.a("string")',
    'pm.expect([]).to.be.an("array")',
    'pm.expect(null).to.be.null',
    'pm.expect(5).to.be.above(4)',
    'pm.expect(5).to.be.below(6)',
    'pm.expect(5).to.be.at.least(5)',
    'pm.expect(5).to.be.at.most(5)',
    'pm.expect(5).to.be.within(1, 9)',
    'pm.expect("hello").to.include("ell")',
    'pm.expect([1, 2]).to.include(2)',
    'pm.expect([{ a: 1 }]).to.deep.include({ a: 1 })',
    'pm.expect({ a: 1, b: 2 }).to.include({ a: 1 })',
    'pm.expect({ a: 1 }).to.have.property("a")',
    'pm.expect({ a: 1 }).to.have.property("a", 1)',
    'pm.expect({ a: 1 }).to.not.have.property("b")',
    'pm.expect([1, 2, 3]).to.have.lengthOf(3)',
    'pm.expect("abc").to.match(/^a/)',
    'pm.expect(2).to.be.oneOf([1, 2])',
    'pm.expect({ a: 1, b: 2 }).to.have.all.keys("a", "b")',
    'pm.expect(true).to.be.true',
    'pm.expect(undefined).to.be.undefined',
    'pm.expect("").to.be.empty',
    'pm.expect(1).to.exist',
    'pm.expect([2, 1]).to.have.members([1, 2])',
    'pm.expect({ a: { b: 2 } }).to.have.property("a").that.has.property("b").that.equals(2)',
    'pm.expect({ a: "x" }).to.have.property("a", "x").and.be.a("string")',
  ];
  test.each(passing)('%s passes', async (line) => {
    const { outcome } = await runPost(`pm.test("t", () => { ${line}; });`);
    expect(outcome.ok).toBe(true);
    expect(outcome.tests).toEqual([expect.objectContaining({ name: 't', passed: true })]);
  });

  const failing: [string, string][] = [
    ['pm.expect(1).to.equal(2)', 'expected 1 to equal 2'],
    ['pm.expect({ a: 1 }).to.equal({ a: 1 })', 'to equal {"a":1}'],
    ['pm.expect(1).to.not.equal(1)', 'expected 1 not to equal 1'],
    ['pm.expect("abc").to.be.a("number")', 'to be a number'],
    ['pm.expect(3).to.be.above(4)', 'to be above 4'],
    ['pm.expect([1]).to.have.lengthOf(2)', 'to have length 2'],
    ['pm.expect({ a: 1 }).to.have.property("a", 2)', 'expected property "a" to be 2 but got 1'],
    ['pm.expect("abc").to.include("z")', 'to include "z"'],
    ['pm.expect(0).to.be.ok', 'to be truthy'],
    ['pm.expect({ a: 1 }).to.have.property("a").that.equals(2)', 'expected 1 to equal 2'],
  ];
  test.each(failing)('%s fails', async (line, message) => {
    const { outcome } = await runPost(`pm.test("t", () => { ${line}; });`);
    expect(outcome.ok).toBe(true);
    expect(outcome.tests[0]?.passed).toBe(false);
    expect(outcome.tests[0]?.message).toContain(message);
  });
});

describe('pm.response', () => {
  test('fields, headers and json', async () => {
    const { outcome } = await runPost(
      [
        'console.log(pm.response.code, pm.response.status, pm.response.responseTime);',
        'console.log(pm.response.headers.get("x-request-id"), pm.response.json().name);',
        'console.log(pm.response.text().length > 10);',
      ].join('\n'),
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.console.map((entry) => entry.message)).toEqual(['200 OK 42', 'r-1 Ada', 'true']);
  });

  test('to.have and to.be checks', async () => {
    const { outcome } = await runPost(
      [
        'pm.test("status", () => pm.response.to.have.status(200));',
        'pm.test("status text", () => pm.response.to.have.status("OK"));',
        'pm.test("ok", () => pm.response.to.be.ok);',
        'pm.test("header", () => pm.response.to.have.header("Content-Type"));',
        'pm.test("json body", () => pm.response.to.have.jsonBody("nested.ok", true));',
        'pm.test("wrong status", () => pm.response.to.have.status(404));',
        'pm.test("missing header", () => pm.response.to.have.header("X-Nope"));',
        'pm.test("not 404", () => pm.response.to.not.have.status(404));',
        'pm.test("not 200", () => pm.response.to.not.have.status(200));',
        'pm.test("not client error", () => pm.response.to.not.be.clientError);',
        'pm.test("not ok", () => pm.response.to.not.be.ok);',
      ].join('\n'),
    );
    expect(outcome.tests.map((record) => [record.name, record.passed])).toEqual([
      ['status', true],
      ['status text', true],
      ['ok', true],
      ['header', true],
      ['json body', true],
      ['wrong status', false],
      ['missing header', false],
      ['not 404', true],
      ['not 200', false],
      ['not client error', true],
      ['not ok', false],
    ]);
  });
});

describe('pm variable scopes', () => {
  test('set in any scope reads back from every scope', async () => {
    const { host, outcome } = await runPost(
      [
        'pm.environment.set("token", "t1");',
        'pm.collectionVariables.set("base-url", "http://h");',
        'pm.globals.set("n", 3);',
        'console.log(pm.variables.get("token"), pm.environment.get("base-url"), pm.globals.get("n"));',
        'console.log(pm.variables.has("user"), pm.environment.get("region"), pm.variables.has("nope"));',
        'pm.environment.unset("token");',
        'console.log(pm.environment.has("token"));',
        'console.log(pm.variables.replaceIn("{{user}} at {{base-url}} {{$guid}}"));',
      ].join('\n'),
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.console.map((entry) => entry.message)).toEqual([
      't1 http://h 3',
      'true eu false',
      'false',
      'alice at http://h {{$guid}}',
    ]);
    expect(host.variables.get('base_url')).toBe('http://h');
  });
});

describe('legacy globals', () => {
  test('tests, responseBody, responseCode and postman', async () => {
    const { host, outcome } = await runPost(
      [
        'var data = JSON.parse(responseBody);',
        'tests["has id"] = data.id === 7;',
        'tests["is 201"] = responseCode.code === 201;',
        'postman.setEnvironmentVariable("legacyToken", data.name);',
        'console.log(environment.user, globals.legacyToken, postman.getResponseHeader("x-request-id"));',
      ].join('\n'),
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.tests.map((record) => [record.name, record.passed])).toEqual([
      ['has id', true],
      ['is 201', false],
    ]);
    expect(host.variables.get('legacyToken')).toBe('Ada');
    expect(outcome.console[0]?.message).toBe('alice Ada r-1');
  });
});

describe('unsupported calls', () => {
  test('inside a test fail only that test', async () => {
    const { outcome } = await runPost(
      [
        'pm.test("uses the vault", () => { pm.vault.get("sid"); });',
        'pm.test("still runs", () => pm.expect(1).to.equal(1));',
      ].join('\n'),
    );
    expect(outcome.ok).toBe(true);
    expect(outcome.tests[0]).toMatchObject({ name: 'uses the vault', passed: false });
    expect(outcome.tests[0]?.message).toContain('pm.vault.get is not supported');
    expect(outcome.tests[1]).toMatchObject({ name: 'still runs', passed: true });
  });

  test('outside a test record a failed test and continue', async () => {
    const { outcome } = await runPost(
      ['postman.setNextRequest("Next");', 'pm.test("after", () => {});'].join('\n'),
    );
    expect(outcome.ok).toBe(true);
    expect(outcome.tests.map((record) => [record.name, record.passed])).toEqual([
      ['postman.setNextRequest', false],
      ['after', true],
    ]);
  });
});

describe('pm.cookies', () => {
  const url = 'http://127.0.0.1:1/api/items';

  function cookieHost(phase: 'pre' | 'post') {
    const host = fakeHost(phase, {
      request: { method: 'GET', url, headers: {} },
      response: postResponse('{}', [], url),
    });
    host.jar.setCookieSync('sid=abc; Path=/', url);
    host.jar.setCookieSync('other=1; Path=/', 'http://localhost:1/');
    return host;
  }

  test.each(['pre', 'post'] as const)('get, has and toObject in %s', async (phase) => {
    const host = cookieHost(phase);
    const outcome = await runner.run(
      postman(
        'console.log(pm.cookies.get("sid"), pm.cookies.has("sid"), pm.cookies.has("other"), JSON.stringify(pm.cookies.toObject()));',
      ),
      host,
      limits,
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.console[0]?.message).toBe('abc true false {"sid":"abc"}');
  });

  test('pre-request reads the jar for the URL with its variables replaced', async () => {
    // Imported URLs contain variables, and a pre-request script gets the URL as written.
    const host = cookieHost('pre');
    host.request = { method: 'GET', url: '{{ baseUrl }}/api/items', headers: {} };
    host.variables.set('baseUrl', 'http://127.0.0.1:1');
    const outcome = await runner.run(
      postman('console.log(pm.cookies.get("sid"), JSON.stringify(pm.cookies.toObject()));'),
      host,
      limits,
    );

    expect(outcome.error).toBeUndefined();
    expect(outcome.console[0]?.message).toBe('abc {"sid":"abc"}');
  });

  test('pre-request names a variable that is not set yet', async () => {
    const host = cookieHost('pre');
    host.request = { method: 'GET', url: '{{ missingBase }}/api/items', headers: {} };
    const outcome = await runner.run(postman('pm.cookies.get("sid");'), host, limits);

    expect(outcome.error?.message).toBe(
      'pm.cookies.get: the request URL {{ missingBase }}/api/items has a variable that is not set yet',
    );
  });

  test('list methods fail as unsupported calls', async () => {
    const host = cookieHost('post');
    const outcome = await runner.run(
      postman('pm.cookies.all(); pm.test("counts", () => { pm.cookies.count(); });'),
      host,
      limits,
    );

    expect(outcome.ok).toBe(true);
    expect(outcome.tests.map((test) => [test.name, test.passed])).toEqual([
      ['pm.cookies.all', false],
      ['counts', false],
    ]);
    expect(outcome.tests[1]?.message).toContain('pm.cookies.count is not supported');
  });

  test('jar callbacks receive results', async () => {
    const host = cookieHost('post');
    // A pre-request script keeps the request here, so pm.request.url is a URL object.
    host.variables.set('__pm_request', { method: 'GET', url, headers: {} });
    const outcome = await runner.run(
      postman(
        [
          'var jar = pm.cookies.jar();',
          'jar.set("localhost:1", "theme", "dark", function (error, cookie) {',
          '  console.log("set", error, JSON.stringify(cookie));',
          '});',
          'jar.set("http://localhost:1/", { name: "n", value: 5, path: "/", httpOnly: true }, function (error) {',
          '  console.log("set object", error);',
          '});',
          'jar.get("http://localhost:1/", "theme", function (error, value) { console.log("get", error, value); });',
          'jar.get("http://localhost:1/", "nope", function (error, value) { console.log("missing", value); });',
          'jar.getAll("http://localhost:1/", function (error, cookies) { console.log("all", JSON.stringify(cookies)); });',
          'jar.unset("http://localhost:1/", "theme", function (error) { console.log("unset", error); });',
          'jar.getAll("http://localhost:1/", {}, function (error, cookies) { console.log("after unset", cookies.length); });',
          'jar.clear(pm.request.url, function (error) { console.log("clear", error); });',
        ].join('\n'),
      ),
      host,
      limits,
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.console.map((entry) => entry.message)).toEqual([
      'set null {"name":"theme","value":"dark"}',
      'set object null',
      'get null dark',
      'missing null',
      'all [{"name":"other","value":"1"},{"name":"theme","value":"dark"},{"name":"n","value":"5"}]',
      'unset null',
      'after unset 2',
      'clear null',
    ]);
    expect(host.jar.getCookieStringSync('http://localhost:1/')).toBe('other=1; n=5');
    expect(host.jar.getCookieStringSync(url)).toBe('');
  });

  test('jar errors go to the callback', async () => {
    const host = cookieHost('post');
    const outcome = await runner.run(
      postman(
        [
          'pm.cookies.jar().set("http://localhost:1/", "a", "1", { domain: "example.com" });',
          'pm.cookies.jar().set("http://localhost:1/", { name: "a", value: "1", domain: "example.com" }, function (error, cookie) {',
          '  console.log(error instanceof Error, error.message, cookie);',
          '});',
          'pm.cookies.jar().get("ftp://localhost/", "a", function (error) { console.log(error.message); });',
          'pm.cookies.jar().set("http://localhost:1/", { name: "a", value: "1", domain: "example.com" });',
          'console.log("still running");',
        ].join('\n'),
      ),
      host,
      limits,
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.console.map((entry) => [entry.level, entry.message])).toEqual([
      [
        'log',
        'true at.cookies.set: cookie "a" was not stored for http://localhost:1: Cookie not in this host\'s domain. Cookie:example.com Request:localhost undefined',
      ],
      [
        'log',
        'at.cookies.get: invalid URL "ftp://localhost/": cookies belong to http and https URLs',
      ],
      [
        'warn',
        'pm.cookies.jar().set failed: at.cookies.set: cookie "a" was not stored for http://localhost:1: Cookie not in this host\'s domain. Cookie:example.com Request:localhost',
      ],
      ['log', 'still running'],
    ]);
  });

  test.each([
    ['pm.cookies.jar().get(42, "a", function () {})', 'get: the URL must be a non-empty string'],
    ['pm.cookies.jar().get("localhost", "a")', 'get: pass a callback function'],
    ['pm.cookies.jar().getAll("localhost")', 'getAll: pass a callback function'],
    ['pm.cookies.jar().set("localhost", "a=1", function () {})', 'set: pass (url, name, value'],
  ])('%s throws', async (line, message) => {
    const outcome = await runner.run(postman(line), cookieHost('post'), limits);
    expect(outcome.ok).toBe(false);
    expect(outcome.error?.name).toBe('TypeError');
    expect(outcome.error?.message).toContain(`pm.cookies.jar().${message}`);
  });
});

describe('pm.request and pm.sendRequest', () => {
  test('pre script changes headers and keeps the request', async () => {
    const host = fakeHost('pre', {
      request: { method: 'POST', url: 'http://127.0.0.1:1/a?x=1', headers: { Accept: '*/*' } },
    });
    const outcome = await runner.run(
      postman(
        [
          'pm.request.headers.add({ key: "X-Sig", value: "s1" });',
          'pm.request.headers.remove("accept");',
          'console.log(pm.request.method, pm.request.url.toString(), pm.info.eventName, pm.info.iteration);',
        ].join('\n'),
      ),
      host,
      limits,
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.request?.headers).toEqual({ 'X-Sig': 's1' });
    expect(outcome.console[0]?.message).toBe('POST http://127.0.0.1:1/a?x=1 prerequest 1');
    expect(host.variables.get('__pm_request')).toMatchObject({ method: 'POST' });
  });

  test('callback runs before the script ends', async () => {
    const host = fakeHost('post', { response: jsonResponse });
    const outcome = await runner.run(
      postman(
        [
          `pm.sendRequest({ url: "${server.url}/json", method: "GET", header: [{ key: "X-A", value: "1" }] }, function (err, res) {`,
          '  pm.test("callback", () => pm.expect(err).to.be.null);',
          '  pm.environment.set("fetched", res.code);',
          '});',
        ].join('\n'),
      ),
      host,
      limits,
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.tests).toEqual([expect.objectContaining({ name: 'callback', passed: true })]);
    expect(typeof host.variables.get('fetched')).toBe('number');
    expect(host.sent[0]?.headers).toEqual({ 'X-A': '1' });
  });
});

describe('error positions', () => {
  test('point at the Postman script line', async () => {
    const { outcome } = await runPost(['var a = 1;', 'undefinedFunction();'].join('\n'));
    expect(outcome.ok).toBe(false);
    expect(outcome.error?.loc).toMatchObject({ line: 11 });
  });
});

describe('unsupported call lists', () => {
  test('import scan and sandbox agree', async () => {
    const { UNSUPPORTED_CALLS } = await import('../../src/import/postman-scripts.js');
    const { PM_UNSUPPORTED } = await import('../../src/script/pm.js');
    expect([...UNSUPPORTED_CALLS].sort()).toEqual([...PM_UNSUPPORTED].sort());
  });

  test.each([
    'pm.visualizer.set("<b>{{a}}</b>", {})',
    'CryptoJS.SHA256("x")',
    'require("lodash")',
    '_.map([], 1)',
    'setTimeout(f, 1)',
  ])('%s is found by the scan', async (line) => {
    const { findUnsupportedCalls } = await import('../../src/import/postman-scripts.js');
    expect(findUnsupportedCalls(`var a = 1;\n${line};`)).toHaveLength(1);
    expect(findUnsupportedCalls(`var a = 1;\n${line};`)[0]?.line).toBe(2);
  });

  test('comment lines are not scanned', async () => {
    const { findUnsupportedCalls } = await import('../../src/import/postman-scripts.js');
    expect(findUnsupportedCalls('// pm.vault.get("a")')).toEqual([]);
  });

  test('pm.cookies list methods are reported', async () => {
    const { findUnsupportedCalls } = await import('../../src/import/postman-scripts.js');
    expect(findUnsupportedCalls('a;\npm.cookies.all().length;\npm.cookies.count()')).toEqual([
      { name: 'pm.cookies.all', line: 2 },
      { name: 'pm.cookies.count', line: 3 },
    ]);
  });

  test('pm.cookies is no longer reported', async () => {
    const { findUnsupportedCalls } = await import('../../src/import/postman-scripts.js');
    const source = [
      'pm.cookies.get("sid");',
      'pm.cookies.jar().set(pm.request.url, "a", "1", function () {});',
    ].join('\n');
    expect(findUnsupportedCalls(source)).toEqual([]);
  });

  test('responseBody.has becomes includes', async () => {
    const { translateScript } = await import('../../src/import/postman-scripts.js');
    expect(translateScript('a;\ntests.x = responseBody.has("ok");')).toEqual({
      source: 'a;\ntests.x = responseBody.includes("ok");',
      lines: [2],
    });
  });
});

describe('isolation', () => {
  test('pm globals do not reach the next script', async () => {
    const first = await runPost('pm.test("a", () => {}); tests["b"] = true;');
    expect(first.outcome.ok).toBe(true);

    const host = fakeHost('post', { response: jsonResponse });
    const next = await runner.run(
      inline(
        'console.log(typeof pm, typeof tests, typeof postman, typeof responseBody, typeof CryptoJS, typeof request);',
      ),
      host,
      limits,
    );
    expect(next.error).toBeUndefined();
    expect(next.console[0]?.message).toBe(
      'undefined undefined undefined undefined undefined undefined',
    );
  });
});

describe('JSON Schema checks', () => {
  const schema = {
    type: 'object',
    required: ['id', 'name'],
    properties: {
      id: { type: 'integer', minimum: 1 },
      name: { type: 'string', minLength: 2, pattern: '^[A-Z]' },
      tags: { type: 'array', items: { $ref: '#/definitions/tag' }, uniqueItems: true },
      nested: { type: 'object', additionalProperties: false, properties: { ok: { enum: [true] } } },
    },
    definitions: { tag: { type: 'string', maxLength: 1 } },
  };
  const cases: [string, unknown, string | undefined][] = [
    ['valid', schema, undefined],
    ['wrong type', { type: 'array' }, '$: expected type array but got object'],
    ['missing property', { required: ['email'] }, '$: missing required property "email"'],
    ['below minimum', { properties: { id: { minimum: 8 } } }, '$.id: 7 is below the minimum 8'],
    [
      'pattern',
      { properties: { name: { pattern: '^a' } } },
      '$.name: does not match the pattern ^a',
    ],
    [
      'ref item',
      {
        properties: { tags: { items: { $ref: '#/definitions/t' } } },
        definitions: { t: { type: 'number' } },
      },
      '$.tags[0]: expected type number but got string',
    ],
    [
      'additional property',
      { properties: { nested: { additionalProperties: false, properties: {} } } },
      '$.nested.ok: property not allowed (additionalProperties is false)',
    ],
    [
      'oneOf',
      { oneOf: [{ type: 'object' }, { required: ['id'] }] },
      '$: matches 2 of oneOf, expected exactly 1',
    ],
  ];
  test.each(cases)('%s', async (_name, check, problem) => {
    const { outcome } = await runPost(
      [
        `pm.test("schema", () => pm.response.to.have.jsonSchema(${JSON.stringify(check)}));`,
        `console.log(tv4.validate(pm.response.json(), ${JSON.stringify(check)}), tv4.error && tv4.error.message);`,
      ].join('\n'),
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.tests[0]?.passed).toBe(problem === undefined);
    if (problem !== undefined) expect(outcome.tests[0]?.message).toContain(problem);
    expect(outcome.console[0]?.message).toBe(
      problem === undefined ? 'true null' : `false ${problem}`,
    );
  });
});
