/**
 * Folds run events into the results document. Memory stays bounded however long the run:
 * aggregates are counts, sums and histograms, failed attempts are kept up to a cap per step,
 * full detail only for the first iterations, and anomaly samples in a fixed-size reservoir.
 */
import { detectAnomalies, SampleReservoir, type AnomalyOptions } from '../metrics/anomaly.js';
import { findBottleneck } from '../metrics/bottleneck.js';
import {
  DurationRecorder,
  emptyPhaseStats,
  recordPhases,
  type PhaseStats,
} from '../metrics/stats.js';
import { evaluateThresholds } from '../metrics/thresholds.js';
import {
  SCHEMA_VERSION,
  type AttemptRecord,
  type ErrorInfo,
  type FlowResult,
  type HookResult,
  type IterationRecord,
  type RequestAggregate,
  type ResultsDocument,
  type RunInfo,
  type StepAggregate,
  type Status,
  type StepCounts,
} from './document.js';
import type { FlowPlan, RunEvent, RunObserver } from './events.js';
import {
  addCounts,
  exitCodeFor,
  flowStatus,
  flowSubject,
  perSecond,
  runStatus,
  stepSubjects,
  summarizeRun,
} from './derive.js';

export interface ResultsBuilderOptions {
  toolVersion: string;
  failOn: RunInfo['failOn'];
  detail: {
    /** Iterations (by number, from 1) whose every attempt is kept. */
    iterations: number;
    /** Failed attempts kept per step; the rest are only counted. */
    failuresPerStep: number;
  };
  anomaly?: AnomalyOptions;
  /** Epoch milliseconds, for documents built before the run ends. Default `Date.now`. */
  clock?: () => number;
  /** Recorded in `run.host`. Default: this process. */
  host?: RunInfo['host'];
}

/** Flow-level errors kept per flow; a flow that fails every iteration reports them per attempt. */
const MAX_FLOW_ERRORS = 100;

/** Request counters shared by steps and by script requests. */
class RequestTally {
  requests = 0;
  failed = 0;
  readonly duration = new DurationRecorder();
  readonly phases: PhaseStats = emptyPhaseStats();
  bytesSent = 0;
  bytesReceived = 0;
  readonly errorsByKind: Record<string, number> = {};

  /** Counts one attempt; returns its duration when it was timed. */
  add(record: AttemptRecord): number | undefined {
    const sent =
      record.request !== undefined || record.response !== undefined || record.timings !== undefined;
    if (record.status === 'failed') {
      const kind = errorKind(record);
      this.errorsByKind[kind] = (this.errorsByKind[kind] ?? 0) + 1;
    }
    if (!sent) return undefined;

    this.requests += 1;
    if (record.status === 'failed') this.failed += 1;
    this.bytesSent += record.bytesSent;
    this.bytesReceived += record.bytesReceived;
    if (record.timings) recordPhases(this.phases, record.timings);

    // Only requests that got a response are timed: a refused connection takes a millisecond
    // and would pull every percentile down.
    if (record.response === undefined && record.timings === undefined) return undefined;
    this.duration.record(record.durationMs);
    return record.durationMs;
  }

  toAggregate(): RequestAggregate {
    return {
      requests: this.requests,
      failed: this.failed,
      duration: this.duration.toStats(),
      phases: structuredClone(this.phases),
      bytesSent: this.bytesSent,
      bytesReceived: this.bytesReceived,
      errorsByKind: { ...this.errorsByKind },
    };
  }
}

class StepState {
  readonly counts: StepCounts = { count: 0, passed: 0, failed: 0, skipped: 0, flaky: 0 };
  attempts = 0;
  readonly tally = new RequestTally();
  readonly reservoir = new SampleReservoir();

  constructor(readonly plan: FlowPlan['steps'][number]) {}
}

class FlowState {
  started = false;
  startedAt = 0;
  endedAt: number | undefined;
  interrupted = false;
  readonly steps: StepState[];
  readonly script = new RequestTally();
  readonly hooks: FlowResult['hooks'] = {};
  readonly iterations = { run: 0, passed: 0, failed: 0 };
  readonly failures: AttemptRecord[] = [];
  readonly failuresKept: Record<string, number> = {};
  readonly failuresDropped: Record<string, number> = {};
  readonly details = new Map<number, IterationRecord>();
  readonly errors: ErrorInfo[] = [];
  readonly errorsByKind: Record<string, number> = {};

  constructor(readonly plan: FlowPlan) {
    this.steps = plan.steps.map((step) => new StepState(step));
  }
}

/** Builds the results document from run events; `build()` may be called at any time. */
export class ResultsBuilder implements RunObserver {
  private readonly options: ResultsBuilderOptions;
  private readonly clock: () => number;
  private runId = '';
  private runStartedAt: number | undefined;
  private runEndedAt: number | undefined;
  private interrupted = false;
  private environment: string | undefined;
  private readonly flows: FlowState[] = [];

