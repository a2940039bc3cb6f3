/**
 * `flow-runner import FORMAT SOURCE --out DIR`: converts the source, writes the flow group to a
 * temporary folder next to DIR, validates it with the flow loader, and only then moves the files
 * into DIR. Existing files are never replaced without `force`.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ExitCode, InputError } from '../common/errors.js';
import { loadFlowSet } from '../flow/load.js';
import {
  decodeText,
  importSource,
  renderYaml,
  type ImportFormat,
  type ImportNote,
  type ImportResult,
  type SourceFile,
} from '../import/index.js';
import { DYNAMIC_VALUE_NAMES } from '../run/dynamic.js';
import { printDiagnostics, printError } from './diagnostics.js';
import { useColor, type Runtime } from './runtime.js';

export interface ImportCommandOptions {
  format: ImportFormat;
  source: string;
  out: string;
  envFiles: string[];
  force: boolean;
  splitFolders: boolean;
}

const GROUP_FILE = 'flow-group.yaml';

/** Runs one import and prints its summary; returns the exit code. */
export async function importCommand(
  options: ImportCommandOptions,
  runtime: Runtime,
): Promise<number> {
  try {
    const source = await readSource(runtime.cwd, options.source);
    const environments = await Promise.all(
      options.envFiles.map((file) => readSource(runtime.cwd, file)),
    );
    const outDir = path.resolve(runtime.cwd, options.out);
    const sourceDir = path.dirname(path.resolve(runtime.cwd, options.source));
    const result = importSource(options.format, source, {
      environments,
      splitFolders: options.splitFolders,
      locateFile: (src) => locateFile(src, sourceDir, outDir),
      dynamicValues: DYNAMIC_VALUE_NAMES,
    });
    if (result.flows.every((flow) => (flow.value.steps as unknown[]).length === 0)) {
      printNotes(runtime, result);
      throw new InputError(`${options.source}: nothing to import: no request could be converted`);
    }

    const files = renderFiles(result, outDir);
    if (!options.force) rejectExistingFiles(outDir, files, runtime.cwd);

    const written = await writeValidated(outDir, files, result, runtime);
    if (written === undefined) return ExitCode.InvalidInput;
    printSummary(runtime, options, result, written);
    return ExitCode.Passed;
  } catch (error) {
    return printError(error, runtime);
  }
}

async function readSource(cwd: string, file: string): Promise<SourceFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `${file}: file not found`
        : `${file}: cannot be read (${code ?? String(error)})`,
    );
  }
  return { path: file, text: decodeText(bytes) };
}

/**
 * Finds an uploaded file by its absolute path, or relative to the source's folder, and returns
 * its path relative to the output folder, where the flow files will be.
 */
function locateFile(src: string, sourceDir: string, outDir: string): string | undefined {
  const candidate = path.resolve(sourceDir, src);
  if (!existsSync(candidate)) return undefined;
  return path.relative(outDir, candidate).split(path.sep).join('/');
}

/** File name inside the output folder → YAML text. */
function renderFiles(result: ImportResult, outDir: string): Map<string, string> {
  // The schemas of the flow-runner that runs this import: in a checkout or under node_modules,
  // both sit two folders above this module (src/app or lib/app).
  const schemaDir = path
    .relative(outDir, fileURLToPath(new URL('../../schema', import.meta.url)))
    .split(path.sep)
    .join('/');
  const files = new Map<string, string>();
  files.set(GROUP_FILE, renderYaml(result.group, `${schemaDir}/flow-group.schema.json`));
  for (const flow of result.flows)
    files.set(flow.file, renderYaml(flow.value, `${schemaDir}/flow.schema.json`));
  return files;
}

function rejectExistingFiles(outDir: string, files: Map<string, string>, cwd: string): void {
  const existing = [...files.keys()].filter((file) => existsSync(path.join(outDir, file)));
  if (existing.length === 0) return;
  const names = existing.map((file) => path.relative(cwd, path.join(outDir, file))).join(', ');
  throw new InputError(
    `these files exist already: ${names}; pass --force to replace them, or choose another --out folder`,
  );
}

/**
 * Writes the files to a temporary folder beside the output folder, so the group is validated in
 * the same place relative to its files, then moves them in. Returns the written paths.
 */
async function writeValidated(
  outDir: string,
  files: Map<string, string>,
  result: ImportResult,
  runtime: Runtime,
): Promise<string[] | undefined> {
  // NOTE: with `--out .` the staging folder is created in the parent of the working folder,
  // which must then be writable.
  const parent = path.dirname(outDir);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(path.join(parent, '.flow-runner-import-'));
  try {
    for (const [file, text] of files) await writeFile(path.join(staging, file), text);

    const loaded = await loadFlowSet([path.relative(runtime.cwd, staging) || '.'], {
      cwd: runtime.cwd,
      overrideNames: result.requiredVariables,
      ...(environmentToCheck(result) === undefined
        ? {}
        : { environment: environmentToCheck(result) }),
    });
    const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    if (errors.length > 0) {
      printDiagnostics(errors, runtime, useColor(runtime, runtime.stderr), loaded.sources);
      runtime.stderr.write(
        `\nThe imported flows did not pass validation (${errors.length} error${errors.length === 1 ? '' : 's'}), so nothing was written.\n`,
      );
      return undefined;
    }

    await mkdir(outDir, { recursive: true });
    const written: string[] = [];
    for (const file of files.keys()) {
      await rename(path.join(staging, file), path.join(outDir, file));
      written.push(path.relative(runtime.cwd, path.join(outDir, file)));
    }
    return written;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Picks the environment to validate with: loading needs one when a group has several, and any of them checks the files. */
function environmentToCheck(result: ImportResult): string | undefined {
  const environments = result.group.environments as Record<string, unknown> | undefined;
  const names = Object.keys(environments ?? {});
  return names.length > 1 ? names[0] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Summary

function printSummary(
  runtime: Runtime,
  options: ImportCommandOptions,
  result: ImportResult,
  written: string[],
): void {
  const out = runtime.stdout;
  const steps = result.flows.reduce((sum, flow) => sum + (flow.value.steps as unknown[]).length, 0);
  const environments = Object.keys(
    (result.group.environments as Record<string, unknown> | undefined) ?? {},
  );
  const secrets = (result.group.secrets as string[] | undefined) ?? [];

  out.write(
    `Imported ${options.source} (${options.format}): ${count(result.flows.length, 'flow')} with ${count(steps, 'step')}` +
      `${environments.length > 0 ? `, environments ${environments.join(', ')}` : ''}.\n`,
  );
  for (const file of written) out.write(`  wrote ${file}\n`);
  if (secrets.length > 0) {
    out.write(
      `Declared secrets (values not written; provide them through a secret provider): ${secrets.join(', ')}\n`,
    );
  }
  if (result.requiredVariables.length > 0) {
    out.write(
      `Variables used but not defined by the source (set them with --var NAME=VALUE or in an environment): ${result.requiredVariables.join(', ')}\n`,
    );
  }
  printNotes(runtime, result);
}

function printNotes(runtime: Runtime, result: ImportResult): void {
  const section = (title: string, notes: ImportNote[]): void => {
    if (notes.length === 0) return;
    runtime.stdout.write(`${title} (${notes.length}):\n`);
    for (const note of notes) runtime.stdout.write(`  - ${note.item}: ${note.reason}\n`);
  };
  section('Left out', result.skipped);
  section('Imported with changes', result.warnings);
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
