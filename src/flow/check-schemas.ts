/**
 * JSON Schemas of `assert.schema`, compiled at validation time with the ajv settings of the run,
 * so a schema that cannot compile is a diagnostic before any request rather than a failed step.
 */
import { resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

import type { SourceLocation } from '../common/source.js';
import type { FileBuilder } from './build.js';
import type { Flow } from './model.js';
import { parsePointer } from './validate.js';
import { parseYamlFile, type KeyPath, type Locator } from './yaml.js';

// ajv-formats is CommonJS: Node passes module.exports, a bundler may pass `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

let ajv: Ajv | undefined;

/** Compiles every schema assertion of a flow; problems go to the builder's diagnostics. */
export function checkSchemas(builder: FileBuilder, flow: Flow): void {
  for (const step of flow.steps) {
    for (const assertion of step.assert) {
      const target = assertion.target;
      if (target.kind !== 'schema') continue;

      const path: KeyPath = ['steps', step.index, 'assert', 'schema'];
      if (target.schemaFile === undefined) {
        checkSchema(builder, target.schema, (pointer) =>
          builder.at([...path, ...parsePointer(pointer)]),
        );
        continue;
      }

      // Parsed again for positions inside the schema file; the build has reported a bad file.
      const text = builder.host.readFile(resolve(builder.host.cwd, target.schemaFile));
      const locator = parseYamlFile(target.schemaFile, text).yaml.locator;
      checkSchema(builder, target.schema, (pointer) => locateIn(locator, pointer));
    }
  }
}

function checkSchema(
  builder: FileBuilder,
  schema: Record<string, unknown>,
  locate: (pointer: string) => SourceLocation,
): void {
  ajv ??= addFormats(new Ajv({ allErrors: true, strict: false }));

  // The meta-schema names the keyword at fault; compiling finds what it cannot, such as a $ref.
  if (!ajv.validateSchema(schema)) {
    // The branches of the meta-schema's unions each fail on the same node; one says enough.
    const seen = new Set<string>();
    for (const error of (ajv.errors ?? []).filter(isLeafError)) {
      if (seen.has(error.instancePath)) continue;
      seen.add(error.instancePath);
      builder.error(
        'Invalid JSON Schema',
        `invalid JSON Schema: ${describe(error)}`,
        locate(error.instancePath),
        'fix the schema so it follows JSON Schema draft-07',
      );
    }
    return;
  }
  try {
    ajv.compile(schema);
  } catch (error) {
    builder.error(
      'Invalid JSON Schema',
      `the JSON Schema does not compile: ${error instanceof Error ? error.message : String(error)}`,
      locate(''),
      'check every "$ref" points at a definition in the same schema',
    );
  }
}

/** Keeps the errors of the meta-schema's branches out when a plainer error names the node. */
function isLeafError(error: ErrorObject): boolean {
  return error.keyword !== 'anyOf' && error.keyword !== 'oneOf';
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the schema' : `"${error.instancePath}"`;
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  const suffix = allowed ? ` (${allowed.map((value) => JSON.stringify(value)).join(', ')})` : '';
  return `${where} ${error.message ?? 'is invalid'}${suffix}`;
}

function locateIn(locator: Locator, pointer: string): SourceLocation {
  return locator.value(parsePointer(pointer));
}
