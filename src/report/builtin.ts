/**
 * The reporters and renderers that ship with flow-runner. registry.ts registers every entry
 * here when it loads; a new built-in reporter adds its line below.
 */
import { createConsoleReporter } from './console.js';
import { jsonRenderer, jsonReporter } from './json.js';
import { junitRenderer, junitReporter } from './junit.js';
import type { Renderer, ReporterFactory } from './types.js';
import { createHtmlReporter, htmlRenderer } from './html.js';
import { createOtelReporter, otelRenderer } from './otel.js';
import { createPdfReporter, pdfRenderer } from './pdf.js';

export const builtinReporters: [name: string, factory: ReporterFactory][] = [
  ['console', createConsoleReporter],
  ['json', jsonReporter],
  ['junit', junitReporter],
  ['html', createHtmlReporter],
  ['pdf', createPdfReporter],
  ['otel', createOtelReporter],
];

export const builtinRenderers: Renderer[] = [jsonRenderer, junitRenderer];
builtinRenderers.push(htmlRenderer, pdfRenderer, otelRenderer);
