#!/usr/bin/env node
// `node bench/scripts.mjs [--quick]`: what a pre and a post script add to a step.
//
// Runs the chained flow (log in, read profile, update settings) against the demo API on
// 127.0.0.1, through the engine in-process. It runs once as it is and once with a pre and a post
// script on every step, then prints the overhead per script:
//   (time with scripts - time without) / scripts run.
// The rounds alternate between the two flows so that a change in the machine's load falls on
// both, and are long because every run starts its own script worker: that fixed cost is
// measured apart, with one-iteration runs. A last run of 10,000 steps with scripts reports
// memory at 10%, 50% and 100% of its steps.
//
// Timings are printed, never asserted: they depend on the machine. Run `npm run build` first.

import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createDemoApi } from '../fixtures/demo-api/server.mjs';

const STEPS_PER_ITERATION = 3;
const SCRIPTS_PER_ITERATION = 2 * STEPS_PER_ITERATION;
const PASSWORD = 'bench-password';
const TARGET_MS_PER_SCRIPT = 1;
const MiB = 1024 * 1024;

/** Iterations per round, rounds per flow, one-iteration runs, and steps in the memory run. */
const SIZES = {
  full: { warmup: 50, rounds: 2, iterations: 1667, startups: 5, memorySteps: 10_000 },
  quick: { warmup: 10, rounds: 2, iterations: 30, startups: 2, memorySteps: 300 },
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The scripts do what a real flow does: set a header, test the response, pass a value on. The
// settings step's body reads `theme` from a post script, so a run whose scripts did not run fails.
const SCRIPTED_FLOW = `name: Chained flow with scripts
variables:
  baseUrl: 'http://127.0.0.1:3000'
  user: alice
  password: ${PASSWORD}
steps:
  - name: Log in
    request:
      method: POST
      url: '{{ baseUrl }}/api/login'
      json: { user: '{{ user }}', password: '{{ password }}' }
    pre: |
      at.request.headers["x-request-id"] = "login-" + at.iteration;
    post: |
      at.test("issues a token", () => at.expect(typeof at.response.json().token).toBe("string"));
      at.variables.set("theme", "dark");
    extract:
      token: { json: '$.token' }
    assert:
      status: 200

  - name: Read profile
    request:
      url: '{{ baseUrl }}/api/profile'
      auth: { bearer: '{{ token }}' }
    pre: |
      at.request.headers["x-request-id"] = "profile-" + at.iteration;
    post: |
      at.test("responds with 200", () => at.expect(at.response.status).toBe(200));
    assert:
      status: 200

  - name: Update settings
    request:
      method: PUT
      url: '{{ baseUrl }}/api/settings'
      auth: { bearer: '{{ token }}' }
      json: { theme: '{{ theme }}' }
    pre: |
      at.request.headers["x-request-id"] = "settings-" + at.iteration;
    post: |
      at.test("responds with 200", () => at.expect(at.response.status).toBe(200));
    assert:
      status: 200
`;

/** The same requests and checks without a script. */
const PLAIN_FLOW = `name: Chained flow without scripts
variables:
  baseUrl: 'http://127.0.0.1:3000'
  user: alice
  password: ${PASSWORD}
steps:
  - name: Log in
    request:
      method: POST
      url: '{{ baseUrl }}/api/login'
      json: { user: '{{ user }}', password: '{{ password }}' }
    extract:
      token: { json: '$.token' }
    assert:
      status: 200

  - name: Read profile
    request:
      url: '{{ baseUrl }}/api/profile'
      auth: { bearer: '{{ token }}' }
    assert:
      status: 200

  - name: Update settings
    request:
      method: PUT
      url: '{{ baseUrl }}/api/settings'
      auth: { bearer: '{{ token }}' }
      json: { theme: dark }
    assert:
      status: 200
`;

/**
 * Measures the overhead per script and the memory of a long run with scripts; prints both and
 * returns them. Needs the built engine in lib/.
 */
export async function benchScripts({ quick = false } = {}) {
  const size = quick ? SIZES.quick : SIZES.full;
  const modulePath = path.join(root, 'lib', 'app', 'run-command.js');
  if (!existsSync(modulePath)) {
    throw new Error(`${modulePath} is missing: run \`npm run build\` first.`);
  }
  const { runCommand } = await import(pathToFileURL(modulePath).href);

  let requests = 0;
  const api = createDemoApi({ password: PASSWORD, flakyEvery: 0, log: () => requests++ });
  const { url } = await api.listen(0, '127.0.0.1');
  const folder = await mkdtemp(path.join(os.tmpdir(), 'flow-runner-bench-scripts-'));
  try {
    const plainFile = path.join(folder, 'plain.flow.yaml');
    const scriptedFile = path.join(folder, 'scripted.flow.yaml');
    await writeFile(plainFile, PLAIN_FLOW);
    await writeFile(scriptedFile, SCRIPTED_FLOW);
    const run = (file, iterations) => runFlow(runCommand, file, url, iterations, folder);

    console.log(
      `\nScripts: the chained flow with a pre and a post script on every step, beside the same ` +
        `flow without scripts, ${size.rounds} rounds of ${size.iterations} iterations each`,
    );
    await run(plainFile, size.warmup);
    await run(scriptedFile, size.warmup);

    // A run with scripts starts a worker and builds a sandbox before its first script.
    const startups = [];
    for (let i = 0; i < size.startups; i++) {
      startups.push((await run(scriptedFile, 1)) - (await run(plainFile, 1)));
    }
    const startupMs = median(startups);

    let plainMs = 0;
    let scriptedMs = 0;
    for (let round = 0; round < size.rounds; round++) {
      plainMs += await run(plainFile, size.iterations);
      scriptedMs += await run(scriptedFile, size.iterations);
    }
    const iterations = size.rounds * size.iterations;
    const scripts = iterations * SCRIPTS_PER_ITERATION;
    const perScriptMs = (scriptedMs - plainMs) / scripts;
    console.log(
      `  without scripts ${(plainMs / 1000).toFixed(2).padStart(6)} s  ` +
        `${((1000 * plainMs) / (iterations * STEPS_PER_ITERATION)).toFixed(0)} µs per step`,
    );
    console.log(
      `  with scripts    ${(scriptedMs / 1000).toFixed(2).padStart(6)} s  ` +
        `${((1000 * scriptedMs) / (iterations * STEPS_PER_ITERATION)).toFixed(0)} µs per step`,
    );
    console.log(
      `  overhead per script: ${perScriptMs.toFixed(3)} ms over ${scripts} scripts ` +
        `(target < ${TARGET_MS_PER_SCRIPT} ms${perScriptMs < TARGET_MS_PER_SCRIPT ? ', met' : ', not met'})`,
    );
    console.log(
      `  fixed cost of scripts per run (worker start-up): ${startupMs.toFixed(0)} ms, ` +
        `median of ${size.startups} one-iteration runs; ` +
        `${((size.rounds * startupMs) / scripts).toFixed(3)} ms of the overhead per script above`,
    );

    // Memory along one long run: the demo API counts the steps as their responses go out.
    const memoryIterations = Math.ceil(size.memorySteps / STEPS_PER_ITERATION);
    const totalSteps = memoryIterations * STEPS_PER_ITERATION;
    const marks = [0.1, 0.5, 1].map((fraction) => ({
      fraction,
      at: Math.ceil(fraction * totalSteps),
    }));
    const memory = [];
    const sampler = setInterval(() => {
      while (marks.length > 0 && requests - startRequests >= marks[0].at) {
        const { fraction } = marks.shift();
        const { rss, heapUsed } = process.memoryUsage();
        memory.push({ fraction, steps: requests - startRequests, rss, heap: heapUsed });
      }
    }, 10);
    const startRequests = requests;
    let memoryMs;
    try {
      memoryMs = await run(scriptedFile, memoryIterations);
    } finally {
      clearInterval(sampler);
    }
    if (marks.length > 0) {
      // The run ended between two samples: its last mark is the state at the end.
      const { rss, heapUsed } = process.memoryUsage();
      for (const { fraction } of marks.splice(0)) {
        memory.push({ fraction, steps: requests - startRequests, rss, heap: heapUsed });
      }
    }
    console.log(
      `  ${totalSteps} steps with scripts in ${(memoryMs / 1000).toFixed(2)} s; memory of this ` +
        `process (engine, script worker and demo API):`,
    );
    for (const mark of memory) {
      console.log(
        `    at ${String(Math.round(mark.fraction * 100)).padStart(3)}%: ${String(mark.steps).padStart(6)} steps, ` +
          `RSS ${mib(mark.rss)} MiB, heap ${mib(mark.heap)} MiB`,
      );
    }
    return { perScriptMs, startupMs, plainMs, scriptedMs, scripts, memory };
  } finally {
    await rm(folder, { recursive: true, force: true });
    await api.close();
  }
}

/** Runs one flow file through the engine in-process and returns its wall time in milliseconds. */
async function runFlow(runCommand, file, baseUrl, iterations, folder) {
  const outDir = path.join(folder, 'out');
  const errors = [];
  const started = performance.now();
  const result = await runCommand(
    {
      paths: [file],
      vars: [`baseUrl=${baseUrl}`],
      varFiles: [],
      iterations,
      virtualUsers: 1,
      reporters: [],
      outDir,
      failOn: 'failures',
      flowNames: [],
      tags: [],
      bail: true,
      verbose: false,
    },
    {
      cwd: folder,
      env: {},
      stdout: { write() {} },
      stderr: { write: (text) => errors.push(text) },
      ci: true,
    },
  );
  const ms = performance.now() - started;
  if (result.exitCode !== 0) {
    throw new Error(
      `${path.basename(file)} exited with ${result.exitCode}: ${errors.join('').trim()}`,
    );
  }
  checkCounts(result.results, iterations, file);
  return ms;
}

/** Fails the benchmark when a step did not pass in every iteration: a fast failure is no result. */
function checkCounts(document, iterations, file) {
  const passed = (document?.flows ?? []).flatMap((flow) => flow.steps.map((step) => step.passed));
  if (passed.length !== STEPS_PER_ITERATION || passed.some((count) => count !== iterations)) {
    throw new Error(
      `${path.basename(file)}: expected ${STEPS_PER_ITERATION} steps to pass ${iterations} ` +
        `times each, the results report ${JSON.stringify(passed)} passes`,
    );
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function mib(bytes) {
  return (bytes / MiB).toFixed(0);
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  console.log(
    `Node ${process.version}, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')}`,
  );
  benchScripts({ quick: values.quick }).catch((error) => {
    console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
