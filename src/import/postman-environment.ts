/**
 * Postman environment and globals files. Each environment becomes a group environment. Values of
 * type secret become declared secrets of the group: only their names are written, and their
 * values come from the secret providers at run time. Globals become group variables.
 */
import { variableName } from './names.js';
import { asArray, asObject, asText, invalidSource, parseJsonFile, type Json } from './source.js';
import type { ImportNote, SourceFile } from './types.js';

export interface PostmanScopes {
  /** Environment name → values, for flow-group.yaml. */
  environments: Record<string, Json>;
  /** Flow names of the values Postman marks as secret. */
  secrets: Set<string>;
  /** Values of globals files. */
  globals: Json;
}

/** Reads every `--env-file`: environments and globals exported from Postman. */
export function buildPostmanEnvironments(
  files: SourceFile[],
  warnings: ImportNote[],
  skipped: ImportNote[],
): PostmanScopes {
  const scopes: PostmanScopes = { environments: {}, secrets: new Set(), globals: {} };
  const parsed = files.map((file) => ({ file, value: readScopeFile(file) }));

  // Secrets first: a name that is secret in one environment is a secret in every one.
  for (const { value } of parsed) {
    for (const entry of entries(value)) {
      if (entry.type === 'secret' && isEnabled(entry))
        scopes.secrets.add(variableName(String(entry.key)));
    }
  }

  for (const { file, value } of parsed) {
    const isGlobals = value._postman_variable_scope === 'globals';
    const values: Json = {};
    for (const entry of entries(value)) {
      const key = String(entry.key);
      const name = variableName(key);
      const where = `${isGlobals ? 'global' : 'environment'} value "${key}" in ${file.path}`;
      if (!isEnabled(entry)) {
        skipped.push({ item: where, reason: 'disabled in Postman' });
        continue;
      }
      if (scopes.secrets.has(name)) {
        if (entry.type !== 'secret')
          warnings.push({
            item: where,
            reason: `"${name}" is a secret in another file, so this value is not written either`,
          });
        continue;
      }
      if (name !== key)
        warnings.push({
          item: where,
          reason: `renamed to "${name}": flow variable names are identifiers`,
        });
      values[name] = scalar(entry.value);
    }

    if (isGlobals) {
      Object.assign(scopes.globals, values);
      continue;
    }
    const named = asText(value.name);
    const environment = environmentName(named ?? file.path, scopes.environments);
    if (named !== undefined && environment !== named) {
      warnings.push({
        item: `environment "${named}"`,
        reason: `renamed to "${environment}": select it with --env ${environment}`,
      });
    }
    scopes.environments[environment] = values;
  }
  return scopes;
}

function readScopeFile(file: SourceFile): Json {
  const parsed = parseJsonFile(file, 'Postman environment');
  // Older Postman versions export globals as a bare list of values.
  if (Array.isArray(parsed)) return { _postman_variable_scope: 'globals', values: parsed };
  const value = asObject(parsed);
  if (!value || !Array.isArray(value.values)) {
    invalidSource(
      file.path,
      'Invalid environment',
      'not a Postman environment or globals file: the "values" list is missing',
      'export the environment from Postman (Environments → ⋯ → Export)',
    );
  }
  return value;
}

/** Postman writes `enabled: false` in newer exports and `disabled: true` in older ones. */
function isEnabled(entry: Json): boolean {
  return entry.enabled !== false && entry.disabled !== true;
}

function entries(value: Json): Json[] {
  return asArray(value.values)
    .map(asObject)
    .filter((entry): entry is Json => entry !== undefined && asText(entry.key) !== undefined);
}

function scalar(value: unknown): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

/** Environment names allow letters, digits, `_`, `.` and `-`; a taken name gets a number. */
function environmentName(name: string, taken: Record<string, unknown>): string {
  const base =
    name
      .trim()
      .replace(/\.postman_environment\.json$/, '')
      .replace(/[^A-Za-z0-9_.-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'default';
  let candidate = base;
  for (let n = 2; Object.prototype.hasOwnProperty.call(taken, candidate); n++)
    candidate = `${base}-${n}`;
  return candidate;
}
