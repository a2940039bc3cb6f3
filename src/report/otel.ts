/**
 * The OpenTelemetry reporter: traces.json in OTLP/JSON, plus live OTLP/HTTP protobuf export
 * when an endpoint is configured. A failed export is one warning and never fails the run.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResultsDocument } from '../results/document.js';
import { exportConfig, exportTrace, resourceAttributes } from './otel/export.js';
import { toOtlpJson } from './otel/json.js';
import { buildTrace, type TraceData } from './otel/spans.js';
import type { Renderer, ReportContext, ReportFile, Reporter, ReporterFactory } from './types.js';

/** Builds the run's spans with the resource described by the OTEL_* variables of `env`. */
export function traceOf(
  results: ResultsDocument,
  env: Record<string, string | undefined>,
): TraceData {
  return buildTrace(results, resourceAttributes(env, results.tool.version));
}

/** Renders the run's spans as an OTLP/JSON ExportTraceServiceRequest. */
export function renderOtlpJson(
  results: ResultsDocument,
  env: Record<string, string | undefined> = {},
): string {
  return `${JSON.stringify(toOtlpJson(traceOf(results, env)), null, 2)}\n`;
}

export const otelRenderer: Renderer = {
  format: 'otel',
  contentType: 'application/json',
  fileName: 'traces.json',
  render: async (results, context) => renderOtlpJson(results, context.env),
};

/** Builds the `otel` reporter, which writes traces.json and exports live when configured. */
export const createOtelReporter: ReporterFactory = (context: ReportContext): Reporter => ({
  name: 'otel',
  async onEnd(results): Promise<ReportFile[]> {
    const data = traceOf(results, context.env);
    const path = join(context.outDir, otelRenderer.fileName);
    await writeFile(path, `${JSON.stringify(toOtlpJson(data), null, 2)}\n`, 'utf8');

    const config = exportConfig(context.env, context.options);
    if (config) {
      const warning = await exportTrace(data, config);
      if (warning) context.warn(warning);
    }
    return [{ reporter: 'otel', path, contentType: otelRenderer.contentType }];
  },
});
