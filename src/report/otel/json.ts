/**
 * Encodes spans as OTLP/JSON (an ExportTraceServiceRequest): ids in hex, times as decimal
 * strings of unix nanoseconds, enums as numbers and 64-bit integers as strings.
 */
import type { Attributes, SpanData, TraceData } from './spans.js';

type AnyValue =
  { stringValue: string } | { intValue: string } | { doubleValue: number } | { boolValue: boolean };
type KeyValue = { key: string; value: AnyValue };

/** SpanKind and StatusCode numbers of the OTLP trace proto. */
const SPAN_KIND = { internal: 1, client: 3 } as const;
const STATUS_CODE = { unset: 0, ok: 1, error: 2 } as const;

/** Encodes a trace as the OTLP/JSON body that a collector accepts on /v1/traces. */
export function toOtlpJson(trace: TraceData): object {
  return {
    resourceSpans: [
      {
        resource: { attributes: keyValues(trace.resource) },
        scopeSpans: [{ scope: trace.scope, spans: trace.spans.map(spanJson) }],
      },
    ],
  };
}

function spanJson(span: SpanData): object {
  return {
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parentSpanId ?? '',
    name: span.name,
    kind: SPAN_KIND[span.kind],
    startTimeUnixNano: span.startTimeUnixNano.toString(),
    endTimeUnixNano: span.endTimeUnixNano.toString(),
    attributes: keyValues(span.attributes),
    events: span.events.map((event) => ({
      timeUnixNano: event.timeUnixNano.toString(),
      name: event.name,
      attributes: keyValues(event.attributes),
    })),
    links: span.links.map((link) => ({
      traceId: link.traceId,
      spanId: link.spanId,
      attributes: keyValues(link.attributes),
    })),
    status: span.status.message
      ? { code: STATUS_CODE[span.status.code], message: span.status.message }
      : { code: STATUS_CODE[span.status.code] },
  };
}

function keyValues(attributes: Attributes): KeyValue[] {
  return Object.entries(attributes).map(([key, value]) => ({ key, value: anyValue(value) }));
}

/** Whole numbers become intValue as the SDK encodes them, so both outputs agree. */
function anyValue(value: string | number | boolean): AnyValue {
  if (typeof value === 'string') return { stringValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  return Number.isInteger(value) ? { intValue: String(value) } : { doubleValue: value };
}
