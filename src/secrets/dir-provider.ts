/**
 * The keychain shim for containers: a folder with one file per secret, as Docker and Compose
 * mount them under /run/secrets. The folder is only read, never written.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../common/errors.js';
import type { LocatingSecretProvider } from './chain.js';

/** Folder where Docker and Compose mount secrets inside a container. */
export const DEFAULT_SECRETS_DIR = '/run/secrets';

/** Variable that points the provider at another folder. */
export const SECRETS_DIR_VARIABLE = 'FLOW_RUNNER_SECRETS_DIR';

/** Returns the secrets folder of an environment: FLOW_RUNNER_SECRETS_DIR, else /run/secrets. */
export function secretsDirFrom(env: Record<string, string | undefined>): {
  dir: string;
  explicit: boolean;
} {
  const configured = env[SECRETS_DIR_VARIABLE];
  if (configured !== undefined && configured !== '') return { dir: configured, explicit: true };
  return { dir: DEFAULT_SECRETS_DIR, explicit: false };
}

/**
 * Creates the provider that reads `<dir>/<KEY>`, else `<dir>/<key in lower case>` because
 * Compose users often name secret files in lower case. One trailing newline is dropped, since
 * `echo value > file` adds it. `cwd` resolves a relative `dir`.
 */
export function createDirectorySecretProvider(
  dir: string,
  options: { cwd: string; explicit?: boolean },
): LocatingSecretProvider {
  const folder = path.resolve(options.cwd, dir);
  // The default folder is absent outside containers, which is normal; a folder the user named
  // and that does not exist is a mistake worth showing.
  const unavailable =
    options.explicit === true && !existsSync(folder)
      ? `folder ${folder} does not exist`
      : undefined;

  const provider: LocatingSecretProvider = {
    name: 'secrets-dir',
    unavailable,

    async lookup(key) {
      if (!isPlainFileName(key)) return undefined;
      for (const candidate of new Set([key, key.toLowerCase()])) {
        const file = path.join(folder, candidate);
        const text = readSecretFile(file);
        if (text !== undefined) return { value: text.replace(/\r?\n$/, ''), location: file };
      }
      return undefined;
    },

    async get(key) {
      return (await provider.lookup(key))?.value;
    },
  };
  return provider;
}

/** Reads one secret file; undefined when there is none, an InputError when it is unreadable. */
function readSecretFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    const uid = typeof process.getuid === 'function' ? ` (uid ${process.getuid()})` : '';
    throw new InputError(
      `cannot read the secret file ${file}: ${code ?? (error as Error).message}. ` +
        `Make it readable by the user flow-runner runs as${uid}.`,
      [],
      error,
    );
  }
}

/** Keeps keys that name a file directly inside the folder: no separators, no `.` or `..`. */
function isPlainFileName(key: string): boolean {
  if (key === '' || key === '.' || key === '..') return false;
  return !/[/\\\0]/.test(key);
}
