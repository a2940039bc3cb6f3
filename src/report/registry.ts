/**
 * The reporter registry: maps the names `--reporter` accepts to reporter factories, and the
 * formats `at.export` accepts to renderers. The built-in ones come from builtin.ts.
 */
import { InputError } from '../common/errors.js';
import { closestMatch, suggestionHint } from '../common/suggest.js';
import { builtinRenderers, builtinReporters } from './builtin.js';
import type { Renderer, ReportContext, Reporter, ReporterFactory } from './types.js';

const reporters = new Map<string, ReporterFactory>();
const renderers = new Map<string, Renderer>();

/** Registers a reporter under the name `--reporter` takes; a name can be registered once. */
export function registerReporter(name: string, factory: ReporterFactory): void {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) {
    throw new Error(`Invalid reporter name "${name}": use lower-case letters, digits and "-".`);
  }
  if (reporters.has(name)) throw new Error(`Reporter "${name}" is already registered.`);
  reporters.set(name, factory);
}

/** Registers a renderer under its `format`, for `at.export` and `report`. */
export function registerRenderer(renderer: Renderer): void {
  if (renderers.has(renderer.format)) {
    throw new Error(`Renderer "${renderer.format}" is already registered.`);
  }
  renderers.set(renderer.format, renderer);
}

/** Returns the names of the registered reporters, in registration order. */
export function reporterNames(): string[] {
  return [...reporters.keys()];
}

/** Returns the registered export formats, in registration order. */
export function rendererFormats(): string[] {
  return [...renderers.keys()];
}

/** Returns the renderer for an export format, or undefined when none is registered. */
export function getRenderer(format: string): Renderer | undefined {
  return renderers.get(format);
}

/**
 * Builds the reporters named in `names` (as `--reporter console,junit` lists them), in that
 * order and once each. Throws an InputError listing the valid names for an unknown one.
 */
export function createReporters(names: string[], context: ReportContext): Reporter[] {
  const requested = [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];

  const unknown = requested.filter((name) => !reporters.has(name));
  if (unknown.length > 0) throw unknownReporterError(unknown);

  return requested.map((name) => (reporters.get(name) as ReporterFactory)(context));
}

function unknownReporterError(unknown: string[]): InputError {
  const valid = reporterNames();
  const listed = unknown.map((name) => `"${name}"`).join(', ');
  const suggestions = unknown
    .map((name) => closestMatch(name, valid))
    .filter((match): match is string => match !== undefined)
    .map((match) => ` Did you mean "${match}"?`)
    .join('');

  return new InputError(
    `Unknown reporter ${listed}. Valid reporters: ${valid.join(', ')}.${suggestions}`,
    [
      {
        category: 'Unknown reporter',
        message: `${listed} is not a reporter`,
        severity: 'error',
        hint:
          unknown.length === 1
            ? suggestionHint(unknown[0] ?? '', valid, 'reporters')
            : `valid reporters: ${valid.join(', ')}`,
      },
    ],
  );
}

for (const [name, factory] of builtinReporters) registerReporter(name, factory);
for (const renderer of builtinRenderers) registerRenderer(renderer);
