/**
 * Delivers run events to observers, in order and synchronously, after redaction.
 */
import type { RunEvent, RunObserver } from '../results/events.js';
import type { Redactor } from '../secrets/redact.js';

export class EventEmitter {
  private readonly failedObservers = new Set<RunObserver>();

  constructor(
    private readonly observers: readonly RunObserver[],
    private readonly redactor: Redactor,
  ) {}

  /** Redacts an event and hands it to every observer. */
  emit(event: RunEvent): void {
    this.deliver(this.redactor.redactDeep(event));
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
