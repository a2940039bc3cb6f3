/**
 * A small but complete sample run for reporter tests: two flows, retries, a flaky step, a failed
 * assertion, a network error, skipped steps, thresholds, an anomaly and a bottleneck.
 *
 * The document is derived from a list of attempts, the way the results builder derives it, so
 * counts, aggregates, failures and events always agree with each other. `sampleRun().events`
 * replays the same run as live events.
 */
import hdr from 'hdr-histogram-js';

import type { SourceLocation } from '../../../src/common/source.js';
import type {
  AnomalyReport,
  AssertionRecord,
  AttemptRecord,
  ConsoleEntry,
  DurationStats,
  ErrorInfo,
  FlowResult,
  HookResult,
  IterationRecord,
  RequestAggregate,
  ResultsDocument,
  Status,
  StepAggregate,
  ThresholdResult,
} from '../../../src/results/document.js';
import { SCHEMA_VERSION } from '../../../src/results/document.js';
import type { FlowRef, RunEvent } from '../../../src/results/events.js';

/** Start of the sample run; every timestamp in the sample is an offset from it. */
export const sampleStartedAt = '2025-03-01T10:00:00.000Z';
const runStartMs = Date.parse(sampleStartedAt);

interface StepSpec {
  name: string;
  method: string;
  url: string;
  line: number;
}

interface AttemptSpec {
  step: number;
  status: Status;
  durationMs?: number;
  httpStatus?: number;
  error?: ErrorInfo;
  assertions?: AssertionRecord[];
  console?: ConsoleEntry[];
  skipReason?: string;
}

interface FlowSpec {
  name: string;
  file: string;
  group?: FlowResult['group'];
  environment?: string;
  tags: string[];
  virtualUsers: number;
  steps: StepSpec[];
  iterations: { vu: number; attempts: AttemptSpec[] }[];
  detailIterations: number;
  failuresPerStep: number;
  thresholds: (flow: Omit<FlowResult, 'thresholds'>) => ThresholdResult[];
  anomalies: AnomalyReport;
  beforeAll?: HookResult;
  scriptRequestMs: number[];
}

const baseUrl = 'http://127.0.0.1:3000';

const at = (file: string, line: number, column = 5): SourceLocation => ({ file, line, column });

const loginFile = 'flows/auth-api/login.flow.yaml';
const smokeFile = 'flows/smoke.flow.yaml';

function statusAssertion(expected: number, actual: number, line: number): AssertionRecord {
  return {
    name: `status equals ${expected}`,
    passed: expected === actual,
    expected,
    actual,
    expectedType: 'number',
    actualType: 'number',
    loc: at(loginFile, line, 7),
  };
}

