import { describe, expect, it } from 'vitest';
import { findBottleneck } from '../../src/metrics/bottleneck.js';
import { DurationRecorder } from '../../src/metrics/stats.js';
import {
  evaluateThresholds,
  type ThresholdRule,
  type ThresholdSubject,
} from '../../src/metrics/thresholds.js';

const loc = { file: 'flows/a.flow.yaml', line: 4, column: 5 };

function durationOf(...values: number[]) {
  const recorder = new DurationRecorder();
  for (const value of values) recorder.record(value);
  return recorder.toStats();
}

describe('findBottleneck', () => {
  it.each([
    { name: 'majority share', sums: [600, 300, 100], expected: 'a' },
    { name: 'lead of 1.5× over the next', sums: [400, 250, 200, 150], expected: 'a' },
    { name: 'no clear leader', sums: [350, 300, 350], expected: undefined },
    { name: 'close second', sums: [450, 400, 150], expected: undefined },
    { name: 'single step', sums: [500], expected: undefined },
  ])('handles $name', ({ sums, expected }) => {
    const steps = sums.map((sum, i) => ({ name: 'abcd'[i]!, duration: durationOf(sum) }));
    expect(findBottleneck(steps)?.step).toBe(expected);
  });

  it('reports the share and mean', () => {
    const bottleneck = findBottleneck([
      { name: 'Upload', duration: durationOf(300, 500) },
      { name: 'Log in', duration: durationOf(100, 100) },
    ]);
    expect(bottleneck).toEqual({ step: 'Upload', share: 0.8, meanMs: 400 });
  });
});

describe('evaluateThresholds', () => {
  const step: ThresholdSubject = {
    duration: durationOf(100, 200, 300, 400),
    executed: 4,
    failed: 1,
    successRate: 0.75,
  };
  const flow: ThresholdSubject = { ...step, successRate: 0.5 };
  const steps = new Map([['Log in', step]]);

  function rule(partial: Partial<ThresholdRule>): ThresholdRule {
    return { metric: 'p95', operator: '<', value: 1000, expression: 'p95 < 1s', loc, ...partial };
  }

  it.each([
    { rule: rule({ step: 'Log in', metric: 'max', value: 400 }), passed: false, observed: 400 },
    {
      rule: rule({ step: 'Log in', metric: 'max', operator: '<=', value: 400 }),
      passed: true,
      observed: 400,
    },
    {
      rule: rule({ step: 'Log in', metric: 'mean', operator: '>', value: 200 }),
      passed: true,
      observed: 250,
    },
    {
      rule: rule({ step: 'Log in', metric: 'min', operator: '>=', value: 150 }),
      passed: false,
      observed: 100,
    },
    { rule: rule({ metric: 'errorRate', value: 0.01 }), passed: false, observed: 0.25 },
    {
      rule: rule({ metric: 'successRate', operator: '>=', value: 0.5 }),
      passed: true,
      observed: 0.5,
    },
  ])('checks $rule.metric $rule.operator $rule.value', ({ rule: threshold, passed, observed }) => {
    const [result] = evaluateThresholds([threshold], flow, steps);
    expect(result?.passed).toBe(passed);
    expect(result?.observed).toBeCloseTo(observed, 0);
  });

  it('fails a rule on an unknown step', () => {
    const [result] = evaluateThresholds([rule({ step: 'Nope' })], flow, steps);
    expect(result?.passed).toBe(false);
    expect(result?.message).toContain('"Nope"');
  });

  it('fails a duration rule without samples', () => {
    const empty = { duration: durationOf(), executed: 0, failed: 0, successRate: 0 };
    const [result] = evaluateThresholds([rule({ step: 'Idle' })], flow, new Map([['Idle', empty]]));
    expect(result?.passed).toBe(false);
    expect(result?.message).toContain('no request was timed');
  });
});
