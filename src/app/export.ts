/**
 * `at.export` from After All scripts: renders a report of the run so far and writes it under the
 * output folder or POSTs it to a URL (a CI, dashboard or chat webhook).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HttpError, type HttpClient } from '../http/types.js';
import { getRenderer, rendererFormats } from '../report/registry.js';
import type { ReportContext } from '../report/types.js';
import type { ResultsBuilder } from '../results/builder.js';
import type { FlowRef } from '../results/events.js';
import type { ScriptExportOptions } from '../script/types.js';
import type { Redactor } from '../secrets/redact.js';

export type ExportFunction = (
  options: ScriptExportOptions,
  flow: FlowRef,
) => Promise<{ path?: string; status?: number }>;

const POST_TIMEOUT_MS = 30_000;

/** Creates the export function the run hands to After All scripts. */
export function createExporter(dependencies: {
  builder: ResultsBuilder;
  http: HttpClient;
  outDir: string;
  reportContext: ReportContext;
  redactor: Redactor;
}): ExportFunction {
  const { builder, http, outDir, reportContext, redactor } = dependencies;

  return async (options) => {
    const renderer = getRenderer(options.format);
    if (!renderer) {
      throw new Error(
        `at.export: unknown format "${options.format}"; available formats: ${rendererFormats().join(', ')}`,
      );
    }
    if (options.path === undefined && options.url === undefined) {
      throw new Error('at.export: give a `path` under the output folder or a `url` to POST to');
    }

    // The run is still going (this is After All): statuses reflect what has happened so far.
    const content = await renderer.render(builder.build({ inProgress: true }), reportContext);

    if (options.path !== undefined) {
      const target = path.resolve(outDir, options.path);
      if (target !== outDir && !target.startsWith(outDir + path.sep)) {
        throw new Error(
          `at.export: path "${options.path}" leaves the output folder; use a path relative to ${outDir}`,
        );
      }
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
      if (options.url === undefined) return { path: target };
    }

    // A webhook that fails is a warning, not a failed run: the reports are still on disk.
    const url = options.url as string;
    try {
      const response = await http.send({
        method: 'POST',
        url,
        headers: [['content-type', renderer.contentType], ...Object.entries(options.headers ?? {})],
        body: content,
        timeoutMs: POST_TIMEOUT_MS,
        redirects: { follow: true, max: 5 },
        tls: {},
        maxResponseSize: 1024 * 1024,
      });
      if (response.status >= 400) {
        reportContext.warn(
          `at.export: POST ${redactor.redact(url)} returned HTTP ${response.status}; the ${renderer.format} report was not accepted`,
        );
      }
      return { status: response.status };
    } catch (error) {
      const reason = error instanceof HttpError ? error.message : String(error);
      reportContext.warn(
        `at.export: POST ${redactor.redact(url)} failed: ${redactor.redact(reason)}`,
      );
      return { status: 0 };
    }
  };
}
