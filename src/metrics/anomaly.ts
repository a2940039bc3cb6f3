/**
 * Anomaly detection over a step's response times, with robust statistics so that one slow
 * request does not hide the others and a noisy machine does not raise alarms.
 *
 * - Outliers: single requests far slower than the step's usual time. Latencies are skewed to
 *   the right, so the test runs on log durations: a modified z-score over the median and MAD
 *   (Iglewicz and Hoaglin), or Tukey's fence above the third quartile. A request must also be
 *   slower than the median by an absolute floor, so a 2 ms step that sometimes takes 9 ms is
 *   not flagged.
 * - Inconsistent steps: a wide spread of the whole distribution, measured by the p95/p50 ratio
 *   and the coefficient of variation, again with an absolute floor on p95 − p50.
 *
 * Steps with fewer than `minSamples` timed requests are not evaluated.
 */
import type { SourceLocation } from '../common/source.js';
import type { DurationStats } from './stats.js';

export interface AnomalyOptions {
  /** Timed requests a step needs before it is evaluated. Default 20. */
  minSamples?: number;
  /** Outlier test: `mad` (modified z-score) or `iqr` (Tukey fence). Default `mad`. */
  method?: 'mad' | 'iqr';
  /** Modified z-score of the log duration above which a request is an outlier. Default 5. */
  outlierScore?: number;
  /** Fence multiplier of the log-duration IQR for the `iqr` method. Default 3. */
  iqrFactor?: number;
  /** An outlier must also exceed the median by this many milliseconds. Default 50. */
  outlierFloorMs?: number;
  /** p95/p50 ratio above which a step is inconsistent. Default 3. */
  ratioLimit?: number;
  /** Coefficient of variation above which a step is inconsistent. Default 1. */
  cvLimit?: number;
  /** p95 − p50 must reach this many milliseconds for a step to be inconsistent. Default 100. */
  inconsistentFloorMs?: number;
  /** Iterations listed per outlier flag. Default 20. */
  maxIterations?: number;
}

export type ResolvedAnomalyOptions = Required<AnomalyOptions>;

// The score limit is 5 rather than the textbook 3.5, because a run has hundreds of samples per
// step and at 3.5 a clean lognormal step shows about one "outlier" in 4,000 requests.
export const DEFAULT_ANOMALY_OPTIONS: ResolvedAnomalyOptions = {
  minSamples: 20,
  method: 'mad',
  outlierScore: 5,
  iqrFactor: 3,
  outlierFloorMs: 50,
  ratioLimit: 3,
  cvLimit: 1,
  inconsistentFloorMs: 100,
  maxIterations: 20,
};

/** Durations kept per step for the outlier test; the histogram keeps the rest. */
export const RESERVOIR_CAPACITY = 10_000;

export interface AnomalyFlag {
  kind: 'outlier' | 'inconsistent';
  step: string;
  loc: SourceLocation;
  message: string;
  values: Record<string, number>;
  iterations?: number[];
}

export interface AnomalyReport {
  evaluated: boolean;
  reason?: string;
  method: string;
  settings: Record<string, number>;
  flags: AnomalyFlag[];
}

/** One step's input to anomaly detection. */
export interface StepSamples {
  step: string;
  loc: SourceLocation;
  stats: DurationStats;
  /** The first durations with their iterations; absent when only aggregates are known. */
  reservoir?: SampleReservoir;
  /** Outlier flags found earlier (in shards), used when there is no reservoir. */
  knownOutliers?: AnomalyFlag;
}

const METHOD_NAMES = { mad: 'median/MAD', iqr: 'IQR fences' } as const;

/**
 * The first `capacity` durations of a step with the iteration of each, so memory stays
 * bounded however long the run is. Later durations are counted in the histogram only.
 */
export class SampleReservoir {
  readonly durations: number[] = [];
  readonly iterations: number[] = [];
  /** Durations offered, kept or not. */
  seen = 0;

  constructor(readonly capacity = RESERVOIR_CAPACITY) {}

  /** Keeps the duration if there is room left. */
  add(durationMs: number, iteration: number): void {
    this.seen += 1;
    if (this.durations.length >= this.capacity) return;
    this.durations.push(durationMs);
    this.iterations.push(iteration);
  }
}

/** Fills in defaults for options left out. */
export function resolveAnomalyOptions(options: AnomalyOptions = {}): ResolvedAnomalyOptions {
  const resolved = { ...DEFAULT_ANOMALY_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) Object.assign(resolved, { [key]: value });
  }
  return resolved;
}

/** Reads back the options a report was made with, so merged shards are judged the same way. */
export function anomalyOptionsFromReport(report: AnomalyReport): ResolvedAnomalyOptions {
  const options: AnomalyOptions = { method: report.method === METHOD_NAMES.iqr ? 'iqr' : 'mad' };
  for (const key of Object.keys(DEFAULT_ANOMALY_OPTIONS) as (keyof AnomalyOptions)[]) {
    const value = report.settings[key];
    if (key !== 'method' && typeof value === 'number') Object.assign(options, { [key]: value });
  }
  return resolveAnomalyOptions(options);
}

