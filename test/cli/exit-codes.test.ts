/**
 * Exit codes and the commands around a run (report, merge, compare), through the real CLI
 * process against the demo API on 127.0.0.1.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsDocument } from '../../src/results/document.js';
import { runCli, startDemoApi } from './support.js';

let api: Awaited<ReturnType<typeof startDemoApi>>;
let work: string;

const SECRETS = { FLOW_RUNNER_SECRET_API_PASSWORD: 'demo-password' };

beforeAll(async () => {
  // A flaky call every 2nd time and a wide erratic spread make both verdicts reachable.
  api = await startDemoApi({ flakyEvery: 2 });
  work = mkdtempSync(path.join(tmpdir(), 'flow-runner-cli-'));
});

afterAll(async () => {
  await api.close();
  rmSync(work, { recursive: true, force: true });
});

function readResults(file: string): ResultsDocument {
  return JSON.parse(readFileSync(file, 'utf8')) as ResultsDocument;
}

function writeFlow(name: string, text: string): string {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
}

describe('exit codes', () => {
  it('--fail-on never turns a failure into 0', async () => {
    const out = path.join(work, 'never');
    const result = await runCli([
      'run',
      'test/cli/flows/failing',
      '--var',
      `baseUrl=${api.baseUrl}`,
      '--fail-on',
      'never',
      '--out',
      out,
    ]);

    expect(result.code).toBe(0);
    expect(readResults(path.join(out, 'results.json')).summary.steps.failed).toBe(1);
  });

  it('--fail-on anomalies exits 1 on a flagged step', async () => {
    const flow = writeFlow(
      'erratic.flow.yaml',
      [
        'name: Erratic',
        'iterations: 60',
        'virtualUsers: 4',
        'steps:',
        '  - name: Erratic call',
        '    request:',
        '      url: "{{ baseUrl }}/api/erratic"',
        '    assert:',
        '      status: 200',
        '',
      ].join('\n'),
    );
    const passing = await runCli([
      'run',
      flow,
      '--var',
      `baseUrl=${api.baseUrl}`,
      '--out',
      path.join(work, 'a1'),
    ]);
    const failing = await runCli([
      'run',
      flow,
      '--var',
      `baseUrl=${api.baseUrl}`,
      '--fail-on',
      'anomalies',
      '--out',
      path.join(work, 'a2'),
    ]);

    const results = readResults(path.join(work, 'a2', 'results.json'));
    expect(results.summary.anomalies).toBeGreaterThan(0);
    expect(passing.code).toBe(0);
    expect(failing.code).toBe(1);
  });

  it('a crossed threshold exits 1', async () => {
    const flow = writeFlow(
      'threshold.flow.yaml',
      [
        'name: Slow on purpose',
        'iterations: 3',
        'thresholds:',
        '  - { step: Wait, p95: "< 5ms" }',
        'steps:',
        '  - name: Wait',
        '    request:',
        '      url: "{{ baseUrl }}/api/slow?ms=50"',
        '    assert:',
        '      status: 200',
        '',
      ].join('\n'),
    );
    const out = path.join(work, 'threshold');
    const result = await runCli(['run', flow, '--var', `baseUrl=${api.baseUrl}`, '--out', out]);

    const results = readResults(path.join(out, 'results.json'));
    expect(result.code).toBe(1);
    expect(results.summary.steps.failed).toBe(0);
    expect(results.flows[0]?.thresholds[0]).toMatchObject({ passed: false, metric: 'p95' });
    expect(result.stdout).toMatch(/crossed +p95 < 5ms on Wait: observed/);
  });

  it('exits 3 when results.json cannot be written', async () => {
    // A file where the output folder should be: the folder cannot be created.
    const blocker = path.join(work, 'blocker');
    writeFileSync(blocker, 'not a folder');

    const result = await runCli(
      [
        'run',
        'test/cli/flows/ok',
        '--var',
        `baseUrl=${api.baseUrl}`,
        '--out',
        path.join(blocker, 'out'),
      ],
      { env: SECRETS },
    );

    expect(result.code).toBe(3);
    expect(result.stderr).toContain('cannot create the output folder');
  });

  it('a failing Before All is one error and fails the flow', async () => {
    const flow = writeFlow(
      'setup.flow.yaml',
      [
        'name: Broken setup',
        'beforeAll: |',
        '  throw new Error("setup exploded");',
        'steps:',
        '  - name: Never runs',
        '    request:',
        '      url: "{{ baseUrl }}/health"',
        '',
      ].join('\n'),
    );
    const out = path.join(work, 'setup');
    const result = await runCli(['run', flow, '--var', `baseUrl=${api.baseUrl}`, '--out', out]);

    const results = readResults(path.join(out, 'results.json'));
    expect(result.code).toBe(1);
    expect(results.flows[0]?.status).toBe('failed');
    expect(results.summary.errorsByKind).toEqual({ script: 1 });
    expect(result.stdout.match(/setup exploded/g)?.length).toBeGreaterThanOrEqual(1);
    expect(result.stdout).toMatch(/^ +failed: /m);
  });

  it('SIGINT stops the run, writes results and exits 130', async () => {
    const flow = writeFlow(
      'slow.flow.yaml',
      [
        'name: Slow',
        'iterations: 1000',
        'steps:',
        '  - name: Wait',
        '    request:',
        '      url: "{{ baseUrl }}/api/slow?ms=100"',
        '',
      ].join('\n'),
    );
    const out = path.join(work, 'interrupted');
    let served = 0;
    const counting = await startDemoApi({ log: () => (served += 1) });
    let pid = 0;
    const running = runCli(['run', flow, '--var', `baseUrl=${counting.baseUrl}`, '--out', out], {
      onSpawn: (spawned) => (pid = spawned),
    });

    // Wait until the server has served a few requests, then interrupt as Ctrl-C would.
    for (let waited = 0; served < 3 && waited < 30_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    process.kill(pid, 'SIGINT');
    const result = await running;
    await counting.close();

    expect(result.code).toBe(130);
    const results = readResults(path.join(out, 'results.json'));
    expect(results.run.status).toBe('interrupted');
    expect(results.summary.iterations.total).toBeGreaterThan(0);
    expect(results.summary.iterations.total).toBeLessThan(1000);
    // The request Ctrl-C cut off is skipped, not failed.
    expect(results.summary.steps.failed).toBe(0);
    expect(results.summary.flows.interrupted).toBe(1);
  });
});

describe('report, merge and compare', () => {
  let first: string;
  let second: string;

  beforeAll(async () => {
    first = path.join(work, 'shard-1');
    second = path.join(work, 'shard-2');
    const args = (out: string, shard: string) => [
      'run',
      'fixtures/flows/auth-api',
      'fixtures/flows/catalog',
      '--env',
      'dev',
      '--var',
      `baseUrl=${api.baseUrl}`,
      '--shard',
      shard,
      '--out',
      out,
    ];
    const env = { ...SECRETS, FLOW_RUNNER_SECRET_CLIENT_SECRET: 'demo-client-secret' };
    const [a, b] = await Promise.all([
      runCli(args(first, '1/2'), { env }),
      runCli(args(second, '2/2'), { env }),
    ]);
    expect(a.stderr).toBe('');
    expect(b.stderr).toBe('');
  });

  it('shards split the flows without overlap', () => {
    const a = readResults(path.join(first, 'results.json'));
    const b = readResults(path.join(second, 'results.json'));
    const names = [...a.flows, ...b.flows].map((flow) => flow.file);

    expect(a.flows.length).toBeGreaterThan(0);
    expect(b.flows.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
    expect(a.run.shard).toEqual({ index: 1, total: 2 });
  });

  it('merge combines shard counts exactly', async () => {
    const merged = path.join(work, 'merged', 'results.json');
    const result = await runCli([
      'merge',
      path.join(first, 'results.json'),
      path.join(second, 'results.json'),
      '--out',
      merged,
      '--reporter',
      'junit',
    ]);

    const a = readResults(path.join(first, 'results.json'));
    const b = readResults(path.join(second, 'results.json'));
    const doc = readResults(merged);
    expect(result.code).toBe(0);
    expect(doc.flows).toHaveLength(a.flows.length + b.flows.length);
    expect(doc.summary.requests).toBe(a.summary.requests + b.summary.requests);
    expect(existsSync(path.join(work, 'merged', 'junit.xml'))).toBe(true);
  });

  it('report renders html offline from results.json', async () => {
    const out = path.join(work, 'offline');
    const result = await runCli([
      'report',
      path.join(first, 'results.json'),
      '--reporter',
      'html,junit',
      '--out',
      out,
    ]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('report.html');
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    const flowName = readResults(path.join(first, 'results.json')).flows[0]?.name ?? '';
    expect(html).toContain(flowName);
  });

  it('report rejects a file that is not results', async () => {
    const bogus = writeFlow('bogus.json', '{"hello": 1}');
    const result = await runCli([
      'report',
      bogus,
      '--reporter',
      'html',
      '--out',
      path.join(work, 'x'),
    ]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('schemaVersion');
  });

  it('compare prints per-step changes', async () => {
    const base = path.join(first, 'results.json');
    const text = await runCli(['compare', base, base]);
    const json = await runCli(['compare', base, base, '--json']);

    expect(text.code).toBe(0);
    expect(text.stdout).toContain('unchanged');
    const comparison = JSON.parse(json.stdout) as { steps?: unknown[] };
    expect(Array.isArray(comparison.steps)).toBe(true);
  });
});
