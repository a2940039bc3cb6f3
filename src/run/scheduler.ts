/**
 * The run: flows one after another, each with Before All, iterations shared by virtual users,
 * and After All. Emits every event of the run, in order, to the observers.
 */
import { setMaxListeners } from 'node:events';
import { isAbsolute, resolve } from 'node:path';
import type { Flow, FlowGroup, FlowSet, Script } from '../flow/model.js';
import type { ConsoleEntry, HookResult, Status } from '../results/document.js';
import type { FlowPlan, FlowRef } from '../results/events.js';
import { AssertionEvaluator } from './assert.js';
import { OAuthTokens } from './auth.js';
import { UserCookieJar } from './cookies.js';
import { loadDataRows } from './data.js';
import { EventEmitter } from './emitter.js';
import { executeStep, endStep, skipped } from './executor.js';
import { createScriptHost } from './host.js';
import { randomHex, sleep, staticLayers, type Clock, type FlowRuntime } from './runtime.js';
import { resolveGroupSecrets, selectEnvironment } from './secrets.js';
import { recordLayer, renderValue, TemplateError, templateContextFor } from './template.js';
import type { RunDependencies, RunOptions, RunOutcome, UserState } from './types.js';

const systemClock: Clock = { now: () => Date.now(), monotonic: () => performance.now() };

/**
 * Runs the flows of a set in order. Resolves every declared secret first and throws
 * MissingSecretsError before any request when one has no value.
 */
export async function runFlows(
  set: FlowSet,
  options: RunOptions,
  deps: RunDependencies,
): Promise<RunOutcome> {
  const groups = uniqueGroups(set.flows);
  const secrets = await resolveGroupSecrets(
    groups,
    options.environment,
    deps.secrets,
    deps.redactor,
  );

  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? Math.random;
  const emitter = new EventEmitter(deps.observers, deps.redactor);
  const signal = deps.signal ?? new AbortController().signal;
  // Every user's request or wait listens to the signal, so ten users would pass Node's warning limit.
  setMaxListeners(0, signal);
  const evaluator = new AssertionEvaluator();
  const tokens = new OAuthTokens(deps.http, deps.redactor);

  const refs = set.flows.map((flow, index): FlowRef => ({
    index,
    name: flow.name,
    file: flow.file,
  }));
  emitter.emit({
    type: 'runStart',
    runId: `${randomHex(random, 8)}`,
    time: clock.now(),
    flows: set.flows.map((flow, index) => flowPlan(flow, refs[index] as FlowRef, options)),
    ...(options.environment ? { environment: options.environment } : {}),
  });

  let failedFlows = 0;
  for (const [index, flow] of set.flows.entries()) {
    if (signal.aborted) break;
    const runtime: FlowRuntime = {
      flow,
      ref: refs[index] as FlowRef,
      options,
      http: deps.http,
      scripts: deps.scripts,
      redactor: deps.redactor,
      emitter,
      clock,
      random,
      evaluator,
      tokens,
      secrets: secrets.get(flow.group.dir) ?? new Map(),
      environmentValues: {},
      environment: recordLayer('environment', {}, true),
      staticLayers: [],
      beforeAll: new Map(),
      startedAt: clock.monotonic(),
      signal,
      // The loader stores every file path of the model relative to the working directory.
      baseDir: deps.cwd,
      ...(deps.exportReport ? { exportReport: deps.exportReport } : {}),
    };
    const environment = selectEnvironment(flow.group, options.environment);
    runtime.environmentValues = environment?.values ?? {};
    runtime.environment = recordLayer('environment', runtime.environmentValues, true);
    runtime.staticLayers = staticLayers(flow, options.overrides, runtime.environment);

    const failed = await runFlow(runtime, deps.cwd);
    if (failed) failedFlows++;
    if (failed && options.bail) break;
  }

  const interrupted = signal.aborted;
  emitter.emit({ type: 'runEnd', time: clock.now(), interrupted });
  return { interrupted, failedFlows };
}

/** Counts kept while a flow runs, for After All's `at.results`. */
interface FlowTally {
  iterations: { total: number; passed: number; failed: number };
  steps: { passed: number; failed: number; skipped: number; flaky: number };
}

