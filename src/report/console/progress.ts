/**
 * Live progress. On a terminal one status line is redrawn in place with `\r`. In CI and pipes a
 * redrawn line turns into noise, so plain lines are written instead: one per flow start and
 * end, one per failed step, and a progress line every `every` iterations.
 */
import type { ErrorInfo } from '../../results/document.js';
import type { FlowPlan, FlowRef, RunEvent } from '../../results/events.js';
import { escapeControlCharacters, formatCount, formatDuration, truncate } from '../format.js';
import type { Style } from './style.js';

export interface ProgressOptions {
  interactive: boolean;
  /** Plain mode: a progress line every this many iterations; by default about ten per flow. */
  every?: number;
  /** Plain mode without a planned count (`duration` runs): a progress line at most this often. */
  intervalMs: number;
  /** Terminal width the status line is cut to. */
  columns: number;
  /** Minimum time between two redraws of the status line. */
  redrawMs: number;
}

interface FlowProgress {
  ref: FlowRef;
  plan?: FlowPlan;
  startTime: number;
  done: number;
  failedIterations: number;
  /** A hook or a flow-level error failed the flow outside any iteration. */
  flowFailed: boolean;
  failedSteps: number;
  lastLineAt: number;
}

const clearLine = '\r\x1b[2K';

export class ProgressView {
  readonly #write: (text: string) => void;
  readonly #style: Style;
  readonly #options: ProgressOptions;
  #plans: FlowPlan[] = [];
  #flow: FlowProgress | undefined;
  /** The last error of each step execution in progress, for the failed-step line. */
  readonly #lastErrors = new Map<string, ErrorInfo>();
  /** The status line on screen, or '' when none is drawn. */
  #statusLine = '';
  #lastDrawAt = Number.NEGATIVE_INFINITY;

  constructor(write: (text: string) => void, style: Style, options: ProgressOptions) {
    this.#write = write;
    this.#style = style;
    this.#options = options;
  }

  /** Updates the view with one run event. */
  onEvent(event: RunEvent): void {
    switch (event.type) {
      case 'runStart':
        this.#plans = event.flows;
        break;
      case 'flowStart':
        this.#startFlow(event.flow, event.time);
        break;
      case 'hookEnd':
        if (event.result.status === 'failed') {
          const label = event.hook === 'beforeAll' ? 'Before All' : 'After All';
          if (this.#flow) this.#flow.flowFailed = true;
          this.#failureLine(`${label} failed`, event.result.error);
        }
        break;
      case 'attempt':
        if (event.record.error && !event.record.script) {
          this.#lastErrors.set(
            executionKey(event.record.stepIndex, event.record.iteration, event.record.vu),
            event.record.error,
          );
        }
        break;
      case 'stepEnd':
        this.#endStep(event);
        break;
      case 'iterationEnd':
        this.#endIteration(event.status === 'failed', event.time);
        break;
      case 'flowError':
        if (this.#flow) this.#flow.flowFailed = true;
        this.#failureLine('flow error', event.error);
        break;
      case 'flowEnd':
        this.#endFlow(event.time, event.interrupted);
        break;
      case 'runEnd':
        this.clear();
        break;
      case 'iterationStart':
      case 'log':
        break;
    }
  }

  /** Writes whole lines above the status line, which is redrawn after them. */
  writeLines(lines: string[]): void {
    const statusLine = this.#statusLine;
    this.clear();
    this.#write(lines.map((line) => `${line}\n`).join(''));
    if (statusLine !== '') this.#draw(statusLine);
  }

  /** Removes the status line, so that the summary starts on a clean line. */
  clear(): void {
    if (this.#statusLine === '') return;
    this.#write(clearLine);
    this.#statusLine = '';
  }

  #startFlow(ref: FlowRef, time: number): void {
    const plan = this.#plans.find((candidate) => candidate.ref.index === ref.index);
    this.#flow = {
      ref,
      ...(plan ? { plan } : {}),
      startTime: time,
      done: 0,
      failedIterations: 0,
      flowFailed: false,
      failedSteps: 0,
      lastLineAt: time,
    };
    this.#lastErrors.clear();

    if (this.#options.interactive) {
      this.#redraw(time, true);
      return;
    }
    const planned = plan?.iterations;
    const users = plan?.virtualUsers ?? 1;
    const size =
      `${describePlannedIterations(planned, plan?.durationMs)}, ` +
      `${users} virtual ${users === 1 ? 'user' : 'users'}`;
    this.writeLines([`${this.#style.bold(ref.name)} ${this.#style.dim(`(${ref.file})`)}: ${size}`]);
  }

