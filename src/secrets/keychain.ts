/**
 * The OS keychain (macOS Keychain, Windows Credential Manager, the Secret Service on Linux)
 * through @napi-rs/keyring. Entries live under the service `flow-runner`, with the account
 * `<group>/<KEY>` for one group or `<KEY>` for every group. The native module is imported on
 * first use, so a platform without its binary still runs every other command.
 */
import path from 'node:path';
import { ExitCode, FlowRunnerError } from '../common/errors.js';
import type { LocatingSecretProvider } from './chain.js';
import type { SecretScope } from './types.js';

/** Service name of every flow-runner keychain entry. */
export const KEYCHAIN_SERVICE = 'flow-runner';

/** Variable that selects another service name, to keep separate sets of entries. */
export const KEYCHAIN_SERVICE_VARIABLE = 'FLOW_RUNNER_KEYCHAIN_SERVICE';

/** Variable that turns the keychain provider off when set to `off`. */
export const KEYCHAIN_SWITCH_VARIABLE = 'FLOW_RUNNER_KEYCHAIN';

/** Entries of one keychain service, addressed by account. */
export interface KeychainStore {
  readonly service: string;
  get(account: string): Promise<string | undefined>;
  set(account: string, value: string): Promise<void>;
  /** Returns false when there was no entry to delete. */
  delete(account: string): Promise<boolean>;
  /** Returns the accounts of the service, sorted, without their values. */
  accounts(): Promise<string[]>;
}

/** No keychain can be used here: the module, the platform store or its session is missing. */
export class KeychainUnavailableError extends FlowRunnerError {
  readonly reason: string;

  constructor(reason: string, cause?: unknown) {
    super('FR_KEYCHAIN_UNAVAILABLE', `no OS keychain is usable here: ${reason}`, {
      exitCode: ExitCode.InternalError,
      cause,
    });
    this.name = 'KeychainUnavailableError';
    this.reason = reason;
  }
}

/** Returns the keychain account of a key: `<group>/<KEY>`, or `<KEY>` without a group. */
export function keychainAccount(key: string, group?: string): string {
  return group === undefined || group === '' ? key : `${group}/${key}`;
}

/** Returns the keychain group of a flow group: the name of its folder. */
export function keychainGroupOf(groupDir: string, cwd: string): string {
  return path.basename(path.resolve(cwd, groupDir));
}

/** Returns the service name an environment selects: FLOW_RUNNER_KEYCHAIN_SERVICE or `flow-runner`. */
export function keychainServiceFrom(env: Record<string, string | undefined>): string {
  const configured = env[KEYCHAIN_SERVICE_VARIABLE];
  return configured !== undefined && configured !== '' ? configured : KEYCHAIN_SERVICE;
}

/** Returns the reason the keychain is turned off in an environment, or undefined. */
export function keychainDisabledBy(env: Record<string, string | undefined>): string | undefined {
  const value = env[KEYCHAIN_SWITCH_VARIABLE]?.toLowerCase();
  return value === 'off' || value === '0' || value === 'false'
    ? `turned off by ${KEYCHAIN_SWITCH_VARIABLE}=${env[KEYCHAIN_SWITCH_VARIABLE]}`
    : undefined;
}

type KeyringModule = typeof import('@napi-rs/keyring');

/**
 * Opens the keychain service and checks that it responds; throws KeychainUnavailableError with
 * the reason when it does not (no native binary, no D-Bus session, no Secret Service).
 */
export async function openKeychain(service: string = KEYCHAIN_SERVICE): Promise<KeychainStore> {
  let keyring: KeyringModule;
  try {
    keyring = await import('@napi-rs/keyring');
  } catch (error) {
    throw new KeychainUnavailableError(
      `the native module @napi-rs/keyring could not be loaded (${(error as Error).message})`,
      error,
    );
  }

  // On Linux the binding falls back to the kernel keyring when no Secret Service responds. That
  // store forgets everything at reboot, so only the Secret Service counts as a keychain.
  const options =
    process.platform === 'linux' ? { linux: { store: 'secret-service' as const } } : {};
  const entry = (account: string) => {
    try {
      return new keyring.AsyncEntry(service, account, options);
    } catch (error) {
      throw unavailable(error);
    }
  };

  const store: KeychainStore = {
    service,

    async get(account) {
      try {
        return (await entry(account).getPassword()) ?? undefined;
      } catch (error) {
        throw unavailable(error);
      }
    },

    async set(account, value) {
      try {
        await entry(account).setPassword(value);
      } catch (error) {
        throw unavailable(error);
      }
    },

    async delete(account) {
      try {
        return await entry(account).deleteCredential();
      } catch (error) {
        throw unavailable(error);
      }
    },

    async accounts() {
      try {
        const credentials = await keyring.findCredentialsAsync(service);
        return credentials.map((credential) => credential.account).sort();
      } catch (error) {
        throw unavailable(error);
      }
    },
  };

  // Creating an entry reaches the platform store, so a missing session shows here, not later.
  entry('flow-runner-probe');
  return store;
}

/**
 * Creates the run's keychain provider. For a flow group it reads `<group>/<KEY>` first, then
 * `<KEY>`. When the keychain cannot be opened the provider has no values and records why.
 */
export function createKeychainSecretProvider(options: {
  cwd: string;
  open: () => Promise<KeychainStore>;
}): LocatingSecretProvider {
  let opened: Promise<KeychainStore | undefined> | undefined;
  const open = () => {
    opened ??= options.open().catch((error: unknown) => {
      provider.unavailable =
        error instanceof KeychainUnavailableError ? error.reason : (error as Error).message;
      return undefined;
    });
    return opened;
  };

  const provider: LocatingSecretProvider & { unavailable?: string | undefined } = {
    name: 'keychain',
    unavailable: undefined,

    async lookup(key, scope?: SecretScope) {
      const store = await open();
      if (!store) return undefined;

      // An empty group (the `secrets` command without --group) reads only the shared account.
      const group =
        scope !== undefined && scope.group !== ''
          ? keychainGroupOf(scope.group, options.cwd)
          : undefined;
      const accounts = [...new Set([keychainAccount(key, group), keychainAccount(key)])];
      for (const account of accounts) {
        let value: string | undefined;
        try {
          value = await store.get(account);
        } catch (error) {
          // A store that responded to the probe and then failed (locked, prompt dismissed).
          provider.unavailable = (error as KeychainUnavailableError).reason ?? String(error);
          return undefined;
        }
        if (value !== undefined) {
          return { value, location: `${store.service} account ${account}` };
        }
      }
      return undefined;
    },

    async get(key) {
      return (await provider.lookup(key))?.value;
    },
  };
  return provider;
}

function unavailable(error: unknown): KeychainUnavailableError {
  if (error instanceof KeychainUnavailableError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new KeychainUnavailableError(explain(message), error);
}

/** Turns the binding's message into a reason with the usual fix for the common Linux cases. */
function explain(message: string): string {
  if (/DBUS_SESSION_BUS_ADDRESS|Failed to connect to address|D-Bus|dbus/i.test(message)) {
    return 'no D-Bus session with a Secret Service such as gnome-keyring, as usual on CI machines, in containers and over SSH';
  }
  if (/prompt was dismissed|locked/i.test(message)) {
    return `the keyring is locked and could not be unlocked: ${message}. Unlock it, for example by logging in to the desktop`;
  }
  return message;
}
