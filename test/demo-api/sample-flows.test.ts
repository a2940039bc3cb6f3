import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunCommandOptions } from '../../src/app/run-command.js';
import type { FlowResult, ResultsDocument } from '../../src/results/document.js';
import { createDemoApi, type DemoApi } from '../../fixtures/demo-api/server.mjs';

// The sample flows, run through the same app layer as the CLI against a local demo API. The
// compiled lib/ is used because the script sandbox starts lib/script/worker.js (npm test builds).
const root = path.resolve(import.meta.dirname, '..', '..');
const runCommandPath = path.join(root, 'lib', 'app', 'run-command.js');
const secrets = {
  API_PASSWORD: 'sample-password',
  CLIENT_SECRET: 'sample-client-secret',
  SIGNING_KEY: 'sample-signing-key',
};

let api: DemoApi;
let outDir: string;
let exitCode: number;
let output: string;
let results: ResultsDocument;

function flow(name: string): FlowResult {
  const found = results.flows.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`flow "${name}" is missing from the results`);
  return found;
}

function step(flowName: string, stepName: string) {
  const found = flow(flowName).steps.find((candidate) => candidate.name === stepName);
  if (!found) throw new Error(`step "${stepName}" is missing from flow "${flowName}"`);
  return found;
}

beforeAll(async () => {
  if (!existsSync(runCommandPath))
    throw new Error(`${runCommandPath} is missing: run npm run build first.`);
  const { runCommand } = (await import(
    pathToFileURL(runCommandPath).href
  )) as typeof import('../../src/app/run-command.js');

  api = createDemoApi({
    password: secrets.API_PASSWORD,
    clientSecret: secrets.CLIENT_SECRET,
    signingKey: secrets.SIGNING_KEY,
  });
  const { url } = await api.listen(0, '127.0.0.1');
  outDir = await mkdtemp(path.join(os.tmpdir(), 'flow-runner-samples-'));

  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(secrets)) env[`FLOW_RUNNER_SECRET_${name}`] = value;
  const chunks: string[] = [];
  const options: RunCommandOptions = {
    paths: ['fixtures/flows'],
    environment: 'dev',
    vars: [`baseUrl=${url}`],
    varFiles: [],
    reporters: ['junit'],
    outDir,
    failOn: 'failures',
    flowNames: [],
    tags: [],
    bail: false,
    verbose: false,
  };
  const result = await runCommand(options, {
    cwd: root,
    env,
    stdout: { write: (text) => void chunks.push(text) },
    stderr: { write: (text) => void chunks.push(text) },
    ci: true,
  });

  exitCode = result.exitCode;
  output = chunks.join('');
  results = JSON.parse(await readFile(path.join(outDir, 'results.json'), 'utf8'));
}, 60_000);

afterAll(async () => {
  await api.close();
  await rm(outDir, { recursive: true, force: true });
});

describe('sample flows', () => {
  it('all pass against the demo API', () => {
    expect(output).not.toContain('FAILED');
    expect(exitCode).toBe(0);
    expect(results.summary.flows).toEqual({ total: 10, passed: 10, failed: 0 });
  });

  it('report the flaky step as flaky', () => {
    const flaky = step('Flaky endpoint', 'Call the flaky endpoint');

    expect(flaky.passed).toBe(3);
    expect(flaky.flaky).toBeGreaterThanOrEqual(1);
    expect(flaky.attempts).toBeGreaterThan(3);
  });

  it('flag the erratic step', () => {
    const kinds = flow('Erratic latency').anomalies.flags.map((flag) => flag.kind);

    expect(kinds).toContain('outlier');
    expect(kinds).toContain('inconsistent');
  });

  it('skip the steps whose if is false', () => {
    expect(step('Scripted requests', 'Only on the second iteration').skipped).toBe(1);
    expect(step('Scripted requests', 'Never runs').skipped).toBe(2);
  });

  it('export from After All', () => {
    expect(existsSync(path.join(outDir, 'scripted-export.json'))).toBe(true);
  });

  it('keep secrets out of every output', async () => {
    const files = ['results.json', 'junit.xml', 'scripted-export.json'];
    const texts = [
      output,
      ...(await Promise.all(files.map((file) => readFile(path.join(outDir, file), 'utf8')))),
    ];

    for (const [index, text] of texts.entries()) {
      for (const value of Object.values(secrets)) {
        expect(text.includes(value), `${value} in ${['console', ...files][index]}`).toBe(false);
      }
    }
  });
});
