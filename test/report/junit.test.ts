import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { AttemptRecord, ResultsDocument } from '../../src/results/document.js';
import { renderJunit } from '../../src/report/junit.js';
import { createReporters } from '../../src/report/registry.js';
import { recordingContext } from './support/context.js';
import { sampleResults } from './support/sample-results.js';

const run = promisify(execFile);
const schemaPath = join(import.meta.dirname, 'junit.xsd');

interface Property {
  '@_name': string;
  '@_value': string;
}
interface Problem {
  '@_message'?: string;
  '@_type'?: string;
  '#text'?: string;
}
interface TestCase {
  '@_name': string;
  '@_classname': string;
  '@_time': string;
  properties?: { property: Property[] };
  failure?: Problem;
  error?: Problem;
  skipped?: { '@_message'?: string };
  flakyFailure?: Problem[];
  'system-out'?: string;
}
interface TestSuite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_errors': string;
  '@_skipped': string;
  testcase: TestCase[];
}
interface Parsed {
  testsuites: TestSuite & { testsuite: TestSuite[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['testsuite', 'testcase', 'property', 'flakyFailure'].includes(name),
});

function parse(xml: string): Parsed {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Parsed;
}

function property(testCase: TestCase, name: string): string | undefined {
  return testCase.properties?.property.find((entry) => entry['@_name'] === name)?.['@_value'];
}

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'flow-runner-junit-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('junit', () => {
  const results = sampleResults();
  const xml = renderJunit(results);
  const parsed = parse(xml);
  const suites = parsed.testsuites.testsuite;

  test('suite per flow, totals add up', () => {
    expect(suites.map((suite) => suite['@_name'])).toEqual(['Login flow', 'Catalog smoke']);

    for (const key of ['@_tests', '@_failures', '@_errors', '@_skipped'] as const) {
      const sum = suites.reduce((total, suite) => total + Number(suite[key]), 0);
      expect(Number(parsed.testsuites[key]), key).toBe(sum);
    }
    for (const suite of suites) {
      const cases = suite.testcase;
      expect(Number(suite['@_tests'])).toBe(cases.length);
      expect(Number(suite['@_failures'])).toBe(cases.filter((testCase) => testCase.failure).length);
      expect(Number(suite['@_errors'])).toBe(cases.filter((testCase) => testCase.error).length);
      expect(Number(suite['@_skipped'])).toBe(cases.filter((testCase) => testCase.skipped).length);
    }
  });

  test('step counts equal the document across iterations', () => {
    results.flows.forEach((flow, index) => {
      const cases = suites[index]?.testcase ?? [];
      for (const step of flow.steps) {
        const perIteration = cases.filter((testCase) =>
          testCase['@_name'].startsWith(`${step.name} (iteration `),
        );
        const aggregate = cases.find(
          (testCase) =>
            testCase['@_name'].startsWith(`${step.name} (`) && property(testCase, 'count'),
        );
        const fromAggregate = (name: string) =>
          Number((aggregate && property(aggregate, name)) ?? 0);

        const label = `${flow.name} › ${step.name}`;
        expect(perIteration.length + fromAggregate('count'), label).toBe(step.count);
        expect(
          perIteration.filter(
            (testCase) => !testCase.failure && !testCase.error && !testCase.skipped,
          ).length + fromAggregate('passed'),
          label,
        ).toBe(step.passed);
        expect(
          perIteration.filter((testCase) => testCase.failure || testCase.error).length +
            fromAggregate('failed'),
          label,
        ).toBe(step.failed);
        expect(
          perIteration.filter((testCase) => testCase.skipped).length + fromAggregate('skipped'),
          label,
        ).toBe(step.skipped);
        expect(
          perIteration.filter((testCase) => property(testCase, 'flaky') === 'true').length +
            fromAggregate('flakyCount'),
          label,
        ).toBe(step.flaky);
      }
    });
  });

  test('detail iterations and aggregates', () => {
    const names = suites[0]?.testcase.map((testCase) => testCase['@_name']);
    expect(names).toEqual([
      'Before All',
      'Log in (iteration 1)',
      'Read profile (iteration 1)',
      'Update settings (iteration 1)',
      'Log out (iteration 1)',
      'Log in (iteration 2)',
      'Read profile (iteration 2)',
      'Update settings (iteration 2)',
      'Log out (iteration 2)',
      'Log in (1 more iteration)',
      'Read profile (1 more iteration)',
      'Update settings (1 more iteration)',
      'Log out (1 more iteration)',
      'threshold p95 < 800ms (Log in)',
      'threshold errorRate < 1%',
    ]);
    for (const suite of suites) {
      const caseNames = suite.testcase.map((testCase) => testCase['@_name']);
      expect(new Set(caseNames).size).toBe(caseNames.length);
      for (const testCase of suite.testcase)
        expect(testCase['@_classname']).toMatch(/\.flow\.yaml$/);
    }
  });

  test('failure shows expected and actual', () => {
    const aggregate = suites[0]?.testcase.find(
      (testCase) => testCase['@_name'] === 'Update settings (1 more iteration)',
    );
    expect(aggregate?.failure?.['@_type']).toBe('assertion');
    expect(aggregate?.failure?.['@_message']).toBe(
      '1 of 1 execution failed: $.theme equals "dark": expected "dark" (string) but got null (null)',
    );
    const body = aggregate?.failure?.['#text'] ?? '';
    expect(body).toContain('PUT http://127.0.0.1:3000/api/settings -> 200 OK in 70 ms');
    expect(body).toContain(
      'Assertion failed: $.theme equals "dark" (flows/auth-api/login.flow.yaml:46:9)',
    );
    expect(body).toContain('expected: "dark" (string)');
    expect(body).toContain('actual:   null (null)');
  });

