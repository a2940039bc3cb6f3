/** Messages for the step's failure, whatever was thrown and whatever the exit code says. */
import { ExitCode } from '../common/errors.js';
import type { ResultsDocument } from '../results/document.js';

/** Describes any thrown value, not only Error instances, for `core.setFailed`. */
export function describeThrown(value: unknown): string {
  if (value instanceof Error) return value.message || value.name;
  if (typeof value === 'string') return value;
  if (value === undefined || value === null)
    return `flow-runner failed: ${String(value)} was thrown`;
  try {
    return `flow-runner failed: ${JSON.stringify(value) ?? String(value)} was thrown`;
  } catch {
    return `flow-runner failed: ${Object.prototype.toString.call(value)} was thrown`;
  }
}

/** Explains a non-zero exit code in one line, or returns undefined for success. */
export function exitMessage(
  exitCode: number,
  results: ResultsDocument | undefined,
): string | undefined {
  switch (exitCode) {
    case ExitCode.Passed:
      return undefined;
    case ExitCode.Failed: {
      if (!results) return 'flow-runner: the run failed';
      const { summary } = results;
      const parts = [
        `${summary.steps.failed} failed step run${summary.steps.failed === 1 ? '' : 's'}`,
        `${summary.flows.failed} of ${summary.flows.total} flows failed`,
      ];
      if (summary.thresholds.crossed > 0)
        parts.push(`${summary.thresholds.crossed} thresholds crossed`);
      if (results.run.failOn === 'anomalies' && summary.anomalies > 0)
        parts.push(`${summary.anomalies} anomalies`);
      return `flow-runner: ${parts.join(', ')}; see the job summary and the annotations`;
    }
    case ExitCode.InvalidInput:
      return 'flow-runner: invalid input; the errors are printed above';
    case ExitCode.Interrupted:
      return 'flow-runner: the run was interrupted; results.json holds what ran';
    default:
      return `flow-runner: internal error (exit code ${exitCode}); the error is printed above`;
  }
}
