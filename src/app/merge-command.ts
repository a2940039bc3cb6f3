import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ReporterMultiplexer } from '../report/multiplex.js';
import { createReporters } from '../report/registry.js';
import { exitCodeFor } from '../results/builder.js';
import { readResults, writeResults } from '../results/io.js';
import { mergeResults } from '../results/merge.js';
import { printError } from './diagnostics.js';
import { buildReportContext } from './report-context.js';
import type { Runtime } from './runtime.js';

/**
 * `flow-runner merge`: combines shard results into one document and, optionally, reports.
 * Returns the merged run's exit code, so a merge job fails when any shard failed.
 */
export async function mergeCommand(
  options: { files: string[]; out: string; reporters: string[] },
  runtime: Runtime,
): Promise<number> {
  try {
    const documents = await Promise.all(
      options.files.map((file) => readResults(path.resolve(runtime.cwd, file))),
    );
    const merged = mergeResults(documents);
    const out = path.resolve(runtime.cwd, options.out);
    await mkdir(path.dirname(out), { recursive: true });
    await writeResults(out, merged);
    runtime.stdout.write(
      `merged ${documents.length} results into ${path.relative(runtime.cwd, out)}\n`,
    );

    if (options.reporters.length > 0) {
      const context = buildReportContext({}, runtime, path.dirname(out));
      const multiplexer = new ReporterMultiplexer(
        createReporters(options.reporters, context),
        context,
      );
      await multiplexer.onEnd(merged);
    }
    return exitCodeFor(merged);
  } catch (error) {
    return printError(error, runtime);
  }
}
