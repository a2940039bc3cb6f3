/**
 * Runs the flow group of fixtures/httpbin against Debian's python3-httpbin under gunicorn,
 * started on 127.0.0.1 by scripts/httpbin.sh, so the responses come from a server this project
 * did not write. CI installs both packages. Without them the test is skipped, naming the package.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

import { repoRoot, runCli } from '../cli/support.js';

const GROUP = path.join(repoRoot, 'fixtures', 'httpbin');
const SCRIPT = path.join(repoRoot, 'scripts', 'httpbin.sh');

/** Returns the missing package, or undefined when both packages are installed. */
function missingPackages(): string | undefined {
  const gunicorn = spawnSync('gunicorn', ['--version'], { stdio: 'ignore' });
  if (gunicorn.error || gunicorn.status !== 0) {
    return 'gunicorn is not installed (apt-get install -y gunicorn)';
  }
  const httpbin = spawnSync('/usr/bin/python3', ['-c', 'import httpbin'], { stdio: 'ignore' });
  if (httpbin.error || httpbin.status !== 0) {
    return 'python3-httpbin is not installed (apt-get install -y python3-httpbin)';
  }
  return undefined;
}

/** Reads the step names of every flow in the group, by flow name, from the fixture files. */
function declaredSteps(): Map<string, string[]> {
  const flows = new Map<string, string[]>();
  for (const file of readdirSync(GROUP).filter((name) => name.endsWith('.flow.yaml'))) {
    const flow = parseYaml(readFileSync(path.join(GROUP, file), 'utf8')) as {
      name: string;
      steps: { name: string }[];
    };
    flows.set(
      flow.name,
      flow.steps.map((step) => step.name),
    );
  }
  return flows;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface ResultsDocument {
  summary: {
    flows: { total: number; passed: number; failed: number };
    steps: { count: number; passed: number; failed: number; skipped: number };
  };
  flows: {
    name: string;
    status: string;
    steps: { name: string; count: number; passed: number; failed: number }[];
  }[];
}

const missing = missingPackages();

// The reason shows in the test name, so a skipped run names the package to install.
const title =
  missing === undefined ? 'httpbin flow group' : `httpbin flow group (skipped: ${missing})`;

describe.skipIf(missing !== undefined)(title, () => {
  const work = mkdtempSync(path.join(tmpdir(), 'flow-runner-httpbin-'));
  const state = path.join(work, 'state.env');
  let baseUrl = '';
  let pid: number | undefined;

  beforeAll(() => {
    // The script waits for the first response and prints the PID, port and URL it used.
    const output = execFileSync('bash', [SCRIPT, 'start', '0'], {
      env: { ...process.env, HTTPBIN_STATE: state },
      encoding: 'utf8',
      timeout: 20_000,
    });
    pid = Number(/^HTTPBIN_PID=(\d+)$/m.exec(output)?.[1]);
    baseUrl = /^HTTPBIN_URL=(\S+)$/m.exec(output)?.[1] ?? '';
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  afterAll(async () => {
    // Stop the gunicorn master this test started, by its PID. It stops its own workers first.
    if (pid !== undefined && Number.isInteger(pid) && isRunning(pid)) {
      process.kill(pid, 'SIGTERM');
      for (let waited = 0; waited < 5_000 && isRunning(pid); waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    rmSync(work, { recursive: true, force: true });
  });

  test('every httpbin flow passes', async () => {
    const out = path.join(work, 'report');
    const result = await runCli(
      ['run', 'fixtures/httpbin', '--env', 'local', '--var', `baseUrl=${baseUrl}`, '--out', out],
      { timeoutMs: 60_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.code, result.stdout).toBe(0);

    const results = JSON.parse(
      readFileSync(path.join(out, 'results.json'), 'utf8'),
    ) as ResultsDocument;
    const declared = declaredSteps();
    const stepTotal = [...declared.values()].reduce((sum, steps) => sum + steps.length, 0);

    expect(results.summary.flows).toEqual({
      total: declared.size,
      passed: declared.size,
      failed: 0,
    });
    expect(results.summary.steps).toMatchObject({
      count: stepTotal,
      passed: stepTotal,
      failed: 0,
      skipped: 0,
    });
    for (const flow of results.flows) {
      expect(flow.status, flow.name).toBe('passed');
      expect(flow.steps.map((step) => step.name)).toEqual(declared.get(flow.name));
      for (const step of flow.steps) {
        expect(step, `${flow.name} / ${step.name}`).toMatchObject({
          count: 1,
          passed: 1,
          failed: 0,
        });
      }
    }
  });
});
