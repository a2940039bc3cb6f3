/**
 * Shared pieces of the import tests: the import command run in-process, the built CLI run as a
 * child process, and the assertion records read back from results.json.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { importCommand, type ImportCommandOptions } from '../../src/app/import-command.js';
import type { AssertionRecord, ResultsDocument } from '../../src/results/document.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = join(root, 'fixtures/import');
// Real files from other tools, copied unmodified with their licenses (fixtures/corpus/SOURCES.md).
export const corpus = join(root, 'fixtures/corpus');

export interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

/** Creates a scratch folder; `remove` deletes it. */
export function scratch(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'flow-runner-import-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `flow-runner import` in-process with `cwd` as the working folder. */
export async function runImport(
  options: Partial<ImportCommandOptions> & Pick<ImportCommandOptions, 'format' | 'source'>,
  cwd: string,
): Promise<Output> {
  let stdout = '';
  let stderr = '';
  const code = await importCommand(
    { out: 'out', envFiles: [], force: false, splitFolders: false, ...options },
    {
      cwd,
      env: {},
      stdout: { write: (text) => void (stdout += text) },
      stderr: { write: (text) => void (stderr += text) },
    },
  );
  return { code, stdout, stderr };
}

/** Runs the built CLI (`npm run build` first) in `cwd` with only the variables given in `env`. */
export function runCli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<Output> {
  const entry = join(root, 'bin/flow-runner.js');
  if (!existsSync(join(root, 'lib/cli/main.js'))) {
    throw new Error('lib/ is missing: run `npm run build` before these tests');
  }
  return new Promise((done) => {
    execFile(
      process.execPath,
      [entry, ...args],
      {
        cwd,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', CI: '1', ...env },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        let code = 0;
        if (error !== null) code = typeof error.code === 'number' ? error.code : 3;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** Reads a run's results.json. */
export function readResults(path: string): ResultsDocument {
  return JSON.parse(readFileSync(path, 'utf8')) as ResultsDocument;
}

/** Collects every assertion of every step attempt of the first iteration, with its step name. */
export function assertionsOf(results: ResultsDocument): (AssertionRecord & { step: string })[] {
  return results.flows.flatMap((flow) =>
    (flow.iterationDetails[0]?.attempts ?? []).flatMap((attempt) =>
      attempt.assertions.map((record) => ({ ...record, step: attempt.step })),
    ),
  );
}
