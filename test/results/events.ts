/** Synthetic run events for builder, merge and compare tests. */
import type { AttemptRecord } from '../../src/results/document.js';
import type { FlowPlan, FlowRef, RunEvent } from '../../src/results/events.js';
import type { Threshold } from '../../src/flow/model.js';

export const T0 = Date.parse('2026-01-01T00:00:00Z');

export function planOf(index: number, steps: string[], thresholds: Threshold[] = []): FlowPlan {
  const file = `flows/flow${index}.flow.yaml`;
  return {
    ref: { index, name: `Flow ${index}`, file },
    loc: { file, line: 1, column: 1 },
    tags: [],
    virtualUsers: 1,
    steps: steps.map((name, i) => ({
      name,
      index: i,
      loc: { file, line: 3 + i * 4, column: 5 },
      method: 'GET',
      url: `{{ baseUrl }}/${i}`,
    })),
    thresholds,
  };
}

export function attempt(
  ref: FlowRef,
  step: number,
  name: string,
  iteration: number,
  durationMs: number,
  status: AttemptRecord['status'] = 'passed',
  extra: Partial<AttemptRecord> = {},
): AttemptRecord {
  return {
    step: name,
    stepIndex: step,
    iteration,
    vu: 1,
    attempt: 1,
    loc: { file: ref.file, line: 3 + step * 4, column: 5 },
    status,
    offsetMs: iteration * 10,
    durationMs,
    request: { method: 'GET', url: `http://127.0.0.1/${step}`, headers: [] },
    response: {
      status: status === 'failed' ? 500 : 200,
      statusText: '',
      httpVersion: '1.1',
      headers: [],
      url: `http://127.0.0.1/${step}`,
      redirects: [],
    },
    timings: { firstByte: durationMs * 0.8, download: durationMs * 0.2, total: durationMs },
    bytesSent: 100,
    bytesReceived: 1000,
    ...(status === 'failed' ? { error: { kind: 'assertion', message: 'status 500' } } : {}),
    assertions: [],
    extractions: [],
    console: [],
    ...extra,
  };
}

/** Emits a run of one flow whose iterations each run every step once with `duration(i, step)`. */
export function simpleRun(options: {
  plan: FlowPlan;
  iterations: number;
  duration: (iteration: number, step: number) => number;
  fail?: (iteration: number, step: number) => boolean;
  start?: number;
  interrupted?: boolean;
}): RunEvent[] {
  const { plan } = options;
  const ref = plan.ref;
  const start = options.start ?? T0;
  const events: RunEvent[] = [
    { type: 'runStart', runId: 'run-1', time: start, flows: [plan] },
    { type: 'flowStart', flow: ref, time: start },
  ];
  for (let iteration = 1; iteration <= options.iterations; iteration++) {
    events.push({ type: 'iterationStart', flow: ref, iteration, vu: 1, time: start + iteration });
    let failed = false;
    plan.steps.forEach((step, i) => {
      if (failed) {
        events.push({
          type: 'stepEnd',
          flow: ref,
          step: i,
          iteration,
          vu: 1,
          status: 'skipped',
          flaky: false,
        });
        return;
      }
      const status = options.fail?.(iteration, i) ? 'failed' : 'passed';
      events.push({
        type: 'attempt',
        flow: ref,
        record: attempt(ref, i, step.name, iteration, options.duration(iteration, i), status),
      });
      events.push({ type: 'stepEnd', flow: ref, step: i, iteration, vu: 1, status, flaky: false });
      if (status === 'failed') failed = true;
    });
    events.push({
      type: 'iterationEnd',
      flow: ref,
      iteration,
      vu: 1,
      status: failed ? 'failed' : 'passed',
      time: start + iteration + 1,
      durationMs: 1,
    });
  }
  const end = start + 10_000;
  events.push({ type: 'flowEnd', flow: ref, time: end, interrupted: options.interrupted ?? false });
  events.push({ type: 'runEnd', time: end, interrupted: options.interrupted ?? false });
  return events;
}
