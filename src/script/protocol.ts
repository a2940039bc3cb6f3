/**
 * Messages between the runner (main thread) and the script worker. Everything here is
 * structured-clone data; user values inside are JSON text produced in the sandbox.
 */
import type { Script, ScriptLimits } from '../flow/model.js';
import type { ConsoleEntry, AssertionRecord } from '../results/document.js';
import type { ScriptOutcome, ScriptPhase, ScriptRequest, ScriptResponse } from './types.js';

/** The data part of a ScriptHost: everything the sandbox can read without asking. */
export interface HostSnapshot {
  phase: ScriptPhase;
  flow: string;
  step?: string;
  iteration: number;
  vu: number;
  environment: Record<string, unknown>;
  request?: ScriptRequest;
  response?: ScriptResponse;
  results?: unknown;
  /** Whether the host implements `export`, so `at.export` exists only where it works. */
  canExport: boolean;
}

/** Host methods the sandbox calls synchronously: the worker blocks until the reply. */
export type SyncMethod =
  | 'getVariable'
  | 'hasVariable'
  | 'setVariable'
  | 'unsetVariable'
  | 'getSecret'
  | 'getCookie'
  | 'getCookies'
  | 'setCookie'
  | 'unsetCookie'
  | 'clearCookies';

/** Host methods that return a promise inside the sandbox. */
export type AsyncMethod = 'sendRequest' | 'export';

export type ToWorker =
  | { type: 'run'; job: number; script: Script; limits: ScriptLimits; host: HostSnapshot }
  | { type: 'reply'; job: number; call: number; ok: true; value: unknown }
  | {
      type: 'reply';
      job: number;
      call: number;
      ok: false;
      error: { name: string; message: string };
    };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'started'; job: number }
  /** The script awaits a host reply: its deadline clock stops until `resume`. */
  | { type: 'pause'; job: number }
  | { type: 'resume'; job: number }
  | { type: 'sync'; job: number; method: SyncMethod; args: unknown[] }
  | { type: 'async'; job: number; call: number; method: AsyncMethod; args: unknown[] }
  | { type: 'console'; job: number; entry: ConsoleEntry }
  | { type: 'test'; job: number; record: AssertionRecord }
  | { type: 'done'; job: number; outcome: Omit<ScriptOutcome, 'console' | 'tests'> };

/** Reply to a synchronous call, sent on the dedicated sync port. */
export type SyncReply =
  { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };

/** Layout of the shared Int32Array used to wake the worker after a sync reply. */
export const SYNC_SIGNAL_INDEX = 0;