  constructor(options: ResultsBuilderOptions) {
    this.options = options;
    this.clock = options.clock ?? Date.now;
  }

  /** Folds one event into the aggregates. */
  onEvent(event: RunEvent): void {
    switch (event.type) {
      case 'runStart':
        this.runId = event.runId;
        this.runStartedAt = event.time;
        this.environment = event.environment;
        for (const plan of event.flows) this.flows[plan.ref.index] = new FlowState(plan);
        return;
      case 'flowStart': {
        const flow = this.flow(event.flow.index);
        if (!flow) return;
        flow.started = true;
        flow.startedAt = event.time;
        return;
      }
      case 'hookEnd':
        this.onHook(event.flow.index, event.hook, event.result);
        return;
      case 'iterationStart':
        this.onIterationStart(event.flow.index, event.iteration, event.vu, event.time);
        return;
      case 'attempt':
        this.onAttempt(event.flow.index, event.record);
        return;
      case 'stepEnd':
        this.onStepEnd(event.flow.index, event.step, event.status, event.flaky);
        return;
      case 'iterationEnd':
        this.onIterationEnd(event.flow.index, event.iteration, event.status, event.durationMs);
        return;
      case 'flowError':
        this.onFlowError(event.flow.index, event.error);
        return;
      case 'flowEnd': {
        const flow = this.flow(event.flow.index);
        if (!flow) return;
        flow.endedAt = event.time;
        flow.interrupted = event.interrupted;
        return;
      }
      case 'runEnd':
        this.runEndedAt = event.time;
        this.interrupted = event.interrupted;
        return;
      case 'log':
        // Log lines go to live reporters; the document keeps console output per attempt.
        return;
    }
  }

  /**
   * Builds the document from what has happened so far. Before `runEnd` the run counts as
   * interrupted, so a document written after Ctrl-C keeps whatever ran. With `inProgress` (set
   * by `at.export` in After All, while the run is still going) statuses reflect what has
   * happened so far instead.
   */
  build(
    extra: {
      exitCode?: number;
      shard?: { index: number; total: number };
      inProgress?: boolean;
    } = {},
  ): ResultsDocument {
    const now = this.clock();
    const startedAt = this.runStartedAt ?? now;
    const endedAt = this.runEndedAt ?? now;
    const interrupted = this.interrupted || (this.runEndedAt === undefined && !extra.inProgress);

    const flows = this.flows
      .filter((flow): flow is FlowState => flow !== undefined && flow.started)
      .map((flow) => this.buildFlow(flow, now, extra.inProgress === true));
    const durationMs = Math.max(0, endedAt - startedAt);

    const run: RunInfo = {
      id: this.runId,
      startedAt: new Date(startedAt).toISOString(),
      endedAt: new Date(endedAt).toISOString(),
      durationMs,
      status: runStatus(flows, interrupted),
      failOn: this.options.failOn,
      exitCode: 0,
      host: this.options.host ?? { node: process.version, platform: process.platform },
    };
    if (this.environment !== undefined) run.environment = this.environment;
    if (extra.shard) run.shard = extra.shard;
    run.exitCode = extra.exitCode ?? exitCodeFor({ run });

    return {
      schemaVersion: SCHEMA_VERSION,
      tool: { name: 'flow-runner', version: this.options.toolVersion },
      run,
      summary: summarizeRun(flows, durationMs),
      flows,
    };
  }

  private flow(index: number): FlowState | undefined {
    return this.flows[index];
  }

  private onHook(index: number, hook: 'beforeAll' | 'afterAll', result: HookResult): void {
    const flow = this.flow(index);
    if (!flow) return;
    flow.hooks[hook] = result;
    if (result.error) countError(flow.errorsByKind, result.error.kind);
  }

  private onIterationStart(index: number, iteration: number, vu: number, time: number): void {
    const flow = this.flow(index);
    if (!flow || iteration > this.options.detail.iterations) return;
    flow.details.set(iteration, {
      iteration,
      vu,
      status: 'passed',
      startedAt: new Date(time).toISOString(),
      durationMs: 0,
      attempts: [],
    });
  }

  private onAttempt(index: number, record: AttemptRecord): void {
    const flow = this.flow(index);
    if (!flow) return;

    flow.details.get(record.iteration)?.attempts.push(record);
    if (record.status === 'failed') this.keepFailure(flow, record);

    if (record.script) {
      flow.script.add(record);
      return;
    }
    const step = flow.steps[record.stepIndex];
    if (!step || record.status === 'skipped') return;
    step.attempts += 1;
    const duration = step.tally.add(record);
    if (duration !== undefined) step.reservoir.add(duration, record.iteration);
  }

  private keepFailure(flow: FlowState, record: AttemptRecord): void {
    const kept = flow.failuresKept[record.step] ?? 0;
    if (kept < this.options.detail.failuresPerStep) {
      flow.failures.push(record);
      flow.failuresKept[record.step] = kept + 1;
    } else {
      flow.failuresDropped[record.step] = (flow.failuresDropped[record.step] ?? 0) + 1;
    }
  }

