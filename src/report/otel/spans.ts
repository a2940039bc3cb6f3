/**
 * Builds the spans of a run from its results document: one trace per flow, with a span for
 * the flow, one per detailed iteration and one per step attempt (every retry attempt). HTTP
 * attributes follow the stable OpenTelemetry semantic conventions for HTTP clients.
 */
import { createHash } from 'node:crypto';
import type {
  AttemptRecord,
  FlowResult,
  IterationRecord,
  ResultsDocument,
} from '../../results/document.js';
import { failureReason } from '../html/view.js';

export type AttributeValue = string | number | boolean;
export type Attributes = Record<string, AttributeValue>;

export interface SpanEvent {
  name: string;
  timeUnixNano: bigint;
  attributes: Attributes;
}

export interface SpanData {
  /** 32 lowercase hex digits. */
  traceId: string;
  /** 16 lowercase hex digits. */
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: 'internal' | 'client';
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  attributes: Attributes;
  events: SpanEvent[];
  /** Other spans this one relates to, such as the API's own spans in another trace. */
  links: { traceId: string; spanId: string; attributes: Attributes }[];
  status: { code: 'unset' | 'error'; message?: string };
}

export interface TraceData {
  resource: Attributes;
  scope: { name: string; version: string };
  spans: SpanData[];
}

/** Builds every span of the run, parents before children. */
export function buildTrace(results: ResultsDocument, resource: Attributes): TraceData {
  return {
    resource: { 'flow_runner.run.id': results.run.id, ...resource },
    scope: { name: 'flow-runner', version: results.tool.version },
    spans: results.flows.flatMap((flow, index) => flowSpans(flow, `${results.run.id}/${index}`)),
  };
}

function flowSpans(flow: FlowResult, flowKey: string): SpanData[] {
  const flowStartMs = Date.parse(flow.startedAt);
  const traceId = firstRecordedTraceId(flow) ?? stableHex(16, 'trace', flowKey);
  const flowSpan: SpanData = {
    traceId,
    spanId: stableHex(8, 'flow', flowKey),
    name: `flow ${flow.name}`,
    kind: 'internal',
    startTimeUnixNano: toUnixNano(flowStartMs),
    endTimeUnixNano: toUnixNano(flowStartMs + flow.durationMs),
    attributes: {
      'flow_runner.flow.name': flow.name,
      'flow_runner.flow.status': flow.status,
      'flow_runner.virtual_users': flow.virtualUsers,
      'flow_runner.iterations.run': flow.iterations.run,
      'flow_runner.iterations.passed': flow.iterations.passed,
      'flow_runner.iterations.failed': flow.iterations.failed,
      'flow_runner.success_rate': flow.successRate,
      'code.file.path': flow.file,
      'code.line.number': flow.loc.line,
    },
    events: flow.errors.map((error) => ({
      name: 'exception',
      timeUnixNano: toUnixNano(flowStartMs + flow.durationMs),
      attributes: { 'exception.type': error.kind, 'exception.message': error.message },
    })),
    links: [],
    status: flowStatus(flow),
  };
  if (flow.environment) flowSpan.attributes['deployment.environment.name'] = flow.environment;
  const spans = [flowSpan];

  // Iteration spans exist only for the iterations kept in detail.
  const iterationSpanIds = new Map<number, string>();
  for (const iteration of flow.iterationDetails) {
    const span = iterationSpan(iteration, traceId, flowSpan.spanId);
    iterationSpanIds.set(iteration.iteration, span.spanId);
    spans.push(span);
  }

  // Every attempt of a detailed iteration, then the failed attempts of the other iterations.
  const exported = new Set<string>();
  const records = [
    ...flow.iterationDetails.flatMap((iteration) => iteration.attempts),
    ...flow.failures,
  ];
  for (const record of records) {
    const key = `${record.vu}/${record.iteration}/${record.stepIndex}/${record.attempt}/${record.offsetMs}`;
    if (exported.has(key)) continue;
    exported.add(key);
    const parentSpanId = iterationSpanIds.get(record.iteration) ?? flowSpan.spanId;
    spans.push(attemptSpan(record, flowStartMs, traceId, parentSpanId));
  }

  const attempts =
    flow.steps.reduce((sum, step) => sum + step.attempts, 0) + flow.scriptRequests.requests;
  flowSpan.attributes['flow_runner.spans.omitted'] = Math.max(attempts - exported.size, 0);
  return spans;
}

