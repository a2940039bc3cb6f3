/**
 * Thresholds: pass/fail rules on aggregates, such as `{ step: "Log in", p95: "< 800ms" }` or
 * `{ errorRate: "< 1%" }`. A crossed threshold fails the run.
 */
import type { SourceLocation } from '../common/source.js';
import type { DurationStats } from './stats.js';

export type ThresholdMetric =
  'min' | 'mean' | 'p50' | 'p90' | 'p95' | 'p99' | 'max' | 'errorRate' | 'successRate';
export type ThresholdOperator = '<' | '<=' | '>' | '>=';

/** A threshold as the flow model defines it. */
export interface ThresholdRule {
  step?: string;
  metric: ThresholdMetric;
  operator: ThresholdOperator;
  /** Milliseconds for durations, a fraction for rates. */
  value: number;
  expression: string;
  loc: SourceLocation;
}

export interface ThresholdResult {
  expression: string;
  step?: string;
  metric: string;
  operator?: ThresholdOperator;
  observed: number;
  limit: number;
  passed: boolean;
  /** Reason the threshold could not be checked, such as a step that never sent a request. */
  message?: string;
  loc: SourceLocation;
}

/** Aggregates a threshold is checked against: one step's, or the whole flow's. */
export interface ThresholdSubject {
  duration: DurationStats;
  /** Executions that ran (not skipped), and those of them that failed. */
  executed: number;
  failed: number;
  /** Iteration success rate for the flow; passed over executed for a step. */
  successRate: number;
}

/**
 * Checks each rule against its step (or the flow when the rule names no step). A rule on a
 * step that does not exist or has no data is reported as crossed, with a message.
 */
export function evaluateThresholds(
  rules: ThresholdRule[],
  flow: ThresholdSubject,
  steps: Map<string, ThresholdSubject>,
): ThresholdResult[] {
  return rules.map((rule) => {
    const result: ThresholdResult = {
      expression: rule.expression,
      metric: rule.metric,
      operator: rule.operator,
      observed: 0,
      limit: rule.value,
      passed: false,
      loc: rule.loc,
    };
    if (rule.step !== undefined) result.step = rule.step;

    const subject = rule.step === undefined ? flow : steps.get(rule.step);
    if (subject === undefined) {
      result.message = `the flow has no step named "${rule.step}"`;
      return result;
    }

    const observed = observe(rule.metric, subject);
    if (observed === undefined) {
      result.message = isRate(rule.metric)
        ? 'no step execution ran, so there is no rate to check'
        : 'no request was timed, so there is no duration to check';
      return result;
    }
    result.observed = observed;
    result.passed = compare(observed, rule.operator, rule.value);
    return result;
  });
}

function observe(metric: ThresholdMetric, subject: ThresholdSubject): number | undefined {
  if (metric === 'errorRate')
    return subject.executed === 0 ? undefined : subject.failed / subject.executed;
  if (metric === 'successRate') return subject.executed === 0 ? undefined : subject.successRate;
  if (subject.duration.count === 0) return undefined;
  return subject.duration[metric];
}

function isRate(metric: ThresholdMetric): boolean {
  return metric === 'errorRate' || metric === 'successRate';
}

function compare(observed: number, operator: ThresholdOperator, limit: number): boolean {
  switch (operator) {
    case '<':
      return observed < limit;
    case '<=':
      return observed <= limit;
    case '>':
      return observed > limit;
    case '>=':
      return observed >= limit;
  }
}
