/**
 * The console reporter: live progress while the run works, each exchange with `--verbose`,
 * and at the end a summary table per flow followed by the failures. Everything goes to
 * `context.stdout`; nothing is written to a file.
 *
 * Options (`context.options`):
 * - `columns`: terminal width the status line is cut to, default 100;
 * - `progressEvery`: iterations between plain progress lines;
 * - `failuresPerStep`: failed attempts shown per step, default 3;
 * - `bodyLimit`: characters of a body `--verbose` prints, default 2000;
 * - `sourceRoot`: the folder flow paths are relative to, to show a failure's source line.
 */
import type { ResultsDocument } from '../results/document.js';
import type { RunEvent } from '../results/events.js';
import { consoleLines, renderExchange } from './console/exchange.js';
import { renderFailures } from './console/failures.js';
import { ProgressView } from './console/progress.js';
import { createStyle, type Style } from './console/style.js';
import { renderFlowSummaries, renderTotals } from './console/summary.js';
import { escapeControlCharacters } from './format.js';
import type { ReportContext, Reporter } from './types.js';

/** Builds the console reporter for one run. */
export function createConsoleReporter(context: ReportContext): Reporter {
  return new ConsoleReporter(context);
}

export class ConsoleReporter implements Reporter {
  readonly name = 'console';
  readonly #context: ReportContext;
  readonly #style: Style;
  readonly #progress: ProgressView;
  readonly #bodyLimit: number;
  /** Flow names by index, for the heading of verbose exchanges. */
  #flowNames = new Map<number, string>();

  constructor(context: ReportContext) {
    this.#context = context;
    this.#style = createStyle(context.color);
    this.#bodyLimit = numberOption(context, 'bodyLimit', 2000);
    this.#progress = new ProgressView((text) => context.stdout.write(text), this.#style, {
      interactive: context.interactive,
      ...(typeof context.options.progressEvery === 'number'
        ? { every: context.options.progressEvery }
        : {}),
      intervalMs: 10_000,
      columns: numberOption(context, 'columns', 100),
      redrawMs: 100,
    });
  }

  onEvent(event: RunEvent): void {
    if (event.type === 'runStart') {
      this.#flowNames = new Map(event.flows.map((flow) => [flow.ref.index, flow.ref.name]));
    }
    this.#progress.onEvent(event);

    if (event.type === 'log') this.#log(event);
    if (event.type === 'attempt' && this.#context.verbose) this.#printAttempt(event);
    if (event.type === 'hookEnd' && this.#context.verbose && event.result.console.length > 0) {
      const label = event.hook === 'beforeAll' ? 'Before All' : 'After All';
      this.#progress.writeLines([
        `${this.#style.dim(`${event.flow.name} › ${label}`)}`,
        ...consoleLines(event.result.console, this.#style, '  '),
      ]);
    }
  }

  async onEnd(results: ResultsDocument): Promise<void> {
    this.#progress.clear();

    const lines = [
      ...renderFlowSummaries(results, this.#style),
      ...renderFailures(results, this.#style, {
        perStep: numberOption(this.#context, 'failuresPerStep', 3),
        ...(typeof this.#context.options.sourceRoot === 'string'
          ? { sourceRoot: this.#context.options.sourceRoot }
          : {}),
      }),
      ...renderTotals(results, this.#style),
    ];
    this.#context.stdout.write(`${lines.join('\n')}\n`);
  }

  #log(event: Extract<RunEvent, { type: 'log' }>): void {
    const important = event.level === 'warn' || event.level === 'error';
    if (!important && !this.#context.verbose) return;

    const level =
      event.level === 'error'
        ? this.#style.red('error')
        : event.level === 'warn'
          ? this.#style.yellow('warning')
          : event.level;
    const where = event.flow ? `${event.flow.name}: ` : '';
    this.#progress.writeLines([`${level}: ${where}${event.message}`]);
  }

  #printAttempt(event: Extract<RunEvent, { type: 'attempt' }>): void {
    const record = event.record;
    const flowName = this.#flowNames.get(event.flow.index) ?? event.flow.name;
    const label = record.script ? `${record.step} (script request)` : record.step;
    const heading =
      `${flowName} › ${this.#style.bold(label)} ` +
      this.#style.dim(
        `(iteration ${record.iteration}, vu ${record.vu}, attempt ${record.attempt})`,
      );

    if (record.status === 'skipped') {
      this.#progress.writeLines([
        `${heading} ${this.#style.yellow('skipped')}${record.skipReason ? `: ${record.skipReason}` : ''}`,
      ]);
      return;
    }
    const lines = [heading, ...renderExchange(record, this.#style, this.#bodyLimit)];
    for (const assertion of record.assertions) {
      const mark = assertion.passed ? this.#style.green('✓') : this.#style.red('✗');
      lines.push(`  ${mark} ${escapeControlCharacters(assertion.name)}`);
    }
    if (record.console.length > 0)
      lines.push(
        this.#style.dim('  console:'),
        ...consoleLines(record.console, this.#style, '    '),
      );
    this.#progress.writeLines(lines);
  }
}

function numberOption(context: ReportContext, name: string, fallback: number): number {
  const value = context.options[name];
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
