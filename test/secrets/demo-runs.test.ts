/**
 * The demo flows that declare secrets, run against the demo API with their secrets from each
 * provider in turn (the keychain's run is in keychain.test.ts, which needs a Secret Service).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { runCommand as RunCommand } from '../../src/app/run-command.js';
import { ExitCode } from '../../src/common/errors.js';
import { repoRoot, runFlowRunner, startDemoApi, textSink, type DemoApi } from './support.js';

const SECRETS = {
  API_PASSWORD: 'pw-from-provider-7431',
  CLIENT_SECRET: 'client-secret-from-provider-2290',
  SIGNING_KEY: 'signing-key-from-provider-5518',
};
const FLOWS = ['fixtures/flows/auth-api', 'fixtures/flows/scripted'];

let api: DemoApi;
let work: string;

beforeAll(async () => {
  api = await startDemoApi({
    password: SECRETS.API_PASSWORD,
    clientSecret: SECRETS.CLIENT_SECRET,
    signingKey: SECRETS.SIGNING_KEY,
  });
  work = mkdtempSync(path.join(tmpdir(), 'flow-runner-demo-secrets-'));
});

afterAll(async () => {
  await api.close();
  rmSync(work, { recursive: true, force: true });
});

function runArgs(out: string, extra: string[] = []): string[] {
  return ['run', ...FLOWS, '--env', 'dev', '--var', `baseUrl=${api.baseUrl}`, '-o', out, ...extra];
}

describe('demo flows with secrets from each provider', { timeout: 60_000 }, () => {
  it('runs with FLOW_RUNNER_SECRET_ variables', async () => {
    const env = Object.fromEntries(
      Object.entries(SECRETS).map(([name, value]) => [`FLOW_RUNNER_SECRET_${name}`, value]),
    );
    const result = await runFlowRunner(runArgs(path.join(work, 'env')), { cwd: repoRoot, env });
    expect(result.stderr).not.toContain('Missing secret');
    expect(result.code).toBe(ExitCode.Passed);
  });

  it('runs with a secrets folder', async () => {
    const dir = path.join(work, 'run-secrets');
    mkdirSync(dir);
    // Lower-case names and trailing newlines, as `echo value > file` and Compose produce them.
    for (const [name, value] of Object.entries(SECRETS)) {
      writeFileSync(path.join(dir, name.toLowerCase()), `${value}\n`);
    }
    const result = await runFlowRunner(runArgs(path.join(work, 'dir')), {
      cwd: repoRoot,
      env: { FLOW_RUNNER_SECRETS_DIR: dir },
    });
    expect(result.code).toBe(ExitCode.Passed);
  });

  it.each([
    [
      'dotenv',
      'secrets.env',
      Object.entries(SECRETS)
        .map(([name, value]) => `${name}=${value}`)
        .join('\n'),
    ],
    ['JSON', 'secrets.json', JSON.stringify(SECRETS)],
  ])('runs with a %s secrets file', async (_kind, file, text) => {
    writeFileSync(path.join(work, file), text);
    const result = await runFlowRunner(
      runArgs(path.join(work, `${file}-out`), ['--secrets-file', path.join(work, file)]),
      { cwd: repoRoot },
    );
    expect(result.code).toBe(ExitCode.Passed);
  });

  it("runs with the action's secrets input", async () => {
    // The built module, because the script worker it starts is a compiled file of lib/.
    const { runCommand } = (await import(path.join(repoRoot, 'lib', 'app', 'run-command.js'))) as {
      runCommand: typeof RunCommand;
    };
    const stdout = textSink();
    const stderr = textSink();
    const result = await runCommand(
      {
        paths: FLOWS,
        environment: 'dev',
        vars: [`baseUrl=${api.baseUrl}`],
        varFiles: [],
        reporters: [],
        outDir: path.join(work, 'action'),
        failOn: 'failures',
        flowNames: [],
        tags: [],
        bail: false,
        verbose: false,
      },
      {
        cwd: repoRoot,
        env: { CI: 'true', NO_COLOR: '1', FLOW_RUNNER_KEYCHAIN: 'off' },
        stdout,
        stderr,
        secretProviders: [{ name: 'action', get: (key) => SECRETS[key as keyof typeof SECRETS] }],
      },
    );
    expect(stderr.text).toBe('');
    expect(stdout.text).toContain('PASSED');
    expect(result.exitCode).toBe(ExitCode.Passed);
  });

  it('maps a secret to another key in the environment', async () => {
    const group = path.join(work, 'mapped');
    mkdirSync(group);
    writeFileSync(
      path.join(group, 'flow-group.yaml'),
      [
        'environments:',
        '  dev: { baseUrl: "http://127.0.0.1:1" }',
        '  staging:',
        `    baseUrl: "${api.baseUrl}"`,
        '    secrets: { API_PASSWORD: STAGING_API_PASSWORD }',
        'secrets: [API_PASSWORD]',
      ].join('\n'),
    );
    writeFileSync(
      path.join(group, 'login.flow.yaml'),
      [
        'steps:',
        '  - name: Log in',
        '    request:',
        '      method: POST',
        "      url: '{{ baseUrl }}/api/login'",
        "      json: { user: alice, password: '{{ secrets.API_PASSWORD }}' }",
        '    assert: { status: 200 }',
      ].join('\n'),
    );
    const result = await runFlowRunner(['run', '.', '--env', 'staging', '-o', 'out'], {
      cwd: group,
      env: {
        FLOW_RUNNER_SECRET_API_PASSWORD: 'the-dev-password',
        FLOW_RUNNER_SECRET_STAGING_API_PASSWORD: SECRETS.API_PASSWORD,
      },
    });
    expect(result.code).toBe(ExitCode.Passed);
  });
});

describe('missing secrets', { timeout: 60_000 }, () => {
  it('stop the run before any request', async () => {
    const before = api.requests();
    const result = await runFlowRunner(runArgs(path.join(work, 'missing')), {
      cwd: repoRoot,
      env: {
        FLOW_RUNNER_SECRET_API_PASSWORD: SECRETS.API_PASSWORD,
        FLOW_RUNNER_SECRETS_DIR: path.join(work, 'empty-dir'),
      },
    });

    expect(result.code).toBe(ExitCode.InvalidInput);
    expect(api.requests()).toBe(before);
    expect(result.stderr).toContain('CLIENT_SECRET');
    expect(result.stderr).toContain('SIGNING_KEY');
    expect(result.stderr).toMatch(
      /tried: env, secrets-dir \(not usable: folder \S*empty-dir does not exist\), keychain \(not usable: no D-Bus session/,
    );
    expect(result.stderr).not.toContain(SECRETS.API_PASSWORD);
  });
});
