/**
 * Reading and writing results documents. Reading validates the document against
 * schema/results.schema.json, so `report`, `merge` and `compare` fail with a clear message on
 * a file from another version or another tool instead of rendering nonsense.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { ExitCode, FlowRunnerError, InputError } from '../common/errors.js';
import { SCHEMA_VERSION, type ResultsDocument } from './document.js';

// The schema ships next to lib/ and src/ in the package: both sit two levels below its root.
// NOTE: a bundle (dist/) must carry schema/results.schema.json at the same relative place.
const SCHEMA_URL = new URL('../../schema/results.schema.json', import.meta.url);

let validator: ValidateFunction | undefined;

function validate(value: unknown): ErrorObject[] {
  if (validator === undefined) {
    const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as object;
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validator(value) ? [] : (validator.errors ?? []);
}

/** Reads a results document and validates its schema version and shape. */
export async function readResults(file: string): Promise<ResultsDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new InputError(`Cannot read results document ${file}: ${reason}.`, [], error);
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${file} is not valid JSON (${(error as Error).message}); pass a results.json written by flow-runner.`,
      [],
      error,
    );
  }

  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new InputError(
      version === undefined
        ? `${file} has no schemaVersion, so it is not a flow-runner results document.`
        : `${file} has schemaVersion ${JSON.stringify(version)}, but this flow-runner reads ` +
            `schemaVersion ${SCHEMA_VERSION}; use the flow-runner version that wrote it.`,
    );
  }

  const errors = validate(value);
  if (errors.length > 0) {
    const listed = errors
      .slice(0, 5)
      .map((error) => `  ${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
    const more = errors.length > 5 ? [`  ... and ${errors.length - 5} more`] : [];
    throw new InputError(
      [
        `${file} does not match the results schema (schemaVersion ${SCHEMA_VERSION}):`,
        ...listed,
        ...more,
      ].join('\n'),
    );
  }
  return value as ResultsDocument;
}

/**
 * Writes a results document atomically: to a temporary file in the same folder, then renamed
 * over the target, so a reader never sees half a document. Failures raise exit code 3.
 */
export async function writeResults(file: string, doc: ResultsDocument): Promise<void> {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temporary, JSON.stringify(doc, null, 2) + '\n', 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new FlowRunnerError(
      'FR_RESULTS_WRITE',
      `Cannot write results document ${file}: ${String(error)}`,
      {
        exitCode: ExitCode.InternalError,
        cause: error,
      },
    );
  }
}

/** Returns the schema validation errors of a value, empty when it is a valid document. */
export function validateResults(value: unknown): string[] {
  return validate(value).map(
    (error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`,
  );
}