/** Runs one flow; returns true when it failed. */
async function runFlow(runtime: FlowRuntime, cwd: string): Promise<boolean> {
  const { flow, ref, emitter, clock } = runtime;
  const tally: FlowTally = {
    iterations: { total: 0, passed: 0, failed: 0 },
    steps: { passed: 0, failed: 0, skipped: 0, flaky: 0 },
  };
  let failed = false;
  emitter.emit({ type: 'flowStart', flow: ref, time: clock.now() });

  const setup = await prepareFlow(runtime, cwd);
  if ('error' in setup) {
    emitter.emit({ type: 'flowError', flow: ref, error: setup.error });
    emitter.emit({
      type: 'flowEnd',
      flow: ref,
      time: clock.now(),
      interrupted: runtime.signal.aborted,
    });
    return true;
  }

  const beforeAllJar = new UserCookieJar();
  if (flow.beforeAll) {
    const user = hookUser(runtime, runtime.beforeAll, beforeAllJar);
    const result = await runHook(runtime, 'beforeAll', flow.beforeAll, user);
    // The hookEnd event already carries the error, so it is not emitted a second time.
    if (result.status === 'failed') failed = true;
  }

  if (!failed) {
    await runIterations(runtime, setup.rows, beforeAllJar, tally);
    if (tally.iterations.failed > 0) failed = true;
  }

  // An interrupted flow skips After All: it may post reports, and the user asked to stop.
  if (flow.afterAll && !runtime.signal.aborted) {
    const user = hookUser(runtime, new Map(), new UserCookieJar(beforeAllJar));
    const results = {
      flow: flow.name,
      ...tally,
      passed: tally.steps.passed,
      failed: tally.steps.failed,
      skipped: tally.steps.skipped,
    };
    const result = await runHook(runtime, 'afterAll', flow.afterAll, user, results);
    if (result.status === 'failed') failed = true;
  }

  emitter.emit({
    type: 'flowEnd',
    flow: ref,
    time: clock.now(),
    interrupted: runtime.signal.aborted,
  });
  return failed || runtime.signal.aborted;
}

/** Loads the data file and checks that the environment's templates resolve. */
async function prepareFlow(
  runtime: FlowRuntime,
  cwd: string,
): Promise<
  | { rows: Record<string, unknown>[] | undefined }
  | { error: { kind: string; message: string; loc?: Flow['loc'] } }
> {
  const { flow, options } = runtime;
  try {
    const context = templateContextFor(
      runtime.staticLayers,
      runtime.environment,
      (name) => runtime.secrets.get(name),
      runtime.random,
      () => runtime.clock.now(),
    );
    renderValue(runtime.environmentValues, context, 'environment');
  } catch (error) {
    if (error instanceof TemplateError)
      return {
        error: { kind: 'template', message: error.message, loc: flow.group.loc ?? flow.loc },
      };
    throw error;
  }

  // --data is relative to the working directory; `data:` in a flow is relative to the flow file.
  const path = options.data
    ? resolve(cwd, options.data)
    : flow.data
      ? resolveFrom(runtime.baseDir, flow.data.file)
      : undefined;
  if (!path) return { rows: undefined };
  try {
    const rows = await loadDataRows(path);
    if (rows.length === 0)
      return {
        error: {
          kind: 'data',
          message: `data file ${path} has no rows`,
          loc: flow.data?.loc ?? flow.loc,
        },
      };
    return { rows };
  } catch (error) {
    return {
      error: { kind: 'data', message: (error as Error).message, loc: flow.data?.loc ?? flow.loc },
    };
  }
}

function resolveFrom(baseDir: string, path: string): string {
  return isAbsolute(path) ? path : resolve(baseDir, path);
}

/**
 * Shares the flow's iterations between its virtual users. Each user takes the next iteration
 * number from one counter, so at most `virtualUsers` iterations are in flight at any time.
 */
async function runIterations(
  runtime: FlowRuntime,
  rows: Record<string, unknown>[] | undefined,
  beforeAllJar: UserCookieJar,
  tally: FlowTally,
): Promise<void> {
  const { flow, options, clock, signal } = runtime;
  const duration = options.duration ?? flow.duration;
  const configured = options.iterations ?? flow.iterations;
  const total = configured ?? (duration !== undefined ? Infinity : (rows?.length ?? 1));
  const users = Math.max(1, Math.min(options.virtualUsers ?? flow.virtualUsers ?? 1, total));
  const rampUp = options.rampUp ?? flow.rampUp ?? 0;
  const deadline = duration !== undefined ? clock.monotonic() + duration : Infinity;

  let next = 1;
  const take = (): number | undefined => {
    if (signal.aborted || next > total || clock.monotonic() >= deadline) return undefined;
    return next++;
  };

  const runUser = async (vu: number): Promise<void> => {
    await sleep((rampUp * (vu - 1)) / users, signal);
    let jar = new UserCookieJar(beforeAllJar);
    for (let iteration = take(); iteration !== undefined; iteration = take()) {
      if (flow.cookies === 'iteration' && iteration > 1) jar = new UserCookieJar(beforeAllJar);
      const row = rows ? (rows[(iteration - 1) % rows.length] ?? {}) : {};
      const user: UserState = {
        vu,
        iteration,
        variables: new Map(),
        dataRow: row,
        jar,
        traceId: randomHex(runtime.random, 16),
        failed: false,
      };
      await runIteration(runtime, user, tally);
    }
  };

  await Promise.all(Array.from({ length: users }, (_, i) => runUser(i + 1)));
}

