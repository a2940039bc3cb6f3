import type { SecretProvider } from './types.js';

/** Prefix of the environment variables that hold secret values. */
export const SECRET_ENV_PREFIX = 'FLOW_RUNNER_SECRET_';

/**
 * Creates the provider that reads `FLOW_RUNNER_SECRET_<KEY>` from an injected environment.
 * The key is tried as written, then upper-cased with other characters turned into `_`, so
 * `api-password` also finds `FLOW_RUNNER_SECRET_API_PASSWORD`.
 */
export function createEnvSecretProvider(env: Record<string, string | undefined>): SecretProvider {
  return {
    name: 'env',
    get(key) {
      const exact = env[SECRET_ENV_PREFIX + key];
      if (exact !== undefined) return exact;
      return env[secretEnvName(key)];
    },
  };
}

/** Returns the variable a key is read from: `api-password` → `FLOW_RUNNER_SECRET_API_PASSWORD`. */
export function secretEnvName(key: string): string {
  return SECRET_ENV_PREFIX + key.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}
