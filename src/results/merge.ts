/**
 * Merges the results documents of shards into one. Counts, sums and histograms add up
 * exactly, and details are concatenated within the same caps. Thresholds, inconsistent-step
 * flags and the bottleneck are computed again from the merged aggregates. Outlier flags need the
 * per-request samples, which documents do not store, so the merged flag of a step is the
 * union of the shards' flags.
 */
import { InputError } from '../common/errors.js';
import { anomalyOptionsFromReport, detectAnomalies, type AnomalyFlag } from '../metrics/anomaly.js';
import { findBottleneck } from '../metrics/bottleneck.js';
import { mergeDurationStats, mergePhaseStats } from '../metrics/stats.js';
import { evaluateThresholds } from '../metrics/thresholds.js';
import {
  SCHEMA_VERSION,
  type AttemptRecord,
  type FlowResult,
  type RequestAggregate,
  type ResultsDocument,
  type RunInfo,
  type StepAggregate,
} from './document.js';
import {
  addCounts,
  exitCodeFor,
  flowRequests,
  flowStatus,
  flowSubject,
  perSecond,
  rulesFromResults,
  runStatus,
  stepSubjects,
  summarizeRun,
} from './derive.js';

const MAX_FLOW_ERRORS = 100;

/** Merges shard documents into one; throws InputError on an empty list or a schema mismatch. */
export function mergeResults(docs: ResultsDocument[]): ResultsDocument {
  const [first] = docs;
  if (first === undefined)
    throw new InputError('No results documents to merge: pass at least one results.json.');
  docs.forEach((doc, i) => {
    if (doc.schemaVersion !== SCHEMA_VERSION) {
      throw new InputError(
        `Results document ${i + 1} of ${docs.length} has schemaVersion ${String(doc.schemaVersion)}, ` +
          `but this flow-runner reads schemaVersion ${SCHEMA_VERSION}. ` +
          'Merge documents written by the same flow-runner version.',
      );
    }
  });

  const interrupted = docs.some((doc) => doc.run.status === 'interrupted');
  const startedAt = Math.min(...docs.map((doc) => Date.parse(doc.run.startedAt)));
  const endedAt = Math.max(...docs.map((doc) => Date.parse(doc.run.endedAt)));
  const flows = mergeFlows(docs, first.run.failOn);
  const durationMs = Math.max(0, endedAt - startedAt);

  const run: RunInfo = {
    id: first.run.id,
    startedAt: new Date(startedAt).toISOString(),
    endedAt: new Date(endedAt).toISOString(),
    durationMs,
    status: runStatus(flows, interrupted),
    failOn: first.run.failOn,
    exitCode: 0,
    mergedFrom: docs.reduce((sum, doc) => sum + (doc.run.mergedFrom ?? 1), 0),
    host: { ...first.run.host },
  };
  if (first.run.environment !== undefined) run.environment = first.run.environment;
  run.exitCode = exitCodeFor({ run });

  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { ...first.tool },
    run,
    summary: summarizeRun(flows, durationMs),
    flows,
  };
}

/** Groups flows by file and name, in the order they first appear, and merges each group. */
function mergeFlows(docs: ResultsDocument[], failOn: RunInfo['failOn']): FlowResult[] {
  const groups = new Map<string, FlowResult[]>();
  for (const doc of docs) {
    for (const flow of doc.flows) {
      const key = `${flow.file}\u0000${flow.name}`;
      const group = groups.get(key);
      if (group) group.push(flow);
      else groups.set(key, [flow]);
    }
  }
  return [...groups.values()].map((group) => mergeFlowGroup(group, failOn));
}

function mergeFlowGroup(flows: FlowResult[], failOn: RunInfo['failOn']): FlowResult {
  const first = flows[0] as FlowResult;
  const startedAt = Math.min(...flows.map((flow) => Date.parse(flow.startedAt)));
  const endedAt = Math.max(...flows.map((flow) => Date.parse(flow.startedAt) + flow.durationMs));
  const durationMs = Math.max(0, endedAt - startedAt);

  const merged: FlowResult = structuredClone(first);
  merged.startedAt = new Date(startedAt).toISOString();
  merged.durationMs = durationMs;
  merged.steps = mergeSteps(flows.map((flow) => flow.steps));
  merged.scriptRequests = flows
    .slice(1)
    .reduce(
      (sum, flow) => mergeRequests(sum, flow.scriptRequests),
      structuredClone(first.scriptRequests),
    );

  const rest = flows.slice(1);
  for (const flow of rest) {
    // Shards run at the same time, so their virtual users add up.
    merged.virtualUsers += flow.virtualUsers;
    if (merged.iterations.planned !== undefined && flow.iterations.planned !== undefined) {
      merged.iterations.planned += flow.iterations.planned;
    } else {
      delete merged.iterations.planned;
    }
    merged.iterations.run += flow.iterations.run;
    merged.iterations.passed += flow.iterations.passed;
    merged.iterations.failed += flow.iterations.failed;
    merged.bytesSent += flow.bytesSent;
    merged.bytesReceived += flow.bytesReceived;
    addCounts(merged.errorsByKind, flow.errorsByKind);
    merged.errors.push(...flow.errors);
    for (const hook of ['beforeAll', 'afterAll'] as const) {
      const result = flow.hooks[hook];
      // Every shard runs the hooks; a failure in any of them is the one worth showing.
      if (result && merged.hooks[hook]?.status !== 'failed') merged.hooks[hook] = result;
    }
  }
  merged.errors = merged.errors.slice(0, MAX_FLOW_ERRORS);
  mergeDetails(merged, flows);

  const run = merged.iterations.run;
  merged.successRate = run === 0 ? 0 : merged.iterations.passed / run;
  merged.requestsPerSecond = perSecond(flowRequests(merged), durationMs);

  const bottleneck = findBottleneck(merged.steps);
  if (bottleneck) merged.bottleneck = bottleneck;
  else delete merged.bottleneck;
  const anomalyOptions = anomalyOptionsFromReport(first.anomalies);
  merged.anomalies = detectAnomalies(
    merged.steps.map((step) => ({
      step: step.name,
      loc: step.loc,
      stats: step.duration,
      knownOutliers: unionOutliers(flows, step.name, anomalyOptions.maxIterations),
    })),
    anomalyOptions,
  );
  merged.thresholds = evaluateThresholds(
    rulesFromResults(first),
    flowSubject(merged),
    stepSubjects(merged.steps),
  );
  merged.status = flowStatus(
    merged,
    failOn,
    flows.some((flow) => flow.status === 'interrupted'),
  );
  return merged;
}

