import { afterAll, beforeAll, expect, test } from 'vitest';

import { createScriptRunner } from '../../src/script/runner.js';
import type { ScriptRunner } from '../../src/script/types.js';
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
const workerUrl = compileWorker();

beforeAll(async () => {
  runner = createScriptRunner({ workerUrl });
  server = await startServer();
  // Start the worker now, so timings below measure scripts and not the worker's start-up.
  await runner.run(inline('1'), fakeHost('beforeAll'), limits);
});

afterAll(async () => {
  await runner.close();
  await server.close();
});

const short = { ...limits, timeout: 200 };

test('infinite loop stops at the deadline', async () => {
  const started = performance.now();
  const outcome = await runner.run(inline('while (true) {}'), fakeHost('beforeAll'), short);
  const elapsed = performance.now() - started;

  expect(outcome.ok).toBe(false);
  expect(outcome.error).toEqual({
    name: 'TimeoutError',
    message: 'script exceeded its 200 ms deadline and was stopped',
  });
  expect(elapsed).toBeGreaterThanOrEqual(190);
  expect(elapsed).toBeLessThan(400);
});

test('loop in a test stops too', async () => {
  const outcome = await runner.run(
    inline('at.test("spins", () => { for (;;) {} });'),
    fakeHost('beforeAll'),
    short,
  );

  expect(outcome.error?.name).toBe('TimeoutError');
  expect(outcome.tests).toEqual([]);
});

test('loop in an async test stops too', async () => {
  const outcome = await runner.run(
    inline('at.test("spins", async () => { await null; for (;;) {} });'),
    fakeHost('beforeAll'),
    short,
  );

  expect(outcome.error?.name).toBe('TimeoutError');
});

test('large allocation hits the memory limit', async () => {
  const outcome = await runner.run(
    inline('const buffer = new ArrayBuffer(64 * 1024 * 1024);'),
    fakeHost('beforeAll'),
    limits,
  );

  expect(outcome.error).toEqual({
    name: 'MemoryError',
    message: 'script exceeded its memory limit of 16 MiB',
  });
});

test('growing memory is killed by the watchdog', async () => {
  // The interpreter's deadline is checked between bytecodes, and this loop spends its time in
  // allocations, so only the watchdog's worker termination bounds it.
  const host = fakeHost('beforeAll');
  const started = performance.now();
  const outcome = await runner.run(
    inline(
      'console.log("growing");\nconst parts = [];\nwhile (true) parts.push("y".repeat(1 << 20) + parts.length);',
    ),
    host,
    short,
  );
  const elapsed = performance.now() - started;

  expect(outcome.ok).toBe(false);
  expect(outcome.error?.message).toMatch(
    /^script exceeded its (200 ms deadline and was stopped|memory limit of 16 MiB)$/,
  );
  expect(elapsed).toBeLessThan(2 * short.timeout + 300);
  expect(outcome.console).toEqual([{ level: 'log', message: 'growing' }]);

  const next = await runner.run(
    inline('console.log(at.variables.get("user"));'),
    fakeHost('beforeAll'),
    short,
  );
  expect(next.error).toBeUndefined();
  expect(next.console[0]?.message).toBe('alice');
});

test('watchdog kill at 2x the deadline', async () => {
  // A hard kill is forced with a factor below 1: the watchdog fires before the interpreter's own
  // deadline, which is what happens when the interpreter cannot stop a script in time.
  const killer = createScriptRunner({ workerUrl, hardKillFactor: 0.5 });
  try {
    await killer.run(inline('1'), fakeHost('beforeAll'), limits);
    const started = performance.now();
    const outcome = await killer.run(inline('while (true) {}'), fakeHost('beforeAll'), {
      ...limits,
      timeout: 400,
    });
    const elapsed = performance.now() - started;

    expect(outcome.error).toEqual({
      name: 'TimeoutError',
      message: 'script exceeded its 400 ms deadline and was stopped',
    });
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(390);

    const after = await killer.run(inline('console.log(1 + 1);'), fakeHost('beforeAll'), limits);
    expect(after.console[0]?.message).toBe('2');
  } finally {
    await killer.close();
  }
});

test('deep recursion is a stack overflow', async () => {
  const outcome = await runner.run(
    inline('function f(n) { return f(n + 1) + 1; }\nf(0);'),
    fakeHost('beforeAll'),
    limits,
  );

  expect(outcome.error).toEqual({
    name: 'RangeError',
    message: 'script exceeded its stack limit of 256 KiB (recursion too deep)',
  });

  const next = await runner.run(inline('console.log("ok");'), fakeHost('beforeAll'), limits);
  expect(next.console[0]?.message).toBe('ok');
});

test('sendRequest wait does not count against the deadline', async () => {
  const host = fakeHost('beforeAll');
  const outcome = await runner.run(
    inline(
      `const res = await at.sendRequest("${server.url}/slow?ms=300");\nconsole.log(res.status);`,
    ),
    host,
    { ...limits, timeout: 100 },
  );

  expect(outcome.error).toBeUndefined();
  expect(outcome.console[0]?.message).toBe('200');
  expect(outcome.durationMs).toBeGreaterThanOrEqual(290);
});

test('promise that never settles fails', async () => {
  const outcome = await runner.run(
    inline('await new Promise(() => {});'),
    fakeHost('beforeAll'),
    short,
  );

  expect(outcome.error?.message).toMatch(/^script is awaiting a promise that never settles/);
});

test('concurrent scripts share the worker', async () => {
  const slow = runner.run(
    inline(`await at.sendRequest("${server.url}/slow?ms=150");\nconsole.log("slow");`),
    fakeHost('beforeAll'),
    short,
  );
  const fast = runner.run(inline('console.log("fast");'), fakeHost('beforeAll'), short);
  const [slowOutcome, fastOutcome] = await Promise.all([slow, fast]);

  expect(slowOutcome.console[0]?.message).toBe('slow');
  expect(fastOutcome.console[0]?.message).toBe('fast');
  expect(fastOutcome.durationMs).toBeLessThan(slowOutcome.durationMs);
});

test('closed runner rejects new scripts', async () => {
  const closing = createScriptRunner({ workerUrl });
  await closing.run(inline('1'), fakeHost('beforeAll'), limits);
  await closing.close();

  await expect(closing.run(inline('1'), fakeHost('beforeAll'), limits)).rejects.toThrow(
    'the script runner is closed',
  );
});
