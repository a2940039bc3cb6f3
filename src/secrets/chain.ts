/**
 * The provider chain of a run: every provider in order, first value wins. Unlike the plain
 * resolver of types.ts it hands the request's scope to providers that use it (the keychain keys
 * accounts by group) and reports where a value was found, never the value, for `envs` and
 * `secrets get`.
 */
import type { ResolvedSecret, SecretProvider, SecretResolver, SecretScope } from './types.js';

/** A value and the place it was read from, such as a variable name or a file path. */
export interface SecretLookup {
  value: string;
  location: string;
}

/** A provider that receives the request's scope and tells where it found a value. */
export interface LocatingSecretProvider extends SecretProvider {
  lookup(key: string, scope?: SecretScope): Promise<SecretLookup | undefined>;
  /** Reason the provider cannot answer at all (no keychain, missing folder); shown in messages. */
  readonly unavailable?: string | undefined;
}

/** A provider that holds a key, without its value. */
export interface SecretLocation {
  provider: string;
  location: string;
}

export interface SecretChain extends SecretResolver {
  /** Returns where the value of `name` would come from, or undefined when no provider has it. */
  locate(name: string, scope: SecretScope): Promise<SecretLocation | undefined>;
  /** Returns every provider that holds the key, in order: the first one is the one used. */
  locateAll(name: string, scope: SecretScope): Promise<SecretLocation[]>;
}

/** Creates the chain over `providers`, tried in the order given. */
export function createSecretChain(providers: readonly SecretProvider[]): SecretChain {
  async function find(name: string, scope: SecretScope, all: boolean) {
    const key = scope.key ?? name;
    const found: (ResolvedSecret & { location: string })[] = [];
    for (const provider of providers) {
      const hit = await lookupIn(provider, key, scope);
      // An empty string counts as unset: sending an empty password is never what was meant.
      if (hit === undefined || hit.value === '') continue;
      found.push({ value: hit.value, provider: provider.name, location: hit.location });
      if (!all) break;
    }
    return found;
  }

  return {
    // A getter, so a provider that turned out unusable during resolution is named as such.
    get providers() {
      return providers.map(describeProvider);
    },

    async resolve(name, scope) {
      const [first] = await find(name, scope, false);
      return first && { value: first.value, provider: first.provider };
    },

    async locate(name, scope) {
      const [first] = await find(name, scope, false);
      return first && { provider: first.provider, location: first.location };
    },

    async locateAll(name, scope) {
      const found = await find(name, scope, true);
      return found.map(({ provider, location }) => ({ provider, location }));
    },
  };
}

/** Names a provider for messages, with the reason when it could not be used. */
export function describeProvider(provider: SecretProvider): string {
  const unavailable = (provider as Partial<LocatingSecretProvider>).unavailable;
  return unavailable ? `${provider.name} (not usable: ${unavailable})` : provider.name;
}

async function lookupIn(
  provider: SecretProvider,
  key: string,
  scope: SecretScope,
): Promise<SecretLookup | undefined> {
  if (isLocating(provider)) return provider.lookup(key, scope);
  const value = await provider.get(key);
  return value === undefined ? undefined : { value, location: provider.name };
}

function isLocating(provider: SecretProvider): provider is LocatingSecretProvider {
  return typeof (provider as Partial<LocatingSecretProvider>).lookup === 'function';
}