  test('flaky step is marked', () => {
    const flaky = suites[0]?.testcase.find(
      (testCase) => testCase['@_name'] === 'Read profile (iteration 2)',
    );
    expect(flaky?.failure).toBeUndefined();
    expect(property(flaky as TestCase, 'flaky')).toBe('true');
    expect(property(flaky as TestCase, 'attempts')).toBe('2');
    expect(flaky?.flakyFailure).toHaveLength(1);
    expect(flaky?.flakyFailure?.[0]?.['@_message']).toBe(
      'status equals 200: expected 200 (number) but got 503 (number)',
    );
    expect(flaky?.['system-out']).toContain('flaky: passed on attempt 2 after 1 failed attempt');
    expect(flaky?.['system-out']).toContain('console.log: profile id 42');
  });

  test('skipped, network error and threshold', () => {
    const logOut = suites[0]?.testcase.find(
      (testCase) => testCase['@_name'] === 'Log out (1 more iteration)',
    );
    expect(logOut?.skipped?.['@_message']).toBe('all 1 execution skipped');

    const refused = suites[1]?.testcase.find(
      (testCase) => testCase['@_name'] === 'Get product (iteration 4)',
    );
    expect(refused?.failure).toBeUndefined();
    expect(refused?.error?.['@_type']).toBe('connection_refused');
    expect(refused?.error?.['@_message']).toBe('connect ECONNREFUSED 127.0.0.1:3000');

    const threshold = suites[0]?.testcase.find(
      (testCase) => testCase['@_name'] === 'threshold errorRate < 1%',
    );
    expect(threshold?.failure?.['@_message']).toBe(
      'threshold errorRate < 1% crossed: observed 33.33%',
    );
  });

  test('skipped step inside kept detail', () => {
    const document = sampleResults();
    const flow = document.flows[0];
    const third = flow?.failures.find((record) => record.iteration === 3);
    if (!third) throw new Error('the sample lost its failure in iteration 3');
    const { error: _error, ...rest } = third;
    const skippedLogOut: AttemptRecord = {
      ...rest,
      stepIndex: 3,
      step: 'Log out',
      status: 'skipped',
      skipReason: 'previous step failed',
    };
    // Keep iteration 3 in detail: its Log out execution then becomes its own skipped test case.
    flow?.iterationDetails.push({
      iteration: 3,
      vu: 1,
      status: 'failed',
      startedAt: '2025-03-01T10:00:01.000Z',
      durationMs: 70,
      attempts: [skippedLogOut],
    });
    const cases = parse(renderJunit(document)).testsuites.testsuite[0]?.testcase ?? [];
    const skipped = cases.find((testCase) => testCase['@_name'] === 'Log out (iteration 3)');
    expect(skipped?.skipped?.['@_message']).toBe('previous step failed');
    expect(cases.some((testCase) => testCase['@_name'] === 'Log out (1 more iteration)')).toBe(
      false,
    );
  });

  test('hostile text is escaped and stripped', () => {
    const document: ResultsDocument = sampleResults();
    const smoke = document.flows[1];
    const record = smoke?.iterationDetails[3]?.attempts[1];
    if (!record?.error) throw new Error('the sample lost its network error');
    record.error.message =
      'bad\u0000\u001b[31m <script>alert(1)</script> & "quoted" ]]> \uD800 end';
    record.console.push({ level: 'log', message: 'tab\there\u0007bell' });

    const cases = parse(renderJunit(document)).testsuites.testsuite[1]?.testcase ?? [];
    const refused = cases.find((testCase) => testCase['@_name'] === 'Get product (iteration 4)');
    expect(refused?.error?.['@_message']).toBe(
      'bad[31m <script>alert(1)</script> & "quoted" ]]>  end',
    );
    expect(refused?.['system-out']).toContain('console.log: tab\there' + 'bell');
  });

  test('duplicate step names stay unique', () => {
    const document = sampleResults();
    const flow = document.flows[1];
    if (!flow) throw new Error('the sample lost its second flow');
    flow.steps[1] = { ...(flow.steps[1] as (typeof flow.steps)[number]), name: 'List products' };
    for (const detail of flow.iterationDetails) {
      for (const attempt of detail.attempts)
        attempt.step = flow.steps[attempt.stepIndex]?.name ?? attempt.step;
    }
    const names = (parse(renderJunit(document)).testsuites.testsuite[1]?.testcase ?? []).map(
      (testCase) => testCase['@_name'],
    );
    expect(names).toContain('List products [step 1] (iteration 1)');
    expect(names).toContain('List products [step 2] (iteration 1)');
    expect(new Set(names).size).toBe(names.length);
  });

  test('valid against the JUnit schema', async () => {
    const file = join(workDir, 'junit.xml');
    await writeFile(file, xml);
    // xmllint comes from libxml2-utils; CI installs it.
    const { stderr } = await run('xmllint', ['--noout', '--schema', schemaPath, file]);
    expect(stderr).toContain('validates');

    // The schema catches a missing classname, so the check above can fail.
    await writeFile(file, xml.replace(/ classname="[^"]*"/, ''));
    await expect(run('xmllint', ['--noout', '--schema', schemaPath, file])).rejects.toThrow(
      /classname/,
    );
  });

  test('reporter writes junit.xml', async () => {
    const context = recordingContext({ outDir: workDir });
    const [reporter] = createReporters(['junit'], context);
    const files = await reporter?.onEnd?.(results);
    expect(files).toEqual([
      { reporter: 'junit', path: join(workDir, 'junit.xml'), contentType: 'application/xml' },
    ]);
    expect(await readFile(join(workDir, 'junit.xml'), 'utf8')).toBe(xml);
  });
});
