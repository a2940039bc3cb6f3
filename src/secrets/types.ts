/**
 * Secret providers and the resolver that the run queries for values. Providers are tried in
 * order and the first one with a value wins. No provider lists its values.
 */

/** One source of secret values: an environment variable prefix, a folder, a file, a keychain. */
export interface SecretProvider {
  /** Short name shown in messages, such as `env` or `secrets-dir`. */
  name: string;
  get(key: string): string | undefined | Promise<string | undefined>;
}

/** Origin of a secret request, so a resolver can tell groups and environments apart. */
export interface SecretScope {
  /** The group's folder, relative to the working directory. */
  group: string;
  environment?: string;
  /** The provider key when the environment maps the declared name to another key. */
  key?: string;
}

export interface ResolvedSecret {
  value: string;
  /** Name of the provider that supplied the value. */
  provider: string;
}

export interface SecretResolver {
  /** Provider names in the order they are tried, for "not found" messages. */
  readonly providers: readonly string[];
  resolve(name: string, scope: SecretScope): Promise<ResolvedSecret | undefined>;
}

/** Creates a resolver that asks each provider in turn; the first value found wins. */
export function createSecretResolver(providers: SecretProvider[]): SecretResolver {
  return {
    providers: providers.map((provider) => provider.name),

    async resolve(name, scope) {
      const key = scope.key ?? name;
      for (const provider of providers) {
        const value = await provider.get(key);
        // An empty string counts as unset: sending an empty password is never what was meant.
        if (value !== undefined && value !== '') return { value, provider: provider.name };
      }
      return undefined;
    },
  };
}
