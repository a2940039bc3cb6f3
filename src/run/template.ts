/**
 * `{{ name }}` templates. A name is looked up in layers, narrowest first: variables of the
 * iteration, of Before All, the data row, run overrides, the environment, the flow's
 * variables, the group's variables. `env.NAME`, `secrets.NAME`, `iteration`, `vu` and
 * Postman's `$dynamic` values are built in. An undefined name is an error, never "".
 */
import { DYNAMIC_VALUE_NAMES, generateDynamicValue, type RandomSource } from './dynamic.js';

/** One scope of variables. */
export interface VariableLayer {
  /** Shown in messages: `iteration`, `data`, `environment`... */
  readonly name: string;
  /**
   * True when values were written by the user (environment, variables, overrides) and may
   * themselves hold templates. Values from responses and data files are taken literally.
   */
  readonly templated: boolean;
  has(name: string): boolean;
  get(name: string): unknown;
}

/** Everything a template may refer to. */
export interface TemplateContext {
  /** Layers narrowest first; the first that has a name wins. */
  layers: readonly VariableLayer[];
  /** The selected environment, for `{{ env.NAME }}`. */
  environment?: VariableLayer;
  /** Value of a declared secret, or undefined when the name is not declared. */
  secret(name: string): string | undefined;
  iteration: number;
  vu: number;
  random: RandomSource;
  now(): number;
}

/** A template that cannot be resolved; the step that contains it fails with kind `template`. */
export class TemplateError extends Error {
  /** The whole string that contains the template. */
  readonly template: string;
  /** The expression between the braces, such as `token` or `env.host`. */
  readonly expression: string;
  /** 1-based column of `{{` inside `template`. */
  readonly column: number;

  constructor(message: string, template: string, expression: string, column: number) {
    super(message);
    this.name = 'TemplateError';
    this.template = template;
    this.expression = expression;
    this.column = column;
  }
}

const TEMPLATE = /\{\{\s*(.*?)\s*\}\}/g;
const WHOLE_TEMPLATE = /^\{\{\s*([^{}]*?)\s*\}\}$/;
const NOT_FOUND = Symbol('not found');

/** A template string split once into literal text and `{{ }}` expressions. */
interface CompiledTemplate {
  /** Literal text and expressions in order; an expression keeps its 1-based column. */
  parts: (string | { expression: string; column: number })[];
  /** The expression when the string is exactly one template, which keeps its value's type. */
  whole?: string;
}

/**
 * Compiled templates by their text. Steps render the same strings on every iteration; the
 * cache is emptied when full, because scripts may render strings that never repeat.
 */
const compiledTemplates = new Map<string, CompiledTemplate>();
const MAX_COMPILED_TEMPLATES = 10_000;

function compileTemplate(text: string): CompiledTemplate {
  let compiled = compiledTemplates.get(text);
  if (compiled !== undefined) return compiled;

  compiled = { parts: [] };
  let copied = 0;
  for (const match of text.matchAll(TEMPLATE)) {
    if (match.index > copied) compiled.parts.push(text.slice(copied, match.index));
    compiled.parts.push({ expression: match[1] ?? '', column: match.index + 1 });
    copied = match.index + match[0].length;
  }
  if (copied < text.length) compiled.parts.push(text.slice(copied));
  const whole = WHOLE_TEMPLATE.exec(text);
  if (whole) compiled.whole = whole[1] ?? '';

  if (compiledTemplates.size >= MAX_COMPILED_TEMPLATES) compiledTemplates.clear();
  compiledTemplates.set(text, compiled);
  return compiled;
}

/** Creates a layer over a plain object. */
export function recordLayer(
  name: string,
  values: Record<string, unknown>,
  templated: boolean,
): VariableLayer {
  return {
    name,
    templated,
    has: (key) => Object.prototype.hasOwnProperty.call(values, key),
    get: (key) => (Object.prototype.hasOwnProperty.call(values, key) ? values[key] : undefined),
  };
}

/** Creates a layer over a Map, which the run keeps changing as steps extract values. */
export function mapLayer(
  name: string,
  values: Map<string, unknown>,
  templated: boolean,
): VariableLayer {
  return { name, templated, has: (key) => values.has(key), get: (key) => values.get(key) };
}

/** Reports whether a string contains at least one template. */
export function hasTemplate(text: string): boolean {
  return text.includes('{{');
}

/**
 * Renders the templates of a string. `field` names where the string sits (`request.url`) for
 * error messages. Values are stringified: objects as JSON, null as `null`.
 */
export function renderString(text: string, context: TemplateContext, field?: string): string {
  return new Renderer(context).renderString(text, field, []);
}

/**
 * Renders every string inside plain data. A string that is exactly one template keeps the
 * value's type, so `{ id: "{{ userId }}" }` sends a number when userId is a number.
 */
export function renderValue(value: unknown, context: TemplateContext, field?: string): unknown {
  return new Renderer(context).renderValue(value, field, []);
}

class Renderer {
  constructor(private readonly context: TemplateContext) {}

