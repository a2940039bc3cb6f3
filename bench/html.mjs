#!/usr/bin/env node
// `node bench/html.mjs [--quick]`: rendering report.html from a 100,000-request run.
//
// The results document comes from the real results builder, fed the events of a run of 10 steps
// over 10,000 iterations with one failed attempt in a hundred, each failure carrying a 4 KiB
// response body. Building it sends no request, so the case measures the renderer alone. Prints
// the render time and the file size against the targets (5 s, 2 MiB); never fails on them.
// Run `npm run build` first.

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const TARGET_SECONDS = 5;
const TARGET_BYTES = 2 * 1024 * 1024;
const STEPS = 10;
const MiB = 1024 * 1024;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = (file) => pathToFileURL(path.join(root, 'lib', file)).href;

/** Builds the results document of a synthetic run of `iterations` × 10 requests. */
async function buildResults(iterations) {
  const { ResultsBuilder } = await import(lib('results/builder.js'));
  const builder = new ResultsBuilder({
    toolVersion: 'bench',
    failOn: 'failures',
    detail: { iterations: 5, failuresPerStep: 20 },
  });

  const file = 'flows/bench.flow.yaml';
  const ref = { index: 0, name: 'Bench', file };
  const loc = (line) => ({ file, line, column: 3 });
  const steps = Array.from({ length: STEPS }, (_, index) => ({
    name: `Step ${index + 1}`,
    index,
    loc: loc(4 + index * 6),
    method: 'GET',
    url: `{{ baseUrl }}/api/items/${index + 1}`,
  }));
  const body = 'x'.repeat(4096);
  let time = Date.parse('2026-12-04T12:00:00Z');

  builder.onEvent({
    type: 'runStart',
    runId: 'bench',
    time,
    flows: [{ ref, loc: loc(1), tags: [], iterations, virtualUsers: 10, steps, thresholds: [] }],
  });
  builder.onEvent({ type: 'flowStart', flow: ref, time });
  for (let iteration = 1; iteration <= iterations; iteration++) {
    const vu = ((iteration - 1) % 10) + 1;
    const started = time;
    builder.onEvent({ type: 'iterationStart', flow: ref, iteration, vu, time });
    for (const step of steps) {
      // A skewed latency: most requests take 5-25 ms, a few take hundreds.
      const durationMs =
        5 + ((iteration * 7919 + step.index * 104_729) % 20) + (iteration % 97 === 0 ? 400 : 0);
      const failed = (iteration + step.index) % 100 === 0;
      time += durationMs;
      builder.onEvent({
        type: 'attempt',
        flow: ref,
        record: {
          step: step.name,
          stepIndex: step.index,
          iteration,
          vu,
          attempt: 1,
          loc: step.loc,
          status: failed ? 'failed' : 'passed',
          offsetMs: time - started,
          durationMs,
          timings: { connect: 1, firstByte: durationMs - 2, download: 1, total: durationMs },
          bytesSent: 180,
          bytesReceived: failed ? 4400 : 600,
          assertions: [
            {
              name: 'status equals 200',
              passed: !failed,
              expected: 200,
              actual: failed ? 500 : 200,
              expectedType: 'number',
              actualType: 'number',
            },
          ],
          extractions: [],
          console: [],
          request: {
            method: 'GET',
            url: `http://127.0.0.1:3000/api/items/${step.index + 1}`,
            headers: [['accept', 'application/json']],
          },
          ...(failed
            ? {
                error: { kind: 'assertion', message: 'expected status equals 200, got 500' },
                response: {
                  status: 500,
                  statusText: 'Internal Server Error',
                  httpVersion: '1.1',
                  headers: [['content-type', 'text/plain']],
                  body: { text: body, encoding: 'utf8', size: body.length, truncated: false },
                  url: `http://127.0.0.1:3000/api/items/${step.index + 1}`,
                  redirects: [],
                },
              }
            : {}),
        },
      });
      builder.onEvent({
        type: 'stepEnd',
        flow: ref,
        step: step.index,
        iteration,
        vu,
        status: failed ? 'failed' : 'passed',
        flaky: false,
      });
    }
    builder.onEvent({
      type: 'iterationEnd',
      flow: ref,
      iteration,
      vu,
      status: 'passed',
      time,
      durationMs: time - started,
    });
  }
  builder.onEvent({ type: 'flowEnd', flow: ref, time, interrupted: false });
  builder.onEvent({ type: 'runEnd', time, interrupted: false });
  return builder.build();
}

/** Renders report.html from a 100,000-request run and prints the time and size. */
export async function benchHtml({ quick = false } = {}) {
  const iterations = quick ? 1_000 : 10_000;
  const results = await buildResults(iterations);
  const { renderHtml } = await import(lib('report/html.js'));

  renderHtml(results); // warm-up: the first render compiles the template
  const started = performance.now();
  const html = renderHtml(results);
  const seconds = (performance.now() - started) / 1000;
  const bytes = Buffer.byteLength(html);

  console.log(
    `\nHTML report from a run of ${results.summary.requests.toLocaleString('en-US')} requests`,
  );
  console.log(`  render time   ${seconds.toFixed(3)} s (target under ${TARGET_SECONDS} s)`);
  console.log(
    `  file size     ${(bytes / MiB).toFixed(2)} MiB (target under ${TARGET_BYTES / MiB} MiB)`,
  );
  return { requests: results.summary.requests, seconds, bytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  await benchHtml({ quick: values.quick });
}
