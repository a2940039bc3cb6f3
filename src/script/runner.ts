/**
 * The main-thread side of the script sandbox. Scripts run in a long-lived worker thread; the
 * runner serves the worker's host calls from each script's ScriptHost and keeps a watchdog per
 * script, because the interpreter's own deadline is only checked between bytecodes and a script
 * that grows memory can overrun it by seconds. A script still running at `hardKillFactor` times
 * its deadline gets its worker terminated, and the next script starts a fresh one.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

import type { Script, ScriptLimits } from '../flow/model.js';
import type { AssertionRecord, ConsoleEntry } from '../results/document.js';
import {
  SYNC_SIGNAL_INDEX,
  type FromWorker,
  type HostSnapshot,
  type SyncReply,
  type ToWorker,
} from './protocol.js';
import type {
  ScriptCookieOptions,
  ScriptError,
  ScriptHost,
  ScriptOutcome,
  ScriptRunner,
} from './types.js';

export interface ScriptRunnerOptions {
  /** The compiled worker entry; defaults to worker.js next to this module. */
  workerUrl?: URL;
  /** The watchdog terminates a script's worker at this multiple of its deadline. Default 2. */
  hardKillFactor?: number;
}

/** Creates a runner whose scripts share one worker thread until `close`. */
export function createScriptRunner(options: ScriptRunnerOptions = {}): ScriptRunner {
  // Bundlers would otherwise copy the worker's source as an asset; the bundle ships a separately
  // built worker.js next to its own entry instead.
  const workerUrl =
    options.workerUrl ?? new URL(/* webpackIgnore: true */ './worker.js', import.meta.url);
  const slot = new WorkerSlot(workerUrl, options.hardKillFactor ?? 2);
  return {
    run: (script, host, limits) => slot.run(script, host, limits),
    close: () => slot.close(),
  };
}

interface Job {
  id: number;
  script: Script;
  host: ScriptHost;
  limits: ScriptLimits;
  console: ConsoleEntry[];
  tests: AssertionRecord[];
  started: boolean;
  resolve(outcome: ScriptOutcome): void;
  watchdog: Watchdog;
  startedAt: number;
}

interface LiveWorker {
  worker: Worker;
  syncPort: MessagePort;
  signal: Int32Array;
  ready: Promise<void>;
}

class WorkerSlot {
  private live: LiveWorker | undefined;
  private readonly jobs = new Map<number, Job>();
  private nextJob = 1;
  private closed = false;

  constructor(
    private readonly workerUrl: URL,
    private readonly hardKillFactor: number,
  ) {}

  run(script: Script, host: ScriptHost, limits: ScriptLimits): Promise<ScriptOutcome> {
    if (this.closed) return Promise.reject(new Error('the script runner is closed'));
    return new Promise((resolve) => {
      const job: Job = {
        id: this.nextJob++,
        script,
        host,
        limits,
        console: [],
        tests: [],
        started: false,
        resolve,
        watchdog: new Watchdog(limits.timeout * this.hardKillFactor, () => this.kill(job)),
        startedAt: performance.now(),
      };
      this.jobs.set(job.id, job);
      void this.send(job);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.jobs.values()) {
      this.finish(
        job,
        failure(job, { name: 'Error', message: 'script stopped because the run is closing' }),
      );
    }
    const live = this.live;
    this.live = undefined;
    if (live !== undefined) await live.worker.terminate();
  }

  private async send(job: Job): Promise<void> {
    const live = this.ensureWorker();
    try {
      await live.ready;
    } catch (error) {
      this.finish(
        job,
        failure(job, { name: 'Error', message: `script worker failed to start: ${String(error)}` }),
      );
      return;
    }
    // The worker may have been replaced while this job waited for it to become ready.
    if (this.live !== live || !this.jobs.has(job.id)) return;
    live.worker.ref();
    const message: ToWorker = {
      type: 'run',
      job: job.id,
      script: job.script,
      limits: job.limits,
      host: snapshot(job.host),
    };
    live.worker.postMessage(message);
  }

  private ensureWorker(): LiveWorker {
    if (this.live !== undefined) return this.live;

    const channel = new MessageChannel();
    const signalBuffer = new SharedArrayBuffer(4);
    const worker = new Worker(this.workerUrl, {
      workerData: { syncPort: channel.port2, signal: signalBuffer },
      transferList: [channel.port2],
    });
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      const onReady = (message: FromWorker): void => {
        if (message.type !== 'ready') return;
        worker.off('message', onReady);
        resolve();
      };
      worker.on('message', onReady);
      worker.once('error', reject);
      worker.once('exit', (code) =>
        reject(new Error(`the script worker exited with code ${code}`)),
      );
    });
    // Start-up failures are reported to the jobs waiting on `ready`.
    ready.catch(() => undefined);

