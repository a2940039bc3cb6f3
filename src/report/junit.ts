/**
 * The junit reporter: junit.xml in the common JUnit XML shape that CI systems read.
 *
 * One <testsuite> per flow. While the results document keeps an iteration's detail, each step
 * execution of that iteration is its own <testcase>, named `Step (iteration 3)` so names stay
 * unique across iterations and virtual users. The iterations beyond the kept detail become one
 * aggregate <testcase> per step, with their counts as properties and in <system-out>. Hooks,
 * flow errors and thresholds are test cases too, so a crossed threshold fails the build.
 * Every suite's `tests`, `failures`, `errors` and `skipped` count its <testcase> elements.
 */
import { formatLocation } from '../common/source.js';
import type {
  AttemptRecord,
  ErrorInfo,
  FlowResult,
  HookResult,
  ResultsDocument,
  StepAggregate,
  ThresholdResult,
} from '../results/document.js';
import { fileReporter } from './file-reporter.js';
import { formatDuration, formatMetric, formatSeconds, formatTypedValue } from './format.js';
import type { Renderer } from './types.js';

/** The outcome element of a test case; passed cases have none. */
type Outcome =
  | { kind: 'passed' }
  | { kind: 'skipped'; message: string }
  | { kind: 'failure' | 'error'; message: string; type: string; body: string };

interface TestCase {
  name: string;
  classname: string;
  timeMs: number;
  file?: string;
  line?: number;
  outcome: Outcome;
  properties: [string, string][];
  /** Retried attempts that failed before the step passed (Maven Surefire's <flakyFailure>). */
  flakyFailures: { message: string; type: string; body: string }[];
  systemOut: string[];
}

/** Error kinds reported as <failure>, because the response failed a check; other kinds are <error>. */
const failureKinds = new Set(['assertion', 'extraction', 'threshold']);

