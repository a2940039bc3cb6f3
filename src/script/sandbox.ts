/**
 * Runs scripts in QuickJS: warm sandboxes (a runtime and a context with the `at` bootstrap) that
 * serve one script after another, the string-only host bridge, limits, the promise loop and error
 * mapping. Used by the worker; never by the run.
 */
import variantModule from '@jitl/quickjs-singlefile-cjs-release-sync';
import {
  newQuickJSWASMModuleFromVariant,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSSyncVariant,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';

import type { Script, ScriptLimits } from '../flow/model.js';
import type { AssertionRecord, ConsoleEntry } from '../results/document.js';
import { BOOTSTRAP_FILE, BOOTSTRAP_SOURCE } from './bootstrap.js';
import { EXPECT_SOURCE } from './expect.js';
import { computeCrypto } from './crypto.js';
import { PM_FILE, PM_SOURCE } from './pm.js';
import { mapScriptError, USER_FILE, wrapSource } from './positions.js';
import type { AsyncMethod, HostSnapshot, SyncMethod, SyncReply } from './protocol.js';
import type { ScriptError, ScriptOutcome, ScriptRequest } from './types.js';

// Plain Node ESM hands over `{ default: variant }` and bundlers the variant itself; the loader
// accepts both, so the cast only quiets the type checker.
const variant = variantModule as unknown as QuickJSSyncVariant;

/**
 * Deeper QuickJS stacks overflow the V8 stack of the worker first, and QuickJS then aborts on
 * dispose; 256 KiB fails cleanly inside QuickJS (measured with quickjs-emscripten 0.32.0).
 */
const MAX_STACK_BYTES = 256 * 1024;

/** Console output kept per script, so a logging loop cannot exhaust the worker's memory. */
const MAX_CONSOLE_ENTRIES = 1000;
const MAX_CONSOLE_CHARS = 10_000;

let modulePromise: Promise<QuickJSWASMModule> | undefined;

/** Loads the QuickJS module once per worker; a failed dispose drops it so the next load is clean. */
export function loadModule(): Promise<QuickJSWASMModule> {
  modulePromise ??= newQuickJSWASMModuleFromVariant(variant);
  return modulePromise;
}

/** What the sandbox needs from the worker: the host's data and its calls. */
export interface SandboxBridge {
  host: HostSnapshot;
  callSync(method: SyncMethod, args: unknown[]): SyncReply;
  callAsync(method: AsyncMethod, args: unknown[]): Promise<SyncReply>;
  log(entry: ConsoleEntry): void;
  record(record: AssertionRecord): void;
  /** Told when the script starts and stops waiting on the host, so its deadline clock stops. */
  waiting(paused: boolean): void;
}

type SandboxOutcome = Omit<ScriptOutcome, 'console' | 'tests'>;

/**
 * Warm sandboxes waiting for a script. Scripts of one worker interleave only while one awaits the
 * host, so the pool contains about as many sandboxes as the run has scripts in flight at once.
 * A warm sandbox took about 850 KiB of memory here.
 */
const idle: Sandbox[] = [];
const MAX_IDLE_SANDBOXES = 8;

/**
 * Scripts one sandbox serves before it is replaced, so that what the language keeps for the life
 * of a context (atoms, the Symbol.for registry) cannot grow over a long run.
 */
const SCRIPTS_PER_SANDBOX = 1000;

/** Runs `script` to completion in a warm sandbox and returns its outcome. */
export async function runInSandbox(
  script: Script,
  limits: ScriptLimits,
  bridge: SandboxBridge,
): Promise<SandboxOutcome> {
  const started = performance.now();
  const module = await loadModule();
  const sandbox = takeSandbox(module);

  const execution = new Execution(sandbox, script, limits, bridge);
  let outcome: SandboxOutcome;
  let reusable = false;
  try {
    outcome = await execution.run();
    reusable = execution.reusable;
  } catch (error) {
    // The host itself failed: typically V8's own stack overflowed while QuickJS recursed.
    const reason =
      error instanceof RangeError
        ? stackOverflow(limits)
        : { name: 'InternalError', message: `script sandbox failed: ${String(error)}` };
    outcome = { ok: false, error: reason, skipped: execution.skipped, durationMs: 0 };
    dropModule();
  } finally {
    execution.disposeHandles();
    sandbox.release();
  }

  const keep =
    reusable &&
    sandbox.module === modulePromise &&
    sandbox.served < SCRIPTS_PER_SANDBOX &&
    idle.length < MAX_IDLE_SANDBOXES;
  if (keep) {
    idle.push(sandbox);
  } else {
    sandbox.dispose();
    // Build the replacement between scripts, so no script's deadline pays for it.
    setImmediate(() => void prepareSandbox().catch(() => undefined));
  }
  outcome.durationMs = performance.now() - started;
  return outcome;
}

/**
 * Builds a sandbox ahead of the next script when none is waiting. The worker calls it before it
 * reports ready, because the first bootstrap in a cold module took 150 to 300 ms here.
 */
export async function prepareSandbox(): Promise<void> {
  const module = modulePromise;
  if (module === undefined || idle.length > 0) return;
  const quickjs = await module;
  if (module !== modulePromise || idle.length > 0) return;
  const sandbox = new Sandbox(quickjs, module);
  if (sandbox.warm()) idle.push(sandbox);
  else sandbox.dispose();
}

function takeSandbox(module: QuickJSWASMModule): Sandbox {
  for (let sandbox = idle.pop(); sandbox !== undefined; sandbox = idle.pop()) {
    if (sandbox.module === modulePromise) return sandbox;
    sandbox.dispose();
  }
  return new Sandbox(module, modulePromise);
}

/** Forgets the module instance after a wasm abort; sandboxes built on it are dropped as they come back. */
function dropModule(): void {
  modulePromise = undefined;
  for (const sandbox of idle.splice(0)) sandbox.dispose();
}

/**
 * A runtime and a context that have evaluated the bootstrap: its built-ins are frozen and the
 * bridge passes calls to whichever Execution is open. Every sandbox has its own runtime, so a
 * script's deadline and memory limit belong to it alone.
 */
class Sandbox {
  readonly runtime: QuickJSRuntime;
  readonly context: QuickJSContext;
  /** The worker's module promise when the sandbox was built, to tell a stale instance. */
  readonly module: Promise<QuickJSWASMModule> | undefined;
  served = 0;
  private execution: Execution | undefined;
  private hooks: { open: QuickJSHandle; close: QuickJSHandle } | undefined;
  private limits: ScriptLimits | undefined;
  private disposed = false;

  constructor(quickjs: QuickJSWASMModule, module: Promise<QuickJSWASMModule> | undefined) {
    this.module = module;
    this.runtime = quickjs.newRuntime();
    this.runtime.setInterruptHandler(() => this.execution?.deadline.expired() ?? false);
    this.context = this.runtime.newContext();
  }

  /** Opens the sandbox to `execution`: applies its limits and builds its `at` and hooks. */
  open(execution: Execution): { hooks: QuickJSHandle } | { error: QuickJSHandle } {
    this.execution = execution;
    this.served++;
    const limits = execution.limits;
    if (this.limits?.memoryBytes !== limits.memoryBytes) {
      this.runtime.setMemoryLimit(limits.memoryBytes);
    }
    if (this.limits?.stackBytes !== limits.stackBytes) {
      this.runtime.setMaxStackSize(Math.min(limits.stackBytes, MAX_STACK_BYTES));
    }
    this.limits = limits;

    // A sandbox that was not prepared ahead evaluates the bootstrap under this script's limits.
    if (this.hooks === undefined) {
      const built = this.bootstrap();
      if ('error' in built) return built;
      this.hooks = built;
    }
    const opened = this.context.callFunction(this.hooks.open, this.context.undefined);
    return opened.error ? { error: opened.error } : { hooks: opened.value };
  }

  /** Evaluates the bootstrap before any script opens the sandbox; false when it failed. */
  warm(): boolean {
    const built = this.bootstrap();
    if ('error' in built) {
      built.error.dispose();
      return false;
    }
    this.hooks = built;
    return true;
  }

  /** Ends the open script; false when the context must not serve another one. */
  close(): boolean {
    if (this.hooks === undefined) return false;
    const closed = this.context.callFunction(this.hooks.close, this.context.undefined);
    if (closed.error) {
      closed.error.dispose();
      return false;
    }
    const clean = this.context.dump(closed.value) === true;
    closed.value.dispose();
    return clean && !this.runtime.hasPendingJob();
  }

  release(): void {
    this.execution = undefined;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    try {
      this.hooks?.open.dispose();
      this.hooks?.close.dispose();
      this.context.dispose();
      this.runtime.dispose();
    } catch {
      // A wasm abort here poisons the module instance; the next script loads a fresh one.
      dropModule();
    }
  }

  private bootstrap(): { open: QuickJSHandle; close: QuickJSHandle } | { error: QuickJSHandle } {
    const context = this.context;
    const host = context.newObject();
    const define = (
      name: string,
      fn: (execution: Execution, ...args: string[]) => string,
    ): void => {
      const handle = context.newFunction(name, (...args) => {
        const execution = this.execution;
        if (execution === undefined) throw new Error('no script is open in this sandbox');
        const text = fn(execution, ...args.map((arg) => context.getString(arg)));
        return context.newString(text);
      });
      context.setProp(host, name, handle);
      handle.dispose();
    };

    define('data', (execution) => JSON.stringify(execution.bridge.host));
    define('call', (execution, method, args) =>
      JSON.stringify(
        execution.bridge.callSync(method as SyncMethod, JSON.parse(args ?? '[]') as unknown[]),
      ),
    );
    define('start', (execution, method, args) =>
      String(execution.startCall(method as AsyncMethod, args ?? '[]')),
    );
    define('crypto', (_execution, op, args) =>
      JSON.stringify(computeCrypto(op ?? '', JSON.parse(args ?? '[]') as unknown[])),
    );
    define('log', (execution, level, message) => {
      execution.log(level as ConsoleEntry['level'], message ?? '');
      return '';
    });
    define('record', (execution, record) => {
      execution.bridge.record(JSON.parse(record ?? '{}') as AssertionRecord);
      return '';
    });
    define('skip', (execution) => {
      execution.skipped = true;
      return '';
    });

    // The bootstrap reads this while the sandbox is built, before any script opens it.
    const source = context.newFunction('source', () => context.newString(EXPECT_SOURCE));
    context.setProp(host, 'source', source);
    source.dispose();

    const factory = context.evalCode(BOOTSTRAP_SOURCE, BOOTSTRAP_FILE);
    if (factory.error) {
      host.dispose();
      return { error: factory.error };
    }
    const result = context.callFunction(factory.value, context.undefined, host);
    factory.value.dispose();
    host.dispose();
    if (result.error) return { error: result.error };
    const hooks = {
      open: context.getProp(result.value, 'open'),
      close: context.getProp(result.value, 'close'),
    };
    result.value.dispose();
    return hooks;
  }
}

/**
 * The script's time budget. It runs down only while the interpreter works: waiting on
 * at.sendRequest or at.export stops it, because those calls have their own timeouts.
 */
class Deadline {
  private endsAt: number;
  private remaining = 0;

  constructor(budgetMs: number) {
    this.endsAt = Date.now() + budgetMs;
  }

  expired(): boolean {
    return Date.now() > this.endsAt;
  }

  pause(): void {
    this.remaining = Math.max(0, this.endsAt - Date.now());
    this.endsAt = Number.POSITIVE_INFINITY;
  }

  resume(): void {
    this.endsAt = Date.now() + this.remaining;
  }
}

interface Reply {
  call: number;
  reply: SyncReply;
}

/** One script's run in a sandbox: its hooks, its deadline and its pending host calls. */
class Execution {
  skipped = false;
  /** Whether the sandbox may serve another script after this one. */
  reusable = false;
  readonly deadline: Deadline;
  private readonly context: QuickJSContext;
  private readonly runtime: QuickJSRuntime;
  private readonly handles: QuickJSHandle[] = [];
  private readonly replies: Reply[] = [];
  private inFlight = 0;
  private nextCall = 1;
  private wake: (() => void) | undefined;
  private consoleEntries = 0;
  /** Set when the interpreter stopped the script: its context may be left in any state. */
  private stopped = false;

  constructor(
    private readonly sandbox: Sandbox,
    private readonly script: Script,
    readonly limits: ScriptLimits,
    readonly bridge: SandboxBridge,
  ) {
    this.context = sandbox.context;
    this.runtime = sandbox.runtime;
    this.deadline = new Deadline(limits.timeout);
  }

  async run(): Promise<SandboxOutcome> {
    const outcome = await this.execute();
    this.reusable = !this.stopped && this.sandbox.close();
    return outcome;
  }

  disposeHandles(): void {
    for (const handle of this.handles.splice(0)) {
      if (handle.alive) handle.dispose();
    }
  }

  private async execute(): Promise<SandboxOutcome> {
    const hooks = this.openScript();
    if ('error' in hooks) return this.failed(hooks.error);

    // NOTE: the wrapped code is a global script, so source that closes the wrapper's function
    // early can declare top-level `let` or `const` bindings, which close() cannot see or remove.
    const evaluated = this.context.evalCode(
      wrapSource(this.script, this.bridge.host.phase),
      USER_FILE,
    );
    if (evaluated.error) return this.failed(this.takeError(evaluated.error));
    let main = this.keep(evaluated.value);
    if (hooks.drain) {
      const drained = this.context.callFunction(hooks.drain, this.context.undefined, main);
      if (drained.error) return this.failed(this.takeError(drained.error));
      main = this.keep(drained.value);
    }

    const finished = this.context.callFunction(hooks.finish, this.context.undefined, main);
    if (finished.error) return this.failed(this.takeError(finished.error));
    const done = this.keep(finished.value);

    for (;;) {
      const jobs = this.runtime.executePendingJobs();
      if (jobs.error) {
        this.stopped = true;
        return this.failed(this.takeError(jobs.error));
      }

      const state = this.context.getPromiseState(done);
      if (state.type === 'rejected') return this.failed(this.takeError(state.error));
      if (state.type === 'fulfilled') {
        const value = this.context.getString(state.value);
        state.value.dispose();
        return this.succeeded(hooks.request, value);
      }

      const reply = await this.nextReply();
      if (reply === undefined) {
        return this.failed({
          name: 'Error',
          message:
            'script is awaiting a promise that never settles (only at.sendRequest, at.export and at.test promises are resolved by the host)',
        });
      }
      this.settle(hooks.settle, reply);
    }
  }

  private keep(handle: QuickJSHandle): QuickJSHandle {
    this.handles.push(handle);
    return handle;
  }

  /** Opens the sandbox to this script, which builds its `at`, and adds `pm` for Postman scripts. */
  private openScript():
    | {
        settle: QuickJSHandle;
        finish: QuickJSHandle;
        request: QuickJSHandle;
        drain?: QuickJSHandle;
      }
    | { error: ScriptError } {
    const opened = this.sandbox.open(this);
    if ('error' in opened) {
      // Only a limit can stop the bootstrap; the context is then in no state to reuse.
      this.stopped = true;
      return { error: this.takeError(opened.error) };
    }

    const hooks = this.keep(opened.hooks);
    const installed = {
      settle: this.keep(this.context.getProp(hooks, 'settle')),
      finish: this.keep(this.context.getProp(hooks, 'finish')),
      request: this.keep(this.context.getProp(hooks, 'request')),
    };
    if (this.script.dialect !== 'postman') return installed;

    // Scripts imported from Postman also get `pm` and the legacy globals, built on `at`.
    const pm = this.context.evalCode(PM_SOURCE, PM_FILE);
    if (pm.error) return { error: this.takeError(pm.error) };
    const pmHooks = this.keep(pm.value);
    return { ...installed, drain: this.keep(this.context.getProp(pmHooks, 'drain')) };
  }

  /** Starts an asynchronous host call for the script; the reply settles its promise later. */
  startCall(method: AsyncMethod, args: string): number {
    const call = this.nextCall++;
    this.inFlight++;
    const deliver = (reply: SyncReply): void => {
      this.replies.push({ call, reply });
      this.wake?.();
    };
    this.bridge
      .callAsync(method, JSON.parse(args) as unknown[])
      .then(deliver, (error: unknown) =>
        deliver({ ok: false, error: { name: 'Error', message: String(error) } }),
      );
    return call;
  }

  /** Waits for the next host reply with the deadline paused; undefined when none can come. */
  private async nextReply(): Promise<Reply | undefined> {
    if (this.replies.length === 0) {
      if (this.inFlight === 0) return undefined;
      this.deadline.pause();
      this.bridge.waiting(true);
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
      this.bridge.waiting(false);
      this.deadline.resume();
    }
    this.inFlight--;
    return this.replies.shift();
  }

  private settle(settle: QuickJSHandle, { call, reply }: Reply): void {
    const id = this.context.newString(String(call));
    const envelope = this.context.newString(JSON.stringify(reply));
    const result = this.context.callFunction(settle, this.context.undefined, id, envelope);
    id.dispose();
    envelope.dispose();
    if (result.error) result.error.dispose();
    else result.value.dispose();
  }

  /** Records a console line, up to the per-script limits. */
  log(level: ConsoleEntry['level'], message: string): void {
    this.consoleEntries++;
    if (this.consoleEntries > MAX_CONSOLE_ENTRIES) {
      if (this.consoleEntries === MAX_CONSOLE_ENTRIES + 1) {
        this.bridge.log({
          level: 'warn',
          message: `console output truncated after ${MAX_CONSOLE_ENTRIES} entries`,
        });
      }
      return;
    }
    const text =
      message.length > MAX_CONSOLE_CHARS
        ? `${message.slice(0, MAX_CONSOLE_CHARS)}... (${message.length - MAX_CONSOLE_CHARS} more characters)`
        : message;
    this.bridge.log({ level, message: text });
  }

  private succeeded(requestHook: QuickJSHandle, value: string): SandboxOutcome {
    const outcome: SandboxOutcome = { ok: true, skipped: this.skipped, durationMs: 0 };
    if (this.bridge.host.phase === 'if') outcome.value = value === 'true';
    if (this.bridge.host.phase === 'pre') {
      const request = this.readRequest(requestHook);
      if (request !== undefined && 'name' in request) return this.failed(request);
      if (request !== undefined) outcome.request = request;
    }
    return outcome;
  }

  /** Reads back at.request and checks that the script left it well-formed. */
  private readRequest(requestHook: QuickJSHandle): ScriptRequest | ScriptError | undefined {
    const result = this.context.callFunction(requestHook, this.context.undefined);
    if (result.error) return this.takeError(result.error);
    const text = this.context.getString(result.value);
    result.value.dispose();
    if (text === '') return undefined;
    return validateRequest(JSON.parse(text) as Record<string, unknown>);
  }

  private failed(error: ScriptError): SandboxOutcome {
    return { ok: false, error, skipped: this.skipped, durationMs: 0 };
  }

  /** Dumps an exception (name and message only: stacks can be huge) and maps its position. */
  private takeError(handle: QuickJSHandle): ScriptError {
    let dumped: unknown;
    try {
      dumped = this.context.dump(handle);
    } finally {
      handle.dispose();
    }
    const raw =
      dumped !== null && typeof dumped === 'object'
        ? (dumped as { name?: unknown; message?: unknown; stack?: unknown })
        : { name: 'Error', message: String(dumped) };
    const name = typeof raw.name === 'string' ? raw.name : 'Error';
    const message = typeof raw.message === 'string' ? raw.message : String(raw.message);
    const stack = typeof raw.stack === 'string' ? raw.stack : '';

    if (name === 'InternalError') this.stopped = true;
    if (name === 'InternalError' && message === 'interrupted') {
      return {
        name: 'TimeoutError',
        message: `script exceeded its ${this.limits.timeout} ms deadline and was stopped`,
      };
    }
    if (name === 'InternalError' && message === 'out of memory') {
      return {
        name: 'MemoryError',
        message: `script exceeded its memory limit of ${formatBytes(this.limits.memoryBytes)}`,
      };
    }
    if (name === 'InternalError' && message === 'stack overflow') return stackOverflow(this.limits);
    return mapScriptError(this.script, name, message, stack);
  }
}

function validateRequest(value: Record<string, unknown>): ScriptRequest | ScriptError {
  const invalid = (message: string): ScriptError => ({ name: 'TypeError', message });
  if (typeof value.method !== 'string' || value.method === '')
    return invalid('at.request.method must be a non-empty string');
  if (typeof value.url !== 'string' || value.url === '')
    return invalid('at.request.url must be a non-empty string');
  if (value.body !== undefined && value.body !== null && typeof value.body !== 'string') {
    return invalid('at.request.body must be a string (use JSON.stringify for objects)');
  }
  const headers: Record<string, string> = {};
  const source = value.headers;
  if (source !== null && typeof source === 'object' && !Array.isArray(source)) {
    for (const [name, header] of Object.entries(source)) {
      if (header === undefined || header === null) continue;
      headers[name] = typeof header === 'string' ? header : String(header);
    }
  } else {
    return invalid('at.request.headers must be an object of header names to values');
  }
  const request: ScriptRequest = { method: value.method, url: value.url, headers };
  if (typeof value.body === 'string') request.body = value.body;
  return request;
}

function stackOverflow(limits: ScriptLimits): ScriptError {
  const bytes = Math.min(limits.stackBytes, MAX_STACK_BYTES);
  return {
    name: 'RangeError',
    message: `script exceeded its stack limit of ${formatBytes(bytes)} (recursion too deep)`,
  };
}

function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
