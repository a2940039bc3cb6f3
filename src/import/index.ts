/**
 * The importers behind one function: a source file in, flow group documents and an account of
 * what was left out. Writing and validating the files is the import command's job.
 */
import { InputError } from '../common/errors.js';
import { importCurl } from './curl.js';
import { importHar } from './har.js';
import { importOpenApi } from './openapi.js';
import { importPostman } from './postman.js';
import type { ImportFormat, ImportOptions, ImportResult, SourceFile } from './types.js';

export { decodeText } from './source.js';
export { renderYaml } from './render.js';
export type * from './types.js';

export const IMPORT_FORMATS: readonly ImportFormat[] = ['postman', 'har', 'curl', 'openapi'];

/** Converts a source file of the given format into flow group documents. */
export function importSource(
  format: ImportFormat,
  source: SourceFile,
  options: ImportOptions,
): ImportResult {
  if (format !== 'postman' && options.environments.length > 0) {
    throw new InputError(`--environment applies to Postman imports only, not ${format}`);
  }
  switch (format) {
    case 'postman':
      return importPostman(source, options);
    case 'har':
      return importHar(source);
    case 'curl':
      return importCurl(source);
    case 'openapi':
      return importOpenApi(source);
  }
}
