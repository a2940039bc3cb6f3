/**
 * The bundled action (dist/index.js) run as the runner runs it, against the demo API and local
 * servers that answer like GitHub's REST API and the artifact service. Build dist/ first with
 * `npm run bundle`. The Node 24 variant runs when FLOW_RUNNER_NODE24 names a Node 24 binary.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createDemoApi, type DemoApi } from '../../fixtures/demo-api/server.mjs';
import { startArtifactService, type ArtifactServiceMock } from './support/artifact-service.js';
import { PAGE_SIZE, startGitHubApi, type GitHubApiMock } from './support/github-api.js';
import {
  bundledAction,
  repositoryRoot,
  runBundledAction,
  zipEntries,
  type ActionRun,
} from './support/run-action.js';

const REPOSITORY = 'octo-org/shop-api';
const PASSWORD = 'demo-password';
const CLIENT_SECRET = 'demo-client-secret';
const node24 = process.env['FLOW_RUNNER_NODE24'];
const chrome = ['/usr/bin/chromium', '/usr/bin/google-chrome'].find((file) => existsSync(file));

const FAILING_FLOW = `name: Failing checks
steps:
  - name: Health is created
    request:
      url: '{{ baseUrl }}/health'
    assert:
      status: 201
`;

const nodes: { label: string; binary: string | undefined }[] = [
  { label: `Node ${process.versions.node}`, binary: process.execPath },
  { label: 'Node 24', binary: node24 },
];

describe.skipIf(!existsSync(bundledAction))('bundled action (run npm run bundle first)', () => {
  let demo: DemoApi;
  let demoUrl: string;
  let github: GitHubApiMock;
  let artifacts: ArtifactServiceMock;
  let temp: string;
  let workspace: string;
  let eventFile: string;

  beforeAll(async () => {
    demo = createDemoApi();
    demoUrl = (await demo.listen(0, '127.0.0.1')).url;
    github = await startGitHubApi(REPOSITORY);
    artifacts = await startArtifactService();

    temp = mkdtempSync(path.join(tmpdir(), 'flow-runner-action-'));
    workspace = path.join(temp, 'workspace');
    const flows = path.join(workspace, 'project', 'flows');
    mkdirSync(flows, { recursive: true });
    cpSync(path.join(repositoryRoot, 'fixtures', 'flows'), flows, { recursive: true });
    writeFileSync(path.join(flows, 'failing.flow.yaml'), FAILING_FLOW);

    eventFile = path.join(temp, 'event.json');
    writeFileSync(
      eventFile,
      JSON.stringify({
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          head: { repo: { full_name: REPOSITORY } },
          base: { repo: { full_name: REPOSITORY } },
        },
      }),
    );
  });

  afterAll(async () => {
    await Promise.all([demo?.close(), github?.close(), artifacts?.close()]);
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  beforeEach(() => {
    artifacts.artifacts.length = 0;
    github.comments.length = 0;
    github.requests.length = 0;
    github.forbidden = false;
  });

  function environment(overrides: Record<string, string> = {}): Record<string, string> {
    return {
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: github.url,
      GITHUB_RUN_ID: '9001',
      GITHUB_WORKFLOW: 'API checks',
      GITHUB_JOB: 'flows',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile,
      ACTIONS_RUNTIME_TOKEN: artifacts.token,
      ACTIONS_RESULTS_URL: artifacts.url,
      ...overrides,
    };
  }

  function inputs(overrides: Record<string, string> = {}): Record<string, string> {
    return {
      flows: 'flows/smoke.flow.yaml',
      vars: `baseUrl=${demoUrl}`,
      secrets: JSON.stringify({
        API_PASSWORD: PASSWORD,
        CLIENT_SECRET,
        github_token: 'ghs_unused',
      }),
      reporters: 'html,junit',
      'report-dir': 'flow-runner-report',
      'fail-on': 'failures',
      'github-token': 'ghs_local_test_token',
      'pr-comment': 'true',
      'job-summary': 'true',
      annotations: 'true',
      'artifact-name': 'flow-runner-report',
      'retention-days': '5',
      merge: 'false',
      'working-directory': 'project',
      ...overrides,
    };
  }

  function lineOf(file: string, text: string): number {
    const lines = readFileSync(path.join(workspace, file), 'utf8').split('\n');
    return lines.findIndex((line) => line.includes(text)) + 1;
  }

  for (const { label, binary } of nodes) {
    const describeNode = binary ? describe : describe.skip;
    const title = binary
      ? `on ${label}`
      : `on ${label} (skipped: set FLOW_RUNNER_NODE24 to a Node 24 binary)`;

    describeNode(title, () => {
      const node = binary ?? process.execPath;
      const run = (options: {
        inputs?: Record<string, string>;
        env?: Record<string, string>;
      }): Promise<ActionRun> =>
        runBundledAction({
          node,
          inputs: inputs(options.inputs),
          env: environment(options.env),
          runnerTemp: temp,
          timeoutMs: 90_000,
        });

      it('pull request run reports everywhere', async () => {
        // Comments from others come first, so the marker is found only by following pages.
        for (let index = 0; index < PAGE_SIZE + 1; index += 1) {
          github.comments.push({
            id: 10 + index,
            issue: 7,
            body: `an unrelated review comment ${index}`,
          });
        }
        const reporters = chrome ? 'html,pdf,junit' : 'html,junit';
        const first = await run({
          inputs: {
            flows:
              'flows/smoke.flow.yaml\nflows/auth-api/login.flow.yaml\nflows/reliability/flaky.flow.yaml\nflows/failing.flow.yaml',
            reporters,
            ...(chrome ? { 'chrome-path': chrome } : {}),
          },
        });

        expect(first.exitCode, first.stderr).toBe(1);
        expect(first.stdout).toContain(`::add-mask::${PASSWORD}`);
        expect(first.stdout).toContain(`::add-mask::${CLIENT_SECRET}`);
        expect(first.stdout).toMatch(
          /::error::flow-runner: 1 failed step run, 1 of 4 flows failed/,
        );

        // Annotations at the failing assertion's line, relative to the workspace.
        const failingLine = lineOf('project/flows/failing.flow.yaml', 'status: 201');
        expect(first.stdout).toMatch(
          new RegExp(
            `^::error file=project/flows/failing\\.flow\\.yaml,line=${failingLine},col=\\d+(,endColumn=\\d+)?,title=Step failed%3A Failing checks › Health is created::status`,
            'm',
          ),
        );
        const flakyLine = lineOf(
          'project/flows/reliability/flaky.flow.yaml',
          '- name: Call the flaky endpoint',
        );
        expect(first.stdout).toMatch(
          new RegExp(
            `^::warning file=project/flows/reliability/flaky\\.flow\\.yaml,line=${flakyLine},col=\\d+.*title=Flaky step%3A`,
            'm',
          ),
        );

        // Outputs.
        expect(Number(first.outputs['passed'])).toBeGreaterThan(5);
        expect(first.outputs['failed']).toBe('1');
        expect(Number(first.outputs['flaky'])).toBeGreaterThanOrEqual(1);
        expect(Number(first.outputs['success-rate'])).toBeGreaterThan(0.5);
        expect(Number(first.outputs['success-rate'])).toBeLessThan(1);
        expect(first.outputs['results-path']).toBe(
          path.join(workspace, 'project', 'flow-runner-report', 'results.json'),
        );
        expect(first.outputs['report-path']).toBe(
          path.join(workspace, 'project', 'flow-runner-report', 'report.html'),
        );
        expect(first.outputs['artifact-id']).toMatch(/^\d+$/);

        // Job summary.
        expect(first.summary).toContain('flow-runner: failed');
        expect(first.summary).toContain('Login, profile and settings');
        expect(first.summary).toMatch(
          /\| Step \| Runs \| Passed \| Failed \| Flaky \| Skipped \| p50 \| p90 \| p95 \| p99 \| Max \|/,
        );
        expect(first.summary).toContain('Failing checks');
        expect(first.summary).toContain('status equals 201');
        expect(first.summary).toContain(
          `https://github.com/${REPOSITORY}/actions/runs/9001/artifacts/${first.outputs['artifact-id']}`,
        );
        expect(first.summary).not.toContain(PASSWORD);
        expect(first.summary).not.toContain(CLIENT_SECRET);

        // Artifact with results and reports, kept for the requested days.
        expect(artifacts.artifacts).toHaveLength(1);
        const [artifact] = artifacts.artifacts;
        expect(artifact?.name).toBe('flow-runner-report');
        expect(String(artifact?.id)).toBe(first.outputs['artifact-id']);
        const entries = zipEntries(artifact?.zip ?? Buffer.alloc(0));
        expect(entries).toEqual(
          expect.arrayContaining(['results.json', 'report.html', 'junit.xml']),
        );
        if (chrome) expect(entries).toContain('report.pdf');
        const days = (Date.parse(artifact?.expiresAt ?? '') - Date.now()) / 86_400_000;
        expect(days).toBeGreaterThan(4.9);
        expect(days).toBeLessThan(5.1);

        // One comment, created after reading every page.
        const marker = '<!-- flow-runner:API checks:flows -->';
        const mine = github.comments.filter((comment) => comment.body.includes(marker));
        expect(mine).toHaveLength(1);
        expect(mine[0]?.body).toContain('Failing checks');
        expect(mine[0]?.body).not.toContain(PASSWORD);
        expect(github.requests.filter((request) => request.startsWith('GET '))).toHaveLength(2);
        expect(github.requests.filter((request) => request.startsWith('POST '))).toHaveLength(1);
        expect(github.authorizations.at(-1)).toBe('token ghs_local_test_token');

        // A rerun that passes updates the same comment.
        const second = await run({ inputs: { flows: 'flows/smoke.flow.yaml' } });
        expect(second.exitCode, second.stderr).toBe(0);
        const after = github.comments.filter((comment) => comment.body.includes(marker));
        expect(after).toHaveLength(1);
        expect(after[0]?.id).toBe(mine[0]?.id);
        expect(after[0]?.body).toContain('flow-runner: passed');
        expect(
          github.requests.some((request) =>
            request.startsWith(`PATCH /repos/${REPOSITORY}/issues/comments/${mine[0]?.id}`),
          ),
        ).toBe(true);
        expect(github.comments).toHaveLength(PAGE_SIZE + 2);
      });

      it('forbidden comment gives one warning', async () => {
        github.forbidden = true;
        const result = await run({});

        expect(result.exitCode, result.stderr).toBe(0);
        const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toContain('could not write the PR comment (HTTP 403)');
        expect(warnings[0]).toContain('pull-requests: write');
        expect(result.summary).toContain('flow-runner: passed');
      });

      it('run step without artifact service', async () => {
        const result = await run({
          env: { ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '', GITHUB_EVENT_NAME: 'push' },
        });

        expect(result.exitCode, result.stderr).toBe(0);
        expect(result.stdout).toMatch(
          /^::notice::The reports were not uploaded: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set/m,
        );
        expect(result.outputs['artifact-id']).toBe('');
        expect(result.summary).toContain('The reports were not uploaded');
        expect(github.requests).toHaveLength(0);
      });

      it('two shards then a merge', async () => {
        const flows =
          'flows/smoke.flow.yaml\nflows/auth-api/login.flow.yaml\nflows/reliability/flaky.flow.yaml';
        const push = { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '' };
        const shards = [];
        for (const shard of ['1/2', '2/2']) {
          shards.push(
            await run({ inputs: { flows, shard, 'report-dir': `shard-${shard[0]}` }, env: push }),
          );
        }
        for (const shard of shards) expect(shard.exitCode, shard.stderr).toBe(0);
        expect(shards[0]?.summary).toContain('(shard 1 of 2)');
        expect(shards[1]?.summary).toContain('(shard 2 of 2)');
        expect(artifacts.artifacts.map((item) => item.name).sort()).toEqual([
          'flow-runner-report-shard-1-of-2',
          'flow-runner-report-shard-2-of-2',
        ]);
        // Shard jobs never comment: the merge job does, once.
        expect(github.requests).toHaveLength(0);

        const merged = await run({ inputs: { flows: '', merge: 'true', 'report-dir': 'merged' } });
        expect(merged.exitCode, merged.stderr).toBe(0);
        expect(merged.summary).toContain('(merged from 2 shards)');
        expect(merged.summary).toContain('Smoke');
        expect(merged.summary).toContain('Login, profile and settings');
        expect(merged.summary).toContain('Flaky endpoint');

        const results = JSON.parse(readFileSync(merged.outputs['results-path'] ?? '', 'utf8')) as {
          run: { mergedFrom?: number };
          flows: { name: string }[];
        };
        expect(results.run.mergedFrom).toBe(2);
        expect(results.flows.map((flow) => flow.name).sort()).toEqual([
          'Flaky endpoint',
          'Login, profile and settings',
          'Smoke',
        ]);
        expect(existsSync(path.join(workspace, 'project', 'merged', 'report.html'))).toBe(true);

        const combined = artifacts.artifacts.find((item) => item.name === 'flow-runner-report');
        expect(zipEntries(combined?.zip ?? Buffer.alloc(0))).toEqual(
          expect.arrayContaining(['results.json', 'report.html', 'junit.xml']),
        );
        expect(
          github.comments.filter((comment) => comment.body.includes('merged from 2 shards')),
        ).toHaveLength(1);
      });

      it('invalid input fails with a message', async () => {
        const result = await run({ inputs: { 'fail-on': 'sometimes' } });

        expect(result.exitCode).toBe(1);
        expect(result.stdout).toContain(
          '::error::invalid fail-on "sometimes": expected failures, anomalies or never',
        );
      });
    });
  }
});
