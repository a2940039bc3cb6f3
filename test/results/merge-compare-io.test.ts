import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ResultsBuilder } from '../../src/results/builder.js';
import { compareResults, formatComparison } from '../../src/results/compare.js';
import type { ResultsDocument } from '../../src/results/document.js';
import type { RunEvent } from '../../src/results/events.js';
import { readResults, writeResults } from '../../src/results/io.js';
import { mergeResults } from '../../src/results/merge.js';
import type { Threshold } from '../../src/flow/model.js';
import { planOf, simpleRun, T0 } from './events.js';
import { seededRandom } from '../metrics/helpers.js';

function build(events: RunEvent[], detailIterations = 5): ResultsDocument {
  const builder = new ResultsBuilder({
    toolVersion: '0.1.0',
    failOn: 'failures',
    detail: { iterations: detailIterations, failuresPerStep: 4 },
    host: { node: 'v20.20.2', platform: 'linux' },
  });
  for (const event of events) builder.onEvent(event);
  return builder.build();
}

const threshold: Threshold = {
  step: 'Search',
  metric: 'p95',
  operator: '<',
  value: 250,
  expression: 'p95: < 250ms',
  loc: { file: 'flows/flow0.flow.yaml', line: 2, column: 5 },
};

describe('mergeResults', () => {
  const random = seededRandom(11);
  const durations = Array.from({ length: 90 }, () =>
    Array.from({ length: 2 }, () => 20 + random() * 300),
  );
  const duration = (iteration: number, step: number) => durations[iteration - 1]![step]!;
  const fail = (iteration: number, step: number) => step === 0 && iteration % 9 === 0;
  const plan = planOf(0, ['Log in', 'Search'], [threshold]);

  // Three shards of 30 iterations each, against one run of all 90.
  const shards = [0, 1, 2].map((shard) =>
    build(
      simpleRun({
        plan,
        iterations: 30,
        duration: (i, s) => duration(shard * 30 + i, s),
        fail: (i, s) => fail(shard * 30 + i, s),
        start: T0 + shard * 1000,
      }),
    ),
  );
  const whole = build(simpleRun({ plan, iterations: 90, duration, fail }));
  const merged = mergeResults(shards);

  it('merges step aggregates exactly', () => {
    const [mergedFlow, wholeFlow] = [merged.flows[0]!, whole.flows[0]!];
    for (const [i, step] of mergedFlow.steps.entries()) {
      const expected = wholeFlow.steps[i]!;
      expect(step.count).toBe(expected.count);
      expect(step.failed).toBe(expected.failed);
      expect(step.skipped).toBe(expected.skipped);
      expect(step.requests).toBe(expected.requests);
      for (const p of ['p50', 'p90', 'p95', 'p99', 'min', 'max'] as const) {
        expect(step.duration[p]).toBe(expected.duration[p]);
      }
      expect(step.duration.mean).toBeCloseTo(expected.duration.mean, 9);
    }
  });

  it('adds up iterations and success rate', () => {
    expect(merged.flows[0]!.iterations.run).toBe(90);
    expect(merged.flows[0]!.successRate).toBeCloseTo(whole.flows[0]!.successRate, 12);
    expect(merged.summary.requests).toBe(whole.summary.requests);
    expect(merged.run.mergedFrom).toBe(3);
  });

  it('rechecks thresholds on merged data', () => {
    const [result] = merged.flows[0]!.thresholds;
    expect(result?.observed).toBe(whole.flows[0]!.thresholds[0]!.observed);
    expect(result?.passed).toBe(whole.flows[0]!.thresholds[0]!.passed);
  });

  it('keeps details within the caps', () => {
    const flow = merged.flows[0]!;
    expect(flow.failures).toHaveLength(4);
    expect(flow.detail.failuresDropped).toEqual({ 'Log in': 6 });
    expect(flow.iterationDetails).toHaveLength(5);
  });

  it('rejects another schema version', () => {
    const foreign = { ...shards[0]!, schemaVersion: 2 } as unknown as ResultsDocument;
    expect(() => mergeResults([shards[0]!, foreign])).toThrow(
      /document 2 of 2 has schemaVersion 2/,
    );
  });

  it('rejects an empty list', () => {
    expect(() => mergeResults([])).toThrow(/No results documents/);
  });
});

