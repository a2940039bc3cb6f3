import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

import { renderDiagnostic } from '../../src/common/diagnostics.js';
import type { SourceLocation } from '../../src/common/source.js';
import type { RunEvent } from '../../src/results/events.js';
import { createConsoleReporter } from '../../src/report/console.js';
import type { ReportContext } from '../../src/report/types.js';
import { recordingContext } from './support/context.js';
import { sampleRun } from './support/sample-results.js';

/** The shared diagnostic renderer's lines, indented as a failure block indents them. */
function diagnostic(category: string, message: string, loc: SourceLocation): string[] {
  return renderDiagnostic({ category, message, severity: 'error', loc })
    .split('\n')
    .map((line) => `     ${line}`);
}

function replay(overrides: Partial<ReportContext> = {}, edit?: (events: RunEvent[]) => void) {
  const { results, events } = sampleRun();
  edit?.(events);
  const context = recordingContext(overrides);
  const reporter = createConsoleReporter(context);
  for (const event of events) reporter.onEvent?.(event);
  return { context, reporter, results };
}

test('summary table per flow', async () => {
  const { results } = sampleRun();
  const context = recordingContext();
  await createConsoleReporter(context).onEnd?.(results);
  const lines = context.output().split('\n');

  const start = lines.indexOf('Login flow flows/auth-api/login.flow.yaml failed');
  expect(lines.slice(start, start + 18)).toEqual([
    'Login flow flows/auth-api/login.flow.yaml failed',
    '  3 iterations (2 passed, 1 failed), 2 virtual users, 66.7% success, 1.11 s, 10.8/s',
    '',
    '  Step               Count  Passed  Failed  Skipped  Flaky     p50     p95     p99     Mean   Sent  Received',
    `  ${'─'.repeat(106)}`,
    '  Log in                 3       3       0        0      0   42 ms   44 ms   44 ms    42 ms  639 B     549 B',
    '  Read profile           3       3       0        0      1  125 ms  310 ms  310 ms   171 ms  720 B     732 B',
    '  Update settings        3       2       1        0      0   64 ms   70 ms   70 ms  64.7 ms  639 B     549 B',
    '  Log out                3       2       0        1      0   20 ms   22 ms   22 ms    21 ms  426 B     300 B',
    '  (script requests)      1       1       0        -      -   30 ms   30 ms   30 ms    30 ms  180 B     400 B',
    '',
    '  Bottleneck: Read profile, 65.4% of step time (mean 171 ms)',
    '  Thresholds:',
    '    ✓ passed  p95 < 800ms on Log in: observed 44 ms',
    '    ✗ crossed errorRate < 1%: observed 33.33%',
    '',
    'Catalog smoke flows/smoke.flow.yaml failed',
    '  4 iterations (3 passed, 1 failed), 1 virtual user, 75% success, 408 ms, 19.6/s',
  ]);
  expect(lines).toContain(
    '    ! outlier in List products: 250 ms is 146 MADs above the median of 31.5 ms (iterations 3)',
  );
  expect(lines.slice(-3)).toEqual([
    '2 flows (0 passed, 2 failed), 7 iterations (5 passed, 2 failed), 20 steps (17 passed, 2 failed, 1 skipped, 1 flaky), 21 requests in 1.52 s (13.8/s), 1 of 2 thresholds crossed, 1 anomaly',
    'FAILED (exit code 1)',
    '',
  ]);
  expect(context.output()).not.toContain('\x1b');
});