    const live: LiveWorker = {
      worker,
      syncPort: channel.port1,
      signal: new Int32Array(signalBuffer),
      ready,
    };
    worker.on('message', (message: FromWorker) => this.receive(live, message));
    worker.on('error', (error) => this.lose(live, `script worker crashed: ${error.message}`));
    worker.on('exit', () => this.lose(live, 'script worker exited unexpectedly'));
    this.live = live;
    return live;
  }

  private receive(live: LiveWorker, message: FromWorker): void {
    if (message.type === 'ready') return;
    const job = this.jobs.get(message.job);
    if (job === undefined) return;

    switch (message.type) {
      case 'started':
        job.started = true;
        job.startedAt = performance.now();
        job.watchdog.start();
        return;
      case 'pause':
        job.watchdog.pause();
        return;
      case 'resume':
        job.watchdog.resume();
        return;
      case 'console':
        job.console.push(message.entry);
        return;
      case 'test':
        job.tests.push(message.record);
        return;
      case 'sync':
        this.replySync(live, callHost(job.host, message.method, message.args));
        return;
      case 'async':
        void this.replyAsync(live, job, message.call, message.method, message.args[0]);
        return;
      case 'done':
        this.finish(job, { ...message.outcome, console: job.console, tests: job.tests });
        return;
    }
  }

  private replySync(live: LiveWorker, reply: SyncReply): void {
    live.syncPort.postMessage(reply);
    Atomics.store(live.signal, SYNC_SIGNAL_INDEX, 1);
    Atomics.notify(live.signal, SYNC_SIGNAL_INDEX);
  }

  private async replyAsync(
    live: LiveWorker,
    job: Job,
    call: number,
    method: 'sendRequest' | 'export',
    argument: unknown,
  ): Promise<void> {
    let message: ToWorker;
    try {
      const value =
        method === 'sendRequest'
          ? await job.host.sendRequest(argument as Parameters<ScriptHost['sendRequest']>[0])
          : await callExport(job.host, argument);
      message = { type: 'reply', job: job.id, call, ok: true, value: toData(value) };
    } catch (error) {
      message = { type: 'reply', job: job.id, call, ok: false, error: describeError(error) };
    }
    if (this.live === live && this.jobs.has(job.id)) live.worker.postMessage(message);
  }

  /** Terminates the worker when a watchdog fires: fails the scripts it ran, resends those not begun. */
  private kill(job: Job): void {
    const live = this.live;
    if (live === undefined || !this.jobs.has(job.id)) return;
    this.live = undefined;
    void live.worker.terminate();

    this.finish(
      job,
      failure(job, {
        name: 'TimeoutError',
        message: `script exceeded its ${job.limits.timeout} ms deadline and was stopped`,
      }),
    );
    for (const other of [...this.jobs.values()]) {
      if (other.started) {
        this.finish(
          other,
          failure(other, {
            name: 'Error',
            message: 'script stopped because another script in its worker exceeded its deadline',
          }),
        );
      } else {
        void this.send(other);
      }
    }
  }

  /** Fails every job of a worker that died on its own; the next script starts a fresh worker. */
  private lose(live: LiveWorker, reason: string): void {
    if (this.live !== live) return;
    this.live = undefined;
    for (const job of [...this.jobs.values()])
      this.finish(job, failure(job, { name: 'Error', message: reason }));
  }

  private finish(job: Job, outcome: ScriptOutcome): void {
    if (!this.jobs.delete(job.id)) return;
    job.watchdog.stop();
    if (this.jobs.size === 0) this.live?.worker.unref();
    job.resolve(outcome);
  }
}

