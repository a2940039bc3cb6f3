/**
 * The GitHub Action. This is the one module that talks to @actions/core, @actions/github and
 * @actions/artifact: it masks secrets, reads the inputs, runs (or merges) through the same
 * commands as the CLI, then writes the outputs, annotations, job summary, PR comment and
 * artifact. The work itself lives in plain modules beside it.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { runCommand, type RunCommandOptions } from '../app/run-command.js';
import type { Runtime } from '../app/runtime.js';
import type { ReportFile } from '../report/types.js';
import { compareResults, type Comparison } from '../results/compare.js';
import type { ResultsDocument } from '../results/document.js';
import { readResults } from '../results/io.js';
import { capAnnotations, collectAnnotations, formatAnnotation } from './annotations.js';
import {
  artifactServiceAvailable,
  artifactUrl,
  downloadShardResults,
  uploadReportFolder,
  type ArtifactStore,
} from './artifacts.js';
import { commentMarker, pullRequestOf, upsertComment, type IssueCommentsApi } from './comment.js';
import { describeThrown, exitMessage } from './failure.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { mergeShardReports } from './merge.js';
import { createInputSecretProvider, parseSecretsInput, valuesToMask } from './secrets.js';
import { shardArtifactName } from './shard.js';
import { renderComment, renderSummary, type SummaryOptions } from './summary.js';

/** The result of a run or a merge, for the steps that report it. */
interface Outcome {
  exitCode: number;
  results?: ResultsDocument;
  resultsPath?: string;
  files: ReportFile[];
  outDir: string;
}

/** Runs the action; any thrown value fails the step with its message. */
export async function run(): Promise<void> {
  try {
    await runAction();
  } catch (error) {
    core.setFailed(describeThrown(error));
  }
}

async function runAction(): Promise<void> {
  // Secrets are masked before anything else can print them, input errors included.
  const secrets = parseSecretsInput(core.getInput('secrets'));
  for (const value of valuesToMask(secrets, process.env)) core.setSecret(value);
  const inputs = readInputs((name) => core.getInput(name));

  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const cwd = path.resolve(workspace, inputs.workingDirectory);
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  const runtime: Runtime = {
    cwd,
    env: { ...process.env },
    stdout: process.stdout,
    stderr: process.stderr,
    ci: true,
    signal: controller.signal,
    secretProviders: [createInputSecretProvider(secrets)],
  };

  const outcome = inputs.merge
    ? await mergeShards(inputs, runtime)
    : await runFlows(inputs, runtime);
  const results = outcome.results;
  setOutputs(outcome);

  let omittedAnnotations: SummaryOptions['omittedAnnotations'];
  if (results && inputs.annotations && !inputs.merge) {
    // The shard jobs already annotated their own failures; the merge job would repeat them.
    const { shown, omitted } = capAnnotations(collectAnnotations(results, { cwd, workspace }));
    for (const annotation of shown) process.stdout.write(`${formatAnnotation(annotation)}\n`);
    omittedAnnotations = omitted;
  }

  const comparison =
    results && inputs.baseline
      ? await compareWithBaseline(inputs.baseline, results, cwd)
      : undefined;
  let artifact: Pick<SummaryOptions, 'artifact' | 'artifactNote'> = {};
  if (results) artifact = await uploadArtifact(inputs, outcome);
  else core.setOutput('artifact-id', '');
  const summaryOptions: SummaryOptions = {
    ...artifact,
    ...(comparison ? { comparison } : {}),
    ...(omittedAnnotations ? { omittedAnnotations } : {}),
    ...(inputs.shard ? { shard: inputs.shard } : {}),
    ...runLink(),
  };

  if (inputs.jobSummary) {
    const markdown = results
      ? renderSummary(results, summaryOptions)
      : '## flow-runner\n\nNo results were written; the errors are in the log.\n';
    await writeJobSummary(markdown);
  }
  if (results && inputs.prComment && !inputs.shard)
    await writeComment(inputs, results, summaryOptions);

  const message = exitMessage(outcome.exitCode, results);
  if (message !== undefined) core.setFailed(message);
}

