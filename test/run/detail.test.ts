import { afterEach, describe, expect, it } from 'vitest';
import { ResultsBuilder } from '../../src/results/builder.js';
import { assertion, extraction, flow, flowSet, request, step } from './support/model.js';
import { run } from './support/run.js';
import { sendJson, startServer, type TestServer } from './support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const detail = { iterations: 2, failuresPerStep: 3, bodyBytes: 8192 };

/** Runs a one-step flow that fails on the iterations listed in `failing`. */
async function runLog(options: { verbose?: boolean; failing: number[]; iterations: number }) {
  server = await startServer((req, res) => {
    const iteration = Number(req.url.split('/')[2]);
    sendJson(res, 200, {
      token: `tok-${iteration}-abcdef`,
      ok: !options.failing.includes(iteration),
    });
  });
  const builder = new ResultsBuilder({ toolVersion: 'test', failOn: 'failures', detail });
  const hit = step('Hit', {
    request: request({
      url: `${server.url}/hit/{{ iteration }}`,
      headers: [['X-Trace', 'iteration {{ iteration }}']],
    }),
    extract: [extraction('token', { kind: 'json', path: '$.token' }, true)],
    assert: [assertion({ kind: 'json', path: '$.ok' }, { name: 'equals', expected: true })],
  });
  const result = await run(flowSet(flow([hit], { iterations: options.iterations })), {
    detail,
    ...(options.verbose ? { verbose: true } : {}),
  });
  for (const event of result.events) builder.onEvent(event);
  return { ...result, document: builder.build() };
}

describe('attempt detail', () => {
  it('keeps full records only where the results keep them', async () => {
    const { attempts, document } = await runLog({ iterations: 10, failing: [1, 4, 5, 6, 7, 8] });
    const full = attempts.filter((record) => record.request?.headers.length);
    const fullIterations = full.map((record) => record.iteration);

    // Iterations 1 and 2 in full, then the failures of 4, 5 (the cap of 3 counts iteration 1).
    expect(fullIterations).toEqual([1, 2, 4, 5]);
    const lean = attempts.find((record) => record.iteration === 9);
    expect(lean?.request).toEqual({ method: 'GET', url: `${server!.url}/hit/9`, headers: [] });
    expect(lean?.response?.status).toBe(200);
    expect(lean?.response?.body).toBeUndefined();
    expect(lean?.assertions).toEqual([
      { name: '$.ok equals true', passed: true, loc: expect.anything() },
    ]);
    expect(lean?.extractions[0]).not.toHaveProperty('value');
    expect(lean?.timings?.total).toBeGreaterThan(0);

    const flowResult = document.flows[0]!;
    expect(flowResult.failures.map((record) => record.iteration)).toEqual([1, 4, 5]);
    expect(flowResult.detail.failuresDropped).toEqual({ Hit: 3 });
    expect(flowResult.iterationDetails.map((detail) => detail.iteration)).toEqual([1, 2]);
    for (const record of flowResult.failures)
      expect(record.response?.body?.text).toContain('"ok":false');
    expect(flowResult.steps[0]).toMatchObject({ count: 10, passed: 4, failed: 6, requests: 10 });
    expect(flowResult.steps[0]?.duration.count).toBe(10);
  });

  it('keeps every record in full with verbose', async () => {
    const { attempts } = await runLog({ verbose: true, iterations: 6, failing: [] });
    expect(attempts).toHaveLength(6);
    for (const record of attempts) {
      expect(record.request?.headers).toContainEqual(['X-Trace', `iteration ${record.iteration}`]);
      expect(record.response?.body?.text).toContain('"token":"****"');
    }
  });

  it('masks a captured secret in its own response', async () => {
    const { attempts } = await runLog({ iterations: 1, failing: [] });
    expect(attempts[0]?.response?.body?.text).toBe('{"token":"****","ok":true}');
    expect(attempts[0]?.extractions[0]?.value).toBe('****');
  });
});