  #endStep(event: Extract<RunEvent, { type: 'stepEnd' }>): void {
    const key = executionKey(event.step, event.iteration, event.vu);
    const error = this.#lastErrors.get(key);
    this.#lastErrors.delete(key);
    if (event.status !== 'failed' || !this.#flow) return;

    this.#flow.failedSteps += 1;
    const step = this.#flow.plan?.steps.find((candidate) => candidate.index === event.step);
    const name = step?.name ?? `step ${event.step + 1}`;
    this.#failureLine(`${name} failed (iteration ${event.iteration}, vu ${event.vu})`, error);
  }

  #endIteration(failed: boolean, time: number): void {
    const flow = this.#flow;
    if (!flow) return;
    flow.done += 1;
    if (failed) flow.failedIterations += 1;

    if (this.#options.interactive) {
      this.#redraw(time, false);
      return;
    }

    const planned = flow.plan?.iterations;
    const due =
      planned === undefined
        ? time - flow.lastLineAt >= this.#options.intervalMs
        : flow.done % (this.#options.every ?? Math.max(1, Math.ceil(planned / 10))) === 0 &&
          flow.done < planned;
    if (!due) return;
    flow.lastLineAt = time;
    this.writeLines([`  ${this.#counts(flow)}`]);
  }

  #endFlow(time: number, interrupted: boolean): void {
    const flow = this.#flow;
    if (!flow) return;
    this.clear();

    const outcome = interrupted
      ? this.#style.yellow('interrupted')
      : flow.failedIterations > 0 || flow.flowFailed
        ? this.#style.red('failed')
        : this.#style.green('passed');
    const summary = `${outcome}: ${this.#counts(flow)} in ${formatDuration(time - flow.startTime)}`;
    // The status line named the flow on a terminal; in plain mode the flow's first line did.
    this.writeLines([
      this.#options.interactive ? `${this.#style.bold(flow.ref.name)} ${summary}` : `  ${summary}`,
    ]);
    this.#flow = undefined;
  }

  #failureLine(summary: string, error: ErrorInfo | undefined): void {
    const reason = error
      ? `: ${truncate(escapeControlCharacters(error.message).replace(/\n/g, ' '), 300)}`
      : '';
    this.writeLines([`  ${this.#style.red('✗')} ${summary}${reason}`]);
  }

  #counts(flow: FlowProgress): string {
    const planned = flow.plan?.iterations;
    const done =
      planned === undefined
        ? formatCount(flow.done)
        : `${formatCount(flow.done)}/${formatCount(planned)}`;
    const failures =
      flow.failedSteps === 0
        ? '0 failures'
        : this.#style.red(
            `${formatCount(flow.failedSteps)} ${flow.failedSteps === 1 ? 'failure' : 'failures'}`,
          );
    const noun = (planned ?? flow.done) === 1 ? 'iteration' : 'iterations';
    return `${done} ${noun}, ${failures}`;
  }

  /** Redraws the status line, at most once per `redrawMs` unless `force`. */
  #redraw(time: number, force: boolean): void {
    const flow = this.#flow;
    if (!flow || (!force && time - this.#lastDrawAt < this.#options.redrawMs)) return;
    this.#lastDrawAt = time;

    const planned = flow.plan?.iterations;
    const bar = planned ? ` ${progressBar(flow.done / planned, 20)}` : '';
    const name = flow.ref.name.length > 40 ? `${flow.ref.name.slice(0, 39)}…` : flow.ref.name;
    const line = `${name}${bar} ${this.#counts(flow)}`;

    // Cut an overlong line without its colors, because a cut escape sequence garbles the terminal.
    const plain = stripColors(line);
    this.#draw(
      plain.length < this.#options.columns ? line : plain.slice(0, this.#options.columns - 1),
    );
  }

  #draw(line: string): void {
    this.#write(`${clearLine}${line}`);
    this.#statusLine = line;
  }
}

function progressBar(fraction: number, width: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

function executionKey(step: number, iteration: number, vu: number): string {
  return `${step}:${iteration}:${vu}`;
}

function stripColors(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

/** Describes how long a flow runs: a count, a duration, or one iteration per data row. */
function describePlannedIterations(planned: number | undefined, durationMs: number | undefined) {
  if (planned !== undefined)
    return `${formatCount(planned)} ${planned === 1 ? 'iteration' : 'iterations'}`;
  if (durationMs !== undefined) return `for ${formatDuration(durationMs)}`;
  return 'one iteration per data row';
}
