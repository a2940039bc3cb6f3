import type { SourceLocation } from './source.js';

/** Process exit codes, the same for the CLI, the action and the Docker image. */
export const ExitCode = {
  Passed: 0,
  Failed: 1,
  InvalidInput: 2,
  InternalError: 3,
  Interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** One problem found in the user's input, rendered the same way in every sink. */
export interface Diagnostic {
  /** Short category, such as "Unknown key" or "Invalid JSONPath". */
  category: string;
  message: string;
  severity: 'error' | 'warning';
  loc?: SourceLocation;
  /** How to fix it, in lower case, such as `did you mean "headers"?`. */
  hint?: string;
}

/**
 * Base error of flow-runner. `code` is stable (callers match on it) and `exitCode` is what the
 * entry points exit with when the error reaches them.
 */
export class FlowRunnerError extends Error {
  readonly code: string;
  readonly exitCode: ExitCode;
  readonly diagnostics: Diagnostic[];

  constructor(
    code: string,
    message: string,
    options: { exitCode?: ExitCode; diagnostics?: Diagnostic[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FlowRunnerError';
    this.code = code;
    this.exitCode = options.exitCode ?? ExitCode.InternalError;
    this.diagnostics = options.diagnostics ?? [];
  }
}

/** Raised when input files, flags or secrets are invalid: exit code 2. */
export class InputError extends FlowRunnerError {
  constructor(message: string, diagnostics: Diagnostic[] = [], cause?: unknown) {
    super('FR_INVALID_INPUT', message, { exitCode: ExitCode.InvalidInput, diagnostics, cause });
    this.name = 'InputError';
  }
}
