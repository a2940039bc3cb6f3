/**
 * Results documents for the HTML, PDF and OpenTelemetry reporter tests: a small run with one
 * failure and a retry, and a generator for large runs. Values are made up but consistent.
 */
import type {
  AttemptRecord,
  DurationStats,
  FlowResult,
  IterationRecord,
  ResultsDocument,
  StepAggregate,
} from '../../src/results/document.js';

export const HOSTILE_BODY =
  '{"error":"</script><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><!--"}';

/** Builds duration statistics whose percentiles grow from `p50`. */
export function durationStats(p50: number, count: number): DurationStats {
  const mean = p50 * 1.1;
  const stddev = p50 * 0.3;
  return {
    count,
    sum: mean * count,
    sumOfSquares: (stddev * stddev + mean * mean) * count,
    min: p50 * 0.5,
    max: p50 * 4,
    mean,
    stddev,
    p50,
    p90: p50 * 1.8,
    p95: p50 * 2.25,
    p99: p50 * 3.1,
    histogram: '',
  };
}

const loc = (line: number) => ({ file: 'flows/shop/checkout.flow.yaml', line, column: 5 });

function step(
  index: number,
  name: string,
  method: string,
  url: string,
  p50: number,
  runs: number,
): StepAggregate {
  return {
    name,
    index,
    loc: loc(10 + index * 12),
    method,
    url,
    count: runs,
    passed: runs,
    failed: 0,
    skipped: 0,
    flaky: 0,
    attempts: runs,
    requests: runs,
    duration: durationStats(p50, runs),
    phases: {
      dns: { sum: 0, count: 0 },
      connect: { sum: runs * 0.4, count: runs },
      tls: { sum: 0, count: 0 },
      firstByte: { sum: runs * p50 * 0.8, count: runs },
      download: { sum: runs * p50 * 0.1, count: runs },
    },
    bytesSent: runs * 180,
    bytesReceived: runs * 950,
    errorsByKind: {},
  };
}

/** Builds one attempt record of a step, passed unless `failure` is given. */
export function attempt(
  fields: Pick<AttemptRecord, 'step' | 'stepIndex' | 'iteration' | 'offsetMs' | 'durationMs'> &
    Partial<AttemptRecord>,
): AttemptRecord {
  const status = fields.status ?? 'passed';
  return {
    vu: 1,
    attempt: 1,
    loc: loc(10 + fields.stepIndex * 12),
    status,
    request: {
      method: fields.stepIndex === 1 ? 'GET' : 'POST',
      url: `http://127.0.0.1:3000/api/${fields.step.toLowerCase().replace(/ /g, '-')}?sig=abc123`,
      headers: [
        ['accept', 'application/json'],
        ['authorization', '[REDACTED]'],
      ],
      body: { text: '{"user":"alice"}', encoding: 'utf8', size: 16, truncated: false },
    },
    response: {
      status: status === 'failed' ? 502 : 200,
      statusText: status === 'failed' ? 'Bad Gateway' : 'OK',
      httpVersion: '1.1',
      headers: [['content-type', 'application/json']],
      body: { text: '{"ok":true}', encoding: 'utf8', size: 11, truncated: false },
      url: 'http://127.0.0.1:3000/api',
      redirects: [],
    },
    timings: {
      connect: 0.4,
      firstByte: fields.durationMs * 0.8,
      download: fields.durationMs * 0.1,
      total: fields.durationMs * 0.9 + 0.4,
    },
    bytesSent: 180,
    bytesReceived: 950,
    assertions: [
      {
        name: 'status equals 200',
        passed: status !== 'failed',
        expected: 200,
        actual: status === 'failed' ? 502 : 200,
      },
    ],
    extractions: [],
    console: [],
    ...fields,
  };
}

const FLOW_START = Date.parse('2026-12-04T10:00:00.000Z');

/**
 * Builds a run of one flow, "Checkout", with 10 iterations: "Pay" failed once (a 502 whose body
 * tries to inject script) and passed once after a retry. Two iterations are kept in detail.
 */