const loginFlow: FlowSpec = {
  name: 'Login flow',
  file: loginFile,
  group: { name: 'Auth API', dir: 'flows/auth-api', file: 'flows/auth-api/flow-group.yaml' },
  environment: 'dev',
  tags: ['smoke'],
  virtualUsers: 2,
  steps: [
    { name: 'Log in', method: 'POST', url: '{{ baseUrl }}/api/login', line: 12 },
    { name: 'Read profile', method: 'GET', url: '{{ baseUrl }}/api/profile', line: 28 },
    { name: 'Update settings', method: 'PUT', url: '{{ baseUrl }}/api/settings', line: 40 },
    { name: 'Log out', method: 'POST', url: '{{ baseUrl }}/api/logout', line: 52 },
  ],
  iterations: [
    {
      vu: 1,
      attempts: [
        { step: 0, status: 'passed', durationMs: 40, httpStatus: 200 },
        { step: 1, status: 'passed', durationMs: 120, httpStatus: 200 },
        { step: 2, status: 'passed', durationMs: 60, httpStatus: 200 },
        { step: 3, status: 'passed', durationMs: 20, httpStatus: 204 },
      ],
    },
    {
      vu: 2,
      attempts: [
        { step: 0, status: 'passed', durationMs: 44, httpStatus: 200 },
        {
          step: 1,
          status: 'failed',
          durationMs: 310,
          httpStatus: 503,
          assertions: [statusAssertion(200, 503, 33)],
          error: {
            kind: 'assertion',
            message: 'status equals 200: expected 200 (number) but got 503 (number)',
            loc: at(loginFile, 33, 7),
          },
        },
        {
          step: 1,
          status: 'passed',
          durationMs: 130,
          httpStatus: 200,
          console: [{ level: 'log', message: 'profile id 42' }],
        },
        { step: 2, status: 'passed', durationMs: 64, httpStatus: 200 },
        { step: 3, status: 'passed', durationMs: 22, httpStatus: 204 },
      ],
    },
    {
      vu: 1,
      attempts: [
        { step: 0, status: 'passed', durationMs: 42, httpStatus: 200 },
        { step: 1, status: 'passed', durationMs: 125, httpStatus: 200 },
        {
          step: 2,
          status: 'failed',
          durationMs: 70,
          httpStatus: 200,
          console: [{ level: 'warn', message: 'theme missing from <response>' }],
          assertions: [
            statusAssertion(200, 200, 45),
            {
              name: '$.theme equals "dark"',
              passed: false,
              expected: 'dark',
              actual: null,
              expectedType: 'string',
              actualType: 'null',
              loc: at(loginFile, 46, 9),
            },
          ],
          error: {
            kind: 'assertion',
            message: '$.theme equals "dark": expected "dark" (string) but got null (null)',
            loc: at(loginFile, 46, 9),
          },
        },
        { step: 3, status: 'skipped', skipReason: 'previous step failed' },
      ],
    },
  ],
  detailIterations: 2,
  failuresPerStep: 5,
  thresholds: (flow) => {
    const logIn = flow.steps[0] as StepAggregate;
    const failedIterations = flow.iterations.failed / flow.iterations.run;
    return [
      {
        expression: 'p95 < 800ms',
        step: 'Log in',
        metric: 'p95',
        observed: logIn.duration.p95,
        limit: 800,
        passed: logIn.duration.p95 < 800,
        loc: at(loginFile, 8, 5),
      },
      {
        expression: 'errorRate < 1%',
        metric: 'errorRate',
        observed: failedIterations,
        limit: 0.01,
        passed: failedIterations < 0.01,
        loc: at(loginFile, 9, 5),
      },
    ];
  },
  anomalies: {
    evaluated: false,
    reason: 'too few samples: 3 per step, at least 20 needed',
    method: 'median/MAD',
    settings: { minSamples: 20, madLimit: 3.5, floorMs: 50 },
    flags: [],
  },
  beforeAll: {
    status: 'passed',
    durationMs: 35,
    console: [{ level: 'log', message: 'token fetched' }],
  },
  scriptRequestMs: [30],
};

const smokeFlow: FlowSpec = {
  name: 'Catalog smoke',
  file: smokeFile,
  tags: [],
  virtualUsers: 1,
  steps: [
    { name: 'List products', method: 'GET', url: `${baseUrl}/api/products`, line: 5 },
    { name: 'Get product', method: 'GET', url: `${baseUrl}/api/products/{{ id }}`, line: 11 },
  ],
  iterations: [30, 32, 250, 31].map((listMs, index) => ({
    vu: 1,
    attempts: [
      { step: 0, status: 'passed', durationMs: listMs, httpStatus: 200 },
      index === 3
        ? {
            step: 1,
            status: 'failed',
            durationMs: 2,
            error: {
              kind: 'connection_refused',
              message: 'connect ECONNREFUSED 127.0.0.1:3000',
              loc: at(smokeFile, 11, 5),
            },
          }
        : { step: 1, status: 'passed', durationMs: 20 + index, httpStatus: 200 },
    ],
  })),
  detailIterations: 4,
  failuresPerStep: 5,
  thresholds: () => [],
  anomalies: {
    evaluated: true,
    method: 'median/MAD',
    settings: { minSamples: 4, madLimit: 3.5, floorMs: 50 },
    flags: [
      {
        kind: 'outlier',
        step: 'List products',
        loc: at(smokeFile, 5, 5),
        message: '250 ms is 146 MADs above the median of 31.5 ms',
        values: { score: 146, limit: 3.5 },
        iterations: [3],
      },
    ],
  },
  scriptRequestMs: [],
};

