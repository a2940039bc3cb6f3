/**
 * Request and response records for events: redacted, with bodies truncated to the detail cap,
 * and the lean form of an attempt that keeps only what aggregates need.
 */
import type { HttpResponse } from '../http/types.js';
import type {
  AttemptRecord,
  BodyRecord,
  RequestRecord,
  ResponseRecord,
} from '../results/document.js';
import type { Redactor } from '../secrets/redact.js';

/** A request as it was sent, before it becomes a record. */
export interface SentRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body?: Uint8Array | string;
}

/** The raw request and response of an attempt, kept until the attempt is emitted. */
export interface Exchange {
  request?: SentRequest;
  response?: HttpResponse;
}

/** Builds the record of a request as it was sent. */
export function requestRecord(
  request: SentRequest,
  redactor: Redactor,
  bodyBytes: number,
): RequestRecord {
  const record: RequestRecord = {
    method: request.method,
    url: redactor.redact(request.url),
    headers: redactHeaders(request.headers, redactor),
  };
  if (request.body !== undefined) record.body = bodyRecord(request.body, redactor, bodyBytes);
  return record;
}

/** Builds the record of a response. */
export function responseRecord(
  response: HttpResponse,
  redactor: Redactor,
  bodyBytes: number,
): ResponseRecord {
  const record: ResponseRecord = {
    status: response.status,
    statusText: response.statusText,
    httpVersion: response.httpVersion,
    headers: redactHeaders(response.headers, redactor),
    url: redactor.redact(response.url),
    redirects: response.redirects.map((hop) => ({
      url: redactor.redact(hop.url),
      status: hop.status,
      location: redactor.redact(hop.location),
    })),
  };
  if (response.body.byteLength > 0) record.body = bodyRecord(response.body, redactor, bodyBytes);
  return record;
}

/**
 * Builds the lean form of an attempt: statuses, counts, timings and bytes, the request line
 * and the response status, a redacted error message and console output. Headers, bodies and
 * the values of assertions and extractions are left out, so no large text is redacted.
 */
export function leanRecord(
  record: AttemptRecord,
  exchange: Exchange,
  redactor: Redactor,
): AttemptRecord {
  const lean: AttemptRecord = {
    step: record.step,
    stepIndex: record.stepIndex,
    iteration: record.iteration,
    vu: record.vu,
    attempt: record.attempt,
    loc: record.loc,
    status: record.status,
    offsetMs: record.offsetMs,
    durationMs: record.durationMs,
    bytesSent: record.bytesSent,
    bytesReceived: record.bytesReceived,
    assertions: record.assertions.map((assertion) => {
      const summary: AttemptRecord['assertions'][number] = {
        name: redactor.redactField(assertion.name),
        passed: assertion.passed,
      };
      if (assertion.loc) summary.loc = assertion.loc;
      return summary;
    }),
    extractions: record.extractions.map(({ name, passed, loc }) => ({ name, passed, loc })),
    console: record.console.map((entry) => ({
      level: entry.level,
      message: redactor.redact(entry.message),
    })),
  };
  if (record.script) lean.script = true;
  if (record.flaky) lean.flaky = true;
  if (record.skipReason !== undefined) lean.skipReason = redactor.redact(record.skipReason);
  if (record.trace) lean.trace = { ...record.trace };
  if (record.timings) lean.timings = record.timings;
  if (record.error) {
    lean.error = { kind: record.error.kind, message: redactor.redact(record.error.message) };
    if (record.error.loc) lean.error.loc = record.error.loc;
  }

  // The request line and response status tell the aggregates a request went out and came back.
  const { request, response } = exchange;
  const requestUrl = request ? redactor.redact(request.url) : undefined;
  if (request && requestUrl !== undefined)
    lean.request = { method: request.method, url: requestUrl, headers: [] };
  if (response) {
    lean.response = {
      status: response.status,
      statusText: response.statusText,
      httpVersion: response.httpVersion,
      headers: [],
      url:
        requestUrl !== undefined && response.url === request?.url
          ? requestUrl
          : redactor.redact(response.url),
      redirects: [],
    };
  }
  return lean;
}

function redactHeaders(headers: [string, string][], redactor: Redactor): [string, string][] {
  return headers.map(([name, value]) => [name, redactor.redactField(value)]);
}

/**
 * Records a body as UTF-8 text when it decodes cleanly, else as base64. Redaction runs on the
 * whole text before truncation, so a secret cut in half by the cap is still masked.
 */
export function bodyRecord(
  body: Uint8Array | string,
  redactor: Redactor,
  maxBytes: number,
): BodyRecord {
  const bytes =
    typeof body === 'string'
      ? Buffer.from(body, 'utf8')
      : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const size = bytes.byteLength;
  const text = typeof body === 'string' ? body : decodeStrict(bytes);

  if (text === undefined) {
    const kept = bytes.subarray(0, maxBytes);
    return { text: kept.toString('base64'), encoding: 'base64', size, truncated: size > maxBytes };
  }

  const redacted = redactor.redactField(text);
  const redactedBytes = Buffer.from(redacted, 'utf8');
  if (redactedBytes.byteLength <= maxBytes)
    return { text: redacted, encoding: 'utf8', size, truncated: false };
  // Cutting at a byte count may split a character; the decoder drops the partial one.
  const kept = new TextDecoder('utf-8', { fatal: false })
    .decode(redactedBytes.subarray(0, maxBytes))
    .replace(/\uFFFD$/, '');
  return { text: kept, encoding: 'utf8', size, truncated: true };
}

function decodeStrict(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
