/**
 * `flow-runner secrets set|get|list|delete`: manage secret values in the OS keychain. No
 * subcommand prints a value: `set` reads it from a prompt or standard input, `get` tells where
 * a value is found, `list` prints names.
 */
import { ExitCode, InputError } from '../common/errors.js';
import {
  keychainAccount,
  KeychainUnavailableError,
  type KeychainStore,
} from '../secrets/keychain.js';
import { printError } from './diagnostics.js';
import type { Runtime } from './runtime.js';
import { createSecretChainFor, keychainOpener, providerHelp } from './secrets.js';

export interface SecretsCommandHost {
  /** Reads the value to store: a prompt without echo on a terminal, else standard input. */
  readValue?: (prompt: string) => Promise<string>;
  /** Opens the OS keychain; tests pass their own. */
  openKeychain?: () => Promise<KeychainStore>;
}

export interface SecretNameOptions {
  name: string;
  /** `--group`: the folder name of a flow group; the entry then serves only that group. */
  group?: string;
}

/** Stores a value read from the host in the keychain; prints where, never the value. */
export async function secretsSetCommand(
  options: SecretNameOptions,
  runtime: Runtime,
  host: SecretsCommandHost,
): Promise<number> {
  try {
    const account = accountOf(options);
    if (!host.readValue) throw new InputError('no way to read a value: standard input is closed');
    const store = await openStore(runtime, host);

    const value = await host.readValue(`Value for ${account}: `);
    if (value === '') {
      throw new InputError(`the value of ${account} is empty; nothing was stored`);
    }
    await store.set(account, value);
    runtime.stdout.write(`Stored ${account} in the keychain (service ${store.service}).\n`);

    // A value set earlier in the provider order hides this one; say so rather than surprise.
    const chain = createSecretChainFor(runtime, { openKeychain: async () => store });
    const used = await chain.locate(options.name, scopeOf(options));
    if (used && used.provider !== 'keychain') {
      runtime.stderr.write(
        `warning: ${used.provider} (${used.location}) also has ${options.name} and comes first, so runs use that value.\n`,
      );
    }
    return ExitCode.Passed;
  } catch (error) {
    return printKeychainError(error, options.name, runtime);
  }
}

/** Tells whether a value is set and by which providers; exit 1 when none has it. */
export async function secretsGetCommand(
  options: SecretNameOptions & { secretsFile?: string },
  runtime: Runtime,
  host: SecretsCommandHost = {},
): Promise<number> {
  try {
    accountOf(options);
    const chain = createSecretChainFor(runtime, {
      ...(options.secretsFile === undefined ? {} : { secretsFile: options.secretsFile }),
      ...(host.openKeychain ? { openKeychain: host.openKeychain } : {}),
    });
    const found = await chain.locateAll(options.name, scopeOf(options));

    const [used, ...shadowed] = found;
    if (used === undefined) {
      runtime.stdout.write(
        `${options.name} is not set. Providers tried: ${chain.providers.join(', ')}.\n` +
          `Give it a value with one of:\n${helpLines(options, runtime)}`,
      );
      return ExitCode.Failed;
    }

    runtime.stdout.write(`${options.name} is set by ${used.provider} (${used.location}).\n`);
    for (const other of shadowed) {
      runtime.stdout.write(
        `Also set by ${other.provider} (${other.location}), which comes later.\n`,
      );
    }
    return ExitCode.Passed;
  } catch (error) {
    return printKeychainError(error, options.name, runtime);
  }
}

/** Prints the names stored in the keychain: all accounts, or the keys of one group. */
export async function secretsListCommand(
  options: { group?: string },
  runtime: Runtime,
  host: SecretsCommandHost = {},
): Promise<number> {
  try {
    if (options.group !== undefined) checkName(options.group, 'group');
    const store = await openStore(runtime, host);
    const accounts = await store.accounts();

    const prefix = options.group === undefined ? undefined : `${options.group}/`;
    const names =
      prefix === undefined
        ? accounts
        : accounts
            .filter((account) => account.startsWith(prefix))
            .map((account) => account.slice(prefix.length));
    if (names.length === 0) {
      const where = prefix === undefined ? '' : ` for the group ${options.group}`;
      runtime.stderr.write(
        `No secrets are stored in the keychain${where} (service ${store.service}).\n`,
      );
      return ExitCode.Passed;
    }
    runtime.stdout.write(`${names.join('\n')}\n`);
    return ExitCode.Passed;
  } catch (error) {
    return printKeychainError(error, undefined, runtime);
  }
}

/** Deletes one keychain entry; exit 1 when there was none. */
export async function secretsDeleteCommand(
  options: SecretNameOptions,
  runtime: Runtime,
  host: SecretsCommandHost = {},
): Promise<number> {
  try {
    const account = accountOf(options);
    const store = await openStore(runtime, host);
    if (!(await store.delete(account))) {
      runtime.stderr.write(`No keychain entry ${account} exists (service ${store.service}).\n`);
      return ExitCode.Failed;
    }
    runtime.stdout.write(`Deleted ${account} from the keychain (service ${store.service}).\n`);
    return ExitCode.Passed;
  } catch (error) {
    return printKeychainError(error, options.name, runtime);
  }
}

function openStore(runtime: Runtime, host: SecretsCommandHost): Promise<KeychainStore> {
  return keychainOpener(runtime, host.openKeychain)();
}

function accountOf(options: SecretNameOptions): string {
  checkName(options.name, 'secret name');
  if (options.group !== undefined) checkName(options.group, 'group');
  return keychainAccount(options.name, options.group);
}

/** The scope of a command-line lookup: the group given, else no group (an empty folder name). */
function scopeOf(options: SecretNameOptions) {
  return { group: options.group ?? '', key: options.name };
}

/** Rejects names that cannot be a provider key: empty, or with a slash, space or control character. */
function checkName(name: string, what: string): void {
  if (name !== '' && !/[/\\\s\p{Cc}]/u.test(name)) return;
  throw new InputError(
    `invalid ${what} "${name}": use letters, digits, "_", "-" and "." (a group is the name of the folder holding flow-group.yaml)`,
  );
}

function helpLines(options: SecretNameOptions, runtime: Runtime): string {
  const lines = providerHelp(options.name, runtime);
  if (options.group !== undefined) {
    lines[lines.length - 1] =
      `the OS keychain: flow-runner secrets set ${options.name} --group ${options.group}`;
  }
  return lines.map((line) => `  - ${line}\n`).join('');
}

/** Explains a missing keychain with the other ways to give the value; other errors as usual. */
function printKeychainError(error: unknown, name: string | undefined, runtime: Runtime): number {
  if (!(error instanceof KeychainUnavailableError)) return printError(error, runtime);

  runtime.stderr.write(`error: ${error.message}\n`);
  const key = name ?? '<NAME>';
  runtime.stderr.write(
    `flow-runner reads secrets from these providers, in order; without a keychain, give ${key} a value with one of the others:\n` +
      helpLines({ name: key }, runtime),
  );
  return error.exitCode;
}
