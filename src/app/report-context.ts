import type { ReportContext } from '../report/types.js';
import { isInteractive, useColor, type Runtime } from './runtime.js';

/** Builds the context every reporter of one command shares. */
export function buildReportContext(
  options: {
    verbose?: boolean;
    chromePath?: string;
    otelEndpoint?: string;
    otelHeaders?: string;
    fullBodies?: boolean;
  },
  runtime: Runtime,
  outDir: string,
): ReportContext {
  const warned = new Set<string>();
  return {
    outDir,
    stdout: runtime.stdout,
    stderr: runtime.stderr,
    interactive: isInteractive(runtime),
    color: useColor(runtime, runtime.stdout),
    verbose: options.verbose === true,
    env: runtime.env,
    options: {
      chromePath: options.chromePath,
      otelEndpoint: options.otelEndpoint,
      otelHeaders: options.otelHeaders,
      fullBodies: options.fullBodies === true,
      // Flow paths in results are relative to the working directory, and the console shows the
      // source line of each failure from there.
      sourceRoot: runtime.cwd,
    },
    warn(message: string) {
      // The same warning from several flows is printed once.
      if (warned.has(message)) return;
      warned.add(message);
      runtime.stderr.write(`warning: ${message}\n`);
    },
  };
}
