/**
 * The reporters and renderers that ship with flow-runner. registry.ts registers every entry
 * here when it loads; a new built-in reporter adds its line below.
 */
import { createConsoleReporter } from './console.js';
import { jsonRenderer, jsonReporter } from './json.js';
import { junitRenderer, junitReporter } from './junit.js';
import type { Renderer, ReporterFactory } from './types.js';

export const builtinReporters: [name: string, factory: ReporterFactory][] = [
  ['console', createConsoleReporter],
  ['json', jsonReporter],
  ['junit', junitReporter],
];

export const builtinRenderers: Renderer[] = [jsonRenderer, junitRenderer];