/** Builds the sample run: its results document and the events a live run would have emitted. */
export function sampleRun(): { results: ResultsDocument; events: RunEvent[] } {
  const specs = [loginFlow, smokeFlow];
  const events: RunEvent[] = [];
  const flows: FlowResult[] = [];

  events.push({
    type: 'runStart',
    runId: 'run-0001',
    time: runStartMs,
    environment: 'dev',
    flows: specs.map((spec, index) => ({
      ref: { index, name: spec.name, file: spec.file },
      loc: at(spec.file, 1, 1),
      ...(spec.group ? { group: spec.group } : {}),
      ...(spec.environment ? { environment: spec.environment } : {}),
      tags: spec.tags,
      iterations: spec.iterations.length,
      virtualUsers: spec.virtualUsers,
      steps: spec.steps.map((step, stepIndex) => ({
        name: step.name,
        index: stepIndex,
        loc: at(spec.file, step.line),
        method: step.method,
        url: step.url,
      })),
      thresholds: [],
    })),
  });

  let flowStartMs = runStartMs;
  specs.forEach((spec, index) => {
    const flow = buildFlow(spec, { index, name: spec.name, file: spec.file }, flowStartMs, events);
    flows.push(flow);
    flowStartMs += flow.durationMs;
  });
  events.push({ type: 'runEnd', time: flowStartMs, interrupted: false });

  const durationMs = flowStartMs - runStartMs;
  const sum = (pick: (flow: FlowResult) => number) =>
    flows.reduce((total, flow) => total + pick(flow), 0);
  const stepSum = (pick: (step: StepAggregate) => number) =>
    sum((flow) => flow.steps.reduce((total, step) => total + pick(step), 0));
  const iterationsRun = sum((flow) => flow.iterations.run);
  const iterationsPassed = sum((flow) => flow.iterations.passed);
  const requests = stepSum((step) => step.requests) + sum((flow) => flow.scriptRequests.requests);

  const results: ResultsDocument = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'flow-runner', version: '0.1.0' },
    run: {
      id: 'run-0001',
      startedAt: sampleStartedAt,
      endedAt: new Date(flowStartMs).toISOString(),
      durationMs,
      status: 'failed',
      environment: 'dev',
      failOn: 'failures',
      exitCode: 1,
      host: { node: 'v20.20.2', platform: 'linux' },
    },
    summary: {
      flows: {
        total: flows.length,
        passed: flows.filter((flow) => flow.status === 'passed').length,
        failed: flows.filter((flow) => flow.status === 'failed').length,
      },
      iterations: {
        total: iterationsRun,
        passed: iterationsPassed,
        failed: iterationsRun - iterationsPassed,
      },
      steps: {
        count: stepSum((step) => step.count),
        passed: stepSum((step) => step.passed),
        failed: stepSum((step) => step.failed),
        skipped: stepSum((step) => step.skipped),
        flaky: stepSum((step) => step.flaky),
      },
      requests,
      bytesSent: sum((flow) => flow.bytesSent),
      bytesReceived: sum((flow) => flow.bytesReceived),
      successRate: iterationsPassed / iterationsRun,
      requestsPerSecond: requests / (durationMs / 1000),
      errorsByKind: mergeCounts(flows.map((flow) => flow.errorsByKind)),
      thresholds: {
        total: sum((flow) => flow.thresholds.length),
        crossed: sum((flow) => flow.thresholds.filter((threshold) => !threshold.passed).length),
      },
      anomalies: sum((flow) => flow.anomalies.flags.length),
    },
    flows,
  };
  // A deep copy, because the specs above share objects and tests edit the document.
  return structuredClone({ results, events });
}

/** Returns the sample results document (a fresh copy on every call). */
export function sampleResults(): ResultsDocument {
  return sampleRun().results;
}

