/**
 * Every report written live by `run` equals the one `report` renders offline from the saved
 * results.json, so a report can always be rebuilt from the results document alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startDemoApi } from './support.js';

let api: Awaited<ReturnType<typeof startDemoApi>>;
let work: string;
let live: string;
let replay: string;

beforeAll(async () => {
  api = await startDemoApi();
  work = mkdtempSync(path.join(tmpdir(), 'flow-runner-replay-'));
  live = path.join(work, 'live');
  replay = path.join(work, 'replay');

  const run = await runCli(
    [
      'run',
      'fixtures/flows/auth-api',
      'fixtures/flows/reliability/flaky.flow.yaml',
      '--env',
      'dev',
      '--var',
      `baseUrl=${api.baseUrl}`,
      '--reporter',
      'html,pdf,junit,otel',
      '--out',
      live,
    ],
    {
      env: {
        FLOW_RUNNER_SECRET_API_PASSWORD: 'demo-password',
        FLOW_RUNNER_SECRET_CLIENT_SECRET: 'demo-client-secret',
      },
    },
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);

  const report = await runCli([
    'report',
    path.join(live, 'results.json'),
    '--reporter',
    'html,pdf,junit,otel,json',
    '--out',
    replay,
  ]);
  expect(report.stderr).toBe('');
  expect(report.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await api.close();
  rmSync(work, { recursive: true, force: true });
});

describe('live reports equal offline reports', () => {
  it.each(['results.json', 'report.html', 'junit.xml', 'traces.json'])('%s', (file) => {
    const liveText = readFileSync(path.join(live, file), 'utf8');
    const replayText = readFileSync(path.join(replay, file), 'utf8');

    expect(liveText.length).toBeGreaterThan(100);
    expect(replayText).toBe(liveText);
  });

  it('report.pdf text', () => {
    // PDF bytes carry a creation date; the text on the pages must match.
    const text = (folder: string) =>
      execFileSync('pdftotext', ['-layout', path.join(folder, 'report.pdf'), '-'], {
        encoding: 'utf8',
      });
    const liveText = text(live);

    expect(liveText).toContain('Log in');
    expect(text(replay)).toBe(liveText);
  });
});
