/**
 * The results document: the one record of a run. Every report renders from it, `report`
 * rebuilds reports from a saved copy, and `merge` combines shards exactly, so aggregates are
 * stored as mergeable state (counts, sums, HDR histograms) and detail is capped.
 *
 * Bump SCHEMA_VERSION on any incompatible change and describe it in docs/results.md.
 */
import type { SourceLocation } from '../common/source.js';

export const SCHEMA_VERSION = 1;

export interface ResultsDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'flow-runner'; version: string };
  run: RunInfo;
  summary: RunSummary;
  flows: FlowResult[];
}

export interface RunInfo {
  id: string;
  /** ISO 8601 timestamps. */
  startedAt: string;
  endedAt: string;
  durationMs: number;
  status: 'passed' | 'failed' | 'interrupted';
  /** The `--env` value, if any. */
  environment?: string;
  failOn: 'failures' | 'anomalies' | 'never';
  /** Exit code the run ended with (before any I/O error writing this document). */
  exitCode: number;
  shard?: { index: number; total: number };
  /** Set when several shard documents were merged into this one. */
  mergedFrom?: number;
  /** Node version, platform and flow-runner's own settings worth recording. */
  host: { node: string; platform: string };
}

export interface RunSummary {
  /** `interrupted` flows were stopped by Ctrl-C or SIGTERM; they are neither passed nor failed. */
  flows: { total: number; passed: number; failed: number; interrupted?: number };
  iterations: { total: number; passed: number; failed: number };
  steps: StepCounts;
  requests: number;
  bytesSent: number;
  bytesReceived: number;
  /** Iterations with no failed step over iterations run, 0..1. */
  successRate: number;
  requestsPerSecond: number;
  errorsByKind: Record<string, number>;
  thresholds: { total: number; crossed: number };
  anomalies: number;
}

export interface StepCounts {
  /** Executions of the step (an execution may have several attempts). */
  count: number;
  passed: number;
  failed: number;
  skipped: number;
  /** Passed after a retry; a subset of `passed`. */
  flaky: number;
}

export type Status = 'passed' | 'failed' | 'skipped';

export interface FlowResult {
  name: string;
  file: string;
  loc: SourceLocation;
  group?: { name: string; dir: string; file?: string };
  environment?: string;
  tags: string[];
  status: 'passed' | 'failed' | 'interrupted';
  startedAt: string;
  durationMs: number;
  virtualUsers: number;
  iterations: { planned?: number; run: number; passed: number; failed: number };
  successRate: number;
  requestsPerSecond: number;
  bytesSent: number;
  bytesReceived: number;
  errorsByKind: Record<string, number>;
  steps: StepAggregate[];
  /** Requests sent by scripts through `at.sendRequest`, counted apart from steps. */
  scriptRequests: RequestAggregate;
  hooks: { beforeAll?: HookResult; afterAll?: HookResult };
  bottleneck?: Bottleneck;
  anomalies: AnomalyReport;
  thresholds: ThresholdResult[];
  /** Failed attempts, at most `detail.failuresPerStep` per step. */
  failures: AttemptRecord[];
  /** Every attempt of the first `detail.iterations` iterations, for the waterfall. */
  iterationDetails: IterationRecord[];
  detail: {
    iterations: number;
    failuresPerStep: number;
    /** Failed attempts left out per step name because of the cap. */
    failuresDropped: Record<string, number>;
  };
  /** Flow-level problems: Before All failed, data file unreadable, and so on. */
  errors: ErrorInfo[];
}

/** Mergeable latency state; the percentile fields are derived from `histogram`. */
export interface DurationStats {
  count: number;
  sum: number;
  sumOfSquares: number;
  min: number;
  max: number;
  mean: number;
  stddev: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  /** HDR histogram of microseconds, compressed and base64-encoded (hdr-histogram-js). */
  histogram: string;
}

export interface PhaseStats {
  /** Sum and count per phase, so means merge exactly. */
  dns: { sum: number; count: number };
  connect: { sum: number; count: number };
  tls: { sum: number; count: number };
  firstByte: { sum: number; count: number };
  download: { sum: number; count: number };
}

export interface RequestAggregate {
  requests: number;
  failed: number;
  duration: DurationStats;
  phases: PhaseStats;
  bytesSent: number;
  bytesReceived: number;
  errorsByKind: Record<string, number>;
}

