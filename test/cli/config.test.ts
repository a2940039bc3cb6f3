/** The project configuration file (flow-runner.yaml): defaults for run flags, flags win. */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, startDemoApi } from './support.js';

let api: Awaited<ReturnType<typeof startDemoApi>>;
let project: string;

beforeAll(async () => {
  api = await startDemoApi();
  project = mkdtempSync(path.join(tmpdir(), 'flow-runner-config-'));
  cpSync(path.join(repoRoot, 'test', 'cli', 'flows', 'failing'), path.join(project, 'flows'), {
    recursive: true,
  });
});

afterAll(async () => {
  await api.close();
  rmSync(project, { recursive: true, force: true });
});

function writeConfig(text: string, name = 'flow-runner.yaml'): void {
  writeFileSync(path.join(project, name), text);
}

describe('flow-runner.yaml', () => {
  it('sets reporters, out and fail-on', async () => {
    writeConfig('reporters: [junit]\nout: reports\nfailOn: never\n');

    const result = await runCli(['run', 'flows', '--var', `baseUrl=${api.baseUrl}`], {
      cwd: project,
    });

    expect(result.code).toBe(0);
    expect(existsSync(path.join(project, 'reports', 'junit.xml'))).toBe(true);
    expect(existsSync(path.join(project, 'reports', 'results.json'))).toBe(true);
  });

  it('loses to flags on the command line', async () => {
    writeConfig('failOn: never\nout: reports\n');

    const result = await runCli(
      [
        'run',
        'flows',
        '--var',
        `baseUrl=${api.baseUrl}`,
        '--fail-on',
        'failures',
        '--out',
        'cli-out',
      ],
      { cwd: project },
    );

    expect(result.code).toBe(1);
    expect(existsSync(path.join(project, 'cli-out', 'results.json'))).toBe(true);
  });

  it('--config names another file', async () => {
    writeConfig('failOn: never\nout: other\n', 'ci.yaml');
    writeConfig('');

    const result = await runCli(
      ['run', 'flows', '--var', `baseUrl=${api.baseUrl}`, '--config', 'ci.yaml'],
      { cwd: project },
    );

    expect(result.code).toBe(0);
    expect(existsSync(path.join(project, 'other', 'results.json'))).toBe(true);
  });

  it('rejects an unknown setting with its position', async () => {
    writeConfig('reporters: [html]\nrepoters: [junit]\nfailOn: sometimes\n');

    const result = await runCli(['run', 'flows'], { cwd: project });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('flow-runner.yaml:2:1');
    expect(result.stderr).toContain('did you mean "reporters"?');
    expect(result.stderr).toContain('flow-runner.yaml:3:9');
    expect(result.stderr).toContain('failures, anomalies or never');
  });

  it('a missing --config file is an error', async () => {
    const result = await runCli(['run', 'flows', '--config', 'nope.yaml'], { cwd: project });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read --config nope.yaml');
  });
});

describe('--data columns', () => {
  it('count as defined variables during validation', async () => {
    const flow = path.join(project, 'data.flow.yaml');
    const data = path.join(project, 'users.csv');
    writeFileSync(
      flow,
      'name: Data\nsteps:\n  - name: Greet\n    request:\n      url: "{{ baseUrl }}/health?user={{ user }}"\n',
    );
    writeFileSync(data, 'user\nalice\nbob\n');
    writeConfig('');

    const without = await runCli(['run', flow, '--var', `baseUrl=${api.baseUrl}`], {
      cwd: project,
    });
    const withData = await runCli(
      ['run', flow, '--var', `baseUrl=${api.baseUrl}`, '--data', data, '--out', 'data-out'],
      { cwd: project },
    );

    expect(without.code).toBe(2);
    expect(without.stderr).toContain('variable "user" is not defined');
    expect(withData.stderr).toBe('');
    expect(withData.code).toBe(0);
  });
});
