/**
 * Helpers for CLI tests: run bin/flow-runner.js as a child process (so exit codes, streams and
 * signals are real) and start the demo API on 127.0.0.1 port 0.
 */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cliPath = path.join(repoRoot, 'bin', 'flow-runner.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `args` in `cwd` and resolves when it exits (killed after `timeoutMs`). */
export function runCli(
  args: string[],
  options: {
    cwd?: string;
    env?: Record<string, string>;
    timeoutMs?: number;
    onSpawn?: (pid: number) => void;
  } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd ?? repoRoot,
      // The keychain is off so that messages do not depend on the machine's D-Bus session.
      env: {
        PATH: process.env['PATH'] ?? '',
        NO_COLOR: '1',
        CI: 'true',
        FLOW_RUNNER_KEYCHAIN: 'off',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('spawn', () => options.onSpawn?.(child.pid as number));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Starts the demo API on a free 127.0.0.1 port; returns its base URL and a close function. */
export async function startDemoApi(
  settings: Record<string, unknown> = {},
): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const modulePath = path.join(repoRoot, 'fixtures', 'demo-api', 'server.mjs');
  const { createDemoApi } = (await import(modulePath)) as {
    createDemoApi: (options: Record<string, unknown>) => { server: import('node:http').Server };
  };
  const { server } = createDemoApi(settings);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
