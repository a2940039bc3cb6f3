#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --engine cli]`: the engine's overhead on a chained flow.
//
// Case A runs bench/flows/chain.flow.yaml (log in, read profile, update settings) for N
// sequential iterations through flow-runner, then sends the same requests with a bare undici
// loop, against one demo API on 127.0.0.1. It prints both request rates, their ratio and peak
// memory. Timings are printed, never asserted: they depend on the machine.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Agent, request } from 'undici';
import { createDemoApi } from '../fixtures/demo-api/server.mjs';

const FULL_ITERATIONS = 2000;
const QUICK_ITERATIONS = 200;
const WARMUP_ITERATIONS = 50;
const REQUESTS_PER_ITERATION = 3;
const TARGET_RATIO = 0.7;
const PASSWORD = 'bench-password';
const SAMPLE_INTERVAL_MS = 50;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flowFile = path.join(root, 'bench', 'flows', 'chain.flow.yaml');

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      iterations: { type: 'string' },
      engine: { type: 'string', default: 'api' },
    },
  });
  const iterations = values.iterations
    ? Number(values.iterations)
    : values.quick
      ? QUICK_ITERATIONS
      : FULL_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new Error(`Invalid --iterations "${values.iterations}": use a positive integer.`);
  }
  const runEngine = engines[values.engine];
  if (!runEngine) {
    throw new Error(
      `Unknown --engine "${values.engine}": use ${Object.keys(engines).join(' or ')}.`,
    );
  }

  const api = createDemoApi({ password: PASSWORD, flakyEvery: 0 });
  const { url } = await api.listen(0, '127.0.0.1');
  try {
    console.log(
      `Case A: chained flow, ${iterations} sequential iterations x ${REQUESTS_PER_ITERATION} requests`,
    );
    console.log(`Node ${process.version}, ${os.cpus().length} CPUs, engine via ${values.engine}\n`);

    // Warm both paths up so neither pays for JIT compilation and connection setup alone.
    await runUndiciLoop(url, WARMUP_ITERATIONS);
    await runEngine(url, WARMUP_ITERATIONS);

    const bare = await measure(() => runUndiciLoop(url, iterations));
    const engine = await measure(() => runEngine(url, iterations));

    const requests = iterations * REQUESTS_PER_ITERATION;
    const bareRate = requests / (bare.ms / 1000);
    const engineRate = requests / (engine.ms / 1000);
    const ratio = engineRate / bareRate;

    printRow('bare undici loop', bare, bareRate);
    printRow(`flow-runner (${values.engine})`, engine, engineRate);
    console.log(
      `\nratio flow-runner / undici: ${ratio.toFixed(2)} (target >= ${TARGET_RATIO}` +
        `${ratio >= TARGET_RATIO ? ', met' : ', not met'})`,
    );
  } finally {
    await api.close();
  }
}

function printRow(label, result, rate) {
  const memory =
    result.peakHeapMiB === undefined
      ? `peak RSS ${result.peakRssMiB.toFixed(0)} MiB`
      : `peak RSS ${result.peakRssMiB.toFixed(0)} MiB, peak heap ${result.peakHeapMiB.toFixed(0)} MiB`;
  console.log(
    `${label.padEnd(26)} ${rate.toFixed(0).padStart(6)} req/s  ` +
      `${(result.ms / 1000).toFixed(2).padStart(6)} s  ${memory}`,
  );
}

/**
 * Time `run` and sample this process's memory while it runs. A run that returns `childPeakRss`
 * (the CLI engine) reports its child process instead.
 */
async function measure(run) {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, SAMPLE_INTERVAL_MS);

  const started = performance.now();
  let outcome;
  try {
    outcome = await run();
  } finally {
    clearInterval(timer);
  }
  const ms = performance.now() - started;
  sample();

  const MiB = 1024 * 1024;
  if (outcome?.childPeakRss !== undefined) {
    return { ms, peakRssMiB: outcome.childPeakRss / MiB };
  }
  return { ms, peakRssMiB: peakRss / MiB, peakHeapMiB: peakHeap / MiB };
}

// ---------------------------------------------------------------------------------------------
// The baseline: the flow's requests, sent and checked by hand.

