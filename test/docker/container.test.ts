/**
 * The image's behaviour without Docker: the CLI runs with the container's environment (no
 * keychain session, secrets as files standing in for /run/secrets, a read-only workspace with
 * a writable output folder, a non-root user when the tests run as root), and the install
 * script's steps that need neither root nor apt run in a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/common/errors.js';
import {
  demoFlows,
  repoRoot,
  runFlowRunner,
  startDemoApi,
  type DemoApi,
} from '../secrets/support.js';

const SECRETS = {
  API_PASSWORD: 'container-password-4471',
  CLIENT_SECRET: 'container-client-1182',
  SIGNING_KEY: 'container-signing-9034',
};

// As root, the child runs as `nobody`, as the image's user is not root; otherwise as the
// current user, whose write bits the read-only workspace takes away just as well.
const asRoot = process.getuid?.() === 0;
const user = asRoot ? { uid: 65534, gid: 65534 } : {};

let api: DemoApi;
let root: string;
let workspace: string;
let secretsDir: string;
let out: string;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

/** Runs the CLI as the container would: workspace as cwd, only the image's variables. */
function runInContainer(args: string[], env: Record<string, string> = {}) {
  return runFlowRunner(args, {
    cwd: workspace,
    env: { HOME: root, FLOW_RUNNER_SECRETS_DIR: secretsDir, ...env },
    ...user,
  });
}

beforeAll(async () => {
  api = await startDemoApi({
    password: SECRETS.API_PASSWORD,
    clientSecret: SECRETS.CLIENT_SECRET,
    signingKey: SECRETS.SIGNING_KEY,
  });

  root = mkdtempSync(path.join(tmpdir(), 'flow-runner-container-'));
  chmodSync(root, 0o755);

  // Docker mounts secrets world-readable (0444) in a read-only folder.
  secretsDir = path.join(root, 'run-secrets');
  mkdirSync(secretsDir);
  for (const [name, value] of Object.entries(SECRETS)) {
    writeFileSync(path.join(secretsDir, name), `${value}\n`, { mode: 0o444 });
  }
  chmodSync(secretsDir, 0o555);

  workspace = path.join(root, 'work');
  cpSync(demoFlows, path.join(workspace, 'flows'), { recursive: true });
  mkdirSync(path.join(workspace, 'failing'));
  writeFileSync(
    path.join(workspace, 'failing', 'teapot.flow.yaml'),
    [
      'steps:',
      '  - name: Expect a teapot',
      `    request: { url: '${api.baseUrl}/health' }`,
      '    assert: { status: 418 }',
    ].join('\n'),
  );
  execFileSync('chmod', ['-R', 'a-w', workspace]);

  out = path.join(root, 'out');
  mkdirSync(out, { mode: 0o777 });
  chmodSync(out, 0o777);
});

afterAll(async () => {
  await api.close();
  execFileSync('chmod', ['-R', 'u+w', root]);
  rmSync(root, { recursive: true, force: true });
});

