/**
 * Delivers run events to observers, in order and synchronously, after redaction.
 *
 * Attempts are recorded at one of two depths. A full record (request and response headers and
 * bodies, assertion and extraction values) is built only where the results or the console keep
 * it: every attempt of the first `detail.iterations` iterations, the first
 * `detail.failuresPerStep` failed attempts of each step, and everything with `--verbose`. Every
 * other attempt becomes a lean record with the counts, timings and statuses that aggregates
 * need, which keeps a long run's cost per request flat.
 */
import type { AttemptRecord } from '../results/document.js';
import type { FlowRef, RunEvent, RunObserver } from '../results/events.js';
import type { Redactor } from '../secrets/redact.js';
import { leanRecord, requestRecord, responseRecord, type Exchange } from './records.js';
import type { RunOptions } from './types.js';

export class EventEmitter {
  private readonly failedObservers = new Set<RunObserver>();
  /** Full failure records emitted so far, by flow index and step name. */
  private readonly fullFailures = new Map<string, number>();
  /** Redacted flow refs, valid while the redactor contains `size` values. */
  private readonly refs = new Map<FlowRef, { size: number; redacted: FlowRef }>();

  constructor(
    private readonly observers: readonly RunObserver[],
    private readonly redactor: Redactor,
  ) {}

  /** Redacts an event and hands it to every observer. */
  emit(event: RunEvent): void {
    switch (event.type) {
      // Frequent events whose only text is the flow's name and file.
      case 'iterationStart':
      case 'stepEnd':
      case 'iterationEnd':
        this.deliver({ ...event, flow: this.redactedRef(event.flow) });
        return;
      default:
        this.deliver(this.redactor.redactDeep(event));
    }
  }

  /**
   * Completes an attempt's record from its exchange, at full depth or lean, and emits it.
   * Records are built here, after extractions, so a secret captured by the attempt is masked
   * in its own response.
   */
  emitAttempt(
    flow: FlowRef,
    record: AttemptRecord,
    exchange: Exchange,
    options: Pick<RunOptions, 'detail' | 'verbose'>,
  ): void {
    if (!this.keepsFullRecord(flow, record, options)) {
      const lean = leanRecord(record, exchange, this.redactor);
      this.deliver({ type: 'attempt', flow: this.redactedRef(flow), record: lean });
      return;
    }

    const bodyBytes = options.detail.bodyBytes;
    if (exchange.request)
      record.request = requestRecord(exchange.request, this.redactor, bodyBytes);
    if (exchange.response)
      record.response = responseRecord(exchange.response, this.redactor, bodyBytes);
    this.emit({ type: 'attempt', flow, record });
  }

  private redactedRef(ref: FlowRef): FlowRef {
    const cached = this.refs.get(ref);
    if (cached && cached.size === this.redactor.size) return cached.redacted;
    const redacted = this.redactor.redactDeep(ref);
    this.refs.set(ref, { size: this.redactor.size, redacted });
    return redacted;
  }

  /** Applies the detail caps in the same order the results builder applies them. */
  private keepsFullRecord(
    flow: FlowRef,
    record: AttemptRecord,
    options: Pick<RunOptions, 'detail' | 'verbose'>,
  ): boolean {
    const { detail } = options;
    let full = options.verbose === true || record.iteration <= detail.iterations;

    // Every failure counts against the cap, including those of the first iterations.
    if (record.status === 'failed') {
      const key = `${flow.index}\n${record.step}`;
      const emitted = this.fullFailures.get(key) ?? 0;
      if (emitted < detail.failuresPerStep) {
        this.fullFailures.set(key, emitted + 1);
        full = true;
      }
    }
    return full;
  }

  private deliver(event: RunEvent): void {
    for (const observer of this.observers) {
      try {
        observer.onEvent(event);
      } catch (error) {
        // A broken reporter must not stop the run, so log its failure once and keep feeding the others.
        if (this.failedObservers.has(observer)) continue;
        this.failedObservers.add(observer);
        const reason = error instanceof Error ? error.message : String(error);
        this.deliver({
          type: 'log',
          level: 'warn',
          message: `an observer failed on a ${event.type} event: ${this.redactor.redact(reason)}`,
        });
      }
    }
  }
}
