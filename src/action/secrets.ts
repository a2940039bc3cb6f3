/**
 * The `secrets` input (`${{ toJSON(secrets) }}`) as a secret provider, and the list of values
 * the runner must mask in its log before any flow runs.
 */
import { InputError } from '../common/errors.js';
import { SECRET_ENV_PREFIX } from '../secrets/env-provider.js';
import type { SecretProvider } from '../secrets/types.js';

/**
 * Parses the `secrets` input into name → value. Messages never quote the text, because it is
 * the secrets themselves.
 */
export function parseSecretsInput(text: string): Record<string, string> {
  if (text.trim() === '') return {};

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(
      'invalid JSON in the secrets input: pass an object of NAME: "value", such as secrets: ${{ toJSON(secrets) }}',
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(
      'invalid secrets input: expected a JSON object of NAME: "value", such as ${{ toJSON(secrets) }}',
    );
  }

  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') {
      throw new InputError(
        `invalid secrets input: the value of "${name}" is a ${value === null ? 'null' : typeof value}, expected a string`,
      );
    }
    values[name] = value;
  }
  return values;
}

/**
 * Creates the provider for the `secrets` input. GitHub stores secret names in upper case and
 * matches them without regard to case, so `api_password` finds `API_PASSWORD`.
 */
export function createInputSecretProvider(values: Record<string, string>): SecretProvider {
  const byUpperName = new Map(
    Object.entries(values).map(([name, value]) => [name.toUpperCase(), value]),
  );
  return {
    name: 'action secrets input',
    get(key) {
      return values[key] ?? byUpperName.get(key.toUpperCase());
    },
  };
}

/**
 * Lists the values to register with `core.setSecret`: every value of the `secrets` input and
 * of `FLOW_RUNNER_SECRET_*` variables, plus each line of a multi-line value, because the
 * runner masks a registered value only where it appears whole.
 */
export function valuesToMask(
  secrets: Record<string, string>,
  env: Record<string, string | undefined>,
): string[] {
  const values = new Set<string>();
  const add = (value: string | undefined): void => {
    if (value === undefined || value.trim() === '') return;
    values.add(value);
    if (/[\r\n]/.test(value)) {
      for (const line of value.split(/\r?\n|\r/)) if (line.trim() !== '') values.add(line);
    }
  };

  for (const value of Object.values(secrets)) add(value);
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith(SECRET_ENV_PREFIX)) add(value);
  }
  return [...values];
}
