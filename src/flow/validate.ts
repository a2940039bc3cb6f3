/**
 * Structural validation of flow and group files against the JSON Schemas, with every ajv
 * error mapped back to the YAML node it is about.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

import { DURATION_HINT, parseDuration } from '../common/duration.js';
import type { Diagnostic } from '../common/errors.js';
import { suggestionHint } from '../common/suggest.js';
import { flowGroupSchema, flowSchema } from './schemas.js';
import { parseSize, parseThreshold } from './values.js';
import type { KeyPath, YamlFile } from './yaml.js';

export type FileKind = 'flow' | 'group';

let validators: Record<FileKind, ValidateFunction> | undefined;

function compile(): Record<FileKind, ValidateFunction> {
  // strict mode rejects the union types (`type: [integer, array]` with `items`) editors accept.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
  ajv.addFormat('duration', (value: string) => parseDuration(value) !== undefined);
  ajv.addFormat('size', (value: string) => parseSize(value) !== undefined);
  ajv.addFormat(
    'duration-threshold',
    (value: string) => parseThreshold('p95', value) !== undefined,
  );
  ajv.addFormat(
    'rate-threshold',
    (value: string) => parseThreshold('errorRate', value) !== undefined,
  );
  return { flow: ajv.compile(flowSchema), group: ajv.compile(flowGroupSchema) };
}

export interface StructureResult {
  /** One diagnostic per problem the schema found. */
  diagnostics: Diagnostic[];
  /** The document without the nodes the schema rejected; undefined when the root is rejected. */
  value: unknown;
  /** Paths of the rejected nodes. A rejected list item stays as an `undefined` hole. */
  skipped: KeyPath[];
}

/**
 * Validates a parsed file against its schema and removes the nodes it rejects, so the later
 * stages can check the rest. An unknown key or a bad leaf is dropped by itself. A node that
 * loses a required key that way is dropped too, without a second diagnostic.
 */
export function validateStructure(kind: FileKind, yaml: YamlFile): StructureResult {
  validators ??= compile();
  const validate = validators[kind];
  const value: unknown = structuredClone(yaml.value ?? {});
  const diagnostics: Diagnostic[] = [];
  const skipped: KeyPath[] = [];

  const seen = new Set<string>();
  for (let round = 0; !validate(value); round++) {
    const errors = validate.errors ?? [];
    // Later rounds only find what the removals caused, which the first round reported.
    if (round === 0) {
      for (const error of errors) {
        const diagnostic = toDiagnostic(error, yaml);
        const key = `${diagnostic?.loc?.line}:${diagnostic?.loc?.column}:${diagnostic?.category}`;
        if (!diagnostic || seen.has(key)) continue;
        seen.add(key);
        diagnostics.push(diagnostic);
      }
    }

    let removed = 0;
    for (const error of errors) {
      const path = rejectedPath(error);
      if (path === undefined || skipped.some((done) => isWithin(path, done))) continue;
      if (path.length === 0) return { diagnostics, value: undefined, skipped: [[]] };
      skipped.push(path);
      remove(value, path);
      removed++;
    }
    // Errors left only inside removed nodes (holes in lists) need no further round.
    if (removed === 0) break;
  }
  return { diagnostics, value, skipped };
}

/** Returns whether `path` is `ancestor` or lies below it. */
export function isWithin(path: KeyPath, ancestor: KeyPath): boolean {
  return ancestor.length <= path.length && ancestor.every((segment, i) => path[i] === segment);
}

/** Names the node an error rejects: the unknown key itself, else the node the error is about. */
function rejectedPath(error: ErrorObject): KeyPath | undefined {
  const path = parsePointer(error.instancePath);
  // The inner `pattern` error of a bad key name carries the name, so this one adds nothing.
  if (error.keyword === 'propertyNames') return undefined;
  if (error.propertyName !== undefined) return [...path, error.propertyName];
  if (error.keyword === 'additionalProperties') {
    return [...path, String((error.params as Record<string, unknown>).additionalProperty)];
  }
  return path;
}

function remove(root: unknown, path: KeyPath): void {
  let parent: unknown = root;
  for (const segment of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return;
    parent = (parent as Record<string | number, unknown>)[segment];
  }
  const last = path[path.length - 1];
  if (last === undefined || parent === null || typeof parent !== 'object') return;

  // A hole keeps the positions of the items after it, which the locator finds by index.
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = undefined;
  else delete (parent as Record<string | number, unknown>)[last];
}

