/**
 * The json reporter: results.json, the results document itself, pretty-printed. Reports are
 * rebuilt from this file offline, so it is written in full and never trimmed for size.
 */
import type { ResultsDocument } from '../results/document.js';
import { fileReporter } from './file-reporter.js';
import type { Renderer } from './types.js';

/** Serializes a results document as 2-space indented JSON ending with a newline. */
export function renderJson(results: ResultsDocument): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

export const jsonRenderer: Renderer = {
  format: 'json',
  contentType: 'application/json',
  fileName: 'results.json',
  render: (results) => Promise.resolve(renderJson(results)),
};

export const jsonReporter = fileReporter('json', jsonRenderer);
