import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOtelReporter, otelRenderer, renderOtlpJson } from '../../src/report/otel.js';
import {
  exportConfig,
  parseKeyValueList,
  resourceAttributes,
} from '../../src/report/otel/export.js';
import type { ReportContext } from '../../src/report/types.js';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './otlp-receiver.js';
import { sampleResults } from './sample-run.js';

const RECORDED_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const RECORDED_SPAN_ID = '00f067aa0ba902b7';

function context(
  outDir: string,
  env: Record<string, string | undefined>,
  options: Record<string, unknown> = {},
) {
  const warnings: string[] = [];
  const value: ReportContext = {
    outDir,
    stdout: { write: () => {} },
    stderr: { write: () => {} },
    interactive: false,
    color: false,
    verbose: false,
    env,
    options,
    warn: (message) => warnings.push(message),
  };
  return { context: value, warnings };
}

interface JsonSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: { key: string; value: Record<string, unknown> }[];
  events: {
    name: string;
    timeUnixNano: string;
    attributes: { key: string; value: Record<string, unknown> }[];
  }[];
  status: { code: number; message?: string };
}

function jsonAttribute(span: JsonSpan, key: string): Record<string, unknown> | undefined {
  return span.attributes.find((item) => item.key === key)?.value;
}

describe('traces.json', () => {
  const document = JSON.parse(
    renderOtlpJson(sampleResults(), { OTEL_SERVICE_NAME: 'checkout-tests' }),
  );
  const resourceSpans = document.resourceSpans[0];
  const spans: JsonSpan[] = resourceSpans.scopeSpans[0].spans;
  const byName = (name: string) => spans.filter((span) => span.name === name);
  const [flowSpan] = byName('flow Checkout');

  it('nests steps in iterations in the flow', () => {
    expect(spans).toHaveLength(1 + 2 + 8);
    expect(flowSpan!.parentSpanId).toBe('');
    expect(new Set(spans.map((span) => span.traceId))).toEqual(new Set([RECORDED_TRACE_ID]));

    const iterations = spans.filter((span) => span.name.startsWith('iteration '));
    expect(iterations.map((span) => span.parentSpanId)).toEqual([
      flowSpan!.spanId,
      flowSpan!.spanId,
    ]);
    const iterationIds = new Set(iterations.map((span) => span.spanId));
    const detailedSteps = spans.filter(
      (span) => span.kind === 3 && jsonAttribute(span, 'flow_runner.iteration')?.intValue !== '7',
    );
    expect(detailedSteps).toHaveLength(7);
    for (const step of detailedSteps) expect(iterationIds).toContain(step.parentSpanId);
  });

  it('parents failures outside the detail to the flow', () => {
    const failure = spans.find(
      (span) => jsonAttribute(span, 'flow_runner.iteration')?.intValue === '7',
    )!;

    expect(failure.parentSpanId).toBe(flowSpan!.spanId);
    expect(failure.spanId).toBe(RECORDED_SPAN_ID);
  });

  it('encodes ids, times and values as OTLP/JSON', () => {
    expect(flowSpan!.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(flowSpan!.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(flowSpan!.startTimeUnixNano).toBe(`${Date.parse('2026-12-04T10:00:00.000Z')}000000`);
    expect(BigInt(flowSpan!.endTimeUnixNano) - BigInt(flowSpan!.startTimeUnixNano)).toBe(
      3_012_000_000n,
    );
    expect(jsonAttribute(flowSpan!, 'flow_runner.success_rate')).toEqual({ doubleValue: 0.9 });
    expect(jsonAttribute(flowSpan!, 'flow_runner.iterations.run')).toEqual({ intValue: '10' });
    expect(resourceSpans.resource.attributes).toContainEqual({
      key: 'service.name',
      value: { stringValue: 'checkout-tests' },
    });
    expect(resourceSpans.scopeSpans[0].scope).toEqual({ name: 'flow-runner', version: '0.1.0' });
  });

  it('records the count of attempts left out', () => {
    // 10 + 10 + 12 attempts in the aggregates, 8 of them exported.
    expect(jsonAttribute(flowSpan!, 'flow_runner.spans.omitted')).toEqual({ intValue: '24' });
  });

  it('exports a detailed failure once', () => {
    const results = sampleResults();
    const flow = results.flows[0]!;
    flow.failures.push(flow.iterationDetails[1]!.attempts[2]!);

    const again = JSON.parse(renderOtlpJson(results));

    expect(again.resourceSpans[0].scopeSpans[0].spans).toHaveLength(11);
  });

  it('sets HTTP client attributes with a redacted URL', () => {
    const failure = spans.find((span) => span.spanId === RECORDED_SPAN_ID)!;

    expect(failure.kind).toBe(3);
    expect(jsonAttribute(failure, 'http.request.method')).toEqual({ stringValue: 'POST' });
    expect(jsonAttribute(failure, 'url.full')).toEqual({
      stringValue: 'http://127.0.0.1:3000/api/pay?sig=REDACTED',
    });
    expect(jsonAttribute(failure, 'server.address')).toEqual({ stringValue: '127.0.0.1' });
    expect(jsonAttribute(failure, 'server.port')).toEqual({ intValue: '3000' });
    expect(jsonAttribute(failure, 'http.response.status_code')).toEqual({ intValue: '502' });
    expect(jsonAttribute(failure, 'http.request.resend_count')).toEqual({ intValue: '1' });
    expect(jsonAttribute(failure, 'error.type')).toEqual({ stringValue: 'assertion' });
  });

  it('marks failures with status and events', () => {
    const failure = spans.find((span) => span.spanId === RECORDED_SPAN_ID)!;

    expect(failure.status).toEqual({ code: 2, message: 'expected status 200 but got 502' });
    expect(failure.events.map((event) => event.name)).toEqual(['assertion failed', 'exception']);
    expect(failure.events[0]!.attributes).toContainEqual({
      key: 'flow_runner.assertion.actual',
      value: { stringValue: '502' },
    });
    expect(failure.events[0]!.timeUnixNano).toBe(failure.endTimeUnixNano);
    expect(flowSpan!.status).toEqual({ code: 2, message: '1 of 10 iterations failed' });

    const refused = spans.find(
      (span) => span.status.message === 'connect ECONNREFUSED 127.0.0.1:3000',
    )!;
    expect(jsonAttribute(refused, 'error.type')).toEqual({ stringValue: 'connection_refused' });
  });

  it('gives each flow its own trace', () => {
    const results = sampleResults();
    const second = structuredClone(results.flows[0]!);
    second.name = 'Refunds';
    second.failures = [];
    results.flows.push(second);

    const twoFlows = JSON.parse(renderOtlpJson(results));
    const all: JsonSpan[] = twoFlows.resourceSpans[0].scopeSpans[0].spans;

    const traces = new Set(all.map((span) => span.traceId));
    expect(traces.size).toBe(2);
    expect(all.filter((span) => span.parentSpanId === '')).toHaveLength(2);
  });
});

describe('exportConfig', () => {
  it.each([
    [{}, {}, undefined],
    [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318/' },
      {},
      'http://127.0.0.1:4318/v1/traces',
    ],
    [
      { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:9/custom' },
      {},
      'http://127.0.0.1:9/custom',
    ],
    [
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:1',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:2/t',
      },
      {},
      'http://127.0.0.1:2/t',
    ],
    [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:1' },
      { otelEndpoint: 'http://127.0.0.1:3' },
      'http://127.0.0.1:3/v1/traces',
    ],
  ])('resolves %j with options %j', (env, options, url) => {
    expect(exportConfig(env, options)?.url).toBe(url);
  });

  it('merges headers and reads the timeout', () => {
    const config = exportConfig(
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:1',
        OTEL_EXPORTER_OTLP_HEADERS: 'a=1,b=2',
        OTEL_EXPORTER_OTLP_TIMEOUT: '1500',
      },
      { otelHeaders: { b: 'option' } },
    );

    expect(config?.headers).toEqual({ a: '1', b: 'option' });
    expect(config?.timeoutMillis).toBe(1500);
  });
});

describe('parseKeyValueList', () => {
  it('decodes values and skips malformed pairs', () => {
    expect(parseKeyValueList(' team = payments ,note=a%20b%2Cc,broken,=x')).toEqual({
      team: 'payments',
      note: 'a b,c',
    });
  });

  it('lets OTEL_SERVICE_NAME win over OTEL_RESOURCE_ATTRIBUTES', () => {
    const env = { OTEL_SERVICE_NAME: 'svc', OTEL_RESOURCE_ATTRIBUTES: 'service.name=other,team=a' };
    expect(resourceAttributes(env, '1.2.3')).toEqual({
      'service.name': 'svc',
      'service.version': '1.2.3',
      team: 'a',
    });
  });
});

describe('otel reporter', () => {
  let outDir: string;
  let receiver: OtlpReceiver | undefined;

  beforeEach(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'otel-report-'));
  });
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
    await rm(outDir, { recursive: true, force: true });
  });

  it('writes traces.json without an endpoint', async () => {
    const { context: ctx, warnings } = context(outDir, {});

    const files = await createOtelReporter(ctx).onEnd!(sampleResults());

    expect(files).toEqual([
      { reporter: 'otel', path: join(outDir, 'traces.json'), contentType: 'application/json' },
    ]);
    expect(warnings).toEqual([]);
    const written = JSON.parse(await readFile(join(outDir, 'traces.json'), 'utf8'));
    expect(written.resourceSpans[0].scopeSpans[0].spans).toHaveLength(11);
  });

  it('exports the same spans over OTLP/HTTP protobuf', async () => {
    receiver = await startOtlpReceiver();
    const env = {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=test%20key',
      OTEL_SERVICE_NAME: 'checkout-tests',
      OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=ci,team=payments',
    };
    const { context: ctx, warnings } = context(outDir, env, {
      otelHeaders: { 'x-tenant': 'shop' },
    });

    await createOtelReporter(ctx).onEnd!(sampleResults());

    expect(warnings).toEqual([]);
    expect(receiver.exports.length).toBeGreaterThan(0);
    const first = receiver.exports[0]!;
    expect(first.headers['content-type']).toBe('application/x-protobuf');
    expect(first.headers['x-api-key']).toBe('test key');
    expect(first.headers['x-tenant']).toBe('shop');
    expect(first.resource).toMatchObject({
      'service.name': 'checkout-tests',
      'service.version': '0.1.0',
      'deployment.environment.name': 'ci',
      team: 'payments',
      'flow_runner.run.id': 'run-20261204-1',
    });

    const spans = receiver.spans();
    const written = JSON.parse(await readFile(join(outDir, 'traces.json'), 'utf8'));
    const fileSpans: JsonSpan[] = written.resourceSpans[0].scopeSpans[0].spans;
    expect(spans.map((span) => span.spanId).sort()).toEqual(
      fileSpans.map((span) => span.spanId).sort(),
    );
    for (const span of spans) {
      const same = fileSpans.find((item) => item.spanId === span.spanId)!;
      expect(span.parentSpanId).toBe(same.parentSpanId);
      expect(span.startTimeUnixNano).toBe(same.startTimeUnixNano);
      expect(span.endTimeUnixNano).toBe(same.endTimeUnixNano);
    }

    const flow = spans.find((span) => span.name === 'flow Checkout')!;
    expect(flow.parentSpanId).toBe('');
    expect(flow.attributes['flow_runner.spans.omitted']).toBe(24);
    expect(new Set(spans.map((span) => span.traceId))).toEqual(new Set([RECORDED_TRACE_ID]));
    const iterations = spans.filter((span) => span.name.startsWith('iteration '));
    for (const iteration of iterations) expect(iteration.parentSpanId).toBe(flow.spanId);
    const steps = spans.filter((span: ReceivedSpan) => span.kind === 3);
    expect(steps).toHaveLength(8);

    const failure = spans.find((span) => span.spanId === RECORDED_SPAN_ID)!;
    expect(failure.parentSpanId).toBe(flow.spanId);
    expect(failure.status).toEqual({ code: 2, message: 'expected status 200 but got 502' });
    expect(failure.attributes).toMatchObject({
      'http.request.method': 'POST',
      'http.response.status_code': 502,
      'url.full': 'http://127.0.0.1:3000/api/pay?sig=REDACTED',
      'server.port': 3000,
      'error.type': 'assertion',
    });
    expect(failure.events.map((event) => event.name)).toEqual(['assertion failed', 'exception']);
    expect(failure.events[0]!.attributes['flow_runner.assertion.name']).toBe('status equals 200');
  });

  it('warns once when the collector is unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { context: ctx, warnings } = context(outDir, {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
    });

    const started = Date.now();
    const files = await createOtelReporter(ctx).onEnd!(sampleResults());

    expect(Date.now() - started).toBeLessThan(5_000);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      `OpenTelemetry export to http://127.0.0.1:${port}/v1/traces failed`,
    );
    expect(warnings[0]).toContain('ECONNREFUSED');
    expect(files).toHaveLength(1);
  });

  it('renders traces.json for at.export', async () => {
    const { context: ctx } = context(outDir, {});
    const body = await otelRenderer.render(sampleResults(), ctx);
    expect(JSON.parse(String(body)).resourceSpans).toHaveLength(1);
  });
});
