/**
 * OpenAPI schemas: local `$ref` resolution, conversion to the JSON Schema the flow's `schema`
 * assertion checks, and sample values generated from a schema when no example is given.
 */
import { asArray, asObject, type Json } from './source.js';

/** Depth at which recursive schemas stop expanding; deeper levels accept any value. */
const MAX_DEPTH = 8;

/** Resolves a local reference (`#/components/schemas/User`); undefined when it points nowhere. */
export function resolveRef(document: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let current: unknown = document;
  for (const part of ref.slice(2).split('/')) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    current = asObject(current)?.[key];
    if (current === undefined) return undefined;
  }
  return current;
}

/** Follows `$ref` chains until a value that is not a reference. */
export function deref(document: Json, value: unknown, seen = new Set<string>()): unknown {
  const ref = asObject(value)?.$ref;
  if (typeof ref !== 'string' || seen.has(ref)) return value;
  seen.add(ref);
  return deref(document, resolveRef(document, ref), seen);
}

/**
 * Converts an OpenAPI schema into a self-contained JSON Schema: references inlined, 3.0's
 * `nullable` turned into a `null` type, and annotation keywords JSON Schema does not know dropped.
 */
export function toJsonSchema(
  document: Json,
  schema: unknown,
  depth = 0,
  refs: string[] = [],
): Json {
  const object = asObject(schema);
  if (!object || depth > MAX_DEPTH) return {};
  const ref = object.$ref;
  if (typeof ref === 'string') {
    if (refs.includes(ref)) return {};
    return toJsonSchema(document, resolveRef(document, ref), depth + 1, [...refs, ref]);
  }

  const result: Json = {};
  for (const [key, value] of Object.entries(object)) {
    switch (key) {
      case 'nullable':
      case 'example':
      case 'examples':
      case 'xml':
      case 'externalDocs':
      case 'discriminator':
      case 'deprecated':
      case 'readOnly':
      case 'writeOnly':
        break;
      case 'properties': {
        const properties: Json = {};
        for (const [name, property] of Object.entries(asObject(value) ?? {})) {
          properties[name] = toJsonSchema(document, property, depth + 1, refs);
        }
        result.properties = properties;
        break;
      }
      case 'items':
      case 'not':
      case 'additionalProperties':
        result[key] =
          typeof value === 'boolean' ? value : toJsonSchema(document, value, depth + 1, refs);
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        result[key] = asArray(value).map((item) => toJsonSchema(document, item, depth + 1, refs));
        break;
      default:
        if (!key.startsWith('x-')) result[key] = value;
    }
  }
  if (object.nullable === true) {
    if (typeof result.type === 'string') result.type = [result.type, 'null'];
    else if (result.enum !== undefined) result.enum = [...asArray(result.enum), null];
  }
  return result;
}

/** Generates a value that matches a schema: its example, default or enum first, then by type. */
export function sampleValue(
  document: Json,
  schema: unknown,
  depth = 0,
  refs: string[] = [],
): unknown {
  const object = asObject(schema);
  if (!object || depth > MAX_DEPTH) return null;
  const ref = object.$ref;
  if (typeof ref === 'string') {
    if (refs.includes(ref)) return null;
    return sampleValue(document, resolveRef(document, ref), depth + 1, [...refs, ref]);
  }

  if (object.example !== undefined) return object.example;
  const examples = asArray(object.examples);
  if (examples.length > 0) return examples[0];
  if (object.default !== undefined) return object.default;
  if (object.const !== undefined) return object.const;
  const choices = asArray(object.enum);
  if (choices.length > 0) return choices[0];

  const allOf = asArray(object.allOf);
  if (allOf.length > 0) {
    const merged: Json = {};
    for (const part of allOf)
      Object.assign(merged, asObject(sampleValue(document, part, depth + 1, refs)) ?? {});
    return merged;
  }
  const alternative = asArray(object.oneOf)[0] ?? asArray(object.anyOf)[0];
  if (alternative !== undefined) return sampleValue(document, alternative, depth + 1, refs);

  const type = Array.isArray(object.type)
    ? object.type.find((item) => item !== 'null')
    : object.type;
  switch (type) {
    case 'string':
      return sampleString(object);
    case 'integer':
      return typeof object.minimum === 'number' ? Math.ceil(object.minimum) : 1;
    case 'number':
      return typeof object.minimum === 'number' ? object.minimum : 1.5;
    case 'boolean':
      return true;
    case 'array': {
      const count =
        typeof object.minItems === 'number' && object.minItems > 1 ? object.minItems : 1;
      return Array.from({ length: count }, () =>
        sampleValue(document, object.items, depth + 1, refs),
      );
    }
    case 'null':
      return null;
    default: {
      if (object.properties === undefined && type !== 'object') return null;
      const result: Json = {};
      for (const [name, property] of Object.entries(asObject(object.properties) ?? {})) {
        if (asObject(deref(document, property))?.readOnly === true) continue;
        result[name] = sampleValue(document, property, depth + 1, refs);
      }
      return result;
    }
  }
}

function sampleString(schema: Json): string {
  switch (schema.format) {
    case 'date-time':
      return '2024-01-01T00:00:00Z';
    case 'date':
      return '2024-01-01';
    case 'email':
      return 'user@example.com';
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    case 'uri':
    case 'url':
      return 'https://example.com';
    case 'ipv4':
      return '192.0.2.1';
    case 'byte':
      return 'c2FtcGxl';
    default: {
      const length = typeof schema.minLength === 'number' ? schema.minLength : 0;
      return 'string'.padEnd(length, 'x');
    }
  }
}