/** Evaluates every step of a flow and returns the report with its flags. */
export function detectAnomalies(steps: StepSamples[], options: AnomalyOptions = {}): AnomalyReport {
  const settings = resolveAnomalyOptions(options);
  const flags: AnomalyFlag[] = [];
  const tooFew: string[] = [];

  for (const step of steps) {
    if (step.stats.count < settings.minSamples) {
      if (step.stats.count > 0) tooFew.push(`${step.step} (${step.stats.count})`);
      continue;
    }

    const outliers = step.reservoir
      ? findOutliers(step, step.reservoir, settings)
      : step.knownOutliers;
    if (outliers) flags.push(outliers);

    const inconsistent = checkConsistency(step, settings, outliers !== undefined);
    if (inconsistent) flags.push(inconsistent);
  }

  const evaluatedSteps = steps.filter((step) => step.stats.count >= settings.minSamples).length;
  const report: AnomalyReport = {
    evaluated: evaluatedSteps > 0,
    method: METHOD_NAMES[settings.method],
    settings: describeSettings(settings),
    flags,
  };
  if (evaluatedSteps === 0) {
    report.reason = `no step had ${settings.minSamples} or more timed requests`;
    if (tooFew.length > 0) report.reason += `: ${tooFew.join(', ')}`;
  } else if (tooFew.length > 0) {
    report.reason = `steps with fewer than ${settings.minSamples} timed requests were not evaluated: ${tooFew.join(', ')}`;
  }
  return report;
}

/** Flags the requests of one step that are far slower than its median, or returns undefined. */
export function findOutliers(
  step: Pick<StepSamples, 'step' | 'loc'>,
  reservoir: SampleReservoir,
  options: ResolvedAnomalyOptions,
): AnomalyFlag | undefined {
  const durations = reservoir.durations;
  if (durations.length < options.minSamples) return undefined;

  const logs = durations.map((ms) => Math.log(Math.max(ms, 0.001)));
  const cutoffLog = options.method === 'iqr' ? iqrCutoff(logs, options) : madCutoff(logs, options);
  if (cutoffLog === undefined) return undefined;

  const medianMs = median(durations);
  const cutoffMs = Math.max(Math.exp(cutoffLog), medianMs + options.outlierFloorMs);
  const flagged: number[] = [];
  let slowest = 0;
  for (let i = 0; i < durations.length; i++) {
    const ms = durations[i] ?? 0;
    if (ms <= cutoffMs) continue;
    flagged.push(reservoir.iterations[i] ?? 0);
    slowest = Math.max(slowest, ms);
  }
  if (flagged.length === 0) return undefined;

  const iterations = [...new Set(flagged)].sort((a, b) => a - b).slice(0, options.maxIterations);
  return {
    kind: 'outlier',
    step: step.step,
    loc: step.loc,
    message:
      `${flagged.length} of ${durations.length} requests took longer than ${formatMs(cutoffMs)} ` +
      `(median ${formatMs(medianMs)}, slowest ${formatMs(slowest)})`,
    values: {
      outliers: flagged.length,
      samples: durations.length,
      medianMs,
      cutoffMs,
      maxMs: slowest,
    },
    iterations,
  };
}

/** Flags a step whose whole distribution is widely spread, or returns undefined. */
export function checkConsistency(
  step: Pick<StepSamples, 'step' | 'loc' | 'stats'>,
  options: ResolvedAnomalyOptions,
  hasOutliers: boolean,
): AnomalyFlag | undefined {
  const { p50, p95, mean, stddev } = step.stats;
  const spreadMs = p95 - p50;
  if (spreadMs < options.inconsistentFloorMs || p50 <= 0 || mean <= 0) return undefined;

  const ratio = p95 / p50;
  const cv = stddev / mean;
  // A few extreme requests inflate the standard deviation; they already have an outlier
  // flag, so the coefficient of variation only counts for steps without one.
  const ratioCrossed = ratio > options.ratioLimit;
  const cvCrossed = !hasOutliers && cv > options.cvLimit;
  if (!ratioCrossed && !cvCrossed) return undefined;

  const reason = ratioCrossed
    ? `p95 (${formatMs(p95)}) is ${ratio.toFixed(1)}× p50 (${formatMs(p50)}), above the limit of ${options.ratioLimit}×`
    : `the coefficient of variation is ${cv.toFixed(2)}, above the limit of ${options.cvLimit}`;
  return {
    kind: 'inconsistent',
    step: step.step,
    loc: step.loc,
    message: `response times vary widely: ${reason}`,
    values: {
      ratio,
      ratioLimit: options.ratioLimit,
      cv,
      cvLimit: options.cvLimit,
      spreadMs,
      floorMs: options.inconsistentFloorMs,
    },
  };
}

function madCutoff(logs: number[], options: ResolvedAnomalyOptions): number | undefined {
  const center = median(logs);
  const deviations = logs.map((value) => Math.abs(value - center));
  const mad = median(deviations);
  if (mad > 0) return center + (options.outlierScore * mad) / 0.6745;

  // More than half the samples are equal; Iglewicz and Hoaglin scale the mean absolute
  // deviation instead (1.253314 makes it match σ for normal data).
  const meanDeviation = deviations.reduce((sum, value) => sum + value, 0) / deviations.length;
  if (meanDeviation === 0) return undefined;
  return center + options.outlierScore * 1.253314 * meanDeviation;
}

function iqrCutoff(logs: number[], options: ResolvedAnomalyOptions): number | undefined {
  const sorted = [...logs].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  if (q3 - q1 <= 0) return undefined;
  return q3 + options.iqrFactor * (q3 - q1);
}

function median(values: number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** Linear interpolation between closest ranks over sorted values. */
function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (position - lower);
}

function describeSettings(options: ResolvedAnomalyOptions): Record<string, number> {
  const { method, ...numbers } = options;
  const settings: Record<string, number> = { ...numbers, reservoirCapacity: RESERVOIR_CAPACITY };
  if (method === 'mad') delete settings.iqrFactor;
  else delete settings.outlierScore;
  return settings;
}

function formatMs(ms: number): string {
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}