test('failures section after the table', async () => {
  const { results } = sampleRun();
  const context = recordingContext();
  await createConsoleReporter(context).onEnd?.(results);
  const output = context.output();
  const failures = output.slice(output.indexOf('Failures (3)'), output.lastIndexOf('\n2 flows'));

  expect(failures).toBe(
    [
      'Failures (3)',
      '',
      '  1) Login flow › Read profile (iteration 2, vu 2, attempt 1, flaky: passed on attempt 2)',
      '     flows/auth-api/login.flow.yaml:28:5',
      '     GET http://127.0.0.1:3000/api/profile → 503 Service Unavailable (310 ms)',
      '',
      ...diagnostic('Assertion failed', 'status equals 200', {
        file: 'flows/auth-api/login.flow.yaml',
        line: 33,
        column: 7,
      }),
      '       expected: 200 (number)',
      '       actual:   503 (number)',
      '',
      '  2) Login flow › Update settings (iteration 3, vu 1, attempt 1)',
      '     flows/auth-api/login.flow.yaml:40:5',
      '     PUT http://127.0.0.1:3000/api/settings → 200 OK (70 ms)',
      '',
      ...diagnostic('Assertion failed', '$.theme equals "dark"', {
        file: 'flows/auth-api/login.flow.yaml',
        line: 46,
        column: 9,
      }),
      '       expected: "dark" (string)',
      '       actual:   null (null)',
      '',
      '     console:',
      '       warn: theme missing from <response>',
      '',
      '  3) Catalog smoke › Get product (iteration 4, vu 1, attempt 1)',
      '     flows/smoke.flow.yaml:11:5',
      '     GET http://127.0.0.1:3000/api/products/7 → no response (connection_refused) (2 ms)',
      '',
      ...diagnostic('Connection refused', 'connect ECONNREFUSED 127.0.0.1:3000', {
        file: 'flows/smoke.flow.yaml',
        line: 11,
        column: 5,
      }),
      '',
    ].join('\n'),
  );
  expect(output.indexOf('Failures (3)')).toBeGreaterThan(
    output.indexOf('Catalog smoke flows/smoke.flow.yaml'),
  );
});