describe('compareResults', () => {
  const plan = planOf(0, ['Log in', 'Search', 'Export']);
  const base = build(
    simpleRun({ plan, iterations: 20, duration: (_i, step) => [100, 200, 300][step]! }),
  );
  const nextPlan = planOf(0, ['Log in', 'Search', 'Upload']);
  const next = build(
    simpleRun({
      plan: nextPlan,
      iterations: 20,
      duration: (_i, step) => [100, 260, 50][step]!,
      fail: (i, step) => step === 0 && i === 5,
    }),
  );

  it('gives each step a verdict', () => {
    const comparison = compareResults(base, next, { tolerance: 0.1 });
    const verdicts = Object.fromEntries(comparison.steps.map((step) => [step.step, step.verdict]));
    expect(verdicts).toEqual({
      'Log in': 'regressed',
      Search: 'regressed',
      Upload: 'new',
      Export: 'removed',
    });
    expect(comparison.steps[1]!.changes.p95?.relative).toBeCloseTo(0.3, 2);
    expect(comparison.counts).toEqual({
      regressed: 2,
      improved: 0,
      unchanged: 0,
      new: 1,
      removed: 1,
    });
  });

  it('sees improvements and small changes', () => {
    const comparison = compareResults(next, base, { tolerance: 0.5 });
    const verdicts = Object.fromEntries(comparison.steps.map((step) => [step.step, step.verdict]));
    expect(verdicts['Search']).toBe('unchanged');
    expect(verdicts['Log in']).toBe('improved');
  });

  it('ignores p99 of a small sample in the verdict', () => {
    // Five requests: the slowest one alone sets p99, so it must not decide the verdict.
    const smallPlan = planOf(0, ['Log in']);
    const before = build(
      simpleRun({
        plan: smallPlan,
        iterations: 5,
        duration: (i) => [100, 100, 100, 100, 100][i - 1]!,
      }),
    );
    const after = build(
      simpleRun({ plan: smallPlan, iterations: 5, duration: (i) => [60, 60, 60, 60, 200][i - 1]! }),
    );

    const step = compareResults(before, after, { tolerance: 0.1 }).steps[0]!;

    expect(step.changes.p99?.significant).toBe(true);
    expect(step.changes.p50?.next).toBeLessThan(step.changes.p50!.base);
    expect(step.verdict).toBe('improved');
  });

  it('formats an aligned table', () => {
    const text = formatComparison(compareResults(base, next));
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Flow\s+Step\s+p50 \(ms\)/);
    const verdictColumn = lines[0]!.indexOf('verdict');
    expect(lines[2]!.indexOf('regressed')).toBe(verdictColumn);
    expect(text).toContain('200 → 260 (+30.0%)');
    expect(text).toContain('2 regressed, 0 improved, 0 unchanged, 1 new, 1 removed');
  });
});

describe('readResults and writeResults', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'flow-runner-results-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const doc = build(simpleRun({ plan: planOf(0, ['Log in']), iterations: 3, duration: () => 10 }));

  it('round-trips a document', async () => {
    const file = path.join(dir, 'results.json');
    await writeResults(file, doc);
    expect(await readResults(file)).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(await readdir(dir)).toEqual(['results.json']);
  });

  it.each([
    { name: 'missing file', content: undefined, message: /file not found/ },
    { name: 'invalid JSON', content: '{ nope', message: /is not valid JSON/ },
    { name: 'no version', content: '{}', message: /has no schemaVersion/ },
    {
      name: 'newer version',
      content: '{"schemaVersion": 2}',
      message: /has schemaVersion 2, but this flow-runner reads schemaVersion 1/,
    },
  ])('rejects $name', async ({ content, message }) => {
    const file = path.join(dir, 'bad.json');
    if (content !== undefined) await writeFile(file, content);
    await expect(readResults(file)).rejects.toThrow(message);
  });

  it('lists where the shape is wrong', async () => {
    const broken = JSON.parse(JSON.stringify(doc));
    delete broken.flows[0].steps[0].duration;
    broken.summary.requests = 'many';
    const file = path.join(dir, 'broken.json');
    await writeFile(file, JSON.stringify(broken));
    const error = await readResults(file).catch((caught: Error) => caught);
    expect(String(error)).toContain("/flows/0/steps/0 must have required property 'duration'");
    expect(String(error)).toContain('/summary/requests must be integer');
  });

  it('fails with exit code 3 when the folder is missing', async () => {
    const error = await writeResults(path.join(dir, 'no', 'results.json'), doc).catch(
      (caught) => caught,
    );
    expect(error).toMatchObject({ code: 'FR_RESULTS_WRITE', exitCode: 3 });
  });
});
