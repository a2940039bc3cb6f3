/**
 * Mergeable aggregates. Counts, sums, sums of squares, extremes and HDR histograms merge
 * exactly, so a statistic derived from a merged aggregate equals the one computed over all the
 * samples at once (percentiles to the histogram's 3 significant digits).
 */
import { LatencyHistogram } from './histogram.js';

/** Latency state in milliseconds; the percentile fields derive from `histogram`. */
export interface DurationStats {
  count: number;
  sum: number;
  sumOfSquares: number;
  min: number;
  max: number;
  mean: number;
  /** Population standard deviation. */
  stddev: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  /** HDR histogram of microseconds, compressed base64; "" when empty. */
  histogram: string;
}

/** Sum and count per timing phase, so phase means merge exactly. */
export interface PhaseStats {
  dns: PhaseTotal;
  connect: PhaseTotal;
  tls: PhaseTotal;
  firstByte: PhaseTotal;
  download: PhaseTotal;
}

export interface PhaseTotal {
  sum: number;
  count: number;
}

export type PhaseName = keyof PhaseStats;
export const PHASE_NAMES: readonly PhaseName[] = ['dns', 'connect', 'tls', 'firstByte', 'download'];

/** Folds durations into the mergeable state of `DurationStats`. */
export class DurationRecorder {
  count = 0;
  sum = 0;
  sumOfSquares = 0;
  min = 0;
  max = 0;
  readonly histogram: LatencyHistogram;

  constructor(histogram = new LatencyHistogram()) {
    this.histogram = histogram;
  }

  /** Rebuilds a recorder from stored stats so more samples or stats can be added. */
  static from(stats: DurationStats): DurationRecorder {
    const recorder = new DurationRecorder(LatencyHistogram.decode(stats.histogram));
    recorder.count = stats.count;
    recorder.sum = stats.sum;
    recorder.sumOfSquares = stats.sumOfSquares;
    recorder.min = stats.min;
    recorder.max = stats.max;
    return recorder;
  }

  /** Records one duration in milliseconds. */
  record(ms: number): void {
    this.min = this.count === 0 ? ms : Math.min(this.min, ms);
    this.max = this.count === 0 ? ms : Math.max(this.max, ms);
    this.count += 1;
    this.sum += ms;
    this.sumOfSquares += ms * ms;
    this.histogram.record(ms);
  }

  /** Adds another recorder's samples to this one. */
  add(other: DurationRecorder): void {
    if (other.count === 0) return;
    this.min = this.count === 0 ? other.min : Math.min(this.min, other.min);
    this.max = this.count === 0 ? other.max : Math.max(this.max, other.max);
    this.count += other.count;
    this.sum += other.sum;
    this.sumOfSquares += other.sumOfSquares;
    this.histogram.add(other.histogram);
  }

  /** Returns the stored form with derived mean, standard deviation and percentiles. */
  toStats(): DurationStats {
    const mean = this.count === 0 ? 0 : this.sum / this.count;
    // Rounding can push the variance a hair below zero for identical samples.
    const variance =
      this.count === 0 ? 0 : Math.max(0, this.sumOfSquares / this.count - mean * mean);
    // A histogram bucket reports its upper edge, which can sit just above the largest sample;
    // the exact min and max bound every percentile.
    const percentile = (p: number) =>
      this.count === 0 ? 0 : Math.min(this.max, Math.max(this.min, this.histogram.percentile(p)));
    return {
      count: this.count,
      sum: this.sum,
      sumOfSquares: this.sumOfSquares,
      min: this.min,
      max: this.max,
      mean,
      stddev: Math.sqrt(variance),
      p50: percentile(50),
      p90: percentile(90),
      p95: percentile(95),
      p99: percentile(99),
      histogram: this.histogram.encode(),
    };
  }
}

/** Returns the stats of no samples. */
export function emptyDurationStats(): DurationStats {
  return new DurationRecorder().toStats();
}

/** Merges two stored duration stats exactly. */
export function mergeDurationStats(a: DurationStats, b: DurationStats): DurationStats {
  const merged = DurationRecorder.from(a);
  merged.add(DurationRecorder.from(b));
  return merged.toStats();
}

/** Returns phase totals with nothing recorded. */
export function emptyPhaseStats(): PhaseStats {
  return {
    dns: { sum: 0, count: 0 },
    connect: { sum: 0, count: 0 },
    tls: { sum: 0, count: 0 },
    firstByte: { sum: 0, count: 0 },
    download: { sum: 0, count: 0 },
  };
}

/** Adds one request's phase timings (milliseconds); absent phases are not counted. */
export function recordPhases(stats: PhaseStats, timings: Partial<Record<PhaseName, number>>): void {
  for (const name of PHASE_NAMES) {
    const value = timings[name];
    if (value === undefined) continue;
    stats[name].sum += value;
    stats[name].count += 1;
  }
}

/** Merges two phase totals into a new one. */
export function mergePhaseStats(a: PhaseStats, b: PhaseStats): PhaseStats {
  const merged = emptyPhaseStats();
  for (const name of PHASE_NAMES) {
    merged[name] = { sum: a[name].sum + b[name].sum, count: a[name].count + b[name].count };
  }
  return merged;
}

/** Returns the mean of one phase, or undefined when no request reported it. */
export function phaseMean(stats: PhaseStats, name: PhaseName): number | undefined {
  const total = stats[name];
  return total.count === 0 ? undefined : total.sum / total.count;
}
