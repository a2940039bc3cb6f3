/** Runs a flow set with test dependencies and collects the events it emits. */
import type { FlowSet } from '../../../src/flow/model.js';
import type { AttemptRecord } from '../../../src/results/document.js';
import type { RunEvent } from '../../../src/results/events.js';
import {
  runFlows,
  type RunDependencies,
  type RunOptions,
  type RunOutcome,
} from '../../../src/run/index.js';
import { createRedactor } from '../../../src/secrets/redact.js';
import { createSecretResolver } from '../../../src/secrets/types.js';
import type { ScriptRunner } from '../../../src/script/types.js';
import { createHttpClient } from '../../../src/http/client.js';

/** A ScriptRunner for flows without scripts: any call is a test bug. */
export const noScripts: ScriptRunner = {
  run: () => Promise.reject(new Error('this test flow has no scripts')),
  close: async () => {},
};

export interface RunResult {
  outcome: RunOutcome;
  events: RunEvent[];
  attempts: AttemptRecord[];
  stepEnds: Extract<RunEvent, { type: 'stepEnd' }>[];
}

export async function run(
  set: FlowSet,
  options: Partial<RunOptions> = {},
  deps: Partial<RunDependencies> = {},
): Promise<RunResult> {
  const events: RunEvent[] = [];
  const http = createHttpClient();
  const outcome = await runFlows(
    set,
    {
      overrides: {},
      bail: false,
      detail: { iterations: 5, failuresPerStep: 20, bodyBytes: 8192 },
      traceparent: false,
      ...options,
    },
    {
      cwd: process.cwd(),
      http,
      scripts: noScripts,
      secrets: createSecretResolver([]),
      redactor: createRedactor(),
      observers: [{ onEvent: (event) => events.push(event) }],
      ...deps,
    },
  ).finally(() => http.close());
  return {
    outcome,
    events,
    attempts: events.flatMap((event) => (event.type === 'attempt' ? [event.record] : [])),
    stepEnds: events.filter(
      (event): event is Extract<RunEvent, { type: 'stepEnd' }> => event.type === 'stepEnd',
    ),
  };
}