/**
 * A timer for one script's wall-clock budget that stops while the script awaits the host.
 */
class Watchdog {
  private timer: NodeJS.Timeout | undefined;
  private remaining: number;
  private startedAt = 0;

  constructor(
    budgetMs: number,
    private readonly onExpired: () => void,
  ) {
    this.remaining = budgetMs;
  }

  start(): void {
    this.startedAt = performance.now();
    this.timer = setTimeout(this.onExpired, this.remaining);
  }

  pause(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.remaining = Math.max(0, this.remaining - (performance.now() - this.startedAt));
  }

  resume(): void {
    if (this.timer === undefined) this.start();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

function snapshot(host: ScriptHost): HostSnapshot {
  const data: HostSnapshot = {
    phase: host.phase,
    flow: host.flow,
    iteration: host.iteration,
    vu: host.vu,
    environment: toData(host.environment) as Record<string, unknown>,
    canExport: typeof host.export === 'function',
  };
  if (host.step !== undefined) data.step = host.step;
  if (host.request !== undefined) data.request = toData(host.request) as HostSnapshot['request'];
  if (host.response !== undefined)
    data.response = toData(host.response) as HostSnapshot['response'];
  if (host.results !== undefined) data.results = toData(host.results);
  return data;
}

function callHost(host: ScriptHost, method: string, args: unknown[]): SyncReply {
  try {
    const name = String(args[0]);
    switch (method) {
      case 'getVariable':
        return { ok: true, value: toData(host.getVariable(name)) };
      case 'hasVariable':
        return { ok: true, value: host.hasVariable(name) };
      case 'setVariable': {
        const options = args[2] as { secret?: unknown } | undefined;
        host.setVariable(name, args[1], { secret: options?.secret === true });
        return { ok: true, value: null };
      }
      case 'unsetVariable':
        host.unsetVariable(name);
        return { ok: true, value: null };
      case 'getSecret':
        return { ok: true, value: host.getSecret(name) ?? null };
      case 'getCookie':
        return { ok: true, value: host.cookies.get(name, String(args[1])) ?? null };
      case 'getCookies':
        return { ok: true, value: host.cookies.toObject(String(args[0])) };
      case 'setCookie':
        host.cookies.set(name, String(args[1]), cookieOptions(args[2]));
        return { ok: true, value: null };
      case 'unsetCookie':
        host.cookies.unset(name, String(args[1]));
        return { ok: true, value: null };
      case 'clearCookies':
        host.cookies.clear(args[0] == null ? undefined : String(args[0]));
        return { ok: true, value: null };
      default:
        return { ok: false, error: { name: 'Error', message: `unknown host call "${method}"` } };
    }
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

/** Reads the options of `setCookie`. The sandbox has already checked their types. */
function cookieOptions(value: unknown): ScriptCookieOptions {
  const options = (value ?? {}) as Partial<ScriptCookieOptions>;
  if (typeof options.url !== 'string')
    throw new TypeError('invalid cookie options: the url is missing');
  return options as ScriptCookieOptions;
}

async function callExport(host: ScriptHost, options: unknown): Promise<unknown> {
  if (host.export === undefined) throw new Error('at.export is not available in this run');
  return host.export(options as Parameters<NonNullable<ScriptHost['export']>>[0]);
}

/** Copies a host value as JSON data, the only form the sandbox accepts. */
function toData(value: unknown): unknown {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

function describeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

function failure(job: Job, error: ScriptError): ScriptOutcome {
  return {
    ok: false,
    error,
    console: job.console,
    tests: job.tests,
    skipped: false,
    durationMs: performance.now() - job.startedAt,
  };
}