export interface StepAggregate extends StepCounts, RequestAggregate {
  name: string;
  index: number;
  loc: SourceLocation;
  method: string;
  /** The URL template as written, never a resolved value (those may hold secrets). */
  url: string;
  /** Attempts including retries. */
  attempts: number;
}

export interface HookResult {
  status: 'passed' | 'failed';
  durationMs: number;
  console: ConsoleEntry[];
  error?: ErrorInfo;
}

export interface Bottleneck {
  step: string;
  /** Share of the flow's summed step time, 0..1. */
  share: number;
  meanMs: number;
}

export interface AnomalyReport {
  /** False when the run had too few samples; `reason` gives the cause. */
  evaluated: boolean;
  reason?: string;
  method: string;
  settings: Record<string, number>;
  flags: AnomalyFlag[];
}

export interface AnomalyFlag {
  kind: 'outlier' | 'inconsistent';
  step: string;
  loc: SourceLocation;
  message: string;
  /** The statistic that crossed its limit, e.g. `{ cv: 1.4, limit: 0.5 }`. */
  values: Record<string, number>;
  /** Outliers: the iterations whose request was flagged (capped). */
  iterations?: number[];
}

export interface ThresholdResult {
  expression: string;
  step?: string;
  metric: string;
  /** The comparison, so merged documents can check the threshold again. */
  operator?: '<' | '<=' | '>' | '>=';
  observed: number;
  limit: number;
  passed: boolean;
  /** Reason the threshold could not be checked, such as a step that never sent a request. */
  message?: string;
  loc: SourceLocation;
}

export interface ErrorInfo {
  /** Stable kind: `connection_refused`, `assertion`, `extraction`, `script`, `template`... */
  kind: string;
  message: string;
  loc?: SourceLocation;
}

export interface ConsoleEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

export interface IterationRecord {
  iteration: number;
  vu: number;
  status: Status;
  startedAt: string;
  durationMs: number;
  attempts: AttemptRecord[];
}

/** One attempt at one step: what was sent, what came back and what was checked. */
export interface AttemptRecord {
  step: string;
  stepIndex: number;
  iteration: number;
  vu: number;
  /** 1-based; above 1 only with `retry`. */
  attempt: number;
  /** True for requests sent by `at.sendRequest`. */
  script?: boolean;
  loc: SourceLocation;
  status: Status;
  /** Set on the attempt that passed after a retry. */
  flaky?: boolean;
  /** Set on a failed attempt that was followed by another attempt (`retry`). */
  retried?: boolean;
  /** Milliseconds since the flow started. */
  offsetMs: number;
  durationMs: number;
  request?: RequestRecord;
  response?: ResponseRecord;
  timings?: {
    dns?: number;
    connect?: number;
    tls?: number;
    firstByte: number;
    download: number;
    total: number;
  };
  bytesSent: number;
  bytesReceived: number;
  error?: ErrorInfo;
  assertions: AssertionRecord[];
  extractions: ExtractionRecord[];
  console: ConsoleEntry[];
  /** Why the step was skipped: `if` was false, a previous step failed, `at.skip()`... */
  skipReason?: string;
  trace?: { traceId: string; spanId: string };
}

export interface BodyRecord {
  /** UTF-8 text, truncated to the body cap; base64 for binary bodies. */
  text: string;
  encoding: 'utf8' | 'base64';
  size: number;
  truncated: boolean;
}

export interface RequestRecord {
  method: string;
  url: string;
  headers: [string, string][];
  body?: BodyRecord;
}

export interface ResponseRecord {
  status: number;
  statusText: string;
  httpVersion: string;
  headers: [string, string][];
  body?: BodyRecord;
  url: string;
  redirects: { url: string; status: number; location: string }[];
}

export interface AssertionRecord {
  /** Name of the check, e.g. `status equals 200`, `$.user.name equals "alice"`, a test name. */
  name: string;
  passed: boolean;
  expected?: unknown;
  actual?: unknown;
  expectedType?: string;
  actualType?: string;
  message?: string;
  loc?: SourceLocation;
}

export interface ExtractionRecord {
  name: string;
  passed: boolean;
  /** Redacted when the extraction is marked secret. */
  value?: unknown;
  message?: string;
  loc: SourceLocation;
}
