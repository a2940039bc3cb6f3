/**
 * The secret providers of a command, in the order they are tried (first value wins):
 * 1. those the entry point adds, such as the action's `secrets` input;
 * 2. `FLOW_RUNNER_SECRET_<NAME>` variables;
 * 3. a secrets folder, FLOW_RUNNER_SECRETS_DIR or /run/secrets (the container's keychain shim);
 * 4. a `--secrets-file`;
 * 5. the OS keychain.
 */
import {
  createSecretChain,
  type LocatingSecretProvider,
  type SecretChain,
} from '../secrets/chain.js';
import {
  createDirectorySecretProvider,
  DEFAULT_SECRETS_DIR,
  SECRETS_DIR_VARIABLE,
  secretsDirFrom,
} from '../secrets/dir-provider.js';
import {
  createEnvSecretProvider,
  SECRET_ENV_PREFIX,
  secretEnvName,
} from '../secrets/env-provider.js';
import { createFileSecretProvider } from '../secrets/file-provider.js';
import {
  createKeychainSecretProvider,
  KeychainUnavailableError,
  keychainDisabledBy,
  keychainServiceFrom,
  openKeychain,
  type KeychainStore,
} from '../secrets/keychain.js';
import { MIN_SUBSTRING_LENGTH, type Redactor } from '../secrets/redact.js';
import type { SecretProvider, SecretResolver } from '../secrets/types.js';
import type { Runtime } from './runtime.js';

export { createFileSecretProvider } from '../secrets/file-provider.js';

export interface SecretSourceOptions {
  /** `--secrets-file`. */
  secretsFile?: string;
  /** Opens the OS keychain; tests pass their own. Defaults to @napi-rs/keyring. */
  openKeychain?: () => Promise<KeychainStore>;
}

/** Builds the providers of a command in their order. Throws InputError for a bad secrets file. */
export function createSecretProviders(
  runtime: Runtime,
  options: SecretSourceOptions = {},
): SecretProvider[] {
  const providers: SecretProvider[] = [...(runtime.secretProviders ?? [])];

  providers.push(createLocatingEnvProvider(runtime.env));

  const secretsDir = secretsDirFrom(runtime.env);
  providers.push(
    createDirectorySecretProvider(secretsDir.dir, {
      cwd: runtime.cwd,
      explicit: secretsDir.explicit,
    }),
  );

  if (options.secretsFile !== undefined) {
    providers.push(createFileSecretProvider(options.secretsFile, runtime.cwd));
  }

  providers.push(
    createKeychainSecretProvider({
      cwd: runtime.cwd,
      open: keychainOpener(runtime, options.openKeychain),
    }),
  );
  return providers;
}

/** Builds the chain for one command over the providers of createSecretProviders. */
export function createSecretChainFor(
  runtime: Runtime,
  options: SecretSourceOptions = {},
): SecretChain {
  return createSecretChain(createSecretProviders(runtime, options));
}

/** Builds the resolver for one run; every value it returns is also registered for redaction. */
export function createSecretResolverFor(
  runtime: Runtime,
  secretsFile: string | undefined,
  redactor: Redactor,
  options: Omit<SecretSourceOptions, 'secretsFile'> = {},
): SecretResolver {
  const chain = createSecretChainFor(runtime, {
    ...options,
    ...(secretsFile === undefined ? {} : { secretsFile }),
  });
  const warned = new Set<string>();
  return {
    get providers() {
      return chain.providers;
    },
    async resolve(name, scope) {
      const resolved = await chain.resolve(name, scope);
      if (!resolved) return undefined;

      redactor.add(resolved.value, { source: resolved.provider });
      if (resolved.value.length < MIN_SUBSTRING_LENGTH && !warned.has(name)) {
        warned.add(name);
        runtime.stderr.write(
          `warning: secret ${name} (from ${resolved.provider}) is shorter than ${MIN_SUBSTRING_LENGTH} characters, ` +
            `so it is masked only where it fills a whole field (a header value, a variable), not inside other text.\n`,
        );
      }
      return resolved;
    },
  };
}

/** Returns the opener of the keychain a runtime selects, honoring FLOW_RUNNER_KEYCHAIN=off. */
export function keychainOpener(
  runtime: Runtime,
  open?: () => Promise<KeychainStore>,
): () => Promise<KeychainStore> {
  const disabled = keychainDisabledBy(runtime.env);
  if (disabled !== undefined) {
    return () => Promise.reject(new KeychainUnavailableError(disabled));
  }
  return open ?? (() => openKeychain(keychainServiceFrom(runtime.env)));
}

/** Lists the providers and how to give each a value, for messages about a missing secret. */
export function providerHelp(key: string, runtime: Runtime): string[] {
  const { dir } = secretsDirFrom(runtime.env);
  // A placeholder such as <NAME> stays as written; a real key becomes a variable name.
  const envName = /^<.*>$/.test(key) ? SECRET_ENV_PREFIX + key : secretEnvName(key);
  return [
    `the action's secrets input (GitHub Actions only)`,
    `the variable ${envName}`,
    `the file ${dir}/${key} (the folder is ${SECRETS_DIR_VARIABLE}, else ${DEFAULT_SECRETS_DIR})`,
    `a line ${key}=... in the file given with --secrets-file`,
    `the OS keychain: flow-runner secrets set ${key}`,
  ];
}

/** Wraps the environment provider so lookups name the variable that held the value. */
function createLocatingEnvProvider(
  env: Record<string, string | undefined>,
): LocatingSecretProvider {
  const plain = createEnvSecretProvider(env);
  const provider: LocatingSecretProvider = {
    name: plain.name,
    async lookup(key) {
      const value = await plain.get(key);
      if (value === undefined) return undefined;
      const exact = SECRET_ENV_PREFIX + key;
      const location = env[exact] !== undefined ? exact : secretEnvName(key);
      return { value, location };
    },
    get: (key) => plain.get(key),
  };
  return provider;
}
