import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ExitCode, FlowRunnerError, type Diagnostic } from '../common/errors.js';
import { renderDiagnostics } from '../common/diagnostics.js';
import { useColor, type Runtime } from './runtime.js';

/**
 * Writes diagnostics to stderr in the one shape every sink uses; `sources` (file → text) lets
 * the renderer show the offending line with carets.
 */
export function printDiagnostics(
  diagnostics: readonly Diagnostic[],
  runtime: Runtime,
  color: boolean,
  sources?: ReadonlyMap<string, string>,
): void {
  if (diagnostics.length === 0) return;
  const known = new Map(sources);
  for (const diagnostic of diagnostics) {
    const file = diagnostic.loc?.file;
    if (file !== undefined && !known.has(file)) {
      // Errors raised after loading (a missing secret) still show their line.
      const text = readSource(path.resolve(runtime.cwd, file));
      if (text !== undefined) known.set(file, text);
    }
  }
  runtime.stderr.write(`${renderDiagnostics(diagnostics, { color, sources: known })}\n`);
}

function readSource(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Prints an error that reached an entry point and returns its exit code: the error's own code
 * for flow-runner errors, 3 for anything unexpected (with the stack when FLOW_RUNNER_DEBUG is set).
 */
export function printError(error: unknown, runtime: Runtime): number {
  if (error instanceof FlowRunnerError) {
    const color = useColor(runtime, runtime.stderr);
    // The diagnostics already say everything the message says, with positions and fixes.
    if (error.diagnostics.length > 0) printDiagnostics(error.diagnostics, runtime, color);
    else runtime.stderr.write(`error: ${error.message}\n`);
    return error.exitCode;
  }

  const message = error instanceof Error ? error.message : String(error);
  runtime.stderr.write(`internal error: ${message}\n`);
  if (runtime.env['FLOW_RUNNER_DEBUG'] && error instanceof Error && error.stack) {
    runtime.stderr.write(`${error.stack}\n`);
  } else {
    runtime.stderr.write('Set FLOW_RUNNER_DEBUG=1 to print the stack trace.\n');
  }
  return ExitCode.InternalError;
}
