/**
 * Events the run emits while it works. The results builder folds them into the results
 * document; live reporters (console progress, OTLP export) follow them as they come.
 * Values in events are already redacted.
 */
import type { SourceLocation } from '../common/source.js';
import type { AttemptRecord, ConsoleEntry, ErrorInfo, HookResult, Status } from './document.js';

/** Identifies a flow within a run. */
export interface FlowRef {
  /** Position in the run, from 0. */
  index: number;
  name: string;
  file: string;
}

/** The parts of a flow the results builder needs before any step runs. */
export interface FlowPlan {
  ref: FlowRef;
  loc: SourceLocation;
  group?: { name: string; dir: string; file?: string };
  environment?: string;
  tags: string[];
  /** Planned iterations; undefined for a timed run or one iteration per data row. */
  iterations?: number;
  /** Set for a timed run (`duration`). */
  durationMs?: number;
  virtualUsers: number;
  steps: { name: string; index: number; loc: SourceLocation; method: string; url: string }[];
  thresholds: import('../flow/model.js').Threshold[];
}

export type RunEvent =
  | { type: 'runStart'; runId: string; time: number; flows: FlowPlan[]; environment?: string }
  | { type: 'flowStart'; flow: FlowRef; time: number }
  | { type: 'hookEnd'; flow: FlowRef; hook: 'beforeAll' | 'afterAll'; result: HookResult }
  | { type: 'iterationStart'; flow: FlowRef; iteration: number; vu: number; time: number }
  /** Every attempt of every step, and every `at.sendRequest` (with `record.script`). */
  | { type: 'attempt'; flow: FlowRef; record: AttemptRecord }
  /** One step execution finished; `status` is its final status after retries. */
  | {
      type: 'stepEnd';
      flow: FlowRef;
      step: number;
      iteration: number;
      vu: number;
      status: Status;
      flaky: boolean;
    }
  | {
      type: 'iterationEnd';
      flow: FlowRef;
      iteration: number;
      vu: number;
      status: Status;
      time: number;
      durationMs: number;
    }
  | { type: 'flowError'; flow: FlowRef; error: ErrorInfo }
  | { type: 'flowEnd'; flow: FlowRef; time: number; interrupted: boolean }
  | { type: 'runEnd'; time: number; interrupted: boolean }
  | { type: 'log'; level: ConsoleEntry['level']; message: string; flow?: FlowRef };

/** Anything that follows a run's events: the results builder and live reporters. */
export interface RunObserver {
  onEvent(event: RunEvent): void;
}
