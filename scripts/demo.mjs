#!/usr/bin/env node
// `npm run demo`: start the demo API on a free port, run every sample flow against it with
// all reporters, stop the API and exit with the CLI's exit code. Run `npm run build` first.

import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoApi } from '../fixtures/demo-api/server.mjs';

// Keep in step with the reporters the CLI registers: an unknown name stops the run (exit 2).
const REPORTERS = ['console', 'json', 'html', 'pdf', 'junit', 'otel'];
const OUT_DIR = 'flow-runner-report';

// Values the demo API accepts by default. They are demo credentials, not real secrets.
const SECRETS = {
  API_PASSWORD: 'demo-password',
  CLIENT_SECRET: 'demo-client-secret',
  SIGNING_KEY: 'demo-signing-key',
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const api = createDemoApi({
    password: SECRETS.API_PASSWORD,
    clientSecret: SECRETS.CLIENT_SECRET,
    signingKey: SECRETS.SIGNING_KEY,
  });
  const { url } = await api.listen(0, '127.0.0.1');
  console.log(`Demo API listening on ${url}`);

  const args = [
    path.join(root, 'bin', 'flow-runner.js'),
    'run',
    'fixtures/flows',
    '--env',
    'dev',
    '--var',
    `baseUrl=${url}`,
    '--reporter',
    REPORTERS.join(','),
    '--out',
    OUT_DIR,
  ];
  const env = { ...process.env };
  for (const [name, value] of Object.entries(SECRETS)) env[`FLOW_RUNNER_SECRET_${name}`] = value;

  let exitCode;
  try {
    exitCode = await runCli(args, env);
  } finally {
    await api.close();
  }

  const outDir = path.join(root, OUT_DIR);
  const files = await readdir(outDir).catch(() => []);
  if (files.length > 0)
    console.log(`\nReports in ${outDir}${path.sep}: ${files.sort().join(', ')}`);
  else console.log(`\nNo reports were written to ${outDir}${path.sep}.`);
  console.log(`flow-runner exited with code ${exitCode}.`);
  process.exitCode = exitCode;
}

/** Run the CLI with inherited output and resolve with its exit code. */
function runCli(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });

    // Forward Ctrl+C so the CLI can write the results of what ran before it stops.
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);

    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal === 'SIGINT' ? 130 : 1));
    });
  });
}

main().catch((error) => {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 3;
});
