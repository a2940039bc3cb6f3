/**
 * Fans the run out to every reporter. A reporter that throws, synchronously or through a
 * rejected promise, becomes a warning, and the other reporters still get every hook.
 */
import type { ResultsDocument } from '../results/document.js';
import type { RunEvent } from '../results/events.js';
import type { ReportContext, Reporter, ReportFile } from './types.js';

export class ReporterMultiplexer {
  readonly #reporters: Reporter[];
  readonly #context: ReportContext;
  /** Event failures per reporter name: the first is reported at once, the rest counted. */
  readonly #eventFailures = new Map<string, number>();

  constructor(reporters: Reporter[], context: ReportContext) {
    this.#reporters = reporters;
    this.#context = context;
  }

  /** Calls every reporter's `onBegin`, one after the other in reporter order. */
  async onBegin(): Promise<void> {
    for (const reporter of this.#reporters) {
      if (!reporter.onBegin) continue;
      try {
        await reporter.onBegin(this.#context);
      } catch (error) {
        this.#warn(reporter, error);
      }
    }
  }

  /** Passes a run event to every reporter; never throws. */
  onEvent(event: RunEvent): void {
    for (const reporter of this.#reporters) {
      if (!reporter.onEvent) continue;
      try {
        const returned: unknown = reporter.onEvent(event);
        // The hook is typed as synchronous, but an async implementation must not leave an
        // unhandled rejection behind.
        if (isPromise(returned))
          returned.catch((error: unknown) => this.#eventFailed(reporter, error));
      } catch (error) {
        this.#eventFailed(reporter, error);
      }
    }
  }

  /**
   * Calls every reporter's `onEnd` concurrently (a PDF takes seconds, JSON does not) and
   * returns the files they wrote, in reporter order.
   */
  async onEnd(results: ResultsDocument): Promise<ReportFile[]> {
    this.#reportRepeatedEventFailures();

    const outcomes = await Promise.all(
      this.#reporters.map(async (reporter) => {
        if (!reporter.onEnd) return [];
        try {
          return (await reporter.onEnd(results)) ?? [];
        } catch (error) {
          this.#warn(reporter, error);
          return [];
        }
      }),
    );
    return outcomes.flat();
  }

  #eventFailed(reporter: Reporter, error: unknown): void {
    const failures = (this.#eventFailures.get(reporter.name) ?? 0) + 1;
    this.#eventFailures.set(reporter.name, failures);
    if (failures === 1) this.#warn(reporter, error);
  }

  #reportRepeatedEventFailures(): void {
    for (const [name, failures] of this.#eventFailures) {
      if (failures > 1) {
        this.#context.warn(`report ${name} failed on ${failures - 1} more run events`);
      }
    }
    this.#eventFailures.clear();
  }

  #warn(reporter: Reporter, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    try {
      this.#context.warn(`report ${reporter.name} failed: ${message}`);
    } catch {
      // A broken warn sink must not take the run down either; there is nowhere left to report.
    }
  }
}

function isPromise(value: unknown): value is Promise<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Promise<unknown>).catch === 'function'
  );
}
