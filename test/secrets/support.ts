/**
 * Helpers for the secrets tests: an in-memory keychain for order tests, a text sink for a
 * Runtime, and a CLI runner that can feed standard input and run as another user.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputStream } from '../../src/app/runtime.js';
import type { KeychainStore } from '../../src/secrets/keychain.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cliPath = path.join(repoRoot, 'bin', 'flow-runner.js');
export const demoFlows = path.join(repoRoot, 'fixtures', 'flows');

/** Keychain entries kept in a map, for tests about order and commands rather than the OS. */
export function memoryKeychain(
  entries: Record<string, string>,
  service = 'flow-runner',
): KeychainStore & { entries: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    service,
    entries: map,
    get: async (account) => map.get(account),
    set: async (account, value) => void map.set(account, value),
    delete: async (account) => map.delete(account),
    accounts: async () => [...map.keys()].sort(),
  };
}

/** An output stream that keeps what was written. */
export function textSink(): OutputStream & { text: string } {
  const sink = {
    text: '',
    write(chunk: string) {
      sink.text += chunk;
    },
  };
  return sink;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs bin/flow-runner.js with exactly `env` (plus PATH), optional standard input and an
 * optional uid and gid, and resolves when it exits.
 */
export function runFlowRunner(
  args: string[],
  options: {
    cwd: string;
    env?: Record<string, string>;
    input?: string;
    uid?: number;
    gid?: number;
    timeoutMs?: number;
  },
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', CI: 'true', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.uid === undefined ? {} : { uid: options.uid }),
      ...(options.gid === undefined ? {} : { gid: options.gid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

export interface DemoApi {
  baseUrl: string;
  /** Requests received so far. */
  requests: () => number;
  close: () => Promise<void>;
}

/** Starts the demo API on 127.0.0.1 port 0 with the given credentials, counting requests. */
export async function startDemoApi(credentials: {
  password: string;
  clientSecret: string;
  signingKey: string;
}): Promise<DemoApi> {
  const modulePath = path.join(repoRoot, 'fixtures', 'demo-api', 'server.mjs');
  const { createDemoApi } = (await import(modulePath)) as {
    createDemoApi: (options: Record<string, unknown>) => { server: import('node:http').Server };
  };
  const { server } = createDemoApi(credentials);
  let requests = 0;
  server.on('request', () => (requests += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as import('node:net').AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
