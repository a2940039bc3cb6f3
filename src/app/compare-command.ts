import path from 'node:path';
import { ExitCode } from '../common/errors.js';
import { compareResults, formatComparison } from '../results/compare.js';
import { readResults } from '../results/io.js';
import { printError } from './diagnostics.js';
import type { Runtime } from './runtime.js';

/** `flow-runner compare`: prints per-step changes between a baseline run and a new run. */
export async function compareCommand(
  options: {
    base: string;
    next: string;
    tolerance: number;
    json: boolean;
    failOnRegression: boolean;
  },
  runtime: Runtime,
): Promise<number> {
  try {
    const [base, next] = await Promise.all([
      readResults(path.resolve(runtime.cwd, options.base)),
      readResults(path.resolve(runtime.cwd, options.next)),
    ]);
    const comparison = compareResults(base, next, { tolerance: options.tolerance });
    runtime.stdout.write(
      options.json
        ? `${JSON.stringify(comparison, null, 2)}\n`
        : `${formatComparison(comparison)}\n`,
    );

    const regressed = JSON.stringify(comparison).includes('"regressed"');
    return options.failOnRegression && regressed ? ExitCode.Failed : ExitCode.Passed;
  } catch (error) {
    return printError(error, runtime);
  }
}
