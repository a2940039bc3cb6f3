/**
 * Resolution of every declared secret before the first request, so a missing value stops the
 * run with exit code 2 instead of failing halfway.
 */
import { InputError, type Diagnostic } from '../common/errors.js';
import type { Environment, FlowGroup } from '../flow/model.js';
import type { Redactor } from '../secrets/redact.js';
import type { SecretResolver } from '../secrets/types.js';
import { secretEnvName } from '../secrets/env-provider.js';

/** A declared secret has no value in any provider. */
export class MissingSecretsError extends InputError {
  readonly missing: { name: string; key: string; group: string }[];

  constructor(
    missing: { name: string; key: string; group: string; diagnostic: Diagnostic }[],
    providers: readonly string[],
  ) {
    const names = missing
      .map(({ name, key }) => (key === name ? name : `${name} (key ${key})`))
      .join(', ');
    super(
      `Missing secret ${missing.length === 1 ? 'value' : 'values'}: ${names}. Providers tried: ${providers.join(', ') || 'none'}.`,
      missing.map(({ diagnostic }) => diagnostic),
    );
    this.name = 'MissingSecretsError';
    this.missing = missing.map(({ name, key, group }) => ({ name, key, group }));
  }
}

/** Picks a group's environment: the one named, or the only one; undefined when it has none. */
export function selectEnvironment(
  group: FlowGroup,
  name: string | undefined,
): Environment | undefined {
  if (name === undefined)
    return group.environments.length === 1 ? group.environments[0] : undefined;
  const environment = group.environments.find((candidate) => candidate.name === name);
  if (environment || group.environments.length === 0) return environment;
  const known = group.environments.map((candidate) => candidate.name).join(', ');
  throw new InputError(`Group "${group.name}" has no environment "${name}"; it has: ${known}.`, [
    {
      category: 'Unknown environment',
      message: `environment "${name}" is not defined`,
      severity: 'error',
      ...(group.loc ? { loc: group.loc } : {}),
      hint: `use one of: ${known}`,
    },
  ]);
}

/**
 * Resolves every declared secret of the given groups and registers each value with the
 * redactor. Returns the values per group folder; throws MissingSecretsError listing all gaps.
 */
export async function resolveGroupSecrets(
  groups: FlowGroup[],
  environmentName: string | undefined,
  resolver: SecretResolver,
  redactor: Redactor,
): Promise<Map<string, Map<string, string>>> {
  const byGroup = new Map<string, Map<string, string>>();
  const missing: ConstructorParameters<typeof MissingSecretsError>[0] = [];

  for (const group of groups) {
    const environment = selectEnvironment(group, environmentName);
    const values = new Map<string, string>();
    byGroup.set(group.dir, values);

    for (const secret of group.secrets) {
      const key = environment?.secretKeys[secret.name] ?? secret.name;
      const scope = {
        group: group.dir,
        key,
        ...(environment ? { environment: environment.name } : {}),
      };
      const resolved = await resolver.resolve(secret.name, scope);
      if (resolved) {
        redactor.add(resolved.value, { source: `secret ${secret.name} from ${resolved.provider}` });
        values.set(secret.name, resolved.value);
        continue;
      }
      missing.push({
        name: secret.name,
        key,
        group: group.dir,
        diagnostic: {
          category: 'Missing secret',
          message: `secret "${secret.name}"${key === secret.name ? '' : ` (key "${key}")`} has no value in any provider (tried: ${resolver.providers.join(', ')})`,
          severity: 'error',
          loc: secret.loc,
          hint: `set ${secretEnvName(key)} or store it with "flow-runner secrets set ${key}"`,
        },
      });
    }
  }

  if (missing.length > 0) throw new MissingSecretsError(missing, resolver.providers);
  return byGroup;
}
