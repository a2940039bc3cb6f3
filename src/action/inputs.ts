/**
 * The action's inputs, read through an injected `getInput` and checked before anything runs.
 * Every input declared in action.yml appears here, and a test keeps the two lists equal.
 */
import { parseDuration } from '../common/duration.js';
import { InputError } from '../common/errors.js';
import { parseShard, type Shard } from './shard.js';

export type FailOn = 'failures' | 'anomalies' | 'never';

export interface ActionInputs {
  flows: string[];
  environment?: string;
  /** NAME=VALUE lines, checked later by the run command. */
  vars: string[];
  iterations?: number;
  virtualUsers?: number;
  /** Milliseconds. */
  duration?: number;
  data?: string;
  tags: string[];
  reporters: string[];
  reportDir: string;
  failOn: FailOn;
  /** The raw JSON text; parsed by `parseSecretsInput` so its content never reaches a message. */
  secrets: string;
  otelEndpoint?: string;
  otelHeaders?: string;
  chromePath?: string;
  githubToken: string;
  prComment: boolean;
  jobSummary: boolean;
  annotations: boolean;
  artifactName: string;
  retentionDays?: number;
  shard?: Shard;
  merge: boolean;
  baseline?: string;
  workingDirectory: string;
}

/** Input names exactly as action.yml declares them. */
export const INPUT_NAMES = [
  'flows',
  'environment',
  'vars',
  'iterations',
  'virtual-users',
  'duration',
  'data',
  'tags',
  'reporters',
  'report-dir',
  'fail-on',
  'secrets',
  'otel-endpoint',
  'otel-headers',
  'chrome-path',
  'github-token',
  'pr-comment',
  'job-summary',
  'annotations',
  'artifact-name',
  'retention-days',
  'shard',
  'merge',
  'baseline',
  'working-directory',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

/** Output names exactly as action.yml declares them. */
export const OUTPUT_NAMES = [
  'passed',
  'failed',
  'flaky',
  'success-rate',
  'results-path',
  'report-path',
  'artifact-id',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];

const FAIL_ON: readonly FailOn[] = ['failures', 'anomalies', 'never'];
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
const ARTIFACT_NAME_FORBIDDEN = /["':<>|*?\\/\r\n]/;

/**
 * Reads and checks every input. `getInput` returns the trimmed value or '' when the input is
 * unset, as `core.getInput` does; defaults here match action.yml so a direct `node` run works.
 */
export function readInputs(getInput: (name: InputName) => string): ActionInputs {
  const value = (name: InputName): string | undefined => {
    const text = getInput(name).trim();
    return text === '' ? undefined : text;
  };

  const merge = readBoolean('merge', value('merge'), false);
  const flows = splitLines(value('flows') ?? '');
  if (flows.length === 0 && !merge) {
    throw new InputError(
      'missing input "flows": name flow files, folders or globs, one per line (for example flows/)',
    );
  }

  const shardText = value('shard');
  const shard = shardText === undefined ? undefined : parseShard(shardText);
  if (shard && merge) {
    throw new InputError(
      'inputs "shard" and "merge" cannot be used together: shard jobs run flows, and a later job with merge: true combines their results',
    );
  }

  const failOn = value('fail-on') ?? 'failures';
  if (!FAIL_ON.includes(failOn as FailOn)) {
    throw new InputError(`invalid fail-on "${failOn}": expected failures, anomalies or never`);
  }

  const artifactName = value('artifact-name') ?? 'flow-runner-report';
  if (ARTIFACT_NAME_FORBIDDEN.test(artifactName)) {
    throw new InputError(
      `invalid artifact-name "${artifactName}": artifact names cannot contain " : < > | * ? \\ / or line breaks`,
    );
  }

  const inputs: ActionInputs = {
    flows,
    vars: splitLines(value('vars') ?? ''),
    tags: splitList(value('tags') ?? ''),
    reporters: splitList(value('reporters') ?? 'html,junit'),
    reportDir: value('report-dir') ?? 'flow-runner-report',
    failOn: failOn as FailOn,
    secrets: value('secrets') ?? '',
    githubToken: value('github-token') ?? '',
    prComment: readBoolean('pr-comment', value('pr-comment'), true),
    jobSummary: readBoolean('job-summary', value('job-summary'), true),
    annotations: readBoolean('annotations', value('annotations'), true),
    artifactName,
    merge,
    workingDirectory: value('working-directory') ?? '.',
  };

  const optional: Partial<ActionInputs> = {
    environment: value('environment'),
    iterations: readInteger('iterations', value('iterations'), 1),
    virtualUsers: readInteger('virtual-users', value('virtual-users'), 1),
    duration: readDuration('duration', value('duration')),
    data: value('data'),
    otelEndpoint: value('otel-endpoint'),
    otelHeaders: value('otel-headers'),
    chromePath: value('chrome-path'),
    retentionDays: readInteger('retention-days', value('retention-days'), 1, 90),
    shard,
    baseline: value('baseline'),
  };
  for (const [key, entry] of Object.entries(optional)) {
    if (entry !== undefined) Object.assign(inputs, { [key]: entry });
  }
  return inputs;
}

/** Reads a boolean the way YAML 1.2 core schema and `core.getBooleanInput` spell it. */
function readBoolean(name: InputName, text: string | undefined, fallback: boolean): boolean {
  if (text === undefined) return fallback;
  if (TRUE_VALUES.includes(text)) return true;
  if (FALSE_VALUES.includes(text)) return false;
  throw new InputError(`invalid ${name} "${text}": expected true or false`);
}

function readInteger(
  name: InputName,
  text: string | undefined,
  minimum: number,
  maximum = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (text === undefined) return undefined;
  const parsed = Number(text);
  if (!/^\d+$/.test(text) || parsed < minimum || parsed > maximum) {
    const range =
      maximum === Number.MAX_SAFE_INTEGER ? `>= ${minimum}` : `from ${minimum} to ${maximum}`;
    throw new InputError(`invalid ${name} "${text}": expected a whole number ${range}`);
  }
  return parsed;
}

function readDuration(name: InputName, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const parsed = parseDuration(/^\d+(\.\d+)?$/.test(text) ? Number(text) : text);
  if (parsed === undefined || parsed <= 0) {
    throw new InputError(
      `invalid ${name} "${text}": expected a number of milliseconds or a string such as "30s" or "2m"`,
    );
  }
  return parsed;
}

/** Splits a multi-line input into its non-empty lines. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Splits a list written with commas, line breaks or both. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
