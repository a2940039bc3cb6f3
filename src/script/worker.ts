/**
 * Entry of the script worker thread. It runs scripts in warm QuickJS sandboxes and talks to the
 * runner in the main thread. Synchronous host calls (variables, secrets) block on a shared
 * signal until the reply arrives on the sync port, and asynchronous ones arrive as messages.
 */
import {
  parentPort,
  receiveMessageOnPort,
  workerData,
  type MessagePort,
} from 'node:worker_threads';

import { loadModule, prepareSandbox, runInSandbox, type SandboxBridge } from './sandbox.js';
import { SYNC_SIGNAL_INDEX, type FromWorker, type SyncReply, type ToWorker } from './protocol.js';

interface WorkerInput {
  syncPort: MessagePort;
  signal: SharedArrayBuffer;
}

const port = parentPort;
if (port === null) throw new Error('the script worker must run in a worker thread');

const { syncPort, signal: signalBuffer } = workerData as WorkerInput;
const signal = new Int32Array(signalBuffer);
const replies = new Map<number, (reply: SyncReply) => void>();
let nextCall = 1;

function post(message: FromWorker): void {
  port!.postMessage(message);
}

function callSync(
  job: number,
  method: Parameters<SandboxBridge['callSync']>[0],
  args: unknown[],
): SyncReply {
  Atomics.store(signal, SYNC_SIGNAL_INDEX, 0);
  post({ type: 'sync', job, method, args });
  for (;;) {
    Atomics.wait(signal, SYNC_SIGNAL_INDEX, 0, 1000);
    const received = receiveMessageOnPort(syncPort);
    if (received !== undefined) return received.message as SyncReply;
  }
}

function callAsync(
  job: number,
  method: Parameters<SandboxBridge['callAsync']>[0],
  args: unknown[],
): Promise<SyncReply> {
  const call = nextCall++;
  return new Promise((resolve) => {
    replies.set(call, resolve);
    post({ type: 'async', job, call, method, args });
  });
}

async function run(message: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  const { job } = message;
  const bridge: SandboxBridge = {
    host: message.host,
    callSync: (method, args) => callSync(job, method, args),
    callAsync: (method, args) => callAsync(job, method, args),
    log: (entry) => post({ type: 'console', job, entry }),
    record: (record) => post({ type: 'test', job, record }),
    waiting: (paused) => post({ type: paused ? 'pause' : 'resume', job }),
  };
  post({ type: 'started', job });
  try {
    const outcome = await runInSandbox(message.script, message.limits, bridge);
    post({ type: 'done', job, outcome });
  } catch (error) {
    // Loading QuickJS failed; the runner reports it as the step's failure.
    const reason = { name: 'InternalError', message: `script sandbox failed: ${String(error)}` };
    post({
      type: 'done',
      job,
      outcome: { ok: false, error: reason, skipped: false, durationMs: 0 },
    });
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'run') {
    void run(message);
    return;
  }
  const resolve = replies.get(message.call);
  replies.delete(message.call);
  resolve?.(message.ok ? { ok: true, value: message.value } : { ok: false, error: message.error });
});

await loadModule();
await prepareSandbox();
post({ type: 'ready' });
