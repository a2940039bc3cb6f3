/**
 * `flow-runner run`: load and validate the flows, check secrets, run, write results.json and
 * every requested report, and choose the exit code. The CLI and the action both call this.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode, FlowRunnerError, InputError } from '../common/errors.js';
import { definedOnly } from '../common/objects.js';
import { dataColumns } from '../flow/check.js';
import { loadFlowSet } from '../flow/load.js';
import { createHttpClient } from '../http/client.js';
import { ReporterMultiplexer } from '../report/multiplex.js';
import { createReporters } from '../report/registry.js';
import type { ReportFile } from '../report/types.js';
import { ResultsBuilder, exitCodeFor } from '../results/builder.js';
import type { ResultsDocument } from '../results/document.js';
import { writeResults } from '../results/io.js';
import { resolveGroupSecrets, runFlows, type RunOptions } from '../run/index.js';
import { createScriptRunner } from '../script/runner.js';
import { Redactor } from '../secrets/redact.js';
import { printDiagnostics, printError } from './diagnostics.js';
import { createExporter } from './export.js';
import { buildReportContext } from './report-context.js';
import { useColor, type Runtime } from './runtime.js';
import { selectShard } from './shard.js';
import { createSecretResolverFor } from './secrets.js';
import { collectOverrides } from './variables.js';
import { TOOL_VERSION } from './version.js';

export type FailOn = 'failures' | 'anomalies' | 'never';

export interface RunCommandOptions {
  paths: string[];
  environment?: string;
  vars: string[];
  varFiles: string[];
  iterations?: number;
  virtualUsers?: number;
  duration?: number;
  rampUp?: number;
  data?: string;
  reporters: string[];
  outDir: string;
  failOn: FailOn;
  flowNames: string[];
  tags: string[];
  bail: boolean;
  delay?: number;
  verbose: boolean;
  secretsFile?: string;
  otelEndpoint?: string;
  otelHeaders?: string;
  chromePath?: string;
  traceparent?: boolean;
  fullBodies?: boolean;
  shard?: { index: number; total: number };
}

export interface RunCommandResult {
  exitCode: number;
  results?: ResultsDocument;
  resultsPath?: string;
  files: ReportFile[];
}

const DEFAULT_REPORTERS = ['console', 'json'];

/** Runs flows end to end and returns the exit code; never throws for user errors. */
export async function runCommand(
  options: RunCommandOptions,
  runtime: Runtime,
): Promise<RunCommandResult> {
  const outDir = path.resolve(runtime.cwd, options.outDir);
  const redactor = new Redactor();

  // Input first: nothing is sent until every file, flag and secret is valid.
  let prepared: Awaited<ReturnType<typeof prepare>>;
  try {
    prepared = await prepare(options, runtime, redactor);
  } catch (error) {
    return { exitCode: printError(error, runtime), files: [] };
  }
  if (prepared.exitCode !== undefined) return { exitCode: prepared.exitCode, files: [] };
  const { set, overrides, secrets } = prepared;

  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    runtime.stderr.write(`error: cannot create the output folder ${outDir}: ${String(error)}\n`);
    return { exitCode: ExitCode.InternalError, files: [] };
  }

  const reportContext = buildReportContext(options, runtime, outDir);
  let reporters;
  try {
    reporters = createReporters(
      unique([...DEFAULT_REPORTERS, ...options.reporters]),
      reportContext,
    );
  } catch (error) {
    return { exitCode: printError(error, runtime), files: [] };
  }
  const multiplexer = new ReporterMultiplexer(reporters, reportContext);

  const detail = { iterations: 5, failuresPerStep: 20, bodyBytes: 8192 };
  const builder = new ResultsBuilder({
    toolVersion: TOOL_VERSION,
    failOn: options.failOn,
    detail,
  });

  const http = createHttpClient({
    env: runtime.env,
    ...(runtime.lookup ? { lookup: runtime.lookup } : {}),
  });
  const scripts = createScriptRunner();
  const exporter = createExporter({ builder, http, outDir, reportContext, redactor });

  await multiplexer.onBegin();
  const runOptions: RunOptions = {
    overrides,
    bail: options.bail,
    detail,
    traceparent:
      options.traceparent ??
      Boolean(
        options.otelEndpoint ||
        runtime.env['OTEL_EXPORTER_OTLP_ENDPOINT'] ||
        runtime.env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'],
      ),
    verbose: options.verbose,
    ...definedOnly({
      environment: options.environment,
      iterations:
        options.shard && set.flows.length === 1 ? set.flows[0]?.iterations : options.iterations,
      virtualUsers: options.virtualUsers,
      duration: options.duration,
      rampUp: options.rampUp,
      data: options.data,
      delayBetweenSteps: options.delay,
    }),
  };

  let runFailure: unknown;
  try {
    await runFlows(set, runOptions, {
      cwd: runtime.cwd,
      http,
      scripts,
      secrets,
      redactor,
      observers: [builder, multiplexer],
      exportReport: exporter,
      ...(runtime.signal ? { signal: runtime.signal } : {}),
    });
  } catch (error) {
    // A crash inside the run still leaves the results of what ran; keep them.
    runFailure = error;
  } finally {
    await Promise.allSettled([http.close(), scripts.close()]);
  }

  const results = builder.build(options.shard ? { shard: options.shard } : {});
  let exitCode =
    runFailure === undefined
      ? exitCodeFor(results)
      : runFailure instanceof FlowRunnerError
        ? runFailure.exitCode
        : ExitCode.InternalError;
  results.run.exitCode = exitCode;

  const resultsPath = path.join(outDir, 'results.json');
  try {
    await writeResults(resultsPath, results);
  } catch (error) {
    runtime.stderr.write(`error: cannot write ${resultsPath}: ${String(error)}\n`);
    exitCode = ExitCode.InternalError;
  }

  const files = await multiplexer.onEnd(results);
  if (runFailure !== undefined) printError(runFailure, runtime);
  return { exitCode, results, resultsPath, files };
}