test('failure shows its source line', async () => {
  const root = await mkdtemp(join(tmpdir(), 'flow-runner-console-'));
  try {
    await mkdir(join(root, 'flows/auth-api'), { recursive: true });
    const flowLines = Array.from({ length: 50 }, (_, index) => `# line ${index + 1}`);
    flowLines[45] = '        $.theme: { equals: dark }';
    await writeFile(join(root, 'flows/auth-api/login.flow.yaml'), flowLines.join('\n'));

    const { results } = sampleRun();
    const context = recordingContext({ options: { sourceRoot: root } });
    await createConsoleReporter(context).onEnd?.(results);
    expect(context.output()).toMatch(/ 46 \| {9}\$\.theme: \{ equals: dark \}/);
    expect(context.output()).toMatch(/\| {9}\^+ \$\.theme equals "dark"/);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('progress in plain-line mode', () => {
  const { context } = replay();
  expect(context.output()).toBe(
    [
      'Login flow (flows/auth-api/login.flow.yaml): 3 iterations, 2 virtual users',
      '  1/3 iterations, 0 failures',
      '  2/3 iterations, 0 failures',
      '  ✗ Update settings failed (iteration 3, vu 1): $.theme equals "dark": expected "dark" (string) but got null (null)',
      '  failed: 3/3 iterations, 1 failure in 1.11 s',
      'Catalog smoke (flows/smoke.flow.yaml): 4 iterations, 1 virtual user',
      '  1/4 iterations, 0 failures',
      '  2/4 iterations, 0 failures',
      '  3/4 iterations, 0 failures',
      '  ✗ Get product failed (iteration 4, vu 1): connect ECONNREFUSED 127.0.0.1:3000',
      '  failed: 4/4 iterations, 1 failure in 408 ms',
      '',
    ].join('\n'),
  );
});

test('progress lines every N iterations', () => {
  const { context } = replay({ options: { progressEvery: 2 } });
  const progress = context
    .output()
    .split('\n')
    .filter((line) => /^ {2}\d+\/\d+ iterations/.test(line));
  expect(progress).toEqual(['  2/3 iterations, 0 failures', '  2/4 iterations, 0 failures']);
});

test('interactive bar redraws one line', async () => {
  const { context, reporter, results } = replay({ interactive: true, color: true });
  const live = context.output();

  expect(live).toContain('\r\x1b[2KLogin flow [--------------------] 0/3 iterations, 0 failures');
  expect(live).toContain(
    '\r\x1b[2KCatalog smoke [###############-----] 3/4 iterations, 0 failures',
  );
  // A failure is printed on its own line and the bar drawn again under it.
  expect(live).toMatch(
    // eslint-disable-next-line no-control-regex
    /\r\x1b\[2K {2}\x1b\[31m✗\x1b\[39m Update settings failed \(iteration 3, vu 1\).*\n\r\x1b\[2KLogin flow \[/,
  );
  expect(live).toContain('\x1b[1mLogin flow\x1b[22m \x1b[31mfailed\x1b[39m: 3/3 iterations');
  expect(live.endsWith('\n')).toBe(true);

  await reporter.onEnd?.(results);
  expect(context.output()).toContain('\x1b[31m\x1b[1mFAILED\x1b[22m\x1b[39m');
});

test('interactive bar fits the width', () => {
  const { context } = replay({ interactive: true, options: { columns: 30 } });
  const drawn = context
    .output()
    .split('\r\x1b[2K')
    .map((chunk) => chunk.split('\n')[0] ?? '');
  expect(
    drawn.filter((line) => line.startsWith('Login flow [')).every((line) => line.length <= 29),
  ).toBe(true);
});

test('verbose prints each exchange', () => {
  const { context } = replay({ verbose: true }, (events) => {
    for (const event of events) {
      if (event.type === 'attempt' && event.record.response?.body && event.record.iteration === 1) {
        event.record.response.body.text = '{"id":42}\u001b[2J\r\nnext';
      }
    }
  });
  const output = context.output();

  expect(output).toContain(
    'Login flow › Log in (iteration 1, vu 1, attempt 1)\n  → POST http://127.0.0.1:3000/api/login\n',
  );
  expect(output).toContain('    authorization: Bearer ***');
  expect(output).toContain('    {"user":"alice","password":"***"}');
  expect(output).toContain('  ← HTTP/1.1 200 OK (40 ms)');
  expect(output).toContain('    {"id":42}\\x1b[2J\n    next');
  expect(output).toContain('  ✗ status equals 200');
  expect(output).toContain('  console:\n    log: profile id 42');
  expect(output).toContain('Login flow › Before All\n  log: token fetched');
  expect(output).toContain(
    'Login flow › Log out (iteration 3, vu 1, attempt 1) skipped: previous step failed',
  );
  expect(output).toContain('  ✗ connection_refused: connect ECONNREFUSED 127.0.0.1:3000');
  expect(output).not.toContain('\x1b');
});

test('log events by level', () => {
  const flow = { index: 0, name: 'Login flow', file: 'flows/auth-api/login.flow.yaml' };
  const logs: RunEvent[] = [
    { type: 'log', level: 'warn', message: 'retrying Read profile', flow },
    { type: 'log', level: 'debug', message: 'cookie jar reset' },
  ];
  const quiet = recordingContext();
  const quietReporter = createConsoleReporter(quiet);
  for (const event of logs) quietReporter.onEvent?.(event);
  expect(quiet.output()).toBe('warning: Login flow: retrying Read profile\n');

  const verbose = recordingContext({ verbose: true });
  const verboseReporter = createConsoleReporter(verbose);
  for (const event of logs) verboseReporter.onEvent?.(event);
  expect(verbose.output()).toBe(
    'warning: Login flow: retrying Read profile\ndebug: cookie jar reset\n',
  );
});

test('capped failures are counted', async () => {
  const { results } = sampleRun();
  const flow = results.flows[0];
  if (!flow) throw new Error('the sample lost its first flow');
  flow.detail.failuresDropped['Update settings'] = 41;
  const context = recordingContext({ options: { failuresPerStep: 1 } });
  await createConsoleReporter(context).onEnd?.(results);
  expect(context.output()).toContain(
    'Login flow › Update settings: 41 more failed attempts not shown (results.json keeps up to 5 failed attempts per step)',
  );
});

test('capped retried attempts are counted with retried ones', async () => {
  const { results } = sampleRun();
  const flow = results.flows[0];
  const step = flow?.steps.find((candidate) => candidate.name === 'Update settings');
  if (!flow || !step) throw new Error('the sample lost its first flow');
  // The step passed in every iteration, so every failed attempt it dropped was retried.
  step.failed = 0;
  flow.failures = flow.failures.filter((record) => record.step !== step.name);
  flow.detail.failuresDropped[step.name] = 97;
  const context = recordingContext();
  await createConsoleReporter(context).onEnd?.(results);
  const output = context.output();

  const line =
    'Login flow › Update settings: 97 more retried attempts not shown (results.json keeps up to 5 failed attempts per step)';
  expect(output).toContain(line);
  expect(output.indexOf(line)).toBeGreaterThan(output.indexOf('Retried attempts ('));
});

test('retried attempts apart from failures', async () => {
  const { results } = sampleRun();
  const flow = results.flows.find((candidate) => candidate.failures.length > 0)!;
  const first = flow.failures[0]!;
  flow.failures = [{ ...first, retried: true }, ...flow.failures];
  const context = recordingContext();
  await createConsoleReporter(context).onEnd?.(results);
  const output = context.output();

  const failuresAt = output.indexOf('Failures (');
  const retriedAt = output.indexOf('Retried attempts (1)');
  expect(failuresAt).toBeGreaterThan(-1);
  expect(retriedAt).toBeGreaterThan(failuresAt);
  expect(output.slice(failuresAt, retriedAt)).toContain(first.step);
});
