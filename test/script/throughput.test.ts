/**
 * A manual check, skipped by default: runs 10,000 small post scripts through one runner and
 * prints the mean round trip per script and the memory after each half. Run it by hand with
 *   SCRIPT_THROUGHPUT=1 npx vitest run test/script/throughput.test.ts
 * Timings depend on the machine, so nothing here asserts on them.
 */
import { expect, test } from 'vitest';

import { createScriptRunner } from '../../src/script/runner.js';
import { compileWorker, fakeHost, inline, limits, postResponse } from './support.js';

const total = 10_000;

function memory(): string {
  const { rss, heapUsed } = process.memoryUsage();
  return `rss ${(rss / 2 ** 20).toFixed(1)} MiB, heap ${(heapUsed / 2 ** 20).toFixed(1)} MiB`;
}

test.runIf(process.env.SCRIPT_THROUGHPUT === '1')(
  '10,000 scripts through one runner',
  { timeout: 300_000 },
  async () => {
    const runner = createScriptRunner({ workerUrl: compileWorker() });
    const script = inline(
      'at.test("status", () => at.expect(at.response.status).toBe(200));\nat.variables.set("id", at.response.json().id);',
    );
    await runner.run(script, fakeHost('post', { response: postResponse('{"id":0}') }), limits);

    let failed = 0;
    const started = performance.now();
    for (let i = 1; i <= total; i++) {
      const host = fakeHost('post', { response: postResponse(`{"id":${i}}`) });
      const outcome = await runner.run(script, host, limits);
      if (!outcome.ok || host.variables.get('id') !== i) failed++;
      if (i === total / 2 || i === total) console.log(`${i} scripts: ${memory()}`);
    }
    const elapsed = performance.now() - started;
    console.log(
      `${((elapsed / total) * 1000).toFixed(0)} µs per script, round trip through the worker`,
    );
    await runner.close();

    expect(failed).toBe(0);
  },
);
