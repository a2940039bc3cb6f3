/**
 * Live export of a run's spans over OTLP/HTTP protobuf, configured from the standard OTEL_*
 * variables of the injected environment (never process.env), so tests stay hermetic.
 */
import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  TraceFlags,
  trace,
  type HrTime,
} from '@opentelemetry/api';
import type { Attributes, TraceData } from './spans.js';

export interface OtlpExportConfig {
  /** Full URL of the traces endpoint, e.g. `http://127.0.0.1:4318/v1/traces`. */
  url: string;
  headers: Record<string, string>;
  timeoutMillis: number;
}

/** Used when neither OTEL_EXPORTER_OTLP_TRACES_TIMEOUT nor OTEL_EXPORTER_OTLP_TIMEOUT is set. */
export const DEFAULT_TIMEOUT_MS = 3_000;

/**
 * Resolves where to send spans, or returns undefined when live export is not configured.
 * Order: the `otelEndpoint` option, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (used as is), then
 * OTEL_EXPORTER_OTLP_ENDPOINT (with `/v1/traces` appended).
 */
export function exportConfig(
  env: Record<string, string | undefined>,
  options: Record<string, unknown>,
): OtlpExportConfig | undefined {
  const option = typeof options['otelEndpoint'] === 'string' ? options['otelEndpoint'] : undefined;
  const tracesEndpoint = env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'];
  const endpoint = env['OTEL_EXPORTER_OTLP_ENDPOINT'];

  let url: string | undefined;
  if (option) url = withTracesPath(option);
  else if (tracesEndpoint) url = tracesEndpoint;
  else if (endpoint) url = withTracesPath(endpoint);
  if (!url) return undefined;

  const headers = {
    ...parseKeyValueList(env['OTEL_EXPORTER_OTLP_HEADERS']),
    ...parseKeyValueList(env['OTEL_EXPORTER_OTLP_TRACES_HEADERS']),
    ...stringRecord(options['otelHeaders']),
  };
  const timeout = Number(
    env['OTEL_EXPORTER_OTLP_TRACES_TIMEOUT'] ?? env['OTEL_EXPORTER_OTLP_TIMEOUT'],
  );
  return { url, headers, timeoutMillis: timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS };
}

function withTracesPath(endpoint: string): string {
  const base = endpoint.replace(/\/+$/, '');
  return base.endsWith('/v1/traces') ? base : `${base}/v1/traces`;
}

/**
 * Builds the resource attributes from OTEL_RESOURCE_ATTRIBUTES and OTEL_SERVICE_NAME, which
 * the SDK's BasicTracerProvider does not read by itself. The service name defaults to `flow-runner`.
 */
export function resourceAttributes(
  env: Record<string, string | undefined>,
  toolVersion: string,
): Attributes {
  const fromEnv = parseKeyValueList(env['OTEL_RESOURCE_ATTRIBUTES']);
  return {
    ...fromEnv,
    'service.name': env['OTEL_SERVICE_NAME'] || fromEnv['service.name'] || 'flow-runner',
    'service.version': fromEnv['service.version'] ?? toolVersion,
  };
}

/** Parses the `key=value,key2=value2` lists of OTEL_* variables; values are percent-decoded. */
export function parseKeyValueList(text: string | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of (text ?? '').split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const key = pair.slice(0, at).trim();
    const raw = pair.slice(at + 1).trim();
    try {
      result[key] = decodeURIComponent(raw);
    } catch {
      result[key] = raw;
    }
  }
  return result;
}

function stringRecord(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)]));
}

/**
 * Sends the spans to the collector. Returns a warning message when the export failed (the
 * collector is unreachable, timed out or rejected the spans), else undefined; never throws.
 */
