/**
 * The outside world as the entry points hand it down: streams, environment, working folder,
 * clock and interrupt signal. Nothing below the entry points reads `process` directly, so
 * every command can be run in-process by tests.
 */
import type { HttpClientOptions } from '../http/types.js';
import type { SecretProvider } from '../secrets/types.js';

export interface OutputStream {
  write(text: string): void;
  isTTY?: boolean;
}

export interface Runtime {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: OutputStream;
  stderr: OutputStream;
  /** Aborted on SIGINT or SIGTERM. */
  signal?: AbortSignal;
  /** Replaces DNS resolution for every request (tests). */
  lookup?: HttpClientOptions['lookup'];
  /** Providers consulted before the built-in ones, such as the action's `secrets` input. */
  secretProviders?: SecretProvider[];
  /** True inside CI: no progress bar. Defaults to the `CI` variable. */
  ci?: boolean;
}

/** Returns true when colors should be used on this stream: a terminal and no NO_COLOR. */
export function useColor(runtime: Runtime, stream: OutputStream): boolean {
  const noColor = runtime.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  if (runtime.env['FORCE_COLOR'] !== undefined && runtime.env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true;
}

/** Returns true when the run is interactive: a terminal outside CI. */
export function isInteractive(runtime: Runtime): boolean {
  const ci = runtime.ci ?? (runtime.env['CI'] !== undefined && runtime.env['CI'] !== 'false');
  return !ci && runtime.stdout.isTTY === true;
}
