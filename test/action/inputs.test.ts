import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { InputError } from '../../src/common/errors.js';
import { INPUT_NAMES, OUTPUT_NAMES, readInputs, type InputName } from '../../src/action/inputs.js';
import { repositoryRoot } from './support/run-action.js';

interface ActionMetadata {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
}

const metadata = parse(
  readFileSync(path.join(repositoryRoot, 'action.yml'), 'utf8'),
) as ActionMetadata;

/** Reads inputs the way the runner passes them: action.yml defaults, then the given values. */
function read(values: Partial<Record<InputName, string>>) {
  const requested: string[] = [];
  const inputs = readInputs((name) => {
    requested.push(name);
    const fallback = metadata.inputs[name]?.default ?? '';
    return values[name] ?? (fallback.startsWith('${{') ? '' : fallback);
  });
  return { inputs, requested };
}

describe('action.yml', () => {
  it('declares exactly the inputs read', () => {
    expect(Object.keys(metadata.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  });

  it('declares exactly the outputs set', () => {
    expect(Object.keys(metadata.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
  });

  it('describes every input and output', () => {
    for (const [name, input] of Object.entries(metadata.inputs)) {
      expect(input.description, name).toMatch(/\w{3,}/);
      expect(name, name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
    for (const [name, output] of Object.entries(metadata.outputs))
      expect(output.description, name).toMatch(/\w{3,}/);
  });

  it('runs on node24 from dist', () => {
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(metadata.branding.icon).toBeTruthy();
    expect(metadata.inputs['github-token']?.default).toBe('${{ github.token }}');
  });

  it('main.ts reads the secrets input', () => {
    // readInputs takes the raw secrets text; main.ts parses it before anything else.
    const main = readFileSync(path.join(repositoryRoot, 'src/action/main.ts'), 'utf8');
    expect(main).toContain("parseSecretsInput(core.getInput('secrets'))");
  });
});

describe('readInputs', () => {
  it('asks for every declared input', () => {
    const { requested } = read({ flows: 'flows/' });
    expect([...new Set(requested)].sort()).toEqual([...INPUT_NAMES].sort());
  });

  it('applies the action.yml defaults', () => {
    const { inputs } = read({ flows: 'flows/' });
    expect(inputs).toEqual({
      flows: ['flows/'],
      vars: [],
      tags: [],
      reporters: ['html', 'junit'],
      reportDir: 'flow-runner-report',
      failOn: 'failures',
      secrets: '',
      githubToken: '',
      prComment: true,
      jobSummary: true,
      annotations: true,
      artifactName: 'flow-runner-report',
      merge: false,
      workingDirectory: '.',
    });
  });

  it('reads every value', () => {
    const { inputs } = read({
      flows: 'flows/a.flow.yaml\n\n  flows/b/  \n',
      environment: 'staging',
      vars: 'baseUrl=http://127.0.0.1:3000\nuser=alice',
      iterations: '20',
      'virtual-users': '4',
      duration: '1m',
      data: 'data/users.csv',
      tags: 'smoke, auth\nslow',
      reporters: 'html\npdf',
      'report-dir': 'out',
      'fail-on': 'anomalies',
      secrets: '{"A":"b"}',
      'otel-endpoint': 'http://127.0.0.1:4318',
      'otel-headers': 'x-key=1',
      'chrome-path': '/usr/bin/chromium',
      'github-token': 'ghs_x',
      'pr-comment': 'false',
      'job-summary': 'False',
      annotations: 'FALSE',
      'artifact-name': 'api-report',
      'retention-days': '7',
      shard: '2/3',
      baseline: 'baseline/results.json',
      'working-directory': 'services/api',
    });
    expect(inputs).toEqual({
      flows: ['flows/a.flow.yaml', 'flows/b/'],
      environment: 'staging',
      vars: ['baseUrl=http://127.0.0.1:3000', 'user=alice'],
      iterations: 20,
      virtualUsers: 4,
      duration: 60_000,
      data: 'data/users.csv',
      tags: ['smoke', 'auth', 'slow'],
      reporters: ['html', 'pdf'],
      reportDir: 'out',
      failOn: 'anomalies',
      secrets: '{"A":"b"}',
      otelEndpoint: 'http://127.0.0.1:4318',
      otelHeaders: 'x-key=1',
      chromePath: '/usr/bin/chromium',
      githubToken: 'ghs_x',
      prComment: false,
      jobSummary: false,
      annotations: false,
      artifactName: 'api-report',
      retentionDays: 7,
      shard: { index: 2, total: 3 },
      merge: false,
      baseline: 'baseline/results.json',
      workingDirectory: 'services/api',
    });
  });

  it('merge needs no flows', () => {
    expect(read({ merge: 'true' }).inputs).toMatchObject({ merge: true, flows: [] });
  });

  it.each([
    [{}, 'missing input "flows"'],
    [
      { flows: 'f', 'fail-on': 'always' },
      'invalid fail-on "always": expected failures, anomalies or never',
    ],
    [{ flows: 'f', iterations: '0' }, 'invalid iterations "0": expected a whole number >= 1'],
    [{ flows: 'f', iterations: '2.5' }, 'invalid iterations "2.5"'],
    [{ flows: 'f', 'virtual-users': 'many' }, 'invalid virtual-users "many"'],
    [{ flows: 'f', duration: 'forever' }, 'invalid duration "forever"'],
    [
      { flows: 'f', 'retention-days': '91' },
      'invalid retention-days "91": expected a whole number from 1 to 90',
    ],
    [{ flows: 'f', 'pr-comment': 'yes' }, 'invalid pr-comment "yes": expected true or false'],
    [{ flows: 'f', shard: '3/2' }, 'invalid shard "3/2": expected i/n with 1 <= i <= n'],
    [
      { flows: 'f', shard: '1/2', merge: 'true' },
      'inputs "shard" and "merge" cannot be used together',
    ],
    [{ flows: 'f', 'artifact-name': 'a/b' }, 'invalid artifact-name "a/b"'],
  ] as [Partial<Record<InputName, string>>, string][])('rejects %o', (values, message) => {
    expect(() => read(values)).toThrow(InputError);
    expect(() => read(values)).toThrow(message);
  });
});
