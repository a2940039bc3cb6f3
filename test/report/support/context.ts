/** A ReportContext that records what reporters write, for tests. */
import type { ReportContext } from '../../../src/report/types.js';

export interface RecordingContext extends ReportContext {
  /** Everything written to stdout, in order. */
  output(): string;
  warnings: string[];
}

/** Builds a report context with color off, not interactive and not verbose unless overridden. */
export function recordingContext(overrides: Partial<ReportContext> = {}): RecordingContext {
  let stdout = '';
  const warnings: string[] = [];
  return {
    outDir: '.',
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: () => undefined },
    interactive: false,
    color: false,
    verbose: false,
    env: {},
    options: {},
    warn: (message) => void warnings.push(message),
    ...overrides,
    output: () => stdout,
    warnings,
  };
}
