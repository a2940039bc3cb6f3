/**
 * Run overrides: `FLOW_RUNNER_VAR_<NAME>` variables, `--var-file` files and `--var` flags, in
 * that order, so the most explicit source wins.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { InputError } from '../common/errors.js';

const ENV_PREFIX = 'FLOW_RUNNER_VAR_';
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Parses one `--var NAME=VALUE` flag. */
export function parseVarFlag(flag: string): [string, string] {
  const equals = flag.indexOf('=');
  const name = equals === -1 ? flag : flag.slice(0, equals);
  if (equals === -1 || !NAME.test(name)) {
    throw new InputError(
      `invalid --var "${flag}": expected NAME=VALUE, where NAME starts with a letter or "_"`,
    );
  }
  return [name, flag.slice(equals + 1)];
}

/** Reads a `--var-file`: JSON (an object of scalars) or dotenv lines. */
export async function readVarFile(file: string, cwd: string): Promise<Record<string, string>> {
  const absolute = path.resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read --var-file ${file}: ${(error as Error).message}`);
  }
  text = text.replace(/^\uFEFF/, '');

  if (file.endsWith('.json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new InputError(`invalid JSON in --var-file ${file}: ${(error as Error).message}`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new InputError(`invalid --var-file ${file}: expected a JSON object of NAME: value`);
    }
    const result: Record<string, string> = {};
    for (const [name, value] of Object.entries(parsed)) {
      result[name] = typeof value === 'string' ? value : JSON.stringify(value);
    }
    return result;
  }

  return parseDotenv(text);
}

/** Merges every override source into one map, later sources winning. */
export async function collectOverrides(options: {
  env: Record<string, string | undefined>;
  varFiles: string[];
  vars: string[];
  cwd: string;
}): Promise<Record<string, string>> {
  const overrides: Record<string, string> = {};

  for (const [key, value] of Object.entries(options.env)) {
    if (key.startsWith(ENV_PREFIX) && value !== undefined && key.length > ENV_PREFIX.length) {
      overrides[key.slice(ENV_PREFIX.length)] = value;
    }
  }
  for (const file of options.varFiles) {
    Object.assign(overrides, await readVarFile(file, options.cwd));
  }
  for (const flag of options.vars) {
    const [name, value] = parseVarFlag(flag);
    overrides[name] = value;
  }

  return overrides;
}
