/**
 * A sandbox serves one script after another, so nothing a script does to the language or the
 * global object may reach the next one. Each case runs an attempt, then a probe that reads the
 * built-ins the attempt aimed at, in the same worker.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';

import { createScriptRunner } from '../../src/script/runner.js';
import type { ScriptOutcome, ScriptRunner } from '../../src/script/types.js';
import {
  compileWorker,
  fakeHost,
  inline,
  limits,
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

async function run(source: string): Promise<ScriptOutcome> {
  return runner.run(inline(source), fakeHost('beforeAll'), limits);
}

/** Logs one line per built-in an attempt could have changed, as the pristine language gives it. */
const probe = [
  'console.log([',
  '  typeof leftover, typeof sloppy, typeof pinned, typeof injected, typeof pm,',
  '  [1, 2].map((n) => n * 2).join(), typeof [].extra, typeof ({}).polluted,',
  '  JSON.parse(\'{"a":1}\').a, Math.max(1, 2), " x ".trim(), typeof [].push,',
  '  Object.keys(at.variables).sort().join("+"), at.variables.get("user"), typeof at.extra,',
  '  String(new Error("e")), typeof Promise.prototype.then, typeof Object.getPrototypeOf(function* () {}).extra,',
  '].join(" "));',
  'globalThis.fresh = 1;',
  'console.log(fresh);',
].join('\n');

const pristine = [
  'undefined undefined undefined undefined undefined',
  '2,4 undefined undefined',
  '1 2 x function',
  'get+has+set+unset alice undefined',
  'Error: e function undefined',
].join(' ');

test.each([
  ['a global property', 'globalThis.leftover = 1;'],
  ['an undeclared assignment', 'sloppy = 1;'],
  ['a global that cannot be deleted', 'Object.defineProperty(globalThis, "pinned", { value: 1 });'],
  ['the global prototype', 'Object.setPrototypeOf(globalThis, { injected: 1 });'],
  ['a closed global object', 'Object.preventExtensions(globalThis);'],
  ['Array.prototype.map', 'Array.prototype.map = function () { return "hacked"; };'],
  ['a new Array.prototype member', 'Array.prototype.extra = 1;'],
  ['a deleted Array.prototype member', 'delete Array.prototype.push;'],
  ['Object.prototype', 'Object.prototype.polluted = "yes";'],
  ['JSON.parse', 'JSON.parse = () => ({});'],
  ['Math.max', 'Math.max = () => 0;'],
  ['String.prototype.trim', 'String.prototype.trim = () => "hacked";'],
  ['Promise.prototype.then', 'Promise.prototype.then = null;'],
  ['Error.prototype.toString', 'Error.prototype.toString = () => "hacked";'],
  ['a hidden intrinsic', 'Object.getPrototypeOf(function* () {}).extra = 1;'],
  ['at.variables.get', 'at.variables.get = () => "mallory";'],
  ['a new at member', 'at.extra = 1;'],
  ['the at global', 'at = { variables: { get: () => "mallory" } };'],
  [
    'a defineProperty on at',
    'Object.defineProperty(at.variables, "get", { value: () => "mallory" });',
  ],
])('%s stays in its script', async (_name, attempt) => {
  const changed = await run(attempt);
  const next = await run(probe);

  // An attempt is either rejected with a TypeError or has no effect. It never breaks the sandbox.
  expect([undefined, 'TypeError']).toContain(changed.error?.name);
  expect(next.error).toBeUndefined();
  expect(next.console.map((entry) => entry.message)).toEqual([pristine, '1']);
});

test('strict write to a built-in throws', async () => {
  const outcome = await run(
    '(function () {\n  "use strict";\n  Array.prototype.map = null;\n})();',
  );

  // The column is the member access's dot plus the block's indentation of 6.
  expect(outcome.error).toMatchObject({ name: 'TypeError', message: "'map' is read-only" });
  expect(outcome.error?.loc).toEqual({ file: 'flows/test.flow.yaml', line: 12, column: 24 });
});

test('assignment to an inherited name works', async () => {
  const outcome = await run(
    [
      'const error = new Error("denied");',
      'error.name = "AuthError";',
      'const value = { n: 1 };',
      'value.toString = () => "custom";',
      'value.constructor = "mine";',
      'console.log(String(error), String(value), value.constructor, typeof ({}).constructor);',
      '(function () {',
      '  "use strict";',
      '  const strict = new TypeError("x");',
      '  strict.message = "changed";',
      '  console.log(strict.message);',
      '})();',
    ].join('\n'),
  );

  expect(outcome.error).toBeUndefined();
  expect(outcome.console.map((entry) => entry.message)).toEqual([
    'AuthError: denied custom mine function',
    'changed',
  ]);
});

test('timed-out script leaves nothing behind', async () => {
  const stopped = await runner.run(
    inline('globalThis.leftover = 1;\nArray.prototype.extra = 1;\nwhile (true) {}'),
    fakeHost('beforeAll'),
    { ...limits, timeout: 100 },
  );
  const next = await run(probe);

  expect(stopped.error?.name).toBe('TimeoutError');
  expect(next.console.map((entry) => entry.message)).toEqual([pristine, '1']);
});

test('error position after many scripts', async () => {
  for (let i = 0; i < 20; i++) await run(`globalThis.n${i} = ${i};`);
  const outcome = await run('const user = undefined;\nconsole.log(user.name);');

  expect(outcome.error?.name).toBe('TypeError');
  expect(outcome.error?.loc).toEqual({ file: 'flows/test.flow.yaml', line: 11, column: 23 });
  expect(outcome.error?.sourceLine).toBe('console.log(user.name);');
});

test('Postman globals are removed', async () => {
  const postman = await runner.run(
    { ...inline('pm.environment.set("seen", 1); tests["ok"] = true;'), dialect: 'postman' },
    fakeHost('post', {
      response: {
        status: 200,
        statusText: 'OK',
        headers: [],
        body: '{}',
        durationMs: 1,
        size: 2,
        url: 'http://127.0.0.1:1/',
      },
    }),
    limits,
  );
  const next = await run('console.log(typeof pm, typeof tests, typeof postman, typeof request);');

  expect(postman.error).toBeUndefined();
  expect(next.console[0]?.message).toBe('undefined undefined undefined undefined');
});

test('concurrent scripts keep separate globals', async () => {
  const waiting = fakeHost('beforeAll');
  const quick = fakeHost('beforeAll');
  const slow = runner.run(
    inline(
      [
        'globalThis.mine = "slow";',
        `await at.sendRequest("${server.url}/slow?ms=150");`,
        'at.variables.set("seen", [typeof theirs, mine]);',
      ].join('\n'),
    ),
    waiting,
    limits,
  );
  const fast = runner.run(
    inline('globalThis.theirs = "fast";\nat.variables.set("seen", [typeof mine, theirs]);'),
    quick,
    limits,
  );
  const [slowOutcome, fastOutcome] = await Promise.all([slow, fast]);

  expect(slowOutcome.error).toBeUndefined();
  expect(fastOutcome.error).toBeUndefined();
  expect(waiting.variables.get('seen')).toEqual(['undefined', 'slow']);
  expect(quick.variables.get('seen')).toEqual(['undefined', 'fast']);
});