/** Returns the trace id the run sent in `traceparent` for this flow, if it sent one. */
function firstRecordedTraceId(flow: FlowResult): string | undefined {
  for (const iteration of flow.iterationDetails) {
    const traced = iteration.attempts.find((record) => record.trace);
    if (traced?.trace) return traced.trace.traceId;
  }
  return flow.failures.find((record) => record.trace)?.trace?.traceId;
}

function flowStatus(flow: FlowResult): SpanData['status'] {
  if (flow.status === 'passed') return { code: 'unset' };
  const firstError = flow.errors[0];
  if (firstError) return { code: 'error', message: firstError.message };
  if (flow.status === 'interrupted') return { code: 'error', message: 'the run was interrupted' };
  return {
    code: 'error',
    message: `${flow.iterations.failed} of ${flow.iterations.run} iterations failed`,
  };
}

function iterationSpan(
  iteration: IterationRecord,
  traceId: string,
  parentSpanId: string,
): SpanData {
  const startMs = Date.parse(iteration.startedAt);
  const failed = iteration.status === 'failed';
  return {
    traceId,
    spanId: stableHex(8, 'iteration', traceId, iteration.iteration, iteration.vu),
    parentSpanId,
    name: `iteration ${iteration.iteration}`,
    kind: 'internal',
    startTimeUnixNano: toUnixNano(startMs),
    endTimeUnixNano: toUnixNano(startMs + iteration.durationMs),
    attributes: {
      'flow_runner.iteration': iteration.iteration,
      'flow_runner.vu': iteration.vu,
      'flow_runner.iteration.status': iteration.status,
    },
    events: [],
    links: [],
    status: failed
      ? { code: 'error', message: `iteration ${iteration.iteration} failed` }
      : { code: 'unset' },
  };
}

function attemptSpan(
  record: AttemptRecord,
  flowStartMs: number,
  traceId: string,
  parentSpanId: string,
): SpanData {
  const startMs = flowStartMs + record.offsetMs;
  const end = toUnixNano(startMs + record.durationMs);

  // Reuse the span id sent in `traceparent`, so the API's spans become children of this span.
  // A traceparent from another trace cannot join this one, so it becomes a link instead.
  let spanId = stableHex(
    8,
    'attempt',
    traceId,
    record.vu,
    record.iteration,
    record.stepIndex,
    record.attempt,
    record.offsetMs,
    record.script === true,
  );
  const links: SpanData['links'] = [];
  if (record.trace && record.trace.traceId === traceId) spanId = record.trace.spanId;
  else if (record.trace)
    links.push({ ...record.trace, attributes: { 'flow_runner.link': 'traceparent sent' } });

  const span: SpanData = {
    traceId,
    spanId,
    parentSpanId,
    name: record.script ? `at.sendRequest ${record.request?.method ?? ''}`.trim() : record.step,
    kind: 'client',
    startTimeUnixNano: toUnixNano(startMs),
    endTimeUnixNano: end,
    attributes: { ...stepAttributes(record), ...httpAttributes(record) },
    events: attemptEvents(record, end),
    links,
    status:
      record.status === 'failed'
        ? { code: 'error', message: failureReason(record) }
        : { code: 'unset' },
  };
  if (record.status === 'failed') span.attributes['error.type'] = errorType(record);
  return span;
}

function stepAttributes(record: AttemptRecord): Attributes {
  const attributes: Attributes = {
    'flow_runner.step.name': record.step,
    'flow_runner.step.index': record.stepIndex,
    'flow_runner.step.status': record.status,
    'flow_runner.iteration': record.iteration,
    'flow_runner.vu': record.vu,
    'flow_runner.attempt': record.attempt,
    'code.file.path': record.loc.file,
    'code.line.number': record.loc.line,
    'code.column.number': record.loc.column,
  };
  if (record.flaky) attributes['flow_runner.flaky'] = true;
  if (record.skipReason) attributes['flow_runner.skip_reason'] = record.skipReason;
  for (const [phase, ms] of Object.entries(record.timings ?? {})) {
    if (ms !== undefined) attributes[`flow_runner.timing.${phase}_ms`] = ms;
  }
  return attributes;
}

