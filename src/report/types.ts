/**
 * The reporter interface. A reporter renders the results document (and may follow run events
 * live); it never sends requests or runs scripts. Every hook is optional.
 */
import type { ResultsDocument } from '../results/document.js';
import type { RunEvent } from '../results/events.js';

/** Output streams and settings the entry point injects; reporters never touch `process`. */
export interface ReportContext {
  /** Folder that receives report files (`--out`), already created. */
  outDir: string;
  stdout: { write(text: string): void };
  stderr: { write(text: string): void };
  /** True when stdout is a terminal (progress bar) and not CI. */
  interactive: boolean;
  /** False when NO_COLOR is set or output is not a terminal. */
  color: boolean;
  verbose: boolean;
  /** Process environment for settings such as OTEL_* and CHROME_PATH. */
  env: Record<string, string | undefined>;
  /** Reporter-specific options, e.g. `{ chromePath, otelEndpoint, fullBodies }`. */
  options: Record<string, unknown>;
  /** Reports a problem that is not fatal; the run goes on and other reporters still run. */
  warn(message: string): void;
}

/** A file a reporter wrote, so entry points can list and upload it. */
export interface ReportFile {
  reporter: string;
  path: string;
  contentType: string;
}

export interface Reporter {
  readonly name: string;
  /** Called before the run starts. */
  onBegin?(context: ReportContext): void | Promise<void>;
  /** Called for each run event, in order; must be fast and must not throw. */
  onEvent?(event: RunEvent): void;
  /** Renders the finished (or interrupted) run. */
  onEnd?(results: ResultsDocument): Promise<ReportFile[] | void>;
}

/** Builds a reporter for one run. */
export type ReporterFactory = (context: ReportContext) => Reporter;

/**
 * Renders a results document into bytes without writing a file: used by `at.export` to POST
 * a report to a URL, and by file reporters to write it.
 */
export interface Renderer {
  format: string;
  contentType: string;
  fileName: string;
  render(results: ResultsDocument, context: ReportContext): Promise<Uint8Array | string>;
}
