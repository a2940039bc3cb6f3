import { ExitCode } from '../common/errors.js';
import { loadFlowSet } from '../flow/load.js';
import { printDiagnostics, printError } from './diagnostics.js';
import { useColor, type Runtime } from './runtime.js';
import { collectOverrides } from './variables.js';

/** `flow-runner validate`: prints every problem in the flow files; exit 2 if any is an error. */
export async function validateCommand(
  options: { paths: string[]; environment?: string; vars?: string[]; varFiles?: string[] },
  runtime: Runtime,
): Promise<number> {
  try {
    const overrides = await collectOverrides({
      env: runtime.env,
      vars: options.vars ?? [],
      varFiles: options.varFiles ?? [],
      cwd: runtime.cwd,
    });
    const { set, diagnostics, sources } = await loadFlowSet(options.paths, {
      cwd: runtime.cwd,
      flowNames: [],
      tags: [],
      overrideNames: Object.keys(overrides),
      ...(options.environment === undefined ? {} : { environment: options.environment }),
    });
    printDiagnostics(diagnostics, runtime, useColor(runtime, runtime.stderr), sources);

    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const steps = set.flows.reduce((sum, flow) => sum + flow.steps.length, 0);
    if (errors > 0) {
      runtime.stderr.write(
        `\n${plural(errors, 'error')} and ${plural(warnings, 'warning')} found; fix the errors and run validate again.\n`,
      );
      return ExitCode.InvalidInput;
    }
    runtime.stdout.write(
      `${plural(set.flows.length, 'flow')} with ${plural(steps, 'step')} in ${plural(set.groups.length, 'group')} are valid${warnings > 0 ? ` (${plural(warnings, 'warning')})` : ''}.\n`,
    );
    return ExitCode.Passed;
  } catch (error) {
    return printError(error, runtime);
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
