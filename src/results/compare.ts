/**
 * Compares two runs step by step: `flow-runner compare BASE.json NEXT.json`. Steps are matched
 * by flow file, flow name and step name, so inserting a step does not shift the others.
 */
import type { ResultsDocument, StepAggregate } from './document.js';

export type Verdict = 'regressed' | 'improved' | 'unchanged' | 'new' | 'removed';

export interface CompareOptions {
  /** Relative change of a duration that counts, as a fraction: 0.1 is 10%. Default 0.1. */
  tolerance?: number;
  /** Duration changes smaller than this many milliseconds never count. Default 1. */
  minDeltaMs?: number;
  /** Change of the error rate that counts, in absolute terms: 0.01 is one point. Default 0.01. */
  errorRateTolerance?: number;
}

export const COMPARED_DURATIONS = ['p50', 'p95', 'p99', 'mean'] as const;
export type ComparedDuration = (typeof COMPARED_DURATIONS)[number];

/**
 * Timed requests each run needs before a percentile takes part in the verdict. With fewer, a
 * high percentile is little more than the slowest request and swings from run to run; it is
 * still shown.
 */
export const VERDICT_MIN_SAMPLES: Record<ComparedDuration, number> = {
  p50: 1,
  mean: 1,
  p95: 20,
  p99: 100,
};

export interface StepMetrics {
  count: number;
  /** Requests with a measured duration; 0 when the step never sent one. */
  timed: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Failed executions over executions that ran, 0..1. */
  errorRate: number;
}

export interface MetricChange {
  base: number;
  next: number;
  /** Relative change, (next − base) / base; absent when base is 0. */
  relative?: number;
  /** True when the change crosses the tolerance. */
  significant: boolean;
}

export interface StepComparison {
  flow: string;
  file: string;
  step: string;
  verdict: Verdict;
  base?: StepMetrics;
  next?: StepMetrics;
  /** Changes of p50, p95, p99, mean and errorRate; only for steps present in both runs. */
  changes: Partial<Record<ComparedDuration | 'errorRate', MetricChange>>;
}

export interface Comparison {
  options: Required<CompareOptions>;
  base: { runId: string; startedAt: string };
  next: { runId: string; startedAt: string };
  steps: StepComparison[];
  counts: Record<Verdict, number>;
}

/** Compares every step of `base` with the same step of `next` and gives each a verdict. */
export function compareResults(
  base: ResultsDocument,
  next: ResultsDocument,
  options: CompareOptions = {},
): Comparison {
  const settings: Required<CompareOptions> = {
    tolerance: options.tolerance ?? 0.1,
    minDeltaMs: options.minDeltaMs ?? 1,
    errorRateTolerance: options.errorRateTolerance ?? 0.01,
  };
  const baseSteps = indexSteps(base);
  const nextSteps = indexSteps(next);
  const steps: StepComparison[] = [];

  for (const [key, entry] of nextSteps) {
    const before = baseSteps.get(key);
    steps.push(compareStep(entry, before, settings));
  }
  for (const [key, entry] of baseSteps) {
    if (nextSteps.has(key)) continue;
    steps.push({
      flow: entry.flow,
      file: entry.file,
      step: entry.step.name,
      verdict: 'removed',
      base: metricsOf(entry.step),
      changes: {},
    });
  }

  const counts: Record<Verdict, number> = {
    regressed: 0,
    improved: 0,
    unchanged: 0,
    new: 0,
    removed: 0,
  };
  for (const step of steps) counts[step.verdict] += 1;
  return {
    options: settings,
    base: { runId: base.run.id, startedAt: base.run.startedAt },
    next: { runId: next.run.id, startedAt: next.run.startedAt },
    steps,
    counts,
  };
}

interface IndexedStep {
  flow: string;
  file: string;
  step: StepAggregate;
}

function indexSteps(doc: ResultsDocument): Map<string, IndexedStep> {
  const steps = new Map<string, IndexedStep>();
  for (const flow of doc.flows) {
    for (const step of flow.steps) {
      steps.set(`${flow.file}\u0000${flow.name}\u0000${step.name}`, {
        flow: flow.name,
        file: flow.file,
        step,
      });
    }
  }
  return steps;
}

