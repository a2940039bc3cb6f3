/**
 * Runs the bundled action the way the runner does: `node dist/index.js` in a child process,
 * inputs as INPUT_* variables (upper case, dashes kept), GITHUB_* variables, and the files
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../..',
);
export const bundledAction = path.join(repositoryRoot, 'dist', 'index.js');

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionRunOptions {
  node: string;
  /** Input name as action.yml spells it → value. */
  inputs: Record<string, string>;
  /** GITHUB_*, ACTIONS_* and other variables; the parent's environment is not inherited. */
  env: Record<string, string>;
  /** Folder for the output, summary and event files. */
  runnerTemp: string;
  timeoutMs?: number;
}

/** Converts an input name the way the runner does: INPUT_ + upper case, spaces as _. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export async function runBundledAction(options: ActionRunOptions): Promise<ActionRun> {
  const outputFile = path.join(options.runnerTemp, `output-${Date.now()}-${Math.random()}.txt`);
  const summaryFile = path.join(options.runnerTemp, `summary-${Date.now()}-${Math.random()}.md`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');

  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? options.runnerTemp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: options.runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[inputVariable(name)] = value;

  const child = spawn(options.node, [bundledAction], {
    env,
    cwd: options.env['GITHUB_WORKSPACE'] ?? options.runnerTemp,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));

  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `the action did not finish within ${options.timeoutMs ?? 60_000} ms\n${stdout}\n${stderr}`,
        ),
      );
    }, options.timeoutMs ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });

  return {
    exitCode,
    stdout,
    stderr,
    outputs: existsSync(outputFile) ? parseOutputFile(readFileSync(outputFile, 'utf8')) : {},
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
  };
}

/** Parses GITHUB_OUTPUT's `name<<DELIMITER` blocks; a later value of a name wins. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index] ?? '');
    if (match) {
      const [, name = '', delimiter] = match;
      const value: string[] = [];
      index += 1;
      while (index < lines.length && lines[index] !== delimiter) value.push(lines[index++] ?? '');
      outputs[name] = value.join('\n');
      continue;
    }
    const simple = /^([^=]+)=(.*)$/.exec(lines[index] ?? '');
    if (simple) outputs[simple[1] ?? ''] = simple[2] ?? '';
  }
  return outputs;
}

/** Lists the file names inside a zip from its central directory. */
export function zipEntries(zip: Buffer): string[] {
  const names: string[] = [];
  let offset = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (offset < 0) return names;
  const count = zip.readUInt16LE(offset + 10);
  offset = zip.readUInt32LE(offset + 16);
  for (let entry = 0; entry < count; entry += 1) {
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names.sort();
}