/** Loads flows, overrides and secrets; returns an exit code instead when input is invalid. */
async function prepare(options: RunCommandOptions, runtime: Runtime, redactor: Redactor) {
  // Overrides first: the loader needs their names to tell defined variables from typos.
  const overrides = await collectOverrides({
    env: runtime.env,
    varFiles: options.varFiles,
    vars: options.vars,
    cwd: runtime.cwd,
  });

  // A --data file's columns are variables of every iteration, so they count as defined too.
  const dataNames =
    options.data === undefined ? [] : await readDataNames(options.data, runtime.cwd);

  const loaded = await loadFlowSet(options.paths, {
    cwd: runtime.cwd,
    ...definedOnly({ environment: options.environment }),
    flowNames: options.flowNames,
    tags: options.tags,
    overrideNames: [...Object.keys(overrides), ...dataNames],
  });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  printDiagnostics(loaded.diagnostics, runtime, useColor(runtime, runtime.stderr), loaded.sources);
  if (errors.length > 0) {
    runtime.stderr.write(
      `\n${errors.length} error${errors.length === 1 ? '' : 's'} in the flow files; nothing was run.\n`,
    );
    return { exitCode: ExitCode.InvalidInput as number, set: loaded.set } as const;
  }
  if (loaded.set.flows.length === 0) {
    const filtered = options.flowNames.length + options.tags.length > 0;
    throw new InputError(
      `no flows matched ${options.paths.join(' ')}${filtered ? ' with the given --flow and --tag filters' : ''}`,
    );
  }

  // Every declared secret must have a value before the first request of the run.
  const secrets = createSecretResolverFor(runtime, options.secretsFile, redactor);
  await resolveGroupSecrets(loaded.set.groups, options.environment, secrets, redactor);

  const set = options.shard
    ? selectShard(loaded.set, options.shard, options.iterations)
    : loaded.set;
  return { exitCode: undefined, set, overrides, secrets } as const;
}

/** Reads the column names of a `--data` file; an unreadable file is an input error. */
async function readDataNames(file: string, cwd: string): Promise<string[]> {
  try {
    const text = await readFile(path.resolve(cwd, file), 'utf8');
    return dataColumns(file, text);
  } catch (error) {
    throw new InputError(
      `cannot read --data ${file}: ${(error as Error).message}; use a CSV file with a header row, or a JSON array of objects`,
    );
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
}