  renderValue(value: unknown, field: string | undefined, stack: string[]): unknown {
    if (typeof value === 'string') {
      if (!hasTemplate(value)) return value;
      const { whole } = compileTemplate(value);
      if (whole !== undefined) return this.evaluate(whole, value, 1, field, stack);
      return this.renderString(value, field, stack);
    }
    if (Array.isArray(value)) {
      return value.map((item, i) => this.renderValue(item, field && `${field}[${i}]`, stack));
    }
    if (value !== null && typeof value === 'object') {
      const rendered: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const renderedKey = this.renderString(key, field, stack);
        rendered[renderedKey] = this.renderValue(item, field && `${field}.${key}`, stack);
      }
      return rendered;
    }
    return value;
  }

  renderString(text: string, field: string | undefined, stack: string[]): string {
    if (!hasTemplate(text)) return text;
    let rendered = '';
    for (const part of compileTemplate(text).parts) {
      rendered +=
        typeof part === 'string'
          ? part
          : stringify(this.evaluate(part.expression, text, part.column, field, stack));
    }
    return rendered;
  }

  private evaluate(
    expression: string,
    template: string,
    column: number,
    field: string | undefined,
    stack: string[],
  ): unknown {
    const fail = (problem: string): never => {
      const where = field ? ` in ${field}` : '';
      throw new TemplateError(
        `${problem}${where} "${template}" at column ${column}`,
        template,
        expression,
        column,
      );
    };
    const context = this.context;

    if (expression === '') fail('empty template {{ }}');
    if (expression === 'iteration') return context.iteration;
    if (expression === 'vu') return context.vu;

    if (expression.startsWith('$')) {
      const value = generateDynamicValue(expression, context.random, context.now());
      if (value === undefined) {
        fail(
          `unknown dynamic value "${expression}" (known: ${DYNAMIC_VALUE_NAMES.slice(0, 8).join(', ')}...)`,
        );
      }
      return value;
    }

    if (expression.startsWith('secrets.')) {
      const name = expression.slice('secrets.'.length);
      const value = context.secret(name);
      if (value === undefined)
        fail(`undeclared secret "${name}" (declare it under secrets: in flow-group.yaml)`);
      return value;
    }

    if (expression.startsWith('env.')) {
      const name = expression.slice('env.'.length);
      const found = context.environment
        ? this.lookup([context.environment], name, fail, stack)
        : NOT_FOUND;
      if (found === NOT_FOUND) fail(`undefined environment value "${name}"`);
      return found;
    }

    const found = this.lookup(context.layers, expression, fail, stack);
    if (found === NOT_FOUND) {
      fail(
        `undefined variable "${expression}" (set it with --var ${expression}=VALUE, in the environment, ` +
          `in variables:, or extract it in an earlier step)`,
      );
    }
    return found;
  }

  /** Finds `name` (or `name.path.to.property`) in the first layer that has it. */
  private lookup(
    layers: readonly VariableLayer[],
    name: string,
    fail: (problem: string) => never,
    stack: string[],
  ): unknown {
    // Narrower layers win. Within a layer, a name with dots may be a variable of its own (a CSV
    // column "user.name") before it is read as a path into an object variable.
    const candidates = splitCandidates(name);
    for (const layer of layers) {
      for (const [variable, path] of candidates) {
        if (!layer.has(variable)) continue;
        const value = this.resolveLayerValue(layer, variable, fail, stack);
        const property = readPath(value, path);
        if (property === NOT_FOUND) fail(`"${variable}" has no property "${path.join('.')}"`);
        return property;
      }
    }
    return NOT_FOUND;
  }

  private resolveLayerValue(
    layer: VariableLayer,
    name: string,
    fail: (problem: string) => never,
    stack: string[],
  ): unknown {
    const value = layer.get(name);
    if (!layer.templated || !containsTemplate(value)) return value;

    const key = `${layer.name}:${name}`;
    if (stack.includes(key)) {
      const cycle = [...stack.slice(stack.indexOf(key)), key]
        .map((entry) => entry.split(':')[1])
        .join(' → ');
      fail(`values refer to each other in a cycle: ${cycle}`);
    }
    return this.renderValue(value, undefined, [...stack, key]);
  }
}

/** Candidates by name, computed once like compiled templates. */
const candidatesByName = new Map<string, [string, string[]][]>();

function splitCandidates(name: string): [string, string[]][] {
  const cached = candidatesByName.get(name);
  if (cached !== undefined) return cached;

  const candidates: [string, string[]][] = [[name, []]];
  const parts = name.split('.');
  for (let i = parts.length - 1; i >= 1; i--) {
    candidates.push([parts.slice(0, i).join('.'), parts.slice(i)]);
  }
  if (candidatesByName.size >= MAX_COMPILED_TEMPLATES) candidatesByName.clear();
  candidatesByName.set(name, candidates);
  return candidates;
}

function readPath(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (
      current === null ||
      typeof current !== 'object' ||
      !Object.prototype.hasOwnProperty.call(current, key)
    ) {
      return NOT_FOUND;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function containsTemplate(value: unknown): boolean {
  if (typeof value === 'string') return hasTemplate(value);
  if (Array.isArray(value)) return value.some(containsTemplate);
  if (value !== null && typeof value === 'object')
    return Object.values(value).some(containsTemplate);
  return false;
}

/** Converts a value for use inside a longer string. */
export function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Builds a context over fixed layers only, for checks made before any iteration runs. */
export function templateContextFor(
  layers: readonly VariableLayer[],
  environment: VariableLayer,
  secret: (name: string) => string | undefined,
  random: RandomSource,
  now: () => number,
): TemplateContext {
  return { layers, environment, secret, iteration: 0, vu: 0, random, now };
}
