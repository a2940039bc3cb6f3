import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/metrics/histogram.js';
import { DurationRecorder, mergeDurationStats } from '../../src/metrics/stats.js';
import { seededRandom } from './helpers.js';

describe('LatencyHistogram', () => {
  it('round-trips through encode and decode', () => {
    const histogram = new LatencyHistogram();
    for (let ms = 1; ms <= 1000; ms++) histogram.record(ms);
    const decoded = LatencyHistogram.decode(histogram.encode());
    expect(decoded.count).toBe(1000);
    expect(decoded.percentile(50)).toBe(histogram.percentile(50));
    expect(decoded.percentile(99)).toBe(histogram.percentile(99));
  });

  it('keeps three significant digits', () => {
    const histogram = new LatencyHistogram();
    for (let ms = 1; ms <= 1000; ms++) histogram.record(ms);
    expect(Math.abs(histogram.percentile(50) - 500) / 500).toBeLessThan(0.001);
    expect(Math.abs(histogram.percentile(90) - 900) / 900).toBeLessThan(0.001);
  });

  it('clamps values above one hour', () => {
    const histogram = new LatencyHistogram();
    histogram.record(5 * 3_600_000);
    expect(histogram.percentile(100)).toBeCloseTo(3_600_000, -4);
  });

  it('encodes an empty histogram as an empty string', () => {
    expect(new LatencyHistogram().encode()).toBe('');
    expect(LatencyHistogram.decode('').count).toBe(0);
  });
});

describe('mergeDurationStats', () => {
  it('equals stats over all samples', () => {
    const random = seededRandom(7);
    const all = new DurationRecorder();
    const parts = [new DurationRecorder(), new DurationRecorder(), new DurationRecorder()];
    for (let i = 0; i < 3000; i++) {
      const ms = 20 + random() * 400;
      all.record(ms);
      parts[i % 3]!.record(ms);
    }

    const merged = parts.map((part) => part.toStats()).reduce(mergeDurationStats);
    const expected = all.toStats();
    expect(merged.count).toBe(expected.count);
    expect(merged.min).toBe(expected.min);
    expect(merged.max).toBe(expected.max);
    expect(merged.sum).toBeCloseTo(expected.sum, 6);
    expect(merged.stddev).toBeCloseTo(expected.stddev, 6);
    for (const p of ['p50', 'p90', 'p95', 'p99'] as const) expect(merged[p]).toBe(expected[p]);
  });

  it('computes mean and population stddev', () => {
    const recorder = new DurationRecorder();
    for (const ms of [2, 4, 4, 4, 5, 5, 7, 9]) recorder.record(ms);
    const stats = recorder.toStats();
    expect(stats.mean).toBe(5);
    expect(stats.stddev).toBe(2);
  });

  it('merges with empty stats unchanged', () => {
    const recorder = new DurationRecorder();
    recorder.record(12);
    const merged = mergeDurationStats(new DurationRecorder().toStats(), recorder.toStats());
    expect(merged.min).toBe(12);
    expect(merged.count).toBe(1);
  });
});

describe('percentile bounds', () => {
  it('never reports a percentile above max or below min', () => {
    const recorder = new DurationRecorder();
    recorder.record(52.61);

    const stats = recorder.toStats();

    for (const value of [stats.p50, stats.p90, stats.p95, stats.p99]) {
      expect(value).toBeLessThanOrEqual(stats.max);
      expect(value).toBeGreaterThanOrEqual(stats.min);
    }
  });
});
