/**
 * The `--secrets-file` provider: a dotenv file, or a JSON object of strings when the name ends
 * in `.json`. The file is read once, when the provider is created.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { InputError } from '../common/errors.js';
import type { LocatingSecretProvider } from './chain.js';

/** Creates the provider of `file`, resolved against `cwd`; throws InputError when unreadable. */
export function createFileSecretProvider(file: string, cwd: string): LocatingSecretProvider {
  const absolute = path.resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new InputError(`cannot read --secrets-file ${file}: ${(error as Error).message}`);
  }

  const values = file.endsWith('.json') ? parseJson(text, file) : parseDotenv(text);

  const provider: LocatingSecretProvider = {
    name: 'secrets-file',

    async lookup(key) {
      const value = values[key];
      return typeof value === 'string' ? { value, location: file } : undefined;
    },

    async get(key) {
      return (await provider.lookup(key))?.value;
    },
  };
  return provider;
}

function parseJson(text: string, file: string): Record<string, unknown> {
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch {
    // The parser's message can quote the file's content, which is secret.
    throw new InputError(
      `invalid JSON in --secrets-file ${file}: expected an object of NAME: "value"`,
    );
  }
  if (values === null || typeof values !== 'object' || Array.isArray(values)) {
    throw new InputError(`invalid --secrets-file ${file}: expected an object of NAME: "value"`);
  }
  return values as Record<string, unknown>;
}
