import { describe, expect, it } from 'vitest';
import { detectAnomalies, SampleReservoir, type StepSamples } from '../../src/metrics/anomaly.js';
import { DurationRecorder } from '../../src/metrics/stats.js';
import { normal, seededRandom } from './helpers.js';

const loc = { file: 'flows/a.flow.yaml', line: 3, column: 5 };

function stepOf(name: string, durations: number[]): StepSamples {
  const recorder = new DurationRecorder();
  const reservoir = new SampleReservoir();
  durations.forEach((ms, i) => {
    recorder.record(ms);
    reservoir.add(ms, i + 1);
  });
  return { step: name, loc, stats: recorder.toStats(), reservoir };
}

function normalSamples(seed: number, count: number, mean: number, sd: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => Math.max(1, mean + sd * normal(random)));
}

function lognormalSamples(seed: number, count: number, median: number, sigma: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => median * Math.exp(sigma * normal(random)));
}

describe('detectAnomalies', () => {
  it('flags planted outliers with their iterations', () => {
    const durations = normalSamples(1, 300, 120, 10);
    durations[41] = 2400;
    durations[199] = 1800;
    const report = detectAnomalies([stepOf('Log in', durations)]);

    const outliers = report.flags.filter((flag) => flag.kind === 'outlier');
    expect(outliers).toHaveLength(1);
    expect(outliers[0]!.iterations).toEqual([42, 200]);
    expect(outliers[0]!.values.outliers).toBe(2);
  });

  it('does not also call an outlier step inconsistent', () => {
    const durations = normalSamples(2, 300, 120, 10);
    durations[10] = 9000;
    const report = detectAnomalies([stepOf('Log in', durations)]);
    expect(report.flags.map((flag) => flag.kind)).toEqual(['outlier']);
  });

  it('flags a planted inconsistent step', () => {
    const random = seededRandom(3);
    const durations = Array.from(
      { length: 300 },
      () => (random() < 0.7 ? 100 : 700) + random() * 20,
    );
    const report = detectAnomalies([stepOf('Search', durations)]);

    const inconsistent = report.flags.find((flag) => flag.kind === 'inconsistent');
    expect(inconsistent?.step).toBe('Search');
    expect(inconsistent!.values.ratio).toBeGreaterThan(3);
  });

  it('finds outliers with the iqr method', () => {
    const durations = normalSamples(4, 200, 80, 5);
    durations[5] = 1500;
    const report = detectAnomalies([stepOf('Log in', durations)], { method: 'iqr' });
    expect(report.method).toBe('IQR fences');
    expect(report.settings.iqrFactor).toBe(3);
    expect(report.flags[0]?.iterations).toEqual([6]);
  });

  it('ignores slow requests below the floor', () => {
    // 20 ms is 10× a 2 ms median but only 18 ms above it, under the 50 ms floor.
    const durations = normalSamples(5, 200, 2, 0.1);
    durations[3] = 20;
    expect(detectAnomalies([stepOf('Ping', durations)]).flags).toEqual([]);
  });

  it('skips steps below the minimum sample size', () => {
    const durations = normalSamples(6, 19, 100, 5);
    durations[0] = 5000;
    const report = detectAnomalies([stepOf('Log in', durations)]);
    expect(report.evaluated).toBe(false);
    expect(report.reason).toContain('Log in (19)');
    expect(report.flags).toEqual([]);
  });

  it('names unevaluated steps of an evaluated flow', () => {
    const report = detectAnomalies([
      stepOf('Log in', normalSamples(7, 50, 100, 5)),
      stepOf('Log out', normalSamples(8, 3, 100, 5)),
    ]);
    expect(report.evaluated).toBe(true);
    expect(report.reason).toContain('Log out (3)');
  });

  it('records the method and settings', () => {
    const report = detectAnomalies([], { minSamples: 50, outlierFloorMs: 10 });
    expect(report.method).toBe('median/MAD');
    expect(report.settings).toMatchObject({ minSamples: 50, outlierFloorMs: 10, outlierScore: 5 });
  });

  it('keeps at most the reservoir capacity', () => {
    const reservoir = new SampleReservoir(100);
    for (let i = 0; i < 1000; i++) reservoir.add(i, i);
    expect(reservoir.durations).toHaveLength(100);
    expect(reservoir.seen).toBe(1000);
  });

  // Bound: below 2% of 200 seeds per distribution. At the default score of 5 the expected
  // rate for 500 lognormal samples is about 0.02%, so a failure here means a real change.
  it.each([
    ['normal with small spread', (seed: number) => normalSamples(seed, 500, 150, 12)],
    ['lognormal with mild spread', (seed: number) => lognormalSamples(seed, 500, 150, 0.25)],
    ['fast lognormal', (seed: number) => lognormalSamples(seed, 500, 8, 0.5)],
  ])('rarely flags clean %s samples', (_name, sample) => {
    let flagged = 0;
    for (let seed = 1; seed <= 200; seed++) {
      if (detectAnomalies([stepOf('Clean', sample(seed))]).flags.length > 0) flagged += 1;
    }
    expect(flagged / 200).toBeLessThan(0.02);
  });

  it('flags planted outliers across 200 seeds', () => {
    let missed = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const durations = lognormalSamples(seed, 500, 150, 0.25);
      durations[seed] = 150 * 12;
      const outlier = detectAnomalies([stepOf('Dirty', durations)]).flags.find(
        (flag) => flag.kind === 'outlier',
      );
      if (!outlier?.iterations?.includes(seed + 1)) missed += 1;
    }
    expect(missed).toBe(0);
  });
});