export function sampleResults(): ResultsDocument {
  const steps = [
    step(0, 'Log in', 'POST', '{{ baseUrl }}/api/login', 42, 10),
    step(1, 'List orders', 'GET', '{{ baseUrl }}/api/orders', 120, 10),
    step(2, 'Pay', 'POST', '{{ baseUrl }}/api/pay', 80, 10),
  ];
  const pay = steps[2]!;
  pay.passed = 9;
  pay.failed = 1;
  pay.flaky = 1;
  pay.attempts = 12;
  pay.requests = 12;
  pay.errorsByKind = { assertion: 1 };

  const failed = attempt({
    step: 'Pay',
    stepIndex: 2,
    iteration: 7,
    offsetMs: 2_310,
    durationMs: 95,
    status: 'failed',
    attempt: 2,
    error: {
      kind: 'assertion',
      message: 'expected status 200 but got 502',
      loc: { file: 'flows/shop/checkout.flow.yaml', line: 40, column: 15 },
    },
    response: {
      status: 502,
      statusText: 'Bad Gateway',
      httpVersion: '1.1',
      headers: [
        ['content-type', 'text/html'],
        ['x-note', '<b>bold</b>'],
      ],
      body: { text: HOSTILE_BODY, encoding: 'utf8', size: HOSTILE_BODY.length, truncated: false },
      url: 'http://127.0.0.1:3000/api/pay',
      redirects: [],
    },
    console: [
      { level: 'warn', message: 'payment provider slow <script>window.__pwned = 3</script>' },
    ],
    trace: { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' },
  });

  const iterations: IterationRecord[] = [1, 2].map((n) => {
    const base = (n - 1) * 300;
    const attempts = [
      attempt({ step: 'Log in', stepIndex: 0, iteration: n, offsetMs: base + 1, durationMs: 45 }),
      attempt({
        step: 'List orders',
        stepIndex: 1,
        iteration: n,
        offsetMs: base + 50,
        durationMs: 130,
      }),
      attempt({
        step: 'Pay',
        stepIndex: 2,
        iteration: n,
        offsetMs: base + 185,
        durationMs: 60,
        status: n === 2 ? 'failed' : 'passed',
        ...(n === 2
          ? {
              error: { kind: 'connection_refused', message: 'connect ECONNREFUSED 127.0.0.1:3000' },
            }
          : {}),
      }),
      ...(n === 2
        ? [
            attempt({
              step: 'Pay',
              stepIndex: 2,
              iteration: n,
              offsetMs: base + 250,
              durationMs: 40,
              attempt: 2,
              flaky: true,
              console: [{ level: 'log', message: 'retried payment' }],
            }),
          ]
        : []),
    ];
    return {
      iteration: n,
      vu: 1,
      status: 'passed',
      startedAt: new Date(FLOW_START + base).toISOString(),
      durationMs: 295,
      attempts,
    };
  });

  const flow: FlowResult = {
    name: 'Checkout',
    file: 'flows/shop/checkout.flow.yaml',
    loc: { file: 'flows/shop/checkout.flow.yaml', line: 1, column: 1 },
    group: { name: 'Shop', dir: 'flows/shop', file: 'flows/shop/flow-group.yaml' },
    environment: 'dev',
    tags: ['smoke'],
    status: 'failed',
    startedAt: new Date(FLOW_START).toISOString(),
    durationMs: 3_012,
    virtualUsers: 1,
    iterations: { planned: 10, run: 10, passed: 9, failed: 1 },
    successRate: 0.9,
    requestsPerSecond: 10.6,
    bytesSent: 5_760,
    bytesReceived: 30_400,
    errorsByKind: { assertion: 1 },
    steps,
    scriptRequests: {
      requests: 0,
      failed: 0,
      duration: durationStats(0, 0),
      phases: steps[0]!.phases,
      bytesSent: 0,
      bytesReceived: 0,
      errorsByKind: {},
    },
    hooks: {
      beforeAll: {
        status: 'passed',
        durationMs: 12,
        console: [{ level: 'info', message: 'token fetched' }],
      },
    },
    bottleneck: { step: 'List orders', share: 0.49, meanMs: 132 },
    anomalies: {
      evaluated: true,
      method: 'median/MAD',
      settings: { minSamples: 5, madLimit: 3.5, cvLimit: 0.5 },
      flags: [
        {
          kind: 'outlier',
          step: 'List orders',
          loc: loc(22),
          message: 'request took 4.1 times the median',
          values: { score: 6.2, limit: 3.5 },
          iterations: [4],
        },
      ],
    },
    thresholds: [
      {
        expression: 'p95 < 800ms',
        step: 'Log in',
        metric: 'p95',
        observed: 94.5,
        limit: 800,
        passed: true,
        loc: loc(5),
      },
      {
        expression: 'errorRate < 1%',
        metric: 'errorRate',
        observed: 0.1,
        limit: 0.01,
        passed: false,
        loc: loc(6),
      },
    ],
    failures: [failed],
    iterationDetails: iterations,
    detail: { iterations: 2, failuresPerStep: 10, failuresDropped: {} },
    errors: [],
  };

  return {
    schemaVersion: 1,
    tool: { name: 'flow-runner', version: '0.1.0' },
    run: {
      id: 'run-20261204-1',
      startedAt: new Date(FLOW_START - 5).toISOString(),
      endedAt: new Date(FLOW_START + 3_020).toISOString(),
      durationMs: 3_025,
      status: 'failed',
      environment: 'dev',
      failOn: 'failures',
      exitCode: 1,
      host: { node: 'v20.20.2', platform: 'linux' },
    },
    summary: {
      flows: { total: 1, passed: 0, failed: 1 },
      iterations: { total: 10, passed: 9, failed: 1 },
      steps: { count: 30, passed: 29, failed: 1, skipped: 0, flaky: 1 },
      requests: 32,
      bytesSent: 5_760,
      bytesReceived: 30_400,
      successRate: 0.9,
      requestsPerSecond: 10.6,
      errorsByKind: { assertion: 1 },
      thresholds: { total: 2, crossed: 1 },
      anomalies: 1,
    },
    flows: [flow],
  };
}

/**
 * Builds a large run: `stepCount` steps over `iterations` iterations, every step failing in
 * 1% of them with a 64 KiB body, detail capped as the results builder caps it.
 */
export function largeResults(iterations: number, stepCount: number): ResultsDocument {
  const results = sampleResults();
  const flow = results.flows[0]!;
  const bigBody = 'x'.repeat(64 * 1024);

  flow.steps = Array.from({ length: stepCount }, (_, i) =>
    step(i, `Step ${i + 1}`, 'GET', `{{ baseUrl }}/items/${i}`, 20 + i, iterations),
  );
  flow.failures = flow.steps.flatMap((item) =>
    Array.from({ length: flow.detail.failuresPerStep }, (_, n) =>
      attempt({
        step: item.name,
        stepIndex: item.index,
        iteration: n * 100 + 1,
        offsetMs: n * 1_000,
        durationMs: 30,
        status: 'failed',
        error: { kind: 'assertion', message: 'expected status 200 but got 500' },
        response: {
          status: 500,
          statusText: 'Internal Server Error',
          httpVersion: '1.1',
          headers: [['content-type', 'text/plain']],
          body: { text: bigBody, encoding: 'utf8', size: bigBody.length, truncated: false },
          url: 'http://127.0.0.1:3000/items',
          redirects: [],
        },
      }),
    ),
  );
  flow.detail.failuresDropped = Object.fromEntries(
    flow.steps.map((item) => [item.name, iterations / 100 - flow.detail.failuresPerStep]),
  );
  flow.iterations = { run: iterations, passed: iterations * 0.99, failed: iterations * 0.01 };
  results.summary.requests = iterations * stepCount;
  results.summary.iterations = {
    total: iterations,
    passed: iterations * 0.99,
    failed: iterations * 0.01,
  };
  return results;
}