/** Merges steps matched by index and name; a step found in only some shards is kept as is. */
function mergeSteps(stepLists: StepAggregate[][]): StepAggregate[] {
  const merged = new Map<string, StepAggregate>();
  for (const steps of stepLists) {
    for (const step of steps) {
      const key = `${step.index}\u0000${step.name}`;
      const existing = merged.get(key);
      merged.set(key, existing ? mergeStep(existing, step) : structuredClone(step));
    }
  }
  return [...merged.values()].sort((a, b) => a.index - b.index);
}

function mergeStep(a: StepAggregate, b: StepAggregate): StepAggregate {
  return {
    ...a,
    ...mergeRequests(a, b),
    count: a.count + b.count,
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
    flaky: a.flaky + b.flaky,
    attempts: a.attempts + b.attempts,
  };
}

function mergeRequests(a: RequestAggregate, b: RequestAggregate): RequestAggregate {
  const errorsByKind = { ...a.errorsByKind };
  addCounts(errorsByKind, b.errorsByKind);
  return {
    requests: a.requests + b.requests,
    failed: a.failed + b.failed,
    duration: mergeDurationStats(a.duration, b.duration),
    phases: mergePhaseStats(a.phases, b.phases),
    bytesSent: a.bytesSent + b.bytesSent,
    bytesReceived: a.bytesReceived + b.bytesReceived,
    errorsByKind,
  };
}

/** Concatenates failures and iteration details within the first shard's caps. */
function mergeDetails(merged: FlowResult, flows: FlowResult[]): void {
  const { failuresPerStep, iterations } = merged.detail;
  const kept: Record<string, number> = {};
  const dropped: Record<string, number> = {};
  const failures: AttemptRecord[] = [];

  for (const flow of flows) {
    addCounts(dropped, flow.detail.failuresDropped);
    for (const failure of flow.failures) {
      const count = kept[failure.step] ?? 0;
      if (count < failuresPerStep) {
        failures.push(failure);
        kept[failure.step] = count + 1;
      } else {
        dropped[failure.step] = (dropped[failure.step] ?? 0) + 1;
      }
    }
  }
  merged.failures = failures;
  merged.detail.failuresDropped = dropped;

  // Shards number iterations independently, so the details are ordered by start time.
  merged.iterationDetails = flows
    .flatMap((flow) => flow.iterationDetails)
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || a.iteration - b.iteration)
    .slice(0, iterations);
}

/** Combines the shards' outlier flags of one step into one flag, or returns undefined. */
function unionOutliers(
  flows: FlowResult[],
  step: string,
  maxIterations: number,
): AnomalyFlag | undefined {
  const flags = flows.flatMap((flow) =>
    flow.anomalies.flags.filter((flag) => flag.kind === 'outlier' && flag.step === step),
  );
  const [first] = flags;
  if (first === undefined) return undefined;
  if (flags.length === 1) return first;

  const outliers = flags.reduce((sum, flag) => sum + (flag.values.outliers ?? 0), 0);
  const samples = flags.reduce((sum, flag) => sum + (flag.values.samples ?? 0), 0);
  const maxMs = Math.max(...flags.map((flag) => flag.values.maxMs ?? 0));
  const iterations = [...new Set(flags.flatMap((flag) => flag.iterations ?? []))].sort(
    (a, b) => a - b,
  );
  return {
    kind: 'outlier',
    step,
    loc: first.loc,
    message: `${outliers} of ${samples} requests were outliers in ${flags.length} shards (slowest ${Math.round(maxMs)} ms)`,
    values: { outliers, samples, maxMs, shards: flags.length },
    iterations: iterations.slice(0, maxIterations),
  };
}