function metricsOf(step: StepAggregate): StepMetrics {
  const executed = step.count - step.skipped;
  return {
    count: step.count,
    timed: step.duration.count,
    p50: step.duration.p50,
    p95: step.duration.p95,
    p99: step.duration.p99,
    mean: step.duration.mean,
    errorRate: executed === 0 ? 0 : step.failed / executed,
  };
}

function compareStep(
  entry: IndexedStep,
  before: IndexedStep | undefined,
  options: Required<CompareOptions>,
): StepComparison {
  const next = metricsOf(entry.step);
  const comparison: StepComparison = {
    flow: entry.flow,
    file: entry.file,
    step: entry.step.name,
    verdict: 'new',
    next,
    changes: {},
  };
  if (before === undefined) return comparison;

  const base = metricsOf(before.step);
  comparison.base = base;
  let worse = false;
  let better = false;

  // A step with no timed request in either run has no durations to compare.
  const timed = before.step.duration.count > 0 && entry.step.duration.count > 0;
  const samples = Math.min(before.step.duration.count, entry.step.duration.count);
  for (const metric of timed ? COMPARED_DURATIONS : []) {
    const change = durationChange(base[metric], next[metric], options);
    comparison.changes[metric] = change;
    if (samples < VERDICT_MIN_SAMPLES[metric]) continue;
    if (change.significant && change.next > change.base) worse = true;
    if (change.significant && change.next < change.base) better = true;
  }

  const errorDelta = next.errorRate - base.errorRate;
  const errorChange: MetricChange = {
    base: base.errorRate,
    next: next.errorRate,
    significant: Math.abs(errorDelta) > options.errorRateTolerance,
  };
  if (base.errorRate > 0) errorChange.relative = errorDelta / base.errorRate;
  comparison.changes.errorRate = errorChange;
  if (errorChange.significant && errorDelta > 0) worse = true;
  if (errorChange.significant && errorDelta < 0) better = true;

  // Any regression outweighs improvements elsewhere: a faster step that now fails is worse.
  comparison.verdict = 'unchanged';
  if (better) comparison.verdict = 'improved';
  if (worse) comparison.verdict = 'regressed';
  return comparison;
}

function durationChange(
  base: number,
  next: number,
  options: Required<CompareOptions>,
): MetricChange {
  const delta = next - base;
  const change: MetricChange = { base, next, significant: false };
  if (base > 0) change.relative = delta / base;
  const relative = base > 0 ? Math.abs(delta) / base : Infinity;
  change.significant = Math.abs(delta) >= options.minDeltaMs && relative > options.tolerance;
  return change;
}

/** Formats a comparison as an aligned text table with one row per step. */
export function formatComparison(comparison: Comparison): string {
  const header = [
    'Flow',
    'Step',
    'p50 (ms)',
    'p95 (ms)',
    'p99 (ms)',
    'mean (ms)',
    'errors',
    'verdict',
  ];
  const rows = comparison.steps.map((step) => [
    step.flow,
    step.step,
    ...COMPARED_DURATIONS.map((metric) => formatCell(step, metric, formatNumber)),
    formatCell(step, 'errorRate', formatPercent),
    step.verdict,
  ]);

  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();

  const { counts, options } = comparison;
  const lines = [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
  lines.push(
    '',
    `${counts.regressed} regressed, ${counts.improved} improved, ${counts.unchanged} unchanged, ` +
      `${counts.new} new, ${counts.removed} removed (tolerance ${formatPercent(options.tolerance)})`,
  );
  return lines.join('\n') + '\n';
}

function formatCell(
  step: StepComparison,
  metric: ComparedDuration | 'errorRate',
  format: (value: number) => string,
): string {
  const change = step.changes[metric];
  if (change) {
    const relative = change.relative === undefined ? '' : ` (${signed(change.relative * 100)}%)`;
    return `${format(change.base)} → ${format(change.next)}${relative}`;
  }
  const only = step.next ?? step.base;
  // A step that never sent a request has no durations: a dash, not a zero.
  if (!only || (metric !== 'errorRate' && only.timed === 0)) return only ? '-' : '';
  return format(only[metric]);
}

function formatNumber(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function formatPercent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
}
