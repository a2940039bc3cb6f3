import { describe, expect, it } from 'vitest';
import {
  exitCodeFor,
  ResultsBuilder,
  type ResultsBuilderOptions,
} from '../../src/results/builder.js';
import { validateResults } from '../../src/results/io.js';
import type { RunEvent } from '../../src/results/events.js';
import { attempt, planOf, simpleRun, T0 } from './events.js';

function builderWith(options: Partial<ResultsBuilderOptions> = {}): ResultsBuilder {
  return new ResultsBuilder({
    toolVersion: '0.1.0',
    failOn: 'failures',
    detail: { iterations: 2, failuresPerStep: 3 },
    clock: () => T0 + 60_000,
    host: { node: 'v20.20.2', platform: 'linux' },
    ...options,
  });
}

function feed(builder: ResultsBuilder, events: RunEvent[]): ResultsBuilder {
  for (const event of events) builder.onEvent(event);
  return builder;
}

describe('ResultsBuilder', () => {
  it('counts steps, skipped steps and iterations', () => {
    const plan = planOf(0, ['Log in', 'Read', 'Log out']);
    const events = simpleRun({
      plan,
      iterations: 10,
      duration: () => 50,
      fail: (i, step) => i <= 2 && step === 1,
    });
    const doc = feed(builderWith(), events).build();
    const [flow] = doc.flows;

    expect(flow?.steps.map((step) => [step.count, step.passed, step.failed, step.skipped])).toEqual(
      [
        [10, 10, 0, 0],
        [10, 8, 2, 0],
        [10, 8, 0, 2],
      ],
    );
    expect(flow?.iterations).toEqual({ run: 10, passed: 8, failed: 2 });
    expect(flow?.successRate).toBe(0.8);
    expect(flow?.status).toBe('failed');
    expect(flow?.errorsByKind).toEqual({ assertion: 2 });
    expect(doc.summary.steps).toEqual({ count: 30, passed: 26, failed: 2, skipped: 2, flaky: 0 });
    expect(doc.summary.requests).toBe(28);
    expect(doc.run.status).toBe('failed');
    expect(doc.run.exitCode).toBe(1);
  });

  it('counts a retried pass as flaky', () => {
    const plan = planOf(0, ['Log in']);
    const ref = plan.ref;
    const doc = feed(builderWith(), [
      { type: 'runStart', runId: 'r', time: T0, flows: [plan] },
      { type: 'flowStart', flow: ref, time: T0 },
      { type: 'iterationStart', flow: ref, iteration: 1, vu: 1, time: T0 },
      { type: 'attempt', flow: ref, record: attempt(ref, 0, 'Log in', 1, 30, 'failed') },
      {
        type: 'attempt',
        flow: ref,
        record: attempt(ref, 0, 'Log in', 1, 40, 'passed', { attempt: 2 }),
      },
      { type: 'stepEnd', flow: ref, step: 0, iteration: 1, vu: 1, status: 'passed', flaky: true },
      {
        type: 'iterationEnd',
        flow: ref,
        iteration: 1,
        vu: 1,
        status: 'passed',
        time: T0 + 80,
        durationMs: 80,
      },
      { type: 'flowEnd', flow: ref, time: T0 + 100, interrupted: false },
      { type: 'runEnd', time: T0 + 100, interrupted: false },
    ]).build();
    const step = doc.flows[0]!.steps[0]!;

    expect(step.flaky).toBe(1);
    expect(step.passed).toBe(1);
    expect(step.attempts).toBe(2);
    expect(step.requests).toBe(2);
    expect(doc.flows[0]!.failures).toHaveLength(1);
    expect(doc.run.status).toBe('passed');
    expect(exitCodeFor(doc)).toBe(0);
  });

  it('caps failures and counts the dropped ones', () => {
    const plan = planOf(0, ['Log in']);
    const doc = feed(
      builderWith(),
      simpleRun({ plan, iterations: 10, duration: () => 10, fail: () => true }),
    ).build();
    const flow = doc.flows[0]!;

    expect(flow.failures).toHaveLength(3);
    expect(flow.detail.failuresDropped).toEqual({ 'Log in': 7 });
  });

  it('keeps detail of the first iterations only', () => {
    const plan = planOf(0, ['Log in', 'Read']);
    const doc = feed(builderWith(), simpleRun({ plan, iterations: 5, duration: () => 10 })).build();
    const details = doc.flows[0]!.iterationDetails;

    expect(details.map((detail) => detail.iteration)).toEqual([1, 2]);
    expect(details[0]!.attempts).toHaveLength(2);
  });

  it('counts script requests apart from steps', () => {
    const plan = planOf(0, ['Log in']);
    const ref = plan.ref;
    const events = simpleRun({ plan, iterations: 1, duration: () => 10 });
    events.splice(3, 0, {
      type: 'attempt',
      flow: ref,
      record: attempt(ref, 0, 'Log in', 1, 25, 'passed', { script: true }),
    });
    const flow = feed(builderWith(), events).build().flows[0]!;

    expect(flow.scriptRequests.requests).toBe(1);
    expect(flow.scriptRequests.duration.max).toBe(25);
    expect(flow.steps[0]!.requests).toBe(1);
    expect(flow.steps[0]!.duration.max).toBe(10);
  });

  it('names a bottleneck that stands out', () => {
    const plan = planOf(0, ['Log in', 'Search', 'Log out']);
    const doc = feed(
      builderWith(),
      simpleRun({ plan, iterations: 5, duration: (_i, step) => (step === 1 ? 300 : 50) }),
    ).build();
    expect(doc.flows[0]!.bottleneck).toEqual({ step: 'Search', share: 0.75, meanMs: 300 });
  });

  it('fails the run on a crossed threshold', () => {
    const plan = planOf(
      0,
      ['Log in'],
      [
        {
          step: 'Log in',
          metric: 'p95',
          operator: '<',
          value: 100,
          expression: 'p95: < 100ms',
          loc: { file: 'f', line: 9, column: 5 },
        },
        {
          metric: 'errorRate',
          operator: '<',
          value: 0.01,
          expression: 'errorRate: < 1%',
          loc: { file: 'f', line: 10, column: 5 },
        },
      ],
    );
    const doc = feed(
      builderWith(),
      simpleRun({ plan, iterations: 20, duration: (i) => (i > 15 ? 400 : 50) }),
    ).build();

    expect(doc.flows[0]!.thresholds.map((threshold) => threshold.passed)).toEqual([false, true]);
    expect(doc.flows[0]!.thresholds[0]!.observed).toBeCloseTo(400, -1);
    expect(doc.summary.thresholds).toEqual({ total: 2, crossed: 1 });
    expect(doc.run.status).toBe('failed');
    expect(doc.run.exitCode).toBe(1);
  });

  it.each([
    { failOn: 'failures' as const, status: 'passed', exitCode: 0 },
    { failOn: 'anomalies' as const, status: 'failed', exitCode: 1 },
    { failOn: 'never' as const, status: 'failed', exitCode: 0 },
  ])('applies --fail-on $failOn to anomalies', ({ failOn, status, exitCode }) => {
    const plan = planOf(0, ['Log in']);
    const events = simpleRun({
      plan,
      iterations: 100,
      duration: (i) => (i === 50 ? 5000 : 100 + (i % 7)),
    });
    const options = failOn === 'never' ? { failOn: 'anomalies' as const } : { failOn };
    const doc = feed(builderWith(options), events).build();
    expect(doc.flows[0]!.anomalies.flags[0]?.iterations).toEqual([50]);
    expect(doc.summary.anomalies).toBe(1);
    if (failOn === 'never') doc.run.failOn = 'never';
    expect(doc.run.status).toBe(status);
    expect(exitCodeFor(doc)).toBe(exitCode);
  });

  it('keeps what ran when built mid-run', () => {
    const plan = planOf(0, ['Log in']);
    const events = simpleRun({ plan, iterations: 3, duration: () => 10 }).slice(0, -2);
    const doc = feed(builderWith(), events).build();

    expect(doc.run.status).toBe('interrupted');
    expect(doc.run.exitCode).toBe(130);
    expect(doc.flows[0]!.status).toBe('interrupted');
    expect(doc.flows[0]!.iterations.run).toBe(3);
    expect(doc.run.endedAt).toBe(new Date(T0 + 60_000).toISOString());
  });

  it('reports a run in progress as it stands', () => {
    // What at.export in After All sees: every iteration done, flowEnd and runEnd still to come.
    const plan = planOf(0, ['Log in']);
    const events = simpleRun({ plan, iterations: 3, duration: () => 10 }).slice(0, -2);
    const doc = feed(builderWith(), events).build({ inProgress: true });

    expect(doc.run.status).toBe('passed');
    expect(doc.run.exitCode).toBe(0);
    expect(doc.flows[0]!.status).toBe('passed');
    expect(doc.summary.flows.interrupted).toBeUndefined();
  });

  it('counts interrupted flows apart from failed ones', () => {
    const plan = planOf(0, ['Log in']);
    const events = simpleRun({ plan, iterations: 3, duration: () => 10 }).slice(0, -2);
    const doc = feed(builderWith(), events).build();

    expect(doc.summary.flows.interrupted).toBe(1);
    expect(doc.summary.flows.failed).toBe(0);
  });

  it('records the shard and exit code given', () => {
    const plan = planOf(0, ['Log in']);
    const doc = feed(builderWith(), simpleRun({ plan, iterations: 1, duration: () => 10 })).build({
      shard: { index: 2, total: 3 },
      exitCode: 3,
    });
    expect(doc.run.shard).toEqual({ index: 2, total: 3 });
    expect(doc.run.exitCode).toBe(3);
  });

  it('builds a document that matches the schema', () => {
    const plan = planOf(0, ['Log in', 'Read']);
    const doc = feed(
      builderWith(),
      simpleRun({ plan, iterations: 30, duration: (i) => 20 + i, fail: (i) => i === 4 }),
    ).build();
    expect(validateResults(JSON.parse(JSON.stringify(doc)))).toEqual([]);
  });

  it('computes requests per second over the flow time', () => {
    const plan = planOf(0, ['Log in']);
    const doc = feed(
      builderWith(),
      simpleRun({ plan, iterations: 50, duration: () => 10 }),
    ).build();
    expect(doc.flows[0]!.requestsPerSecond).toBe(5);
    expect(doc.flows[0]!.bytesReceived).toBe(50_000);
  });
});