async function runUndiciLoop(baseUrl, iterations) {
  const dispatcher = new Agent({ keepAliveTimeout: 10_000 });
  try {
    for (let i = 0; i < iterations; i++) {
      const login = await request(`${baseUrl}/api/login`, {
        method: 'POST',
        dispatcher,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ user: 'alice', password: PASSWORD }),
      });
      const { token } = await expectJson(login, 200);
      const cookie = String(login.headers['set-cookie']).split(';')[0];
      const auth = { authorization: `Bearer ${token}`, cookie, accept: 'application/json' };

      const profile = await request(`${baseUrl}/api/profile`, { dispatcher, headers: auth });
      const body = await expectJson(profile, 200);
      if (body.session !== 'valid') throw new Error(`profile session is ${body.session}`);

      const settings = await request(`${baseUrl}/api/settings`, {
        method: 'PUT',
        dispatcher,
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ theme: 'dark' }),
      });
      await expectJson(settings, 200);
    }
  } finally {
    await dispatcher.close();
  }
}

async function expectJson(response, status) {
  const body = await response.body.json();
  if (response.statusCode !== status) {
    throw new Error(
      `expected status ${status}, got ${response.statusCode}: ${JSON.stringify(body)}`,
    );
  }
  return body;
}

// ---------------------------------------------------------------------------------------------
// The engine, behind one function per way of calling it.

const engines = {
  /** In-process through the app layer that the CLI and the action share. */
  async api(baseUrl, iterations) {
    const modulePath = path.join(root, 'lib', 'app', 'run-command.js');
    if (!existsSync(modulePath)) {
      throw new Error(`${modulePath} is missing: run \`npm run build\` first.`);
    }
    const { runCommand } = await import(pathToFileURL(modulePath).href);

    const outDir = await mkdtemp(path.join(os.tmpdir(), 'flow-runner-bench-'));
    const errors = [];
    try {
      const result = await runCommand(
        {
          paths: [flowFile],
          vars: [`baseUrl=${baseUrl}`],
          varFiles: [],
          iterations,
          reporters: [],
          outDir,
          failOn: 'failures',
          flowNames: [],
          tags: [],
          bail: true,
          verbose: false,
        },
        {
          cwd: root,
          env: {},
          stdout: { write() {} },
          stderr: { write: (text) => errors.push(text) },
          ci: true,
        },
      );
      if (result.exitCode !== 0) {
        throw new Error(`flow-runner exited with ${result.exitCode}: ${errors.join('').trim()}`);
      }
      checkCounts(result.results, iterations);
      return {};
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  },

  /** As a user runs it: the CLI in a child process, start-up time included. */
  async cli(baseUrl, iterations) {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'flow-runner-bench-'));
    const args = [
      path.join(root, 'bin', 'flow-runner.js'),
      'run',
      flowFile,
      '--var',
      `baseUrl=${baseUrl}`,
      '--iterations',
      String(iterations),
      '--bail',
      '--out',
      outDir,
    ];
    try {
      const child = spawn(process.execPath, args, {
        cwd: root,
        env: { PATH: process.env.PATH, CI: 'true' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));

      // The child's resident set size, read from /proc on Linux while it runs.
      let childPeakRss = 0;
      const timer = setInterval(() => {
        readRss(child.pid).then((rss) => (childPeakRss = Math.max(childPeakRss, rss)));
      }, SAMPLE_INTERVAL_MS);
      const code = await new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (exitCode) => resolve(exitCode));
      });
      clearInterval(timer);

      if (code !== 0) throw new Error(`flow-runner exited with ${code}: ${stderr.trim()}`);
      const document = JSON.parse(await readFile(path.join(outDir, 'results.json'), 'utf8'));
      checkCounts(document, iterations);
      return { childPeakRss };
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  },
};

async function readRss(pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Throw unless the results document shows every step run once per iteration. */
function checkCounts(document, iterations) {
  const counts = (document?.flows ?? []).flatMap((flow) => flow.steps.map((step) => step.count));
  if (counts.length !== REQUESTS_PER_ITERATION || counts.some((count) => count !== iterations)) {
    throw new Error(
      `expected ${REQUESTS_PER_ITERATION} steps run ${iterations} times each, ` +
        `the results report ${JSON.stringify(counts)}`,
    );
  }
}

main().catch((error) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
