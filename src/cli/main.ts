/**
 * The command-line entry point. It is one of the two places that touch the process (argv,
 * environment, signals, streams); everything else receives a Runtime.
 */
import { Command, CommanderError } from 'commander';
import { ExitCode } from '../common/errors.js';
import { printError } from '../app/diagnostics.js';
import type { Runtime } from '../app/runtime.js';
import { TOOL_VERSION } from '../app/version.js';
import { registerCommands } from './commands.js';

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], runtime: Runtime = processRuntime()): Promise<number> {
  let exitCode: number = ExitCode.Passed;
  const program = new Command('flow-runner')
    .description('Run multi-step HTTP API workflows (flows) and report on them.')
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print help for a command')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => runtime.stdout.write(text),
      writeErr: (text) => runtime.stderr.write(text),
    });

  registerCommands(program, runtime, (code) => {
    exitCode = code;
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every usage error is invalid input.
      return error.exitCode === 0 ? ExitCode.Passed : ExitCode.InvalidInput;
    }
    return printError(error, runtime);
  }
  return exitCode;
}

/** Builds the Runtime of a real process, with SIGINT and SIGTERM wired to an abort signal. */
export function processRuntime(): Runtime {
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals === 1) {
      process.stderr.write(
        `\n${signal}: stopping; results of what ran are being written (press Ctrl-C again to quit now)\n`,
      );
      controller.abort(new Error(`interrupted by ${signal}`));
    } else {
      process.exit(ExitCode.Interrupted);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  return {
    cwd: process.cwd(),
    env: { ...process.env },
    stdout: process.stdout,
    stderr: process.stderr,
    signal: controller.signal,
  };
}