const KNOWN_METHODS = new Set([
  'CONNECT',
  'DELETE',
  'GET',
  'HEAD',
  'OPTIONS',
  'PATCH',
  'POST',
  'PUT',
  'TRACE',
  'QUERY',
]);

function httpAttributes(record: AttemptRecord): Attributes {
  const attributes: Attributes = {};
  const request = record.request;
  if (request) {
    const method = request.method.toUpperCase();
    attributes['http.request.method'] = KNOWN_METHODS.has(method) ? method : '_OTHER';
    if (!KNOWN_METHODS.has(method)) attributes['http.request.method_original'] = request.method;
    if (record.attempt > 1) attributes['http.request.resend_count'] = record.attempt - 1;
    if (request.body) attributes['http.request.body.size'] = request.body.size;
    Object.assign(attributes, urlAttributes(request.url));
  }
  const response = record.response;
  if (response) {
    attributes['http.response.status_code'] = response.status;
    attributes['network.protocol.version'] = response.httpVersion;
    if (response.body) attributes['http.response.body.size'] = response.body.size;
  }
  return attributes;
}

/** Query parameters whose values the semantic conventions redact in `url.full`. */
const SIGNED_QUERY_PARAMS = ['AWSAccessKeyId', 'Signature', 'sig', 'X-Goog-Signature'];

function urlAttributes(text: string): Attributes {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {};
  }

  if (url.username) url.username = 'REDACTED';
  if (url.password) url.password = 'REDACTED';
  for (const name of SIGNED_QUERY_PARAMS) {
    if (url.searchParams.has(name)) url.searchParams.set(name, 'REDACTED');
  }

  const defaultPort = url.protocol === 'https:' ? 443 : 80;
  return {
    'url.full': url.toString(),
    'url.scheme': url.protocol.replace(/:$/, ''),
    'server.address': url.hostname.replace(/^\[(.*)\]$/, '$1'),
    'server.port': url.port ? Number(url.port) : defaultPort,
  };
}

/** Names the failure class: the error kind, else the status code of a 4xx/5xx, else `assertion`. */
function errorType(record: AttemptRecord): string {
  if (record.error) return record.error.kind;
  if (record.response && record.response.status >= 400) return String(record.response.status);
  if (record.extractions.some((item) => !item.passed)) return 'extraction';
  return 'assertion';
}

function attemptEvents(record: AttemptRecord, time: bigint): SpanEvent[] {
  const events: SpanEvent[] = [];
  for (const assertion of record.assertions) {
    if (assertion.passed) continue;
    const attributes: Attributes = { 'flow_runner.assertion.name': assertion.name };
    if (assertion.expected !== undefined)
      attributes['flow_runner.assertion.expected'] = describe(assertion.expected);
    if (assertion.actual !== undefined)
      attributes['flow_runner.assertion.actual'] = describe(assertion.actual);
    if (assertion.message) attributes['flow_runner.assertion.message'] = assertion.message;
    events.push({ name: 'assertion failed', timeUnixNano: time, attributes });
  }
  for (const extraction of record.extractions) {
    if (extraction.passed) continue;
    const attributes: Attributes = { 'flow_runner.extraction.name': extraction.name };
    if (extraction.message) attributes['flow_runner.extraction.message'] = extraction.message;
    events.push({ name: 'extraction failed', timeUnixNano: time, attributes });
  }
  if (record.error) {
    events.push({
      name: 'exception',
      timeUnixNano: time,
      attributes: {
        'exception.type': record.error.kind,
        'exception.message': record.error.message,
      },
    });
  }
  return events;
}

/** Shows an expected or actual value as compact JSON, cut to 1,000 characters. */
function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 1_000 ? `${text.slice(0, 1_000)}…` : text;
}

/**
 * Derives an id from what the span stands for, so rendering the same results document again
 * (`flow-runner report`) gives the same trace, and an exported trace is never duplicated.
 */
function stableHex(bytes: number, ...parts: (string | number | boolean)[]): string {
  return createHash('sha256')
    .update(parts.join('\u0000'))
    .digest('hex')
    .slice(0, bytes * 2);
}

/** Converts epoch milliseconds (with a fraction) to nanoseconds without losing precision. */
export function toUnixNano(ms: number): bigint {
  const whole = Math.floor(ms);
  return BigInt(whole) * 1_000_000n + BigInt(Math.round((ms - whole) * 1_000_000));
}
