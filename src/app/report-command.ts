import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode } from '../common/errors.js';
import { ReporterMultiplexer } from '../report/multiplex.js';
import { createReporters } from '../report/registry.js';
import { readResults } from '../results/io.js';
import { printError } from './diagnostics.js';
import { buildReportContext } from './report-context.js';
import type { Runtime } from './runtime.js';

/** `flow-runner report`: renders reports from a saved results document, offline. */
export async function reportCommand(
  options: {
    resultsPath: string;
    reporters: string[];
    outDir: string;
    chromePath?: string;
    fullBodies?: boolean;
  },
  runtime: Runtime,
): Promise<number> {
  try {
    const results = await readResults(path.resolve(runtime.cwd, options.resultsPath));
    const outDir = path.resolve(runtime.cwd, options.outDir);
    await mkdir(outDir, { recursive: true });

    const context = buildReportContext(options, runtime, outDir);
    const names = options.reporters.length > 0 ? options.reporters : ['console'];
    const multiplexer = new ReporterMultiplexer(createReporters(names, context), context);
    const files = await multiplexer.onEnd(results);
    for (const file of files)
      runtime.stdout.write(`wrote ${path.relative(runtime.cwd, file.path)}\n`);
    return ExitCode.Passed;
  } catch (error) {
    return printError(error, runtime);
  }
}
