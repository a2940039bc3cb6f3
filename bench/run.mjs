#!/usr/bin/env node
// `npm run bench [-- --quick | --long] [-- --case a,b,c] [-- --engine cli]`: the engine's cost.
//
// Cases A to D run bench/flows/chain.flow.yaml (log in, read profile, update settings) against
// the demo API on 127.0.0.1. Every case prints what it measured. Timings are printed, never
// asserted: they depend on the machine.
//
// A  N sequential iterations through flow-runner and the same requests from a bare undici
//    loop, in alternating rounds: both request rates and the median ratio.
// B  20 virtual users sharing 10,000 iterations and 20 concurrent bare undici chains sending
//    the same requests, in alternating rounds: both request rates and the median ratio.
// C  200,000 requests (1,000,000 with --long) from 50 virtual users, with the demo API in a
//    child process so the memory figures are the engine's: peak memory at 10%, 50% and 100%.
// D  the chained flow with a pre and a post script on every step, beside the same flow
//    without scripts: overhead per script and memory (bench/scripts.mjs).
// E  report.html rendered from a 100,000-request results document: time and size
//    (bench/html.mjs).
//
// --quick (for CI) runs a small version of every case in a few seconds.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Agent, request } from 'undici';
import { createDemoApi } from '../fixtures/demo-api/server.mjs';
import { benchHtml } from './html.mjs';
import { benchScripts } from './scripts.mjs';

const REQUESTS_PER_ITERATION = 3;
const WARMUP_ITERATIONS = 1000;
const PASSWORD = 'bench-password';
const SAMPLE_INTERVAL_MS = 50;
const MiB = 1024 * 1024;

/** Sizes of each case: full, --quick, and --long where it differs from full. */
const SIZES = {
  a: { full: { iterations: 2000, rounds: 5 }, quick: { iterations: 200, rounds: 1 } },
  b: {
    full: { iterations: 10_000, users: 20, rounds: 5 },
    quick: { iterations: 400, users: 20, rounds: 1 },
  },
  c: {
    full: { requests: 200_000, users: 50 },
    quick: { requests: 3_000, users: 50 },
    long: { requests: 1_000_000, users: 50 },
  },
  // D and E take only --quick; their sizes live in their own files.
  d: { full: {}, quick: {} },
  e: { full: {}, quick: {} },
};
const TARGETS = { a: 0.7, b: 0.6, memoryMiB: 250 };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flowFile = path.join(root, 'bench', 'flows', 'chain.flow.yaml');

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      long: { type: 'boolean', default: false },
      case: { type: 'string', default: 'a,b,c,d,e' },
      iterations: { type: 'string' },
      engine: { type: 'string', default: 'api' },
    },
  });
  const size = values.quick ? 'quick' : values.long ? 'long' : 'full';
  const cases = values.case.split(',').map((name) => name.trim().toLowerCase());
  const unknown = cases.filter((name) => !(name in SIZES));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown --case "${unknown.join(',')}": use a, b, c, d, e or a list such as a,c.`,
    );
  }
  const iterations = values.iterations ? Number(values.iterations) : undefined;
  if (iterations !== undefined && (!Number.isInteger(iterations) || iterations < 1)) {
    throw new Error(`Invalid --iterations "${values.iterations}": use a positive integer.`);
  }
  const runEngine = engines[values.engine];
  if (!runEngine) {
    throw new Error(
      `Unknown --engine "${values.engine}": use ${Object.keys(engines).join(' or ')}.`,
    );
  }

  console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load average ${loadAverage()}`);
  const pick = (name) => SIZES[name][size] ?? SIZES[name].full;
  if (cases.includes('a')) {
    await caseA({
      ...pick('a'),
      iterations: iterations ?? pick('a').iterations,
      engine: values.engine,
    });
  }
  if (cases.includes('b')) await caseB(pick('b'));
  if (cases.includes('c')) await caseC(pick('c'));
  if (cases.includes('d')) await benchScripts({ quick: size === 'quick' });
  if (cases.includes('e')) await benchHtml({ quick: size === 'quick' });
}

// ---------------------------------------------------------------------------------------------
// The cases

async function caseA({ iterations, rounds, engine }) {
  const runEngine = engines[engine];
  await withDemoApi(async (url) => {
    console.log(
      `\nCase A: chained flow, ${iterations} sequential iterations x ${REQUESTS_PER_ITERATION} requests, ` +
        `engine via ${engine}, ${rounds} ${rounds === 1 ? 'round' : 'rounds'}`,
    );

    // Warm both paths up so neither pays for JIT compilation and connection setup alone.
    await runUndiciLoop(url, WARMUP_ITERATIONS, 1);
    await runEngine(url, WARMUP_ITERATIONS);

    await compareInRounds({
      rounds,
      requests: iterations * REQUESTS_PER_ITERATION,
      bare: () => runUndiciLoop(url, iterations, 1),
      flowRunner: () => runEngine(url, iterations),
      target: TARGETS.a,
      engine,
    });
  });
}