function buildFlow(spec: FlowSpec, ref: FlowRef, startMs: number, events: RunEvent[]): FlowResult {
  events.push({ type: 'flowStart', flow: ref, time: startMs });

  let offsetMs = 0;
  if (spec.beforeAll) {
    events.push({ type: 'hookEnd', flow: ref, hook: 'beforeAll', result: spec.beforeAll });
    offsetMs += spec.beforeAll.durationMs;
  }

  const allAttempts: AttemptRecord[] = [];
  const iterationRecords: IterationRecord[] = [];
  const finals: { step: number; status: Status; flaky: boolean }[] = [];

  spec.iterations.forEach(({ vu, attempts }, index) => {
    const iteration = index + 1;
    const iterationStartMs = offsetMs;
    events.push({ type: 'iterationStart', flow: ref, iteration, vu, time: startMs + offsetMs });

    const records: AttemptRecord[] = [];
    attempts.forEach((attemptSpec, position) => {
      const previous = attempts
        .slice(0, position)
        .filter((other) => other.step === attemptSpec.step);
      const isLast = !attempts.slice(position + 1).some((other) => other.step === attemptSpec.step);
      const flaky =
        attemptSpec.status === 'passed' && previous.some((other) => other.status === 'failed');

      const record = attemptRecord(spec, attemptSpec, {
        iteration,
        vu,
        attempt: previous.length + 1,
        offsetMs,
        flaky,
      });
      records.push(record);
      offsetMs += record.durationMs;
      events.push({ type: 'attempt', flow: ref, record });

      if (isLast) {
        finals.push({ step: attemptSpec.step, status: attemptSpec.status, flaky });
        events.push({
          type: 'stepEnd',
          flow: ref,
          step: attemptSpec.step,
          iteration,
          vu,
          status: attemptSpec.status,
          flaky,
        });
      }
    });

    const status: Status = records.some(
      (record, position) => record.status === 'failed' && isFinal(records, position),
    )
      ? 'failed'
      : 'passed';
    const durationMs = offsetMs - iterationStartMs;
    events.push({
      type: 'iterationEnd',
      flow: ref,
      iteration,
      vu,
      status,
      time: startMs + offsetMs,
      durationMs,
    });
    iterationRecords.push({
      iteration,
      vu,
      status,
      startedAt: new Date(startMs + iterationStartMs).toISOString(),
      durationMs,
      attempts: records,
    });
    allAttempts.push(...records);
  });

  for (const requestMs of spec.scriptRequestMs) offsetMs += requestMs;
  const durationMs = offsetMs;
  events.push({ type: 'flowEnd', flow: ref, time: startMs + durationMs, interrupted: false });

  const steps = spec.steps.map((step, index): StepAggregate => {
    const attempts = allAttempts.filter(
      (record) => record.stepIndex === index && record.status !== 'skipped',
    );
    const executions = finals.filter((final) => final.step === index);
    // StepCounts.failed (failed executions) wins over RequestAggregate.failed (failed requests).
    return {
      ...requestAggregate(
        attempts.map((record) => ({
          durationMs: record.durationMs,
          failed: record.status === 'failed',
          record,
        })),
      ),
      name: step.name,
      index,
      loc: at(spec.file, step.line),
      method: step.method,
      url: step.url,
      count: executions.length,
      passed: executions.filter((final) => final.status === 'passed').length,
      failed: executions.filter((final) => final.status === 'failed').length,
      skipped: executions.filter((final) => final.status === 'skipped').length,
      flaky: executions.filter((final) => final.flaky).length,
      attempts: attempts.length,
    };
  });

  const failures: AttemptRecord[] = [];
  const failuresDropped: Record<string, number> = {};
  for (const record of allAttempts.filter((attempt) => attempt.status === 'failed')) {
    if (
      failures.filter((kept) => kept.stepIndex === record.stepIndex).length < spec.failuresPerStep
    ) {
      failures.push(record);
    } else {
      failuresDropped[record.step] = (failuresDropped[record.step] ?? 0) + 1;
    }
  }

  const passedIterations = iterationRecords.filter((record) => record.status === 'passed').length;
  const bytesSent = steps.reduce((total, step) => total + step.bytesSent, 0);
  const bytesReceived = steps.reduce((total, step) => total + step.bytesReceived, 0);
  const requests = steps.reduce((total, step) => total + step.requests, 0);
  const stepTime = steps.reduce((total, step) => total + step.duration.sum, 0);
  const slowest = steps.reduce((best, step) =>
    step.duration.sum > best.duration.sum ? step : best,
  );

  const flow: Omit<FlowResult, 'thresholds'> = {
    name: spec.name,
    file: spec.file,
    loc: at(spec.file, 1, 1),
    ...(spec.group ? { group: spec.group } : {}),
    ...(spec.environment ? { environment: spec.environment } : {}),
    tags: spec.tags,
    status: passedIterations === iterationRecords.length ? 'passed' : 'failed',
    startedAt: new Date(startMs).toISOString(),
    durationMs,
    virtualUsers: spec.virtualUsers,
    iterations: {
      planned: spec.iterations.length,
      run: iterationRecords.length,
      passed: passedIterations,
      failed: iterationRecords.length - passedIterations,
    },
    successRate: passedIterations / iterationRecords.length,
    requestsPerSecond: requests / (durationMs / 1000),
    bytesSent,
    bytesReceived,
    errorsByKind: mergeCounts(steps.map((step) => step.errorsByKind)),
    steps,
    scriptRequests: requestAggregate(
      spec.scriptRequestMs.map((requestMs) => ({ durationMs: requestMs, failed: false })),
    ),
    hooks: spec.beforeAll ? { beforeAll: spec.beforeAll } : {},
    bottleneck: {
      step: slowest.name,
      share: slowest.duration.sum / stepTime,
      meanMs: slowest.duration.mean,
    },
    anomalies: spec.anomalies,
    failures,
    iterationDetails: iterationRecords.slice(0, spec.detailIterations),
    detail: {
      iterations: spec.detailIterations,
      failuresPerStep: spec.failuresPerStep,
      failuresDropped,
    },
    errors: [],
  };
  const thresholds = spec.thresholds(flow);
  const crossed = thresholds.some((threshold) => !threshold.passed);
  return { ...flow, status: crossed ? 'failed' : flow.status, thresholds };
}

