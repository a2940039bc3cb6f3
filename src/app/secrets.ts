/**
 * The secret providers of a command, in order: those the entry point adds (the action's
 * `secrets` input), `FLOW_RUNNER_SECRET_<NAME>` variables, then a `--secrets-file`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { InputError } from '../common/errors.js';
import { createEnvSecretProvider } from '../secrets/env-provider.js';
import type { Redactor } from '../secrets/redact.js';
import {
  createSecretResolver,
  type SecretProvider,
  type SecretResolver,
} from '../secrets/types.js';
import type { Runtime } from './runtime.js';

/** Builds the resolver for one run; every value it returns is also registered for redaction. */
export function createSecretResolverFor(
  runtime: Runtime,
  secretsFile: string | undefined,
  redactor: Redactor,
): SecretResolver {
  const providers: SecretProvider[] = [
    ...(runtime.secretProviders ?? []),
    createEnvSecretProvider(runtime.env),
  ];
  if (secretsFile !== undefined) providers.push(createFileSecretProvider(secretsFile, runtime.cwd));

  const resolver = createSecretResolver(providers);
  return {
    providers: resolver.providers,
    async resolve(name, scope) {
      const resolved = await resolver.resolve(name, scope);
      if (resolved) redactor.add(resolved.value, { source: resolved.provider });
      return resolved;
    },
  };
}

/** Reads a secrets file once: JSON (an object of strings) when it ends in .json, else dotenv. */
export function createFileSecretProvider(file: string, cwd: string): SecretProvider {
  const absolute = path.resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new InputError(`cannot read --secrets-file ${file}: ${(error as Error).message}`);
  }

  let values: Record<string, unknown>;
  if (file.endsWith('.json')) {
    try {
      values = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // The parser's message can quote the file's content, which is secret.
      throw new InputError(`invalid JSON in --secrets-file ${file}: expected an object of NAME: "value"`);
    }
    if (values === null || typeof values !== 'object' || Array.isArray(values)) {
      throw new InputError(`invalid --secrets-file ${file}: expected an object of NAME: "value"`);
    }
  } else {
    values = parseDotenv(text);
  }

  return {
    name: 'secrets-file',
    get(key) {
      const value = values[key];
      return typeof value === 'string' ? value : undefined;
    },
  };
}
