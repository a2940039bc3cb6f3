/**
 * The CLI's commands: each parses its flags and calls one function of src/app/. Flag names and
 * their meaning are documented in docs/cli.md; keep the two in step.
 */
import { Command, Option } from 'commander';
import { definedOnly } from '../common/objects.js';
import { compareCommand } from '../app/compare-command.js';
import { CONFIG_FILE, loadRunConfig } from '../app/config.js';
import { mergeCommand } from '../app/merge-command.js';
import { reportCommand } from '../app/report-command.js';
import { runCommand, type FailOn } from '../app/run-command.js';
import type { Runtime } from '../app/runtime.js';
import { validateCommand } from '../app/validate-command.js';
import {
  collect,
  commaList,
  duration,
  parseFraction,
  parseShard,
  positiveInteger,
} from './options.js';
import { registerSecretsCommands } from './secrets-commands.js';
import { registerImportCommands } from './import-commands.js';

type SetExitCode = (code: number) => void;

interface RunFlags {
  env?: string;
  var: string[];
  varFile: string[];
  iterations?: number;
  vus?: number;
  duration?: number;
  rampUp?: number;
  data?: string;
  reporter: string[];
  out: string;
  failOn: FailOn;
  flow: string[];
  tag: string[];
  bail: boolean;
  delay?: number;
  verbose: boolean;
  secretsFile?: string;
  otelEndpoint?: string;
  chromePath?: string;
  traceparent?: boolean;
  fullBodies: boolean;
  shard?: { index: number; total: number };
  config?: string;
}