async function caseB({ iterations, users, rounds }) {
  await withDemoApi(async (url) => {
    console.log(
      `\nCase B: ${users} virtual users sharing ${iterations} iterations x ${REQUESTS_PER_ITERATION} requests, ` +
        `${rounds} ${rounds === 1 ? 'round' : 'rounds'}`,
    );
    await runUndiciLoop(url, WARMUP_ITERATIONS, users);
    await engines.api(url, WARMUP_ITERATIONS, users);

    await compareInRounds({
      rounds,
      requests: iterations * REQUESTS_PER_ITERATION,
      bare: () => runUndiciLoop(url, iterations, users),
      flowRunner: () => engines.api(url, iterations, users),
      target: TARGETS.b,
      engine: 'api',
    });
  });
}

async function caseC({ requests, users }) {
  const iterations = Math.ceil(requests / REQUESTS_PER_ITERATION);
  const total = iterations * REQUESTS_PER_ITERATION;
  console.log(
    `\nCase C: ${total} requests (${iterations} iterations) from ${users} virtual users, demo API in a child process`,
  );
  const api = await startDemoApiProcess();
  try {
    const result = await runWithMilestones(api.url, iterations, users, [0.1, 0.5, 1]);
    for (const milestone of result.milestones) {
      console.log(
        `  at ${String(Math.round(milestone.fraction * 100)).padStart(3)}%: ` +
          `${String(milestone.requests).padStart(8)} requests, peak RSS ${mib(milestone.peakRss)} MiB, ` +
          `peak heap ${mib(milestone.peakHeap)} MiB, heap now ${mib(milestone.heapNow)} MiB`,
      );
    }
    const peak = result.milestones.at(-1)?.peakRss ?? 0;
    const rate = total / (result.ms / 1000);
    console.log(
      `  ${rate.toFixed(0)} req/s over ${(result.ms / 1000).toFixed(1)} s; peak RSS ${mib(peak)} MiB ` +
        `(target < ${TARGETS.memoryMiB} MiB${peak / MiB < TARGETS.memoryMiB ? ', met' : ', not met'})`,
    );
  } finally {
    await api.close();
  }
}

/**
 * Measures both sides in alternating rounds, the order swapped every round, and judges the
 * median of the rounds' ratios. Other jobs on a shared machine change its speed within
 * seconds, so one measurement of each side, one after the other, compares two different
 * machines as often as two programs.
 */
