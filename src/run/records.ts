/**
 * Request and response records for events: redacted, with bodies truncated to the detail cap.
 */
import type { HttpResponse } from '../http/types.js';
import type { BodyRecord, RequestRecord, ResponseRecord } from '../results/document.js';
import type { Redactor } from '../secrets/redact.js';

/** Builds the record of a request as it was sent. */
export function requestRecord(
  request: { method: string; url: string; headers: [string, string][]; body?: Uint8Array | string },
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