describe('container environment', { timeout: 60_000 }, () => {
  it('runs the demo flows with secrets from the folder', async () => {
    const before = listFiles(workspace);
    const result = await runInContainer([
      'run',
      'flows',
      '--env',
      'dev',
      '--var',
      `baseUrl=${api.baseUrl}`,
      '--reporter',
      'html,junit',
      '--out',
      path.join(out, 'demo'),
    ]);

    expect(result.stderr).not.toContain('Missing secret');
    expect(result.code).toBe(ExitCode.Passed);
    expect(readdirSync(path.join(out, 'demo'))).toEqual(
      expect.arrayContaining(['results.json', 'report.html', 'junit.xml']),
    );
    // Nothing is written into the read-only workspace.
    expect(listFiles(workspace)).toEqual(before);
    if (asRoot) expect(statSync(path.join(out, 'demo', 'results.json')).uid).toBe(65534);
    const results = readFileSync(path.join(out, 'demo', 'results.json'), 'utf8');
    for (const value of Object.values(SECRETS)) expect(results).not.toContain(value);
  });

  it('passes exit code 1 through for a failing flow', async () => {
    const result = await runInContainer(['run', 'failing', '--out', path.join(out, 'failing')]);
    expect(result.code).toBe(ExitCode.Failed);
  });

  it('passes exit code 2 through for a missing secret', async () => {
    const result = await runInContainer(
      ['run', 'flows/auth-api', '--env', 'dev', '--out', path.join(out, 'missing')],
      { FLOW_RUNNER_SECRETS_DIR: path.join(root, 'no-secrets') },
    );
    expect(result.code).toBe(ExitCode.InvalidInput);
    expect(result.stderr).toContain('CLIENT_SECRET');
    expect(result.stderr).toContain('keychain (not usable: no D-Bus session');
  });

  it('passes exit code 2 through for an unknown environment', async () => {
    const result = await runInContainer(['run', 'flows/auth-api', '--env', 'prod', '--out', out]);
    expect(result.code).toBe(ExitCode.InvalidInput);
    expect(result.stderr).toContain('has no environment "prod"; it has: dev');
  });

  it('exits 3 when the output folder is not writable', async () => {
    // The default --out lies inside the read-only workspace.
    const result = await runInContainer(['run', 'failing']);
    expect(result.code).toBe(ExitCode.InternalError);
    expect(result.stderr).toContain('cannot create the output folder');
  });

  it('lists secret sources from the folder with envs', async () => {
    const result = await runInContainer(['envs', 'flows']);
    expect(result.code).toBe(ExitCode.Passed);
    expect(result.stdout).toContain(
      `secret API_PASSWORD   secrets-dir: ${path.join(secretsDir, 'API_PASSWORD')}`,
    );
    for (const value of Object.values(SECRETS)) expect(result.stdout).not.toContain(value);
  });

  it('explains that the image has no keychain', async () => {
    const result = await runInContainer(['secrets', 'list']);
    expect(result.code).toBe(ExitCode.InternalError);
    expect(result.stderr).toContain('no OS keychain is usable here');
    expect(result.stderr).toContain('FLOW_RUNNER_SECRETS_DIR');
  });
});

describe('docker/install.sh', { timeout: 60_000 }, () => {
  const script = path.join(repoRoot, 'docker', 'install.sh');

  it('parses', () => {
    expect(() => execFileSync('bash', ['-n', script])).not.toThrow();
  });

  it('links and checks the command', () => {
    const app = path.join(root, 'app');
    const bin = path.join(root, 'bin');
    mkdirSync(path.join(app, 'bin'), { recursive: true });
    // A stand-in app folder whose entry runs this repository's CLI.
    writeFileSync(
      path.join(app, 'bin', 'flow-runner.js'),
      `#!/usr/bin/env node\nimport ${JSON.stringify(path.join(repoRoot, 'bin', 'flow-runner.js'))};\n`,
    );

    const output = execFileSync('bash', [script, 'link', 'check'], {
      env: {
        PATH: process.env['PATH'] ?? '',
        APP_DIR: app,
        BIN_DIR: bin,
        CHROME_PATH: '/nonexistent',
      },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(output.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(execFileSync(path.join(bin, 'flow-runner'), ['--version'], { encoding: 'utf8' })).toBe(
      output,
    );
  });

  it('rejects an unknown step', () => {
    let status: number | null = null;
    try {
      execFileSync('bash', [script, 'nonsense'], { stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number | null }).status;
    }
    expect(status).toBe(2);
  });

  it('is what the Dockerfile runs', () => {
    const dockerfile = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
    const runs = dockerfile.split('\n').filter((line) => line.startsWith('RUN '));
    expect(runs).toEqual([
      'RUN APP_DIR=/opt/flow-runner bash /opt/flow-runner/docker/install.sh all',
    ]);
    expect(dockerfile).toMatch(/^FROM node:24-/m);
    expect(dockerfile).toMatch(/^USER flow-runner$/m);
    expect(dockerfile).toMatch(/^WORKDIR \/work$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["flow-runner"\]$/m);
    expect(dockerfile).toContain('CHROME_PATH=/usr/bin/chromium');
  });
});