async function compareInRounds({ rounds, requests, bare, flowRunner, target, engine }) {
  const ratios = [];
  for (let round = 1; round <= rounds; round++) {
    let bareResult;
    let engineResult;
    if (round % 2 === 1) {
      bareResult = await measure(bare);
      engineResult = await measure(flowRunner);
    } else {
      engineResult = await measure(flowRunner);
      bareResult = await measure(bare);
    }

    const bareRate = requests / (bareResult.ms / 1000);
    const engineRate = requests / (engineResult.ms / 1000);
    ratios.push(engineRate / bareRate);
    if (rounds > 1) {
      const first = round % 2 === 1 ? 'bare undici' : 'flow-runner';
      console.log(`  round ${round}, ${first} first:`);
    }
    printRow('bare undici', bareResult, bareRate, requests);
    printRow(`flow-runner (${engine})`, engineResult, engineRate, requests);
    if (rounds > 1) console.log(`    ratio ${(engineRate / bareRate).toFixed(2)}`);
  }

  const ratio = median(ratios);
  const label = rounds > 1 ? `median of ${rounds} rounds` : 'one round';
  console.log(
    `  ratio flow-runner / undici: ${ratio.toFixed(2)}, ${label} (target >= ${target}` +
      `${ratio >= target ? ', met' : ', not met'})`,
  );
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function printRow(label, result, rate, requests) {
  const memory =
    result.peakHeap === undefined
      ? `peak RSS ${mib(result.peakRss)} MiB`
      : `peak RSS ${mib(result.peakRss)} MiB, peak heap ${mib(result.peakHeap)} MiB`;
  // CPU time of this process per request; the CLI engine's child is not included.
  const cpu =
    result.cpuMs === undefined
      ? ''
      : `  ${((1000 * result.cpuMs) / requests).toFixed(0)} µs CPU/req`;
  console.log(
    `  ${label.padEnd(20)} ${rate.toFixed(0).padStart(6)} req/s  ` +
      `${(result.ms / 1000).toFixed(2).padStart(6)} s  ${memory}${cpu}`,
  );
}

/**
 * Times `run` and samples this process's memory and CPU time while it runs. A run that returns
 * `childPeakRss` (the CLI engine) reports its child process instead.
 */
async function measure(run) {
  const peak = startMemorySampler();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let outcome;
  try {
    outcome = await run();
  } finally {
    peak.stop();
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);

  if (outcome?.childPeakRss !== undefined) return { ms, peakRss: outcome.childPeakRss };
  return { ms, peakRss: peak.rss, peakHeap: peak.heap, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Samples RSS and V8 heap use every SAMPLE_INTERVAL_MS and keeps the peaks. */
function startMemorySampler() {
  const peak = { rss: 0, heap: 0, stop: () => clearInterval(timer) };
  const sample = () => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heap = Math.max(peak.heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, SAMPLE_INTERVAL_MS);
  peak.sample = sample;
  return peak;
}

function mib(bytes) {
  return (bytes / MiB).toFixed(0);
}

function loadAverage() {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');
}

// ---------------------------------------------------------------------------------------------
// The demo API, in this process (cases A and B) or in a child process (case C).

async function withDemoApi(body) {
  const api = createDemoApi({ password: PASSWORD, flakyEvery: 0 });
  const { url } = await api.listen(0, '127.0.0.1');
  try {
    await body(url);
  } finally {
    await api.close();
  }
}

/** Starts the demo API's command line on a free port and reads its URL from stdout. */
async function startDemoApiProcess() {
  const child = spawn(
    process.execPath,
    [path.join(root, 'fixtures', 'demo-api', 'server.mjs'), '--port', '0', '--flaky-every', '0'],
    {
      env: { PATH: process.env.PATH, DEMO_API_PASSWORD: PASSWORD },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise((resolve, reject) => {
    let output = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the demo API exited with ${code}: ${output}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
  });
  child.removeAllListeners('exit');
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// The baseline: the flow's requests, sent and checked by hand, in `concurrency` chains that
// share the iterations the way virtual users do.

async function runUndiciLoop(baseUrl, iterations, concurrency) {
  const dispatcher = new Agent({ keepAliveTimeout: 10_000 });
  let next = 0;
  const chain = async () => {
    while (next < iterations) {
      next++;
      await sendChain(baseUrl, dispatcher);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, chain));
  } finally {
    await dispatcher.close();
  }
}

async function sendChain(baseUrl, dispatcher) {
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
  async api(baseUrl, iterations, users = 1) {
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
          virtualUsers: users,
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

/**
 * Runs the chained flow through the run and the results builder directly, so an observer can
 * see progress, and records peak memory when the run passes each fraction of its requests.
 */
async function runWithMilestones(baseUrl, iterations, users, fractions) {
  const [flowModule, httpModule, runModule, resultsModule, scriptModule, redactModule, secrets] =
    await Promise.all(
      [
        'flow/load.js',
        'http/client.js',
        'run/index.js',
        'results/builder.js',
        'script/runner.js',
        'secrets/redact.js',
        'secrets/types.js',
      ].map(importLib),
    );
  const loaded = await flowModule.loadFlowSet([flowFile], {
    cwd: root,
    overrideNames: ['baseUrl'],
  });
  const invalid = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (invalid.length > 0) throw new Error(`invalid flow: ${invalid[0].message}`);

  const total = iterations * REQUESTS_PER_ITERATION;
  const pending = fractions.map((fraction) => ({ fraction, at: Math.ceil(fraction * total) }));
  const milestones = [];
  const sampler = startMemorySampler();
  let requests = 0;
  const progress = {
    onEvent(event) {
      if (event.type !== 'attempt') return;
      requests++;
      while (pending.length > 0 && requests >= pending[0].at) {
        sampler.sample();
        const { fraction } = pending.shift();
        const heapNow = process.memoryUsage().heapUsed;
        milestones.push({
          fraction,
          requests,
          peakRss: sampler.rss,
          peakHeap: sampler.heap,
          heapNow,
        });
      }
    },
  };

  const detail = { ...runModule.DEFAULT_DETAIL };
  const builder = new resultsModule.ResultsBuilder({
    toolVersion: 'bench',
    failOn: 'failures',
    detail,
  });
  const http = httpModule.createHttpClient({ env: {} });
  const scripts = scriptModule.createScriptRunner();
  const started = performance.now();
  try {
    await runModule.runFlows(
      loaded.set,
      {
        overrides: { baseUrl },
        iterations,
        virtualUsers: users,
        bail: true,
        detail,
        traceparent: false,
      },
      {
        cwd: root,
        http,
        scripts,
        secrets: secrets.createSecretResolver([]),
        redactor: new redactModule.Redactor(),
        observers: [builder, progress],
      },
    );
  } finally {
    sampler.stop();
    await http.close();
    await scripts.close();
  }
  const ms = performance.now() - started;
  checkCounts(builder.build(), iterations);
  return { ms, milestones };
}

async function importLib(relative) {
  const modulePath = path.join(root, 'lib', relative);
  if (!existsSync(modulePath)) {
    throw new Error(`${modulePath} is missing: run \`npm run build\` first.`);
  }
  return import(pathToFileURL(modulePath).href);
}

async function readRss(pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Throws unless the results document shows every step passed once per iteration. */
function checkCounts(document, iterations) {
  const passed = (document?.flows ?? []).flatMap((flow) => flow.steps.map((step) => step.passed));
  if (passed.length !== REQUESTS_PER_ITERATION || passed.some((count) => count !== iterations)) {
    throw new Error(
      `expected ${REQUESTS_PER_ITERATION} steps to pass ${iterations} times each, ` +
        `the results report ${JSON.stringify(passed)} passes`,
    );
  }
}

main().catch((error) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