async function runIteration(
  runtime: FlowRuntime,
  user: UserState,
  tally: FlowTally,
): Promise<void> {
  const { flow, ref, emitter, clock, signal, options } = runtime;
  const started = clock.monotonic();
  emitter.emit({
    type: 'iterationStart',
    flow: ref,
    iteration: user.iteration,
    vu: user.vu,
    time: clock.now(),
  });

  let stopped: string | undefined;
  let executed = 0;
  for (const step of flow.steps) {
    const reason = signal.aborted ? 'the run was interrupted' : stopped;
    if (reason !== undefined) {
      count(
        tally,
        endStep(runtime, step, user, skipped(runtime, step, user, reason), false).status,
        false,
      );
      continue;
    }

    if (executed > 0 && options.delayBetweenSteps) await sleep(options.delayBetweenSteps, signal);
    executed++;
    const result = await executeStep(runtime, step, user);
    count(tally, result.status, result.flaky);
    if (result.status === 'failed') {
      user.failed = true;
      if (!step.continueOnFailure) stopped = `step "${step.name}" failed`;
    }
  }

  const status: Status = user.failed ? 'failed' : 'passed';
  tally.iterations.total++;
  tally.iterations[status === 'failed' ? 'failed' : 'passed']++;
  emitter.emit({
    type: 'iterationEnd',
    flow: ref,
    iteration: user.iteration,
    vu: user.vu,
    status,
    time: clock.now(),
    durationMs: clock.monotonic() - started,
  });
}

function count(tally: FlowTally, status: Status, flaky: boolean): void {
  tally.steps[status]++;
  if (flaky) tally.steps.flaky++;
}

/** Builds the user a hook runs as: user 0, iteration 0. */
function hookUser(
  runtime: FlowRuntime,
  variables: Map<string, unknown>,
  jar: UserCookieJar,
): UserState {
  return {
    vu: 0,
    iteration: 0,
    variables,
    dataRow: {},
    jar,
    traceId: randomHex(runtime.random, 16),
    failed: false,
  };
}

async function runHook(
  runtime: FlowRuntime,
  hook: 'beforeAll' | 'afterAll',
  script: Script,
  user: UserState,
  results?: unknown,
): Promise<HookResult> {
  const started = runtime.clock.monotonic();
  const host = createScriptHost(runtime, user, {
    phase: hook,
    stepIndex: -1,
    loc: script.loc,
    ...(results !== undefined ? { results } : {}),
  });

  let console: ConsoleEntry[] = [];
  let result: HookResult;
  try {
    const outcome = await runtime.scripts.run(script, host, runtime.flow.scriptLimits);
    console = outcome.console;
    result = {
      status: outcome.ok ? 'passed' : 'failed',
      durationMs: runtime.clock.monotonic() - started,
      console,
    };
    if (outcome.error) {
      result.error = {
        kind: 'script',
        message: `${hook} failed: ${outcome.error.name}: ${outcome.error.message}`,
      };
      if (outcome.error.loc) result.error.loc = outcome.error.loc;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result = {
      status: 'failed',
      durationMs: runtime.clock.monotonic() - started,
      console,
      error: { kind: 'script', message: `${hook} failed: ${message}`, loc: script.loc },
    };
  }
  runtime.emitter.emit({ type: 'hookEnd', flow: runtime.ref, hook, result });
  return result;
}

function uniqueGroups(flows: Flow[]): FlowGroup[] {
  const groups = new Map<string, FlowGroup>();
  for (const flow of flows) if (!groups.has(flow.group.dir)) groups.set(flow.group.dir, flow.group);
  return [...groups.values()];
}

function flowPlan(flow: Flow, ref: FlowRef, options: RunOptions): FlowPlan {
  const plan: FlowPlan = {
    ref,
    loc: flow.loc,
    tags: flow.tags,
    virtualUsers: options.virtualUsers ?? flow.virtualUsers ?? 1,
    steps: flow.steps.map((step) => ({
      name: step.name,
      index: step.index,
      loc: step.loc,
      method: step.request.method,
      url: step.request.url,
    })),
    thresholds: flow.thresholds,
  };
  // The count is known up front unless the run is timed or takes one iteration per data row.
  const duration = options.duration ?? flow.duration;
  const data = options.data ?? flow.data;
  const iterations =
    options.iterations ?? flow.iterations ?? (duration === undefined && !data ? 1 : undefined);
  if (iterations !== undefined) plan.iterations = iterations;
  if (duration !== undefined) plan.durationMs = duration;
  if (flow.group.file)
    plan.group = { name: flow.group.name, dir: flow.group.dir, file: flow.group.file };
  const environment = selectEnvironment(flow.group, options.environment);
  if (environment) plan.environment = environment.name;
  return plan;
}
