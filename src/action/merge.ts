/**
 * The merge job's report set: the shards' results.json merged into one document, written to
 * the report folder with the requested reports, as one unsharded run would have written them.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { buildReportContext } from '../app/report-context.js';
import type { Runtime } from '../app/runtime.js';
import { ReporterMultiplexer } from '../report/multiplex.js';
import { createReporters } from '../report/registry.js';
import type { ReportFile } from '../report/types.js';
import { exitCodeFor } from '../results/builder.js';
import type { ResultsDocument } from '../results/document.js';
import { readResults, writeResults } from '../results/io.js';
import { mergeResults } from '../results/merge.js';
import type { FailOn } from './inputs.js';

export interface MergeReportOptions {
  files: string[];
  outDir: string;
  reporters: string[];
  failOn: FailOn;
  chromePath?: string;
  otelEndpoint?: string;
  otelHeaders?: string;
}

export interface MergeReportResult {
  exitCode: number;
  results: ResultsDocument;
  resultsPath: string;
  files: ReportFile[];
}

/** Merges shard results, writes results.json and the reports, and returns the exit code. */
export async function mergeShardReports(
  options: MergeReportOptions,
  runtime: Runtime,
): Promise<MergeReportResult> {
  const documents = await Promise.all(options.files.map((file) => readResults(file)));
  const results = mergeResults(documents);
  // The merge job's fail-on decides, as a single run's would.
  results.run.failOn = options.failOn;
  const exitCode = exitCodeFor(results);
  results.run.exitCode = exitCode;

  const outDir = path.resolve(runtime.cwd, options.outDir);
  await mkdir(outDir, { recursive: true });
  const resultsPath = path.join(outDir, 'results.json');
  await writeResults(resultsPath, results);

  const context = buildReportContext(options, runtime, outDir);
  const names = [...new Set(['console', ...options.reporters])].filter((name) => name !== 'json');
  const multiplexer = new ReporterMultiplexer(createReporters(names, context), context);
  const files = await multiplexer.onEnd(results);
  return { exitCode, results, resultsPath, files };
}