/** Adds every command to the program; each stores its exit code through `setExitCode`. */
export function registerCommands(program: Command, runtime: Runtime, setExitCode: SetExitCode) {
  program
    .command('run')
    .description('run flows and write results.json and the requested reports')
    .argument('<paths...>', 'flow files, folders or globs')
    .option('-e, --env <name>', 'environment of each flow group to use')
    .option('--var <name=value>', 'override a variable (repeatable)', collect, [])
    .option(
      '--var-file <file>',
      'read variables from a dotenv or JSON file (repeatable)',
      collect,
      [],
    )
    .option('-n, --iterations <count>', 'total iterations per flow', positiveInteger)
    .option('-u, --vus <count>', 'concurrent virtual users per flow', positiveInteger)
    .option('-d, --duration <duration>', 'run each flow for this long instead of a count', duration)
    .option('--ramp-up <duration>', 'start virtual users evenly over this period', duration)
    .option('--data <file>', 'iteration data: a CSV or JSON file, one row per iteration')
    .option(
      '-r, --reporter <list>',
      'extra reports: html, pdf, junit, otel (console and json are always on)',
      commaList,
      [],
    )
    .option('-o, --out <dir>', 'folder for results.json and reports', 'flow-runner-report')
    .addOption(
      new Option('--fail-on <what>', 'what makes the run exit 1')
        .choices(['failures', 'anomalies', 'never'])
        .default('failures'),
    )
    .option('--flow <name>', 'run only flows with this name (repeatable)', collect, [])
    .option('--tag <tag>', 'run only flows with this tag (repeatable)', collect, [])
    .option('--bail', 'stop after the first failed flow', false)
    .option('--delay <duration>', 'wait this long between steps', duration)
    .option('-v, --verbose', 'print every request and response (secrets masked)', false)
    .option('--secrets-file <file>', 'read secrets from a dotenv or JSON file')
    .option('--otel-endpoint <url>', 'export traces live over OTLP/HTTP to this endpoint')
    .option('--chrome-path <path>', 'Chrome or Chromium binary used for the PDF report')
    .option('--no-traceparent', 'do not send a W3C traceparent header with each request')
    .option('--full-bodies', 'keep full response bodies in the HTML report', false)
    .option('--shard <i/n>', 'run only the i-th of n stable slices of the flows', parseShard)
    .option(
      '-c, --config <file>',
      `run defaults from this YAML file (default: ${CONFIG_FILE} if present)`,
    )
    .action(async (paths: string[], flags: RunFlags, command: Command) => {
      // Settings from the configuration file apply where the command line left the default.
      const config = loadRunConfig(runtime.cwd, flags.config);
      const fromCli = (name: string) => command.getOptionValueSource(name) === 'cli';
      const pick = <T>(name: string, flag: T, configured: T | undefined): T =>
        fromCli(name) || configured === undefined ? flag : configured;

      const result = await runCommand(
        {
          paths,
          vars: flags.var,
          varFiles: pick('varFile', flags.varFile, config.varFiles),
          reporters: pick('reporter', flags.reporter, config.reporters),
          outDir: pick('out', flags.out, config.out),
          failOn: pick('failOn', flags.failOn, config.failOn),
          flowNames: flags.flow,
          tags: pick('tag', flags.tag, config.tags),
          bail: pick('bail', flags.bail, config.bail),
          verbose: pick('verbose', flags.verbose, config.verbose),
          fullBodies: pick('fullBodies', flags.fullBodies, config.fullBodies),
          // Commander sets traceparent to true by default; only an explicit --no-traceparent counts.
          ...(fromCli('traceparent') ? { traceparent: flags.traceparent === true } : {}),
          ...definedOnly({
            environment: pick('env', flags.env, config.environment),
            iterations: pick('iterations', flags.iterations, config.iterations),
            virtualUsers: pick('vus', flags.vus, config.virtualUsers),
            duration: pick('duration', flags.duration, config.duration),
            rampUp: flags.rampUp,
            data: flags.data,
            delay: pick('delay', flags.delay, config.delay),
            secretsFile: pick('secretsFile', flags.secretsFile, config.secretsFile),
            otelEndpoint: pick('otelEndpoint', flags.otelEndpoint, config.otelEndpoint),
            chromePath: pick('chromePath', flags.chromePath, config.chromePath),
            shard: flags.shard,
          }),
        },
        runtime,
      );
      setExitCode(result.exitCode);
    });

  program
    .command('validate')
    .description('check flow files and print every problem found, without sending requests')
    .argument('<paths...>', 'flow files, folders or globs')
    .option('-e, --env <name>', 'also check that each group has this environment')
    .option('--var <name=value>', 'a variable the run will define (repeatable)', collect, [])
    .option(
      '--var-file <file>',
      'variables the run will read from a file (repeatable)',
      collect,
      [],
    )
    .action(async (paths: string[], flags: { env?: string; var: string[]; varFile: string[] }) => {
      setExitCode(
        await validateCommand(
          {
            paths,
            vars: flags.var,
            varFiles: flags.varFile,
            ...definedOnly({ environment: flags.env }),
          },
          runtime,
        ),
      );
    });

  program
    .command('report')
    .description('render reports from a saved results.json, offline')
    .argument('<results>', 'a results.json written by flow-runner run')
    .option(
      '-r, --reporter <list>',
      'reports to write: html, pdf, junit, otel, json, console',
      commaList,
      [],
    )
    .option('-o, --out <dir>', 'folder for the reports', 'flow-runner-report')
    .option('--chrome-path <path>', 'Chrome or Chromium binary used for the PDF report')
    .option('--full-bodies', 'keep full response bodies in the HTML report', false)
    .action(
      async (
        results: string,
        flags: { reporter: string[]; out: string; chromePath?: string; fullBodies: boolean },
      ) => {
        setExitCode(
          await reportCommand(
            {
              resultsPath: results,
              reporters: flags.reporter,
              outDir: flags.out,
              fullBodies: flags.fullBodies,
              ...definedOnly({ chromePath: flags.chromePath }),
            },
            runtime,
          ),
        );
      },
    );

  program
    .command('merge')
    .description('combine the results.json of several shards into one')
    .argument('<results...>', 'results.json files to merge')
    .option('-o, --out <file>', 'merged results file', 'flow-runner-report/results.json')
    .option(
      '-r, --reporter <list>',
      'also write these reports next to the merged file',
      commaList,
      [],
    )
    .action(async (files: string[], flags: { out: string; reporter: string[] }) => {
      setExitCode(
        await mergeCommand({ files, out: flags.out, reporters: flags.reporter }, runtime),
      );
    });

  program
    .command('compare')
    .description('print per-step changes between two runs')
    .argument('<base>', 'results.json of the baseline run')
    .argument('<new>', 'results.json of the run to compare')
    .option(
      '--tolerance <fraction>',
      'relative change ignored as noise (0.1 = 10%)',
      parseFraction,
      0.1,
    )
    .option('--json', 'print the comparison as JSON', false)
    .option('--fail-on-regression', 'exit 1 when a step regressed', false)
    .action(
      async (
        base: string,
        next: string,
        flags: { tolerance: number; json: boolean; failOnRegression: boolean },
      ) => {
        setExitCode(
          await compareCommand(
            {
              base,
              next,
              tolerance: flags.tolerance,
              json: flags.json,
              failOnRegression: flags.failOnRegression,
            },
            runtime,
          ),
        );
      },
    );

  registerSecretsCommands(program, runtime, setExitCode);
  registerImportCommands(program, runtime, setExitCode);
}
