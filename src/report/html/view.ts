/**
 * Turns a results document into what the HTML template shows: failures first, capped detail,
 * charts drawn. Keeping every cap here bounds the page size whatever the run's size.
 */
import { formatLocation } from '../../common/source.js';
import type {
  AssertionRecord,
  AttemptRecord,
  BodyRecord,
  ConsoleEntry,
  FlowResult,
  IterationRecord,
  ResultsDocument,
  StepAggregate,
} from '../../results/document.js';
import { percentileChart, waterfallChart } from './charts.js';
import { formatBytes, truncate } from './units.js';

export interface HtmlOptions {
  /** Show bodies as recorded in the results document instead of a short preview. */
  fullBodies: boolean;
}

/** Characters of a body shown without `fullBodies`. */
export const BODY_PREVIEW_CHARS = 2_048;
/** Failed attempts shown per step and per flow; the rest stay in results.json. */
export const FAILURES_PER_STEP = 5;
export const FAILURES_PER_FLOW = 50;
/** Console lines shown per flow, and characters per line. */
export const CONSOLE_LINES_PER_FLOW = 200;
const CONSOLE_LINE_CHARS = 2_000;
/** Characters of an expected or actual value shown for a failed assertion. */
const VALUE_CHARS = 500;

export interface ReportView {
  title: string;
  document: ResultsDocument;
  flows: FlowView[];
  /** The capped data embedded as JSON for the page's script. */
  data: EmbeddedData;
}

export interface FlowView {
  anchor: string;
  flow: FlowResult;
  location: string;
  failures: FailureView[];
  /** Failed attempts not shown: over the HTML caps plus those the results document dropped. */
  failuresOmitted: number;
  steps: StepView[];
  waterfall?: { iteration: number; svg: string };
  console: ConsoleLine[];
  consoleOmitted: number;
}

export interface StepView {
  step: StepAggregate;
  location: string;
  chart: string;
  isBottleneck: boolean;
  flagged: boolean;
}

export interface FailureView {
  record: AttemptRecord;
  location: string;
  reason: string;
  /** Request line and headers, one per line, as sent. */
  requestHead?: string;
  /** Status line and headers, one per line, as received. */
  responseHead?: string;
  requestBody?: BodyView;
  responseBody?: BodyView;
  failedAssertions: { assertion: AssertionRecord; expected: string; actual: string }[];
}

export interface BodyView {
  text: string;
  /** Reason the text is not the whole body, when it is not. */
  note?: string;
}

export interface ConsoleLine {
  source: string;
  level: ConsoleEntry['level'];
  message: string;
}

export interface EmbeddedData {
  run: ResultsDocument['run'];
  summary: ResultsDocument['summary'];
  flows: {
    name: string;
    status: FlowResult['status'];
    steps: Omit<StepAggregate, 'duration' | 'phases' | 'errorsByKind' | 'loc'>[];
    latency: {
      p50: number;
      p90: number;
      p95: number;
      p99: number;
      mean: number;
      max: number;
      stddev: number;
    }[];
  }[];
}

/** Builds the view of a whole run. */
export function buildView(results: ResultsDocument, options: HtmlOptions): ReportView {
  const flows = results.flows.map((flow, index) => buildFlowView(flow, index, options));
  const names = results.flows.map((flow) => flow.name);
  const title =
    names.length === 1
      ? `flow-runner report: ${names[0]}`
      : `flow-runner report: ${names.length} flows`;
  return { title, document: results, flows, data: embeddedData(results) };
}

function buildFlowView(flow: FlowResult, index: number, options: HtmlOptions): FlowView {
  const flagged = new Set(flow.anomalies.flags.map((flag) => flag.step));
  const steps = flow.steps.map((step) => ({
    step,
    location: formatLocation(step.loc),
    chart: percentileChart(step.duration, `Latency percentiles of ${step.name}`),
    isBottleneck: flow.bottleneck?.step === step.name,
    flagged: flagged.has(step.name),
  }));

  const shown = pickFailures(flow.failures);
  const dropped = Object.values(flow.detail.failuresDropped).reduce((sum, count) => sum + count, 0);
  const console = consoleLines(flow);

  const first = flow.iterationDetails[0];
  const waterfall = first && {
    iteration: first.iteration,
    svg: waterfallChart(first, iterationOffset(flow, first)),
  };

  return {
    anchor: `flow-${index + 1}`,
    flow,
    location: formatLocation(flow.loc),
    failures: shown.map((record) => failureView(record, options)),
    failuresOmitted: flow.failures.length - shown.length + dropped,
    steps,
    waterfall,
    console: console.lines,
    consoleOmitted: console.omitted,
  };
}

/** Keeps at most FAILURES_PER_STEP failures of each step and FAILURES_PER_FLOW in all. */
function pickFailures(failures: AttemptRecord[]): AttemptRecord[] {
  const perStep = new Map<string, number>();
  const picked: AttemptRecord[] = [];
  for (const record of failures) {
    const seen = perStep.get(record.step) ?? 0;
    if (seen >= FAILURES_PER_STEP) continue;
    perStep.set(record.step, seen + 1);
    picked.push(record);
    if (picked.length >= FAILURES_PER_FLOW) break;
  }
  return picked;
}