/** Runs the flows, or this shard's part of them. */
async function runFlows(inputs: ActionInputs, runtime: Runtime): Promise<Outcome> {
  const outDir = path.resolve(runtime.cwd, inputs.reportDir);
  const options: RunCommandOptions = {
    paths: inputs.flows,
    vars: inputs.vars,
    varFiles: [],
    reporters: inputs.reporters,
    outDir: inputs.reportDir,
    failOn: inputs.failOn,
    flowNames: [],
    tags: inputs.tags,
    bail: false,
    verbose: core.isDebug(),
    ...definedOnly({
      environment: inputs.environment,
      iterations: inputs.iterations,
      virtualUsers: inputs.virtualUsers,
      duration: inputs.duration,
      data: inputs.data,
      otelEndpoint: inputs.otelEndpoint,
      otelHeaders: inputs.otelHeaders,
      chromePath: inputs.chromePath,
      shard: inputs.shard,
    }),
  };

  const result = await runCommand(options, runtime);
  return { ...result, outDir };
}

/** Downloads every shard's results, merges them and writes one report set. */
async function mergeShards(inputs: ActionInputs, runtime: Runtime): Promise<Outcome> {
  if (!artifactServiceAvailable(runtime.env)) {
    throw new Error(
      'merge: true needs the artifact service, but ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set; the runner sets them only for uses: steps',
    );
  }
  const downloads = await mkdtemp(
    path.join(process.env['RUNNER_TEMP'] || os.tmpdir(), 'flow-runner-shards-'),
  );
  const found = await downloadShardResults(artifactStore(), inputs.artifactName, downloads);
  if (found.missing.length > 0) {
    core.warning(
      `flow-runner merge: no artifact for shard${found.missing.length === 1 ? '' : 's'} ${found.missing.join(', ')} of ${found.total}; a shard with no flows uploads nothing, otherwise check that job`,
    );
  }
  core.info(`flow-runner merge: combining ${found.results.length} shards`);

  const outDir = path.resolve(runtime.cwd, inputs.reportDir);
  const merged = await mergeShardReports(
    {
      files: found.results.map((entry) => entry.file),
      outDir,
      reporters: inputs.reporters,
      failOn: inputs.failOn,
      ...definedOnly({
        chromePath: inputs.chromePath,
        otelEndpoint: inputs.otelEndpoint,
        otelHeaders: inputs.otelHeaders,
      }),
    },
    runtime,
  );
  return { ...merged, outDir };
}

function setOutputs(outcome: Outcome): void {
  const summary = outcome.results?.summary;
  core.setOutput('passed', String(summary?.steps.passed ?? 0));
  core.setOutput('failed', String(summary?.steps.failed ?? 0));
  core.setOutput('flaky', String(summary?.steps.flaky ?? 0));
  core.setOutput('success-rate', String(summary?.successRate ?? 0));
  core.setOutput('results-path', outcome.resultsPath ?? '');
  const html = outcome.files.find((file) => file.reporter === 'html');
  core.setOutput('report-path', html?.path ?? (outcome.results ? outcome.outDir : ''));
}

async function compareWithBaseline(
  baseline: string,
  results: ResultsDocument,
  cwd: string,
): Promise<Comparison | undefined> {
  try {
    return compareResults(await readResults(path.resolve(cwd, baseline)), results);
  } catch (error) {
    // A first run has no baseline yet; that must not fail the step.
    core.warning(
      `flow-runner: cannot compare with the baseline ${baseline}: ${describeThrown(error)}`,
    );
    return undefined;
  }
}

