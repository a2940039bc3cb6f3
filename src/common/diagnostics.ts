/**
 * One rendering of a Diagnostic, shared by the console, GitHub annotations and the HTML
 * report: a category line, the location, the source line with carets under the bad span, and
 * the fix.
 *
 *   error: Unknown key
 *     --> flows/login.flow.yaml:5:5
 *      |
 *    5 |     methd: POST
 *      |     ^^^^^ unknown key "methd" in "request" of step 1
 *      |
 *      = hint: did you mean "method"?
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createColors } from 'picocolors';

import type { Diagnostic } from './errors.js';
import { formatLocation } from './source.js';

export interface RenderOptions {
  /** Full text of the file that `d.loc` points into; without it no source line is shown. */
  source?: string;
  color?: boolean;
}

/** Renders a diagnostic as plain text, or with ANSI colors when `options.color` is set. */
export function renderDiagnostic(d: Diagnostic, options: RenderOptions = {}): string {
  const colors = createColors(options.color ?? false);
  const severityColor = d.severity === 'error' ? colors.red : colors.yellow;
  const lines = [colors.bold(`${severityColor(d.severity)}: ${d.category}`)];

  const sourceLine =
    d.loc && options.source !== undefined ? lineOf(options.source, d.loc.line) : undefined;
  const width = d.loc ? String(d.loc.line).length : 1;
  const blank = ' '.repeat(width + 2);
  const gutter = colors.blue(`${blank}|`);

  if (d.loc) lines.push(`${' '.repeat(width + 1)}${colors.blue('-->')} ${formatLocation(d.loc)}`);

  if (d.loc && sourceLine !== undefined) {
    const start = Math.max(1, Math.min(d.loc.column, sourceLine.length + 1));
    const spanEnd =
      d.loc.endLine === d.loc.line && d.loc.endColumn !== undefined
        ? d.loc.endColumn
        : sourceLine.trimEnd().length + 1;
    const caretCount = Math.max(1, spanEnd - start);
    // Keep tabs before the span so the carets line up however the terminal expands them.
    const indent = sourceLine.slice(0, start - 1).replace(/[^\t]/g, ' ');

    lines.push(gutter);
    lines.push(`${colors.blue(` ${d.loc.line} |`)} ${sourceLine}`);
    lines.push(`${gutter} ${indent}${severityColor('^'.repeat(caretCount))} ${d.message}`);
    lines.push(gutter);
  } else {
    lines.push(`${blank}${colors.blue('=')} ${d.message}`);
  }

  if (d.hint !== undefined) lines.push(`${blank}${colors.blue('=')} hint: ${d.hint}`);
  return lines.join('\n');
}

/** Renders several diagnostics separated by blank lines, each with its file's text if known. */
export function renderDiagnostics(
  diagnostics: readonly Diagnostic[],
  options: { sources?: ReadonlyMap<string, string>; color?: boolean } = {},
): string {
  return diagnostics
    .map((d) => {
      const source = d.loc ? options.sources?.get(d.loc.file) : undefined;
      return renderDiagnostic(d, { source, color: options.color });
    })
    .join('\n\n');
}

function lineOf(source: string, line: number): string | undefined {
  const lines = source.split(/\r?\n/);
  return lines[line - 1];
}

const fileCache = new Map<string, string[] | null>();
const FILE_CACHE_LIMIT = 64;

/**
 * Reads one line (1-based) of a file, caching the split file so that many diagnostics in one
 * file read it once. Returns undefined when the file or the line does not exist.
 */
export function readSourceLine(file: string, line: number, cwd = '.'): string | undefined {
  const path = resolve(cwd, file);
  let lines = fileCache.get(path);

  if (lines === undefined) {
    try {
      lines = readFileSync(path, 'utf8').split(/\r?\n/);
    } catch {
      lines = null;
    }
    if (fileCache.size >= FILE_CACHE_LIMIT) fileCache.clear();
    fileCache.set(path, lines);
  }
  return lines?.[line - 1];
}