  private onStepEnd(index: number, stepIndex: number, status: Status, flaky: boolean): void {
    const step = this.flow(index)?.steps[stepIndex];
    if (!step) return;
    step.counts.count += 1;
    if (status === 'passed') step.counts.passed += 1;
    else if (status === 'failed') step.counts.failed += 1;
    else step.counts.skipped += 1;
    if (flaky && status === 'passed') step.counts.flaky += 1;
  }

  private onIterationEnd(
    index: number,
    iteration: number,
    status: Status,
    durationMs: number,
  ): void {
    const flow = this.flow(index);
    if (!flow) return;
    flow.iterations.run += 1;
    // An iteration passes when no step failed; one whose steps were all skipped passes too.
    if (status === 'failed') flow.iterations.failed += 1;
    else flow.iterations.passed += 1;

    const detail = flow.details.get(iteration);
    if (detail) {
      detail.status = status;
      detail.durationMs = durationMs;
    }
  }

  private onFlowError(index: number, error: ErrorInfo): void {
    const flow = this.flow(index);
    if (!flow) return;
    countError(flow.errorsByKind, error.kind);
    if (flow.errors.length < MAX_FLOW_ERRORS) flow.errors.push(error);
  }

  private buildFlow(state: FlowState, now: number, inProgress: boolean): FlowResult {
    const plan = state.plan;
    const durationMs = Math.max(0, (state.endedAt ?? now) - state.startedAt);
    const steps = state.steps.map((step) => buildStep(step));
    const scriptRequests = state.script.toAggregate();

    const errorsByKind: Record<string, number> = { ...state.errorsByKind };
    for (const step of steps) addCounts(errorsByKind, step.errorsByKind);
    addCounts(errorsByKind, scriptRequests.errorsByKind);
    const requests = steps.reduce((sum, step) => sum + step.requests, 0) + scriptRequests.requests;
    const run = state.iterations.run;

    const flow: FlowResult = {
      name: plan.ref.name,
      file: plan.ref.file,
      loc: plan.loc,
      tags: [...plan.tags],
      status: 'passed',
      startedAt: new Date(state.startedAt).toISOString(),
      durationMs,
      virtualUsers: plan.virtualUsers,
      iterations: { run, passed: state.iterations.passed, failed: state.iterations.failed },
      successRate: run === 0 ? 0 : state.iterations.passed / run,
      requestsPerSecond: perSecond(requests, durationMs),
      bytesSent: sumOf(steps, 'bytesSent') + scriptRequests.bytesSent,
      bytesReceived: sumOf(steps, 'bytesReceived') + scriptRequests.bytesReceived,
      errorsByKind,
      steps,
      scriptRequests,
      hooks: { ...state.hooks },
      anomalies: detectAnomalies(
        state.steps.map((step, i) => ({
          step: step.plan.name,
          loc: step.plan.loc,
          stats: steps[i]?.duration ?? step.tally.duration.toStats(),
          reservoir: step.reservoir,
        })),
        this.options.anomaly,
      ),
      thresholds: [],
      failures: [...state.failures],
      iterationDetails: [...state.details.values()].sort((a, b) => a.iteration - b.iteration),
      detail: {
        iterations: this.options.detail.iterations,
        failuresPerStep: this.options.detail.failuresPerStep,
        failuresDropped: { ...state.failuresDropped },
      },
      errors: [...state.errors],
    };
    if (plan.iterations !== undefined) flow.iterations.planned = plan.iterations;
    if (plan.group) flow.group = { ...plan.group };
    if (plan.environment !== undefined) flow.environment = plan.environment;

    const bottleneck = findBottleneck(steps);
    if (bottleneck) flow.bottleneck = bottleneck;
    flow.thresholds = evaluateThresholds(plan.thresholds, flowSubject(flow), stepSubjects(steps));
    flow.status = flowStatus(
      flow,
      this.options.failOn,
      state.interrupted || (state.endedAt === undefined && !inProgress),
    );
    return flow;
  }
}

function buildStep(step: StepState): StepAggregate {
  const { plan, counts } = step;
  return {
    name: plan.name,
    index: plan.index,
    loc: plan.loc,
    method: plan.method,
    url: plan.url,
    ...counts,
    attempts: step.attempts,
    ...step.tally.toAggregate(),
    // The request tally's `failed` counts failed requests; a step reports failed executions.
    failed: counts.failed,
  };
}

function errorKind(record: AttemptRecord): string {
  if (record.error) return record.error.kind;
  return record.assertions.some((assertion) => !assertion.passed) ? 'assertion' : 'unknown';
}

function countError(counts: Record<string, number>, kind: string): void {
  counts[kind] = (counts[kind] ?? 0) + 1;
}

function sumOf(steps: StepAggregate[], key: 'bytesSent' | 'bytesReceived'): number {
  return steps.reduce((sum, step) => sum + step[key], 0);
}

export { exitCodeFor } from './derive.js';
