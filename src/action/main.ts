/**
 * The GitHub Action. This is the one module that talks to @actions/core: it reads the inputs,
 * hands them to the same run command as the CLI, and sets the outputs.
 */
import * as core from '@actions/core';
import path from 'node:path';
import { runCommand, type FailOn } from '../app/run-command.js';
import type { Runtime } from '../app/runtime.js';

/** Runs the action; any thrown value fails the step with its message. */
export async function run(): Promise<void> {
  try {
    const workingDirectory = path.resolve(core.getInput('working-directory') || '.');
    const runtime: Runtime = {
      cwd: workingDirectory,
      env: { ...process.env },
      stdout: process.stdout,
      stderr: process.stderr,
      ci: true,
    };

    const failOn = (core.getInput('fail-on') || 'failures') as FailOn;
    if (!['failures', 'anomalies', 'never'].includes(failOn)) {
      throw new Error(`invalid fail-on "${failOn}": expected failures, anomalies or never`);
    }
    const result = await runCommand(
      {
        paths: core.getMultilineInput('flows', { required: true }),
        vars: core.getMultilineInput('vars'),
        varFiles: [],
        reporters: splitList(core.getInput('reporters')),
        outDir: core.getInput('report-dir') || 'flow-runner-report',
        failOn,
        flowNames: [],
        tags: splitList(core.getInput('tags')),
        bail: false,
        verbose: core.isDebug(),
        ...(core.getInput('environment') ? { environment: core.getInput('environment') } : {}),
      },
      runtime,
    );

    const summary = result.results?.summary;
    core.setOutput('passed', String(summary?.steps.passed ?? 0));
    core.setOutput('failed', String(summary?.steps.failed ?? 0));
    core.setOutput('flaky', String(summary?.steps.flaky ?? 0));
    core.setOutput('success-rate', String(summary?.successRate ?? 0));
    core.setOutput('results-path', result.resultsPath ?? '');
    if (result.exitCode !== 0) {
      core.setFailed(`flow-runner exited with code ${result.exitCode}`);
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : `flow-runner failed: ${String(error)}`);
  }
}

function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}