function toDiagnostic(error: ErrorObject, yaml: YamlFile): Diagnostic | undefined {
  const path = parsePointer(error.instancePath);
  const name = describe(path, yaml.file);
  const params = error.params as Record<string, unknown>;
  const locator = yaml.locator;

  // A bad key name: ajv reports it twice (the inner `pattern` error carries the name).
  if (error.keyword === 'propertyNames') return undefined;
  if (error.propertyName !== undefined) {
    return {
      category: 'Invalid name',
      message: `invalid name "${error.propertyName}" in ${name}`,
      severity: 'error',
      loc: locator.key([...path, error.propertyName]),
      hint: 'names start with a letter or "_" and contain only letters, digits and "_"',
    };
  }

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const properties = (error.parentSchema?.properties ?? {}) as Record<string, unknown>;
      return {
        category: 'Unknown key',
        message: `unknown key "${key}" in ${name}`,
        severity: 'error',
        loc: locator.key([...path, key]),
        hint: suggestionHint(key, Object.keys(properties)),
      };
    }
    case 'required':
      return {
        category: 'Missing key',
        message: `${name} needs a "${String(params.missingProperty)}" key`,
        severity: 'error',
        loc: startOf(locator.value(path)),
        hint: `add "${String(params.missingProperty)}"`,
      };
    case 'type':
      return {
        category: 'Wrong type',
        message: `${name} must be ${article(String(params.type))}, found ${typeName(error.data)}`,
        severity: 'error',
        loc: locator.value(path),
        hint: typeHint(error),
      };
    case 'format':
      return formatDiagnostic(String(params.format), error.data, name, locator.value(path));
    case 'enum':
    case 'const': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
      const words = allowed.map((value) => String(value));
      return {
        category: 'Invalid value',
        message: `invalid value ${JSON.stringify(error.data)} for ${name}`,
        severity: 'error',
        loc: locator.value(path),
        hint: suggestionHint(String(error.data), words, 'values'),
      };
    }
    case 'maxProperties':
    case 'minProperties': {
      const keys = Object.keys((error.parentSchema?.properties ?? {}) as Record<string, unknown>);
      const exactlyOne = error.parentSchema?.maxProperties === 1;
      return {
        category: 'Invalid value',
        message: exactlyOne
          ? `${name} takes exactly one of its keys`
          : `${name} needs at least one key`,
        severity: 'error',
        loc: locator.value(path),
        hint: keys.length > 0 ? `use one of: ${keys.join(', ')}` : undefined,
      };
    }
    default:
      return {
        category: 'Invalid value',
        message: `${name} ${error.message ?? 'is invalid'}`,
        severity: 'error',
        loc: locator.value(path),
      };
  }
}

function formatDiagnostic(
  format: string,
  value: unknown,
  name: string,
  loc: Diagnostic['loc'],
): Diagnostic {
  const quoted = JSON.stringify(value);
  switch (format) {
    case 'duration':
      return {
        category: 'Invalid duration',
        message: `invalid duration ${quoted} for ${name}`,
        severity: 'error',
        loc,
        hint: DURATION_HINT,
      };
    case 'size':
      return {
        category: 'Invalid size',
        message: `invalid size ${quoted} for ${name}`,
        severity: 'error',
        loc,
        hint: 'write a number of bytes or a string such as "512KiB", "50MB" or "1GiB"',
      };
    default:
      return {
        category: 'Invalid threshold',
        message: `invalid threshold ${quoted} for ${name}`,
        severity: 'error',
        loc,
        hint:
          format === 'rate-threshold'
            ? 'write an operator and a percentage, such as "< 1%"'
            : 'write an operator and a duration, such as "< 800ms"',
      };
  }
}

/** Converts a JSON Pointer (`/steps/0/name`) to a key path. */
export function parsePointer(pointer: string): KeyPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** Names the node at a path in the user's terms: `"timeout" of step 2`, or `the flow`. */
function describe(path: KeyPath, file: string): string {
  const stepIndex = path[0] === 'steps' && typeof path[1] === 'number' ? path[1] : undefined;
  const keys = path.filter((segment): segment is string => typeof segment === 'string');
  const last = keys[keys.length - 1];

  if (stepIndex !== undefined) {
    return path.length === 2 ? `step ${stepIndex + 1}` : `"${last}" of step ${stepIndex + 1}`;
  }
  if (last !== undefined) return `"${last}"`;
  return file.endsWith('flow-group.yaml') || file.endsWith('flow-group.yml')
    ? 'the group'
    : 'the flow';
}

function startOf(loc: NonNullable<Diagnostic['loc']>): NonNullable<Diagnostic['loc']> {
  return { file: loc.file, line: loc.line, column: loc.column };
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `the ${typeof value} ${String(value)}`;
}

function article(types: string): string {
  const words: Record<string, string> = {
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    null: 'null',
  };
  const names = types.split(',').map((type) => words[type] ?? type);
  return names.length === 1
    ? (names[0] ?? types)
    : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

function typeHint(error: ErrorObject): string | undefined {
  if (error.parentSchema?.format === 'duration') return DURATION_HINT;
  const first = String((error.params as { type?: unknown }).type).split(',')[0];
  const hints: Record<string, string> = {
    string: 'quote the value',
    number: 'write a number without quotes',
    integer: 'write a whole number without quotes',
    boolean: 'write true or false without quotes',
    array: 'write a list, such as [a, b]',
    object: 'write a mapping of keys to values',
  };
  return hints[first ?? ''];
}