function isFinal(records: AttemptRecord[], position: number): boolean {
  const record = records[position] as AttemptRecord;
  return !records.slice(position + 1).some((other) => other.stepIndex === record.stepIndex);
}

function attemptRecord(
  spec: FlowSpec,
  attemptSpec: AttemptSpec,
  where: { iteration: number; vu: number; attempt: number; offsetMs: number; flaky: boolean },
): AttemptRecord {
  const step = spec.steps[attemptSpec.step] as StepSpec;
  const base = {
    step: step.name,
    stepIndex: attemptSpec.step,
    iteration: where.iteration,
    vu: where.vu,
    attempt: where.attempt,
    loc: at(spec.file, step.line),
    status: attemptSpec.status,
    ...(where.flaky ? { flaky: true } : {}),
    offsetMs: where.offsetMs,
    assertions: attemptSpec.assertions ?? [],
    extractions: [],
    console: attemptSpec.console ?? [],
  };
  if (attemptSpec.status === 'skipped') {
    return {
      ...base,
      durationMs: 0,
      bytesSent: 0,
      bytesReceived: 0,
      skipReason: attemptSpec.skipReason ?? 'skipped',
    };
  }

  const durationMs = attemptSpec.durationMs ?? 0;
  const url = step.url.replace('{{ baseUrl }}', baseUrl).replace('{{ id }}', '7');
  const requestBody = step.method === 'GET' ? undefined : '{"user":"alice","password":"***"}';
  const responseText = attemptSpec.httpStatus === 204 ? '' : '{"id":42,"user":{"name":"alice"}}';
  const record: AttemptRecord = {
    ...base,
    durationMs,
    request: {
      method: step.method,
      url,
      headers: [
        ['accept', 'application/json'],
        ['authorization', 'Bearer ***'],
      ],
      ...(requestBody
        ? {
            body: {
              text: requestBody,
              encoding: 'utf8',
              size: requestBody.length,
              truncated: false,
            },
          }
        : {}),
    },
    bytesSent: 180 + (requestBody?.length ?? 0),
    bytesReceived: 0,
    ...(attemptSpec.error ? { error: attemptSpec.error } : {}),
  };
  if (attemptSpec.httpStatus !== undefined) {
    record.response = {
      status: attemptSpec.httpStatus,
      statusText: statusTexts[attemptSpec.httpStatus] ?? '',
      httpVersion: '1.1',
      headers: [
        ['content-type', 'application/json'],
        ['x-request-id', `req-${where.iteration}-${attemptSpec.step}-${where.attempt}`],
      ],
      body: { text: responseText, encoding: 'utf8', size: responseText.length, truncated: false },
      url,
      redirects: [],
    };
    record.bytesReceived = 150 + responseText.length;
    record.timings = { firstByte: durationMs * 0.8, download: durationMs * 0.2, total: durationMs };
  }
  return record;
}

