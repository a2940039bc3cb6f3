import { afterAll, beforeAll, expect, test } from 'vitest';

import { createScriptRunner } from '../../src/script/runner.js';
import type { ScriptRunner } from '../../src/script/types.js';
import { compileWorker, fakeHost, inline, limits } from './support.js';

let runner: ScriptRunner;

beforeAll(() => {
  runner = createScriptRunner({ workerUrl: compileWorker() });
});

afterAll(async () => {
  await runner.close();
});

async function evaluate(expression: string): Promise<string | undefined> {
  const outcome = await runner.run(
    inline(`console.log(String(${expression}));`),
    fakeHost('beforeAll'),
    limits,
  );
  expect(outcome.error).toBeUndefined();
  return outcome.console[0]?.message;
}

test.each([
  'require',
  'process',
  'fetch',
  'setTimeout',
  'setInterval',
  'queueMicrotask',
  'globalThis.__host',
  'module',
  'Buffer',
  'XMLHttpRequest',
  'WebAssembly',
  'std',
  'os',
])('typeof %s is undefined', async (name) => {
  expect(await evaluate(`typeof ${name}`)).toBe('undefined');
});

test('global names are only the language and the API', async () => {
  const names = (
    await evaluate(
      'Object.getOwnPropertyNames(globalThis).filter((n) => /^[a-z_]/.test(n)).sort().join(",")',
    )
  )?.split(',');

  expect(names).toEqual([
    'at',
    'console',
    'decodeURI',
    'decodeURIComponent',
    'encodeURI',
    'encodeURIComponent',
    'escape',
    'eval',
    'globalThis',
    'isFinite',
    'isNaN',
    'parseFloat',
    'parseInt',
    'undefined',
    'unescape',
  ]);
});

test.each([
  'at.constructor.constructor("return this")()',
  'Object.getPrototypeOf(at.variables.get).constructor("return globalThis")()',
  'at.variables.get.constructor("return this")()',
  '(function () { return this; })()',
])('%s reaches only the sandbox global', async (expression) => {
  expect(await evaluate(`typeof (${expression}).process`)).toBe('undefined');
  expect(await evaluate(`Object.keys(${expression}).includes("at")`)).toBe('true');
});

test('prototype pollution stays in the script', async () => {
  const first = await runner.run(
    inline(
      'Object.prototype.polluted = "yes"; Array.prototype.map = null; JSON.parse = () => ({});',
    ),
    fakeHost('beforeAll'),
    limits,
  );
  const second = await runner.run(
    inline('console.log(typeof ({}).polluted, typeof [].map);'),
    fakeHost('beforeAll'),
    limits,
  );

  expect(first.error).toBeUndefined();
  expect(second.console[0]?.message).toBe('undefined function');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test('globals do not carry between scripts', async () => {
  await runner.run(inline('globalThis.leftover = 1;'), fakeHost('beforeAll'), limits);

  expect(await evaluate('typeof leftover')).toBe('undefined');
});

test('function passed to variables.set is rejected', async () => {
  const host = fakeHost('beforeAll');
  const outcome = await runner.run(inline('at.variables.set("callback", () => 42);'), host, limits);

  expect(outcome.error?.name).toBe('TypeError');
  expect(outcome.error?.message).toMatch(/^the value of "callback" is a function; only JSON data/);
  expect(host.variables.has('callback')).toBe(false);
});

test('nested functions and getters arrive as data', async () => {
  const host = fakeHost('beforeAll');
  const outcome = await runner.run(
    inline(
      [
        'let reads = 0;',
        'const value = { run: () => 1, get secret() { reads++; return "computed"; }, list: [() => 2] };',
        'at.variables.set("data", value);',
        'console.log(reads);',
      ].join('\n'),
    ),
    host,
    limits,
  );

  expect(outcome.error).toBeUndefined();
  expect(host.variables.get('data')).toEqual({ secret: 'computed', list: [null] });
  // The getter ran once, inside the sandbox, while the value was copied to JSON.
  expect(outcome.console[0]?.message).toBe('1');
  expect(
    Object.getOwnPropertyDescriptor(host.variables.get('data'), 'secret')?.get,
  ).toBeUndefined();
});

test('toJSON cannot hand the host code', async () => {
  const host = fakeHost('beforeAll');
  await runner.run(
    inline('at.variables.set("x", { toJSON() { return { ok: true }; } });'),
    host,
    limits,
  );

  expect(host.variables.get('x')).toEqual({ ok: true });
});

test('sendRequest arguments arrive as data', async () => {
  const host = fakeHost('beforeAll', {
    sendRequest: async () => ({
      status: 204,
      statusText: '',
      headers: [],
      body: '',
      durationMs: 1,
      size: 0,
      url: 'http://127.0.0.1:1/',
    }),
  });
  const calls: unknown[] = [];
  const original = host.sendRequest;
  host.sendRequest = (request) => {
    calls.push(request);
    return original(request);
  };
  await runner.run(
    inline(
      'await at.sendRequest({ url: "http://127.0.0.1:1/", headers: { a: "1" }, onDone: () => 1 });',
    ),
    host,
    limits,
  );

  expect(calls).toEqual([{ url: 'http://127.0.0.1:1/', headers: { a: '1' } }]);
});

test('host values cannot be changed through the sandbox', async () => {
  const stored = { nested: { n: 1 } };
  const host = fakeHost('beforeAll');
  host.variables.set('obj', stored);
  await runner.run(inline('at.variables.get("obj").nested.n = 99;'), host, limits);

  expect(stored.nested.n).toBe(1);
});

test('eval and Function run inside the sandbox', async () => {
  expect(await evaluate('eval("typeof process")')).toBe('undefined');
  expect(await evaluate('new Function("return typeof require")()')).toBe('undefined');
});

test('import is not available', async () => {
  const outcome = await runner.run(
    inline('await import("node:fs");'),
    fakeHost('beforeAll'),
    limits,
  );

  expect(outcome.ok).toBe(false);
});