function failureView(record: AttemptRecord, options: HtmlOptions): FailureView {
  const failedAssertions = record.assertions
    .filter((assertion) => !assertion.passed)
    .map((assertion) => ({
      assertion,
      expected: describeValue(assertion.expected, assertion.expectedType),
      actual: describeValue(assertion.actual, assertion.actualType),
    }));
  return {
    record,
    location: formatLocation(record.error?.loc ?? record.loc),
    reason: failureReason(record),
    requestHead:
      record.request &&
      headText(`${record.request.method} ${record.request.url}`, record.request.headers),
    responseHead:
      record.response &&
      headText(
        `HTTP/${record.response.httpVersion} ${record.response.status} ${record.response.statusText}`,
        record.response.headers,
      ),
    requestBody: record.request?.body && bodyView(record.request.body, options),
    responseBody: record.response?.body && bodyView(record.response.body, options),
    failedAssertions,
  };
}

/** States why an attempt failed in one line: its error, else its first failed check. */
export function failureReason(record: AttemptRecord): string {
  if (record.error) return record.error.message;
  const assertion = record.assertions.find((item) => !item.passed);
  if (assertion) return assertion.message ?? `${assertion.name} failed`;
  const extraction = record.extractions.find((item) => !item.passed);
  if (extraction) return extraction.message ?? `extraction ${extraction.name} failed`;
  return 'failed';
}

function headText(firstLine: string, headers: [string, string][]): string {
  return [firstLine, ...headers.map(([name, value]) => `${name}: ${value}`)].join('\n');
}

function bodyView(body: BodyRecord, options: HtmlOptions): BodyView {
  if (body.encoding === 'base64') {
    return { text: '', note: `binary body, ${formatBytes(body.size)}: not shown` };
  }
  const limit = options.fullBodies ? Number.POSITIVE_INFINITY : BODY_PREVIEW_CHARS;
  const shown = truncate(body.text, limit);
  const notes: string[] = [];
  if (shown.cut > 0) notes.push(`${shown.cut} more characters not shown`);
  if (body.truncated)
    notes.push(
      `the results document kept ${body.text.length} characters of ${formatBytes(body.size)}`,
    );
  return { text: shown.text, note: notes.length > 0 ? notes.join('; ') : undefined };
}

function describeValue(value: unknown, type: string | undefined): string {
  if (value === undefined) return type ?? 'undefined';
  const json = JSON.stringify(value) ?? String(value);
  const shown = truncate(json, VALUE_CHARS);
  const text = shown.cut > 0 ? `${shown.text}…` : shown.text;
  return type ? `${text} (${type})` : text;
}

/** Collects Before All, step and After All console output, in that order, capped. */
function consoleLines(flow: FlowResult): { lines: ConsoleLine[]; omitted: number } {
  const all: ConsoleLine[] = [];
  const add = (source: string, entries: ConsoleEntry[]) => {
    for (const entry of entries) {
      const message = truncate(entry.message, CONSOLE_LINE_CHARS);
      all.push({
        source,
        level: entry.level,
        message: message.cut > 0 ? `${message.text}…` : message.text,
      });
    }
  };

  if (flow.hooks.beforeAll) add('Before All', flow.hooks.beforeAll.console);
  for (const iteration of flow.iterationDetails) {
    for (const attempt of iteration.attempts) {
      add(`${attempt.step} (iteration ${attempt.iteration})`, attempt.console);
    }
  }
  if (flow.hooks.afterAll) add('After All', flow.hooks.afterAll.console);

  return {
    lines: all.slice(0, CONSOLE_LINES_PER_FLOW),
    omitted: Math.max(all.length - CONSOLE_LINES_PER_FLOW, 0),
  };
}

/** Computes where an iteration starts, in ms since the flow started, from its clock time. */
function iterationOffset(flow: FlowResult, iteration: IterationRecord): number {
  const fromClock = Date.parse(iteration.startedAt) - Date.parse(flow.startedAt);
  if (Number.isFinite(fromClock) && fromClock >= 0) return fromClock;
  return Math.min(...iteration.attempts.map((attempt) => attempt.offsetMs), 0);
}

/** Keeps aggregates only: no bodies, no histograms, so the embedded JSON stays small. */
function embeddedData(results: ResultsDocument): EmbeddedData {
  return {
    run: results.run,
    summary: results.summary,
    flows: results.flows.map((flow) => ({
      name: flow.name,
      status: flow.status,
      steps: flow.steps.map(
        ({ duration: _duration, phases: _phases, errorsByKind: _errors, loc: _loc, ...rest }) =>
          rest,
      ),
      latency: flow.steps.map(({ duration }) => ({
        p50: duration.p50,
        p90: duration.p90,
        p95: duration.p95,
        p99: duration.p99,
        mean: duration.mean,
        max: duration.max,
        stddev: duration.stddev,
      })),
    })),
  };
}
