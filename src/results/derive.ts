/**
 * Values derived from a flow's aggregates: threshold subjects, statuses, the run summary and
 * the exit code. The builder and `merge` share them so both derive the same way.
 */
import { ExitCode } from '../common/errors.js';
import { DurationRecorder } from '../metrics/stats.js';
import type { ThresholdRule, ThresholdSubject } from '../metrics/thresholds.js';
import type {
  FlowResult,
  ResultsDocument,
  RunInfo,
  RunSummary,
  StepAggregate,
} from './document.js';

/** Returns the flow-wide subject for thresholds without a step: all steps' requests together. */
export function flowSubject(flow: FlowResult): ThresholdSubject {
  const duration = new DurationRecorder();
  let executed = 0;
  let failed = 0;
  for (const step of flow.steps) {
    duration.add(DurationRecorder.from(step.duration));
    executed += step.count - step.skipped;
    failed += step.failed;
  }
  return { duration: duration.toStats(), executed, failed, successRate: flow.successRate };
}

/** Returns the threshold subject of each step by name. */
export function stepSubjects(steps: StepAggregate[]): Map<string, ThresholdSubject> {
  const subjects = new Map<string, ThresholdSubject>();
  for (const step of steps) {
    const executed = step.count - step.skipped;
    subjects.set(step.name, {
      duration: step.duration,
      executed,
      failed: step.failed,
      successRate: executed === 0 ? 0 : step.passed / executed,
    });
  }
  return subjects;
}

/** Rebuilds the rules behind stored threshold results; results without an operator are left out. */
export function rulesFromResults(flow: FlowResult): ThresholdRule[] {
  const rules: ThresholdRule[] = [];
  for (const result of flow.thresholds) {
    if (result.operator === undefined) continue;
    const rule: ThresholdRule = {
      metric: result.metric as ThresholdRule['metric'],
      operator: result.operator,
      value: result.limit,
      expression: result.expression,
      loc: result.loc,
    };
    if (result.step !== undefined) rule.step = result.step;
    rules.push(rule);
  }
  return rules;
}

/**
 * Decides a flow's status: interrupted when it did not finish, failed on a failed iteration,
 * a flow error, a failed hook, a crossed threshold or (with `--fail-on anomalies`) an anomaly.
 */
export function flowStatus(
  flow: FlowResult,
  failOn: RunInfo['failOn'],
  interrupted: boolean,
): FlowResult['status'] {
  if (interrupted) return 'interrupted';
  const failed =
    flow.iterations.failed > 0 ||
    flow.errors.length > 0 ||
    flow.hooks.beforeAll?.status === 'failed' ||
    flow.hooks.afterAll?.status === 'failed' ||
    flow.thresholds.some((threshold) => !threshold.passed) ||
    (failOn === 'anomalies' && flow.anomalies.flags.length > 0);
  return failed ? 'failed' : 'passed';
}

/** Returns the run status from its flows. */
export function runStatus(flows: FlowResult[], interrupted: boolean): RunInfo['status'] {
  if (interrupted) return 'interrupted';
  return flows.some((flow) => flow.status !== 'passed') ? 'failed' : 'passed';
}

/** Adds up the flows into the run summary; `durationMs` is the run's wall time. */
export function summarizeRun(flows: FlowResult[], durationMs: number): RunSummary {
  const summary: RunSummary = {
    flows: { total: flows.length, passed: 0, failed: 0 },
    iterations: { total: 0, passed: 0, failed: 0 },
    steps: { count: 0, passed: 0, failed: 0, skipped: 0, flaky: 0 },
    requests: 0,
    bytesSent: 0,
    bytesReceived: 0,
    successRate: 0,
    requestsPerSecond: 0,
    errorsByKind: {},
    thresholds: { total: 0, crossed: 0 },
    anomalies: 0,
  };

  for (const flow of flows) {
    if (flow.status === 'passed') summary.flows.passed += 1;
    else if (flow.status === 'interrupted')
      summary.flows.interrupted = (summary.flows.interrupted ?? 0) + 1;
    else summary.flows.failed += 1;
    summary.iterations.total += flow.iterations.run;
    summary.iterations.passed += flow.iterations.passed;
    summary.iterations.failed += flow.iterations.failed;
    for (const step of flow.steps) {
      summary.steps.count += step.count;
      summary.steps.passed += step.passed;
      summary.steps.failed += step.failed;
      summary.steps.skipped += step.skipped;
      summary.steps.flaky += step.flaky;
    }
    summary.requests += flowRequests(flow);
    summary.bytesSent += flow.bytesSent;
    summary.bytesReceived += flow.bytesReceived;
    addCounts(summary.errorsByKind, flow.errorsByKind);
    summary.thresholds.total += flow.thresholds.length;
    summary.thresholds.crossed += flow.thresholds.filter((threshold) => !threshold.passed).length;
    summary.anomalies += flow.anomalies.flags.length;
  }

  const iterations = summary.iterations.total;
  summary.successRate = iterations === 0 ? 0 : summary.iterations.passed / iterations;
  summary.requestsPerSecond = perSecond(summary.requests, durationMs);
  return summary;
}

/** Returns the requests a flow sent: its steps' and its scripts'. */
export function flowRequests(flow: FlowResult): number {
  return flow.steps.reduce((sum, step) => sum + step.requests, 0) + flow.scriptRequests.requests;
}

/** Returns a rate per second, or 0 for an empty interval. */
export function perSecond(count: number, durationMs: number): number {
  return durationMs > 0 ? count / (durationMs / 1000) : 0;
}

/** Adds each count of `from` into `into`. */
export function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [key, value] of Object.entries(from)) into[key] = (into[key] ?? 0) + value;
}

/**
 * Returns the exit code a document calls for: 130 when interrupted, 0 with `--fail-on never`,
 * 1 when the run failed (anomalies count only with `--fail-on anomalies`), else 0.
 */
export function exitCodeFor(doc: Pick<ResultsDocument, 'run'>): number {
  if (doc.run.status === 'interrupted') return ExitCode.Interrupted;
  if (doc.run.failOn === 'never') return ExitCode.Passed;
  return doc.run.status === 'failed' ? ExitCode.Failed : ExitCode.Passed;
}
