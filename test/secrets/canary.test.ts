/**
 * The canary scan: every demo flow runs through the built CLI with distinctive secret values,
 * every reporter on, --verbose and a live OTLP export, then every stream, file and exported
 * request is searched for the values in each encoded form. One hit fails the test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/common/errors.js';
import { repoRoot, runFlowRunner, startDemoApi, type CliRun, type DemoApi } from './support.js';

const CANARIES = {
  API_PASSWORD: 'CanaryPw-7d1f3a9c2b/+=?&',
  CLIENT_SECRET: 'CanaryClient-5e8b6d4f',
  SIGNING_KEY: 'CanarySign-9a3c7e1b',
};
const CLIENT_ID = 'demo-client';

/** Every form a value can take on the wire or in a report. */
function encodedForms(value: string): Record<string, string> {
  const base64 = Buffer.from(value).toString('base64');
  return {
    plain: value,
    'URL-encoded': encodeURIComponent(value),
    'form-encoded': new URLSearchParams({ v: value }).toString().slice(2),
    base64,
    'base64 unpadded': base64.replace(/=+$/, ''),
    base64url: Buffer.from(value).toString('base64url'),
    'JSON-escaped': JSON.stringify(value).slice(1, -1),
  };
}

function canaryForms(): [string, string][] {
  const forms: [string, string][] = [];
  for (const [name, value] of Object.entries(CANARIES)) {
    for (const [kind, form] of Object.entries(encodedForms(value)))
      forms.push([`${name} ${kind}`, form]);
  }
  // The oauth flow sends the client secret in a Basic credential.
  const basic = Buffer.from(`${CLIENT_ID}:${CANARIES.CLIENT_SECRET}`).toString('base64');
  forms.push(['CLIENT_SECRET in a Basic credential', basic]);
  return forms;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

function pdfText(file: string): string {
  // pdftotext comes from Debian's poppler-utils; CI installs it.
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

let api: DemoApi;
let receiver: Server;
const exported: Buffer[] = [];
let work: string;
let run: CliRun;

beforeAll(async () => {
  api = await startDemoApi({
    password: CANARIES.API_PASSWORD,
    clientSecret: CANARIES.CLIENT_SECRET,
    signingKey: CANARIES.SIGNING_KEY,
  });

  // An OTLP/HTTP receiver that keeps each request body, to scan what the live export sent.
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      exported.push(Buffer.concat(chunks));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const otlp = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/v1/traces`;

  work = mkdtempSync(path.join(tmpdir(), 'flow-runner-canary-'));
  run = await runFlowRunner(
    [
      'run',
      'fixtures/flows',
      '--env',
      'dev',
      '--var',
      `baseUrl=${api.baseUrl}`,
      '--reporter',
      'console,json,html,pdf,junit,otel',
      '--verbose',
      '--otel-endpoint',
      otlp,
      '--out',
      path.join(work, 'out'),
    ],
    {
      cwd: repoRoot,
      env: {
        ...Object.fromEntries(
          Object.entries(CANARIES).map(([name, value]) => [`FLOW_RUNNER_SECRET_${name}`, value]),
        ),
        CHROME_PATH: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
        FLOW_RUNNER_KEYCHAIN: 'off',
      },
      timeoutMs: 180_000,
    },
  );
}, 240_000);

afterAll(async () => {
  await api.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

describe('canary scan', () => {
  it('runs every demo flow with every reporter', () => {
    // Exit 0 means every flow passed, so the logins and signatures used the canary values.
    expect(run.stderr).not.toContain('Missing secret');
    expect(run.code).toBe(ExitCode.Passed);
    const files = filesUnder(path.join(work, 'out')).map((file) => path.basename(file));
    expect(files).toEqual(
      expect.arrayContaining([
        'results.json',
        'report.html',
        'report.pdf',
        'junit.xml',
        'traces.json',
      ]),
    );
    expect(exported.length).toBeGreaterThan(0);
    // The values were really sent, so a clean scan means they were masked, not absent.
    expect(api.requests()).toBeGreaterThan(10);
  });

  it('finds no canary in any stream, file or export', () => {
    const sinks: [string, string][] = [
      ['stdout', run.stdout],
      ['stderr', run.stderr],
    ];
    for (const file of filesUnder(path.join(work, 'out'))) {
      const name = path.relative(work, file);
      // latin1 keeps every byte, so binary files are searched as they are.
      sinks.push([name, readFileSync(file).toString('latin1')]);
      if (file.endsWith('.pdf')) sinks.push([`${name} (text)`, pdfText(file)]);
    }
    exported.forEach((body, index) =>
      sinks.push([`OTLP export ${index + 1}`, body.toString('latin1')]),
    );

    const hits: string[] = [];
    for (const [sink, text] of sinks) {
      for (const [form, value] of canaryForms()) {
        if (text.includes(value)) hits.push(`${form} in ${sink}`);
      }
    }
    expect(sinks.length).toBeGreaterThan(6);
    expect(hits).toEqual([]);
  });

  it('masks where the values were', () => {
    expect(run.stdout + run.stderr).toContain('****');
  });
});