/** Renders a results document as JUnit XML. */
export function renderJunit(results: ResultsDocument): string {
  const suites = results.flows.map((flow) => ({ flow, cases: flowTestCases(flow) }));
  const totals = suites.reduce((sum, suite) => addCounts(sum, countOutcomes(suite.cases)), {
    tests: 0,
    failures: 0,
    errors: 0,
    skipped: 0,
  });

  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites${attributes({
      name: 'flow-runner',
      ...totals,
      time: formatSeconds(results.run.durationMs),
      timestamp: results.run.startedAt,
    })}>`,
  );
  suites.forEach(({ flow, cases }, index) => out.push(...renderSuite(flow, cases, index)));
  out.push('</testsuites>', '');
  return out.join('\n');
}

export const junitRenderer: Renderer = {
  format: 'junit',
  contentType: 'application/xml',
  fileName: 'junit.xml',
  render: (results) => Promise.resolve(renderJunit(results)),
};

export const junitReporter = fileReporter('junit', junitRenderer);

function renderSuite(flow: FlowResult, cases: TestCase[], index: number): string[] {
  const out = [
    `  <testsuite${attributes({
      name: flow.name,
      id: index,
      ...countOutcomes(cases),
      time: formatSeconds(flow.durationMs),
      timestamp: flow.startedAt,
      file: flow.file,
    })}>`,
  ];

  const properties: [string, string][] = [
    ['file', flow.file],
    ['status', flow.status],
    ['iterations', String(flow.iterations.run)],
    ['virtualUsers', String(flow.virtualUsers)],
    ['successRate', String(flow.successRate)],
  ];
  if (flow.environment) properties.push(['environment', flow.environment]);
  if (flow.group) properties.push(['group', flow.group.name]);
  if (flow.tags.length > 0) properties.push(['tags', flow.tags.join(',')]);
  out.push(...renderProperties(properties, '    '));

  for (const testCase of cases) out.push(...renderTestCase(testCase));
  out.push('  </testsuite>');
  return out;
}

function renderTestCase(testCase: TestCase): string[] {
  const open = `    <testcase${attributes({
    name: testCase.name,
    classname: testCase.classname,
    time: formatSeconds(testCase.timeMs),
    file: testCase.file,
    line: testCase.line,
  })}`;
  const outcome = testCase.outcome;
  const hasChildren =
    outcome.kind !== 'passed' ||
    testCase.properties.length > 0 ||
    testCase.flakyFailures.length > 0 ||
    testCase.systemOut.length > 0;
  if (!hasChildren) return [`${open}/>`];

  const out = [`${open}>`, ...renderProperties(testCase.properties, '      ')];
  if (outcome.kind === 'skipped') {
    out.push(`      <skipped${attributes({ message: outcome.message })}/>`);
  } else if (outcome.kind !== 'passed') {
    out.push(
      `      <${outcome.kind}${attributes({ message: outcome.message, type: outcome.type })}>` +
        `${escapeText(outcome.body)}</${outcome.kind}>`,
    );
  }
  for (const flaky of testCase.flakyFailures) {
    out.push(
      `      <flakyFailure${attributes({ message: flaky.message, type: flaky.type })}>` +
        `${escapeText(flaky.body)}</flakyFailure>`,
    );
  }
  if (testCase.systemOut.length > 0) {
    out.push(`      <system-out>${escapeText(testCase.systemOut.join('\n'))}</system-out>`);
  }
  out.push('    </testcase>');
  return out;
}

function renderProperties(properties: [string, string][], indent: string): string[] {
  if (properties.length === 0) return [];
  return [
    `${indent}<properties>`,
    ...properties.map(([name, value]) => `${indent}  <property${attributes({ name, value })}/>`),
    `${indent}</properties>`,
  ];
}

// ---- Test cases of a flow ----

function flowTestCases(flow: FlowResult): TestCase[] {
  const cases: TestCase[] = [];
  const names = new UniqueNames();

  for (const [hook, label] of [
    ['beforeAll', 'Before All'],
    ['afterAll', 'After All'],
  ] as const) {
    const result = flow.hooks[hook];
    if (result) cases.push(hookTestCase(flow, names.take(label), result));
  }

  const hookMessages = new Set([
    flow.hooks.beforeAll?.error?.message,
    flow.hooks.afterAll?.error?.message,
  ]);
  flow.errors
    .filter((error) => !hookMessages.has(error.message))
    .forEach((error, index) =>
      cases.push(flowErrorTestCase(flow, names.take(`flow error ${index + 1}`), error)),
    );

  const labels = stepLabels(flow.steps);
  const detailed = new Set(flow.iterationDetails.map((detail) => detail.iteration));
  const detailedCounts = flow.steps.map(() => ({
    count: 0,
    passed: 0,
    failed: 0,
    skipped: 0,
    flaky: 0,
    timeMs: 0,
  }));

  for (const detail of flow.iterationDetails) {
    for (const attempts of executions(detail.attempts)) {
      const first = attempts[0] as AttemptRecord;
      const step = flow.steps[first.stepIndex];
      const label = labels[first.stepIndex] ?? first.step;
      const testCase = executionTestCase(
        flow,
        names.take(`${label} (iteration ${detail.iteration})`),
        attempts,
      );
      cases.push(testCase);

      const counts = detailedCounts[first.stepIndex];
      if (!step || !counts) continue;
      counts.count += 1;
      counts.timeMs += testCase.timeMs;
      if (testCase.outcome.kind === 'passed') counts.passed += 1;
      else if (testCase.outcome.kind === 'skipped') counts.skipped += 1;
      else counts.failed += 1;
      if (testCase.flakyFailures.length > 0) counts.flaky += 1;
    }
  }

  flow.steps.forEach((step, index) => {
    const counts = detailedCounts[index];
    const remaining = step.count - (counts?.count ?? 0);
    if (!counts || remaining <= 0) return;
    const label = labels[index] ?? step.name;
    const failures = flow.failures.filter(
      (record) => record.stepIndex === index && !detailed.has(record.iteration),
    );
    cases.push(
      aggregateTestCase(
        flow,
        step,
        names.take(`${label} (${plural(remaining, 'more iteration')})`),
        counts,
        failures,
      ),
    );
  });

  for (const threshold of flow.thresholds) {
    const scope = threshold.step ? ` (${threshold.step})` : '';
    cases.push(
      thresholdTestCase(flow, names.take(`threshold ${threshold.expression}${scope}`), threshold),
    );
  }
  return cases;
}

function executionTestCase(flow: FlowResult, name: string, attempts: AttemptRecord[]): TestCase {
  const final = attempts[attempts.length - 1] as AttemptRecord;
  const earlierFailures = attempts.slice(0, -1).filter((attempt) => attempt.status === 'failed');
  const testCase = baseTestCase(flow, name, final);
  testCase.timeMs = attempts.reduce((sum, attempt) => sum + attempt.durationMs, 0);
  testCase.properties.push(['iteration', String(final.iteration)], ['vu', String(final.vu)]);
  if (attempts.length > 1) testCase.properties.push(['attempts', String(attempts.length)]);

  if (final.status === 'skipped') {
    testCase.outcome = { kind: 'skipped', message: final.skipReason ?? 'skipped' };
  } else if (final.status === 'failed') {
    testCase.outcome = attemptOutcome(final);
  } else if (earlierFailures.length > 0) {
    testCase.properties.push(['flaky', 'true']);
    testCase.flakyFailures = earlierFailures.map((attempt) => {
      const outcome = attemptOutcome(attempt);
      return { message: outcome.message, type: outcome.type, body: outcome.body };
    });
    testCase.systemOut.push(
      `flaky: passed on attempt ${final.attempt} after ${earlierFailures.length} failed ` +
        `${earlierFailures.length === 1 ? 'attempt' : 'attempts'}`,
    );
  }

  for (const attempt of attempts) {
    if (attempt.status === 'skipped') continue;
    testCase.systemOut.push(`attempt ${attempt.attempt}: ${requestLine(attempt)}`);
    for (const entry of attempt.console)
      testCase.systemOut.push(`  console.${entry.level}: ${entry.message}`);
  }
  return testCase;
}

function aggregateTestCase(
  flow: FlowResult,
  step: StepAggregate,
  name: string,
  detailed: {
    count: number;
    passed: number;
    failed: number;
    skipped: number;
    flaky: number;
    timeMs: number;
  },
  failures: AttemptRecord[],
): TestCase {
  const count = step.count - detailed.count;
  const passed = step.passed - detailed.passed;
  const failed = step.failed - detailed.failed;
  const skipped = step.skipped - detailed.skipped;
  const flaky = step.flaky - detailed.flaky;

  const testCase = baseTestCase(flow, name, step);
  testCase.timeMs = Math.max(0, step.duration.sum - detailed.timeMs);
  testCase.properties.push(
    ['count', String(count)],
    ['passed', String(passed)],
    ['failed', String(failed)],
    ['skipped', String(skipped)],
  );
  if (flaky > 0) testCase.properties.push(['flaky', 'true'], ['flakyCount', String(flaky)]);
  testCase.systemOut.push(
    `${plural(count, 'execution')} not kept in detail: ${passed} passed (${flaky} flaky), ${failed} failed, ${skipped} skipped`,
    `response time: mean ${formatDuration(step.duration.mean)}, p95 ${formatDuration(step.duration.p95)} over all iterations`,
  );

  if (failed > 0) {
    const dropped = flow.detail.failuresDropped[step.name] ?? 0;
    const bodies = failures.map(
      (record) =>
        `iteration ${record.iteration}, vu ${record.vu}, attempt ${record.attempt}\n${attemptOutcome(record).body}`,
    );
    if (dropped > 0)
      bodies.push(
        `${dropped} more failed attempts were not kept (at most ${flow.detail.failuresPerStep} per step).`,
      );
    const allErrors =
      failures.length > 0 && failures.every((record) => attemptOutcome(record).kind === 'error');
    const first = failures[0];
    testCase.outcome = {
      kind: allErrors ? 'error' : 'failure',
      message: `${failed} of ${plural(count, 'execution')} failed${first ? `: ${attemptOutcome(first).message}` : ''}`,
      type: first ? attemptOutcome(first).type : 'failure',
      body: bodies.join('\n\n'),
    };
  } else if (skipped === count) {
    testCase.outcome = { kind: 'skipped', message: `all ${plural(count, 'execution')} skipped` };
  }
  return testCase;
}

function hookTestCase(flow: FlowResult, name: string, result: HookResult): TestCase {
  const testCase = baseTestCase(flow, name, flow);
  testCase.timeMs = result.durationMs;
  if (result.status === 'failed') {
    const error = result.error ?? { kind: 'script', message: `${name} failed` };
    testCase.outcome = {
      kind: 'error',
      message: error.message,
      type: error.kind,
      body: errorBody(error),
    };
  }
  for (const entry of result.console)
    testCase.systemOut.push(`console.${entry.level}: ${entry.message}`);
  return testCase;
}

function flowErrorTestCase(flow: FlowResult, name: string, error: ErrorInfo): TestCase {
  const testCase = baseTestCase(flow, name, error.loc ? { loc: error.loc } : flow);
  testCase.outcome = {
    kind: 'error',
    message: error.message,
    type: error.kind,
    body: errorBody(error),
  };
  return testCase;
}

function thresholdTestCase(flow: FlowResult, name: string, threshold: ThresholdResult): TestCase {
  const testCase = baseTestCase(flow, name, threshold);
  const observed = `observed ${formatMetric(threshold.metric, threshold.observed)}`;
  testCase.properties.push(
    ['observed', String(threshold.observed)],
    ['limit', String(threshold.limit)],
  );
  if (!threshold.passed) {
    testCase.outcome = {
      kind: 'failure',
      message: `threshold ${threshold.expression} crossed: ${observed}`,
      type: 'threshold',
      body: `${threshold.expression}${threshold.step ? ` on step "${threshold.step}"` : ''}: ${observed}\nat ${formatLocation(threshold.loc)}`,
    };
  }
  return testCase;
}

function baseTestCase(
  flow: FlowResult,
  name: string,
  located: { loc: ErrorInfo['loc'] },
): TestCase {
  return {
    name,
    classname: flow.file,
    timeMs: 0,
    ...(located.loc ? { file: located.loc.file, line: located.loc.line } : {}),
    outcome: { kind: 'passed' },
    properties: [],
    flakyFailures: [],
    systemOut: [],
  };
}

function attemptOutcome(record: AttemptRecord): Extract<Outcome, { kind: 'failure' | 'error' }> {
  const failed = record.assertions.filter((assertion) => !assertion.passed);
  const isError =
    failed.length === 0 && record.error !== undefined && !failureKinds.has(record.error.kind);

  const body = [requestLine(record), `at ${formatLocation(record.loc)}`];
  for (const assertion of failed) {
    body.push(
      '',
      `Assertion failed: ${assertion.name}${assertion.loc ? ` (${formatLocation(assertion.loc)})` : ''}`,
      `  expected: ${formatTypedValue(assertion.expected, assertion.expectedType)}`,
      `  actual:   ${formatTypedValue(assertion.actual, assertion.actualType)}`,
    );
    if (assertion.message) body.push(`  ${assertion.message}`);
  }
  if (record.error && !(record.error.kind === 'assertion' && failed.length > 0))
    body.push('', errorBody(record.error));

  return {
    kind: isError ? 'error' : 'failure',
    message: record.error?.message ?? failed[0]?.name ?? `${record.step} failed`,
    type: record.error?.kind ?? 'assertion',
    body: body.join('\n'),
  };
}

function errorBody(error: ErrorInfo): string {
  return `${error.kind}: ${error.message}${error.loc ? `\nat ${formatLocation(error.loc)}` : ''}`;
}

function requestLine(record: AttemptRecord): string {
  const request = record.request
    ? `${record.request.method} ${record.request.url}`
    : '(no request sent)';
  const response = record.response
    ? `${record.response.status} ${record.response.statusText}`.trimEnd()
    : `no response${record.error ? ` (${record.error.kind})` : ''}`;
  return `${request} -> ${response} in ${formatDuration(record.durationMs)}`;
}

/** Groups an iteration's step attempts by step execution, in the order the steps ran. */
function executions(attempts: AttemptRecord[]): AttemptRecord[][] {
  const byStep = new Map<number, AttemptRecord[]>();
  for (const attempt of attempts) {
    if (attempt.script) continue;
    const group = byStep.get(attempt.stepIndex);
    if (group) group.push(attempt);
    else byStep.set(attempt.stepIndex, [attempt]);
  }
  return [...byStep.values()].map((group) => group.sort((a, b) => a.attempt - b.attempt));
}

/** Names steps by their name, adding the position where two steps of a flow share one. */
function stepLabels(steps: StepAggregate[]): string[] {
  const seen = new Map<string, number>();
  for (const step of steps) seen.set(step.name, (seen.get(step.name) ?? 0) + 1);
  return steps.map((step) =>
    (seen.get(step.name) ?? 0) > 1 ? `${step.name} [step ${step.index + 1}]` : step.name,
  );
}

/** Hands out test case names, suffixing `#2`, `#3`... should a name repeat anyway. */
class UniqueNames {
  readonly #taken = new Set<string>();

  take(name: string): string {
    let unique = name;
    for (let suffix = 2; this.#taken.has(unique); suffix++) unique = `${name} #${suffix}`;
    this.#taken.add(unique);
    return unique;
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// ---- Counting and XML ----

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function countOutcomes(cases: TestCase[]): Counts {
  return {
    tests: cases.length,
    failures: cases.filter((testCase) => testCase.outcome.kind === 'failure').length,
    errors: cases.filter((testCase) => testCase.outcome.kind === 'error').length,
    skipped: cases.filter((testCase) => testCase.outcome.kind === 'skipped').length,
  };
}

function addCounts(a: Counts, b: Counts): Counts {
  return {
    tests: a.tests + b.tests,
    failures: a.failures + b.failures,
    errors: a.errors + b.errors,
    skipped: a.skipped + b.skipped,
  };
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

/**
 * Removes what XML 1.0 cannot carry at all: control characters other than tab, newline and
 * carriage return, lone surrogates, and U+FFFE/U+FFFF.
 */
function stripInvalidXml(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** Escapes text content; `>` too, so that `]]>` never appears. */
export function escapeText(text: string): string {
  return stripInvalidXml(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value, keeping tabs and line breaks as character references. */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
