/**
 * The run's public options and dependencies, and the state it keeps per flow and per virtual
 * user while it works.
 */
import type { HttpClient } from '../http/types.js';
import type { FlowRef, RunObserver } from '../results/events.js';
import type { Redactor } from '../secrets/redact.js';
import type { SecretResolver } from '../secrets/types.js';
import type { ScriptExportOptions, ScriptRunner } from '../script/types.js';
import type { UserCookieJar } from './cookies.js';

export interface RunOptions {
  /** The `--env` value; each group uses it, or its only environment when this is unset. */
  environment?: string;
  /** Run overrides (`--var`, `--var-file`, `FLOW_RUNNER_VAR_<NAME>`), already merged. */
  overrides: Record<string, string>;
  /** CLI overrides of the flow's own settings; durations in milliseconds. */
  iterations?: number;
  virtualUsers?: number;
  duration?: number;
  rampUp?: number;
  /** Data file path, relative to the working directory. */
  data?: string;
  /** Milliseconds to wait between the steps of an iteration (`--delay`). */
  delayBetweenSteps?: number;
  /** Stop after the first failed flow. */
  bail: boolean;
  /** Caps on detail kept in events and results. */
  detail: { iterations: number; failuresPerStep: number; bodyBytes: number };
  /** Add a W3C traceparent header to each request. */
  traceparent: boolean;
  verbose?: boolean;
}

/** Writes or posts a report for `at.export` in After All. */
export type ExportReport = (
  options: ScriptExportOptions,
  flow: FlowRef,
) => Promise<{ path?: string; status?: number }>;

export interface RunDependencies {
  cwd: string;
  http: HttpClient;
  scripts: ScriptRunner;
  secrets: SecretResolver;
  redactor: Redactor;
  /** Receive every event in order. */
  observers: RunObserver[];
  /** `now` is wall-clock milliseconds; `monotonic` measures durations. */
  clock?: { now(): number; monotonic(): number };
  /** Stops the run cleanly: no new steps start and the end events carry `interrupted: true`. */
  signal?: AbortSignal;
  exportReport?: ExportReport;
  /** Random numbers in [0, 1) for dynamic values and trace ids; seedable in tests. */
  random?: () => number;
}

export interface RunOutcome {
  interrupted: boolean;
  failedFlows: number;
}

export const DEFAULT_DETAIL = { iterations: 5, failuresPerStep: 20, bodyBytes: 8192 } as const;

/** State of one virtual user during one iteration. */
export interface UserState {
  vu: number;
  iteration: number;
  /** Variables extracted or set by scripts in this iteration. */
  variables: Map<string, unknown>;
  dataRow: Record<string, unknown>;
  jar: UserCookieJar;
  /** W3C trace id shared by the iteration's requests. */
  traceId: string;
  /** Set by a failed step; later steps are skipped unless they continue on failure. */
  failed: boolean;
}