const statusTexts: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  503: 'Service Unavailable',
};

function requestAggregate(
  samples: { durationMs: number; failed: boolean; record?: AttemptRecord }[],
): RequestAggregate {
  const errorsByKind: Record<string, number> = {};
  for (const sample of samples) {
    const kind = sample.record?.error?.kind;
    if (sample.failed && kind) errorsByKind[kind] = (errorsByKind[kind] ?? 0) + 1;
  }
  const phase = (pick: (record: AttemptRecord) => number | undefined) => {
    const values = samples
      .map((sample) => (sample.record ? pick(sample.record) : undefined))
      .filter((value) => value !== undefined);
    return { sum: values.reduce((total, value) => total + value, 0), count: values.length };
  };
  return {
    requests: samples.length,
    failed: samples.filter((sample) => sample.failed).length,
    duration: durationStats(samples.map((sample) => sample.durationMs)),
    phases: {
      dns: { sum: 0, count: 0 },
      connect: { sum: 0, count: 0 },
      tls: { sum: 0, count: 0 },
      firstByte: phase((record) => record.timings?.firstByte),
      download: phase((record) => record.timings?.download),
    },
    bytesSent: samples.reduce((total, sample) => total + (sample.record?.bytesSent ?? 180), 0),
    bytesReceived: samples.reduce(
      (total, sample) => total + (sample.record?.bytesReceived ?? 400),
      0,
    ),
    errorsByKind,
  };
}

/** Computes duration statistics the way the metrics layer stores them, with a real HDR histogram. */
export function durationStats(valuesMs: number[]): DurationStats {
  const histogram = hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
  });
  for (const value of valuesMs) histogram.recordValue(Math.round(value * 1000));

  const count = valuesMs.length;
  const sum = valuesMs.reduce((total, value) => total + value, 0);
  const sumOfSquares = valuesMs.reduce((total, value) => total + value * value, 0);
  const mean = count === 0 ? 0 : sum / count;
  const percentile = (p: number) => (count === 0 ? 0 : histogram.getValueAtPercentile(p) / 1000);
  const stats: DurationStats = {
    count,
    sum,
    sumOfSquares,
    min: count === 0 ? 0 : Math.min(...valuesMs),
    max: count === 0 ? 0 : Math.max(...valuesMs),
    mean,
    stddev: count === 0 ? 0 : Math.sqrt(Math.max(0, sumOfSquares / count - mean * mean)),
    p50: percentile(50),
    p90: percentile(90),
    p95: percentile(95),
    p99: percentile(99),
    histogram: hdr.encodeIntoCompressedBase64(histogram),
  };
  histogram.destroy();
  return stats;
}

function mergeCounts(counts: Record<string, number>[]): Record<string, number> {
  const merged: Record<string, number> = {};
  for (const record of counts) {
    for (const [key, value] of Object.entries(record)) merged[key] = (merged[key] ?? 0) + value;
  }
  return merged;
}
