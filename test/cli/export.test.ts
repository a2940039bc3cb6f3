/**
 * `at.export` from After All through the real CLI. Every format is written under the output
 * folder, a report is POSTed to a webhook on 127.0.0.1 with its content type and headers, and a
 * webhook that fails is a warning instead of a failed run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startDemoApi } from './support.js';

interface Received {
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let api: Awaited<ReturnType<typeof startDemoApi>>;
let webhook: Server;
let webhookUrl: string;
let closedUrl: string;
const received: Received[] = [];
let work: string;

beforeAll(async () => {
  api = await startDemoApi();
  work = mkdtempSync(path.join(tmpdir(), 'flow-runner-export-'));

  webhook = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body });
      res.writeHead(req.url === '/reject' ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}`;

  // A port that was free a moment ago: the POST is refused.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedUrl = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/hook`;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});

afterAll(async () => {
  await api.close();
  await new Promise<void>((resolve) => webhook.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

function flowWith(afterAllScript: string, name: string): string {
  const file = path.join(work, `${name}.flow.yaml`);
  const script = afterAllScript
    .trim()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  writeFileSync(
    file,
    [
      `name: Export ${name}`,
      'afterAll: |',
      script,
      'steps:',
      '  - name: Health',
      '    request:',
      '      url: "{{ baseUrl }}/health"',
      '    extract:',
      '      code: { status: true, secret: true }',
      '    assert:',
      '      status: 200',
      '',
    ].join('\n'),
  );
  return file;
}

describe('at.export', () => {
  it('writes every format under the output folder', async () => {
    const flow = flowWith(
      `
for (const format of ["json", "html", "junit", "otel", "pdf"]) {
  const written = await at.export({ format, path: "exports/report-" + format });
  console.log(format + " written: " + (written.path !== undefined));
}`,
      'files',
    );
    const out = path.join(work, 'files-out');

    const result = await runCli(['run', flow, '--var', `baseUrl=${api.baseUrl}`, '--out', out]);

    expect(result.code).toBe(0);
    const exported = (format: string) => path.join(out, 'exports', `report-${format}`);
    expect(JSON.parse(readFileSync(exported('json'), 'utf8')).schemaVersion).toBe(1);
    expect(readFileSync(exported('html'), 'utf8')).toContain('<!DOCTYPE html>');
    expect(readFileSync(exported('junit'), 'utf8')).toContain('<testsuites');
    expect(JSON.parse(readFileSync(exported('otel'), 'utf8')).resourceSpans).toHaveLength(1);
    const pdfText = execFileSync('pdftotext', [exported('pdf'), '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Export files');
  });

  it('posts to a webhook with the content type and headers', async () => {
    const flow = flowWith(
      `
const sent = await at.export({ format: "json", url: "${'{{WEBHOOK}}'}/hook", headers: { "x-token": "hook-token" } });
console.log("status " + sent.status);`,
      'webhook',
    );
    writeFileSync(flow, readFileSync(flow, 'utf8').replace('{{WEBHOOK}}', webhookUrl));

    const result = await runCli([
      'run',
      flow,
      '--var',
      `baseUrl=${api.baseUrl}`,
      '--out',
      path.join(work, 'hook-out'),
    ]);

    expect(result.code).toBe(0);
    const post = received.find((request) => request.url === '/hook');
    expect(post?.headers['content-type']).toBe('application/json');
    expect(post?.headers['x-token']).toBe('hook-token');
    expect(JSON.parse(post?.body ?? '{}').flows[0].name).toBe('Export webhook');
    // The run is still going when After All exports: it is not reported as interrupted.
    expect(JSON.parse(post?.body ?? '{}').run.status).toBe('passed');
  });

  it('turns a failed POST into a warning', async () => {
    const flow = flowWith(
      `
await at.export({ format: "junit", url: "${closedUrl}" });
await at.export({ format: "json", url: "${'{{WEBHOOK}}'}/reject" });`,
      'refused',
    );
    writeFileSync(flow, readFileSync(flow, 'utf8').replace('{{WEBHOOK}}', webhookUrl));

    const result = await runCli([
      'run',
      flow,
      '--var',
      `baseUrl=${api.baseUrl}`,
      '--out',
      path.join(work, 'refused-out'),
    ]);

    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /warning: at\.export: POST http:\/\/127\.0\.0\.1:\d+\/hook failed/,
    );
    expect(result.stderr).toMatch(/returned HTTP 500/);
  });

  it('rejects an unknown format with the list', async () => {
    const flow = flowWith('await at.export({ format: "xlsx", path: "x.xlsx" });', 'unknown');

    const result = await runCli([
      'run',
      flow,
      '--var',
      `baseUrl=${api.baseUrl}`,
      '--out',
      path.join(work, 'unknown-out'),
    ]);

    expect(result.code).toBe(1);
    expect(result.stdout).toContain('unknown format "xlsx"');
    expect(result.stdout).toMatch(/available formats: .*json.*html/);
  });

  it('warns that a short captured secret is not masked inside text', async () => {
    const flow = flowWith('console.log("done");', 'short');

    const result = await runCli([
      'run',
      flow,
      '--var',
      `baseUrl=${api.baseUrl}`,
      '--out',
      path.join(work, 'short-out'),
    ]);

    expect(result.code).toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'the secret captured by extraction code is shorter than 4 characters',
    );
  });
});