/** Uploads the report folder; returns the artifact pointer or why there is none. */
async function uploadArtifact(
  inputs: ActionInputs,
  outcome: Outcome,
): Promise<Pick<SummaryOptions, 'artifact' | 'artifactNote'>> {
  const name = inputs.shard
    ? shardArtifactName(inputs.artifactName, inputs.shard)
    : inputs.artifactName;
  if (!artifactServiceAvailable(process.env)) {
    const note =
      'The reports were not uploaded: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set. The runner sets them only for uses: steps, not for run: steps.';
    if (inputs.shard) core.warning(`${note} The merge job will not find this shard.`);
    else core.notice(note);
    core.setOutput('artifact-id', '');
    return { artifactNote: note };
  }

  try {
    const uploaded = await uploadReportFolder(
      artifactStore(),
      name,
      outcome.outDir,
      inputs.retentionDays,
    );
    core.info(
      `flow-runner: uploaded ${uploaded.files.length} files as artifact ${name} (id ${uploaded.id ?? 'unknown'})`,
    );
    core.setOutput('artifact-id', uploaded.id === undefined ? '' : String(uploaded.id));
    const url = artifactUrl(process.env, uploaded.id);
    return {
      artifact: {
        name,
        ...(uploaded.id === undefined ? {} : { id: uploaded.id }),
        ...(url ? { url } : {}),
      },
    };
  } catch (error) {
    // Without its artifact a shard is lost to the merge job, so that failure fails the step.
    if (inputs.shard) throw error;
    core.warning(
      `flow-runner: the report artifact ${name} could not be uploaded: ${describeThrown(error)}`,
    );
    core.setOutput('artifact-id', '');
    return { artifactNote: `The reports could not be uploaded as artifact ${name}.` };
  }
}

async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.debug('GITHUB_STEP_SUMMARY is not set; no job summary written');
    return;
  }
  await core.summary.addRaw(markdown).write();
}

async function writeComment(
  inputs: ActionInputs,
  results: ResultsDocument,
  options: SummaryOptions,
): Promise<void> {
  const payload = await readEventPayload();
  const target = pullRequestOf(process.env['GITHUB_EVENT_NAME'], payload);
  if (!target) return;
  if (!inputs.githubToken) {
    core.warning('flow-runner: no PR comment because the github-token input is empty');
    return;
  }

  const marker = commentMarker(
    process.env['GITHUB_WORKFLOW'] ?? 'workflow',
    process.env['GITHUB_JOB'] ?? 'job',
  );
  const body = renderComment(results, marker, options);
  const outcome = await upsertComment(
    issueComments(inputs.githubToken, target.number),
    marker,
    body,
    target,
  );
  if (outcome.action === 'skipped') core.warning(outcome.warning);
  else core.info(`flow-runner: ${outcome.action} PR comment ${outcome.id} on #${target.number}`);
}

async function readEventPayload(): Promise<unknown> {
  const file = process.env['GITHUB_EVENT_PATH'];
  if (!file) return undefined;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    core.warning(`flow-runner: cannot read the event payload ${file}: ${describeThrown(error)}`);
    return undefined;
  }
}

/** Issue comments of one pull request over Octokit; GITHUB_API_URL sets the server. */
function issueComments(token: string, issueNumber: number): IssueCommentsApi {
  const octokit = github.getOctokit(token);
  const [owner = '', repo = ''] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/');
  const target = { owner, repo, issue_number: issueNumber };
  return {
    async *list() {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...target,
        per_page: 100,
      });
      for await (const page of pages) yield page.data;
    },
    async create(body) {
      const response = await octokit.rest.issues.createComment({ ...target, body });
      return { id: response.data.id };
    },
    async update(id, body) {
      const response = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: id,
        body,
      });
      return { id: response.data.id };
    },
  };
}

function artifactStore(): ArtifactStore {
  const client = new DefaultArtifactClient();
  return {
    upload: (name, files, rootDirectory, options) =>
      client.uploadArtifact(name, files, rootDirectory, options),
    list: async () => (await client.listArtifacts({ latest: true })).artifacts,
    download: async (id, directory) => {
      await client.downloadArtifact(id, { path: directory });
    },
  };
}

function runLink(): Pick<SummaryOptions, 'runUrl'> {
  const {
    GITHUB_SERVER_URL: server,
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: runId,
  } = process.env;
  return server && repository && runId
    ? { runUrl: `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}` }
    : {};
}

/** Drops undefined values so optional properties stay absent rather than undefined. */
function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;
}
