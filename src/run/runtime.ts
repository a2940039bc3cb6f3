/**
 * State that one flow's users share: settings, resolved scopes, the emitter, and helpers that
 * every step uses.
 */
import type { Flow } from '../flow/model.js';
import type { HttpClient } from '../http/types.js';
import type { FlowRef } from '../results/events.js';
import type { Redactor } from '../secrets/redact.js';
import type { ScriptRunner } from '../script/types.js';
import type { AssertionEvaluator } from './assert.js';
import type { OAuthTokens } from './auth.js';
import type { EventEmitter } from './emitter.js';
import { MIN_SUBSTRING_LENGTH } from '../secrets/redact.js';
import { mapLayer, recordLayer, type TemplateContext, type VariableLayer } from './template.js';
import type { ExportReport, RunOptions, UserState } from './types.js';

export interface Clock {
  now(): number;
  monotonic(): number;
}

export interface FlowRuntime {
  flow: Flow;
  ref: FlowRef;
  options: RunOptions;
  http: HttpClient;
  scripts: ScriptRunner;
  redactor: Redactor;
  emitter: EventEmitter;
  clock: Clock;
  random: () => number;
  evaluator: AssertionEvaluator;
  tokens: OAuthTokens;
  /** Values of the group's declared secrets, by declared name. */
  secrets: Map<string, string>;
  /** The selected environment as written; its values may hold templates. */
  environmentValues: Record<string, unknown>;
  environment: VariableLayer;
  /** Overrides, environment, flow variables, group variables: the layers below the data row. */
  staticLayers: VariableLayer[];
  /** Variables set in Before All, visible to every iteration. */
  beforeAll: Map<string, unknown>;
  /** Monotonic time the flow started; attempt offsets count from here. */
  startedAt: number;
  signal: AbortSignal;
  /** Folder that the model's file paths (bodies, TLS files, data) are relative to: the working directory. */
  baseDir: string;
  exportReport?: ExportReport;
}

/** Builds the static layers of a flow's scope, below the data row. */
export function staticLayers(
  flow: Flow,
  overrides: Record<string, string>,
  environment: VariableLayer,
): VariableLayer[] {
  return [
    recordLayer('overrides', overrides, false),
    environment,
    recordLayer('flow variables', flow.variables, true),
    recordLayer('group variables', flow.group.variables, true),
  ];
}

/** Builds the scope a user's templates resolve in, narrowest first. */
export function templateContext(runtime: FlowRuntime, user: UserState): TemplateContext {
  const layers: VariableLayer[] = [mapLayer('iteration', user.variables, false)];
  if (user.variables !== runtime.beforeAll)
    layers.push(mapLayer('Before All', runtime.beforeAll, false));
  layers.push(recordLayer('data', user.dataRow, false), ...runtime.staticLayers);

  return {
    layers,
    environment: runtime.environment,
    secret: (name) => runtime.secrets.get(name),
    iteration: user.iteration,
    vu: user.vu,
    random: runtime.random,
    now: () => runtime.clock.now(),
  };
}

/** Waits, or returns early when the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/** Generates `bytes` random bytes as lowercase hex, never all zero (W3C forbids it for ids). */
export function randomHex(random: () => number, bytes: number): string {
  let hex = '';
  for (let i = 0; i < bytes; i++)
    hex += Math.floor(random() * 256)
      .toString(16)
      .padStart(2, '0');
  return /^0+$/.test(hex) ? `${hex.slice(0, -1)}1` : hex;
}

const shortSecretWarnings = new WeakMap<FlowRuntime, Set<string>>();

/**
 * Registers a value captured with `secret: true` (an extraction or `at.variables.set`) for
 * redaction. A value shorter than MIN_SUBSTRING_LENGTH is masked only where it fills a whole
 * field, so the run warns once per source that it may still show inside other text.
 */
export function registerCapturedSecret(runtime: FlowRuntime, value: unknown, source: string): void {
  if (value === null || value === undefined) return;
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
  runtime.redactor.add(text, { source });

  if (text === '' || text.length >= MIN_SUBSTRING_LENGTH) return;
  const warned = shortSecretWarnings.get(runtime) ?? new Set<string>();
  shortSecretWarnings.set(runtime, warned);
  if (warned.has(source)) return;
  warned.add(source);
  runtime.emitter.emit({
    type: 'log',
    level: 'warn',
    message:
      `the secret captured by ${source} is shorter than ${MIN_SUBSTRING_LENGTH} characters: ` +
      'it is masked where it fills a whole field, but not inside other text',
    flow: runtime.ref,
  });
}