export async function exportTrace(
  data: TraceData,
  config: OtlpExportConfig,
): Promise<string | undefined> {
  let sdk: Awaited<ReturnType<typeof loadSdk>>;
  try {
    sdk = await loadSdk();
  } catch (error) {
    return `OpenTelemetry export skipped: the exporter could not be loaded: ${describeExportError(error)}.`;
  }
  const { OTLPTraceExporter, BasicTracerProvider, BatchSpanProcessor, resourceFromAttributes } =
    sdk;

  // The tracer takes ids from its generator, so it is fed the ids the spans already have.
  const ids = { traceId: '', spanId: '' };
  const exporter = new OTLPTraceExporter({
    url: config.url,
    headers: config.headers,
    timeoutMillis: config.timeoutMillis,
  });
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes(data.resource),
    idGenerator: { generateTraceId: () => ids.traceId, generateSpanId: () => ids.spanId },
    spanLimits: { attributeCountLimit: 256, eventCountLimit: 256 },
    spanProcessors: [
      new BatchSpanProcessor(exporter, {
        maxQueueSize: data.spans.length + 1,
        maxExportBatchSize: 512,
        exportTimeoutMillis: config.timeoutMillis,
      }),
    ],
  });

  try {
    const tracer = provider.getTracer(data.scope.name, data.scope.version);
    for (const span of data.spans) {
      ids.traceId = span.traceId;
      ids.spanId = span.spanId;
      // No context manager is registered, so the parent is passed as an explicit context.
      const parent = span.parentSpanId
        ? trace.setSpanContext(ROOT_CONTEXT, {
            traceId: span.traceId,
            spanId: span.parentSpanId,
            traceFlags: TraceFlags.SAMPLED,
            isRemote: false,
          })
        : ROOT_CONTEXT;
      const started = tracer.startSpan(
        span.name,
        {
          kind: span.kind === 'client' ? SpanKind.CLIENT : SpanKind.INTERNAL,
          startTime: hrTime(span.startTimeUnixNano),
          attributes: span.attributes,
          links: span.links.map((link) => ({
            context: { traceId: link.traceId, spanId: link.spanId, traceFlags: TraceFlags.SAMPLED },
            attributes: link.attributes,
          })),
        },
        parent,
      );
      for (const event of span.events)
        started.addEvent(event.name, event.attributes, hrTime(event.timeUnixNano));
      if (span.status.code === 'error')
        started.setStatus({ code: SpanStatusCode.ERROR, message: span.status.message });
      started.end(hrTime(span.endTimeUnixNano));
    }

    await provider.forceFlush();
    return undefined;
  } catch (error) {
    return `OpenTelemetry export to ${config.url} failed: ${describeExportError(error)}. The run's traces are still in traces.json.`;
  } finally {
    await provider.shutdown().catch(() => undefined);
  }
}

/** forceFlush rejects with an array of errors, often without a message, so read codes too. */
function describeExportError(error: unknown): string {
  const errors = Array.isArray(error) ? error : [error];
  const parts = errors.map((item: unknown) => {
    if (item instanceof Error) return item.message || (item as { code?: string }).code || item.name;
    if (typeof item === 'object' && item !== null) {
      const fields = item as { message?: unknown; code?: unknown };
      return String(fields.message ?? fields.code ?? JSON.stringify(item));
    }
    return String(item);
  });
  return [...new Set(parts)].join('; ') || 'unknown error';
}

/** Loads the SDK on first export, so runs without an endpoint never pay for it. */
async function loadSdk() {
  const [exporter, base, resources] = await Promise.all([
    import('@opentelemetry/exporter-trace-otlp-proto'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/resources'),
  ]);
  return {
    OTLPTraceExporter: exporter.OTLPTraceExporter,
    BasicTracerProvider: base.BasicTracerProvider,
    BatchSpanProcessor: base.BatchSpanProcessor,
    resourceFromAttributes: resources.resourceFromAttributes,
  };
}

function hrTime(unixNano: bigint): HrTime {
  return [Number(unixNano / 1_000_000_000n), Number(unixNano % 1_000_000_000n)];
}
