/**
 * A test double of an OTLP/HTTP collector: accepts POST /v1/traces in protobuf on 127.0.0.1,
 * decodes it with protobufjs against trace.proto, and keeps what arrived for assertions.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import protobuf from 'protobufjs';

const root = protobuf.parse(readFileSync(new URL('./trace.proto', import.meta.url), 'utf8')).root;
const ExportTraceServiceRequest = root.lookupType('otlp.ExportTraceServiceRequest');

export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  /** Empty for a root span. */
  parentSpanId: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: Record<string, unknown>;
  events: { name: string; attributes: Record<string, unknown> }[];
  links: { traceId: string; spanId: string }[];
  status: { code: number; message: string };
}

export interface ReceivedExport {
  headers: IncomingHttpHeaders;
  resource: Record<string, unknown>;
  scope: { name: string; version: string };
  spans: ReceivedSpan[];
}

export interface OtlpReceiver {
  /** Base endpoint, as OTEL_EXPORTER_OTLP_ENDPOINT takes it. */
  endpoint: string;
  exports: ReceivedExport[];
  /** Spans of every export, in arrival order. */
  spans(): ReceivedSpan[];
  close(): Promise<void>;
}

/** Starts a receiver on 127.0.0.1 on a free port. */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const exports: ReceivedExport[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/traces') {
        response.writeHead(404).end();
        return;
      }
      const message = ExportTraceServiceRequest.decode(Buffer.concat(chunks));
      const decoded = ExportTraceServiceRequest.toObject(message, {
        longs: String,
        defaults: true,
      }) as RawRequest;
      for (const resourceSpans of decoded.resourceSpans) {
        for (const scopeSpans of resourceSpans.scopeSpans) {
          exports.push({
            headers: request.headers,
            resource: attributes(resourceSpans.resource?.attributes ?? []),
            scope: { name: scopeSpans.scope?.name ?? '', version: scopeSpans.scope?.version ?? '' },
            spans: scopeSpans.spans.map(span),
          });
        }
      }
      // An empty ExportTraceServiceResponse means every span was accepted.
      response.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    exports,
    spans: () => exports.flatMap((item) => item.spans),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface RawKeyValue {
  key: string;
  value?: Record<string, unknown>;
}

interface RawSpan {
  traceId: Uint8Array;
  spanId: Uint8Array;
  parentSpanId: Uint8Array;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: RawKeyValue[];
  events: { name: string; attributes: RawKeyValue[] }[];
  links: { traceId: Uint8Array; spanId: Uint8Array }[];
  status?: { code: number; message: string };
}

interface RawRequest {
  resourceSpans: {
    resource?: { attributes: RawKeyValue[] };
    scopeSpans: { scope?: { name: string; version: string }; spans: RawSpan[] }[];
  }[];
}

function span(raw: RawSpan): ReceivedSpan {
  return {
    traceId: hex(raw.traceId),
    spanId: hex(raw.spanId),
    parentSpanId: hex(raw.parentSpanId),
    name: raw.name,
    kind: raw.kind,
    startTimeUnixNano: raw.startTimeUnixNano,
    endTimeUnixNano: raw.endTimeUnixNano,
    attributes: attributes(raw.attributes),
    events: raw.events.map((event) => ({
      name: event.name,
      attributes: attributes(event.attributes),
    })),
    links: raw.links.map((link) => ({ traceId: hex(link.traceId), spanId: hex(link.spanId) })),
    status: { code: raw.status?.code ?? 0, message: raw.status?.message ?? '' },
  };
}

/** Flattens KeyValues to a record; int64 values arrive as decimal strings and become numbers. */
function attributes(list: RawKeyValue[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const { key, value } of list) {
    if (!value) continue;
    if ('stringValue' in value) result[key] = value['stringValue'];
    else if ('intValue' in value) result[key] = Number(value['intValue']);
    else if ('doubleValue' in value) result[key] = value['doubleValue'];
    else if ('boolValue' in value) result[key] = value['boolValue'];
  }
  return result;
}

function hex(bytes: Uint8Array | undefined): string {
  return bytes ? Buffer.from(bytes).toString('hex') : '';
}
