/**
 * Assertions: a target read from the response, checked by a matcher or a JSON Schema. Each
 * one becomes an AssertionRecord with expected and actual values and their types.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Assertion, AssertionTarget } from '../flow/model.js';
import type { AssertionRecord } from '../results/document.js';
import { applyMatcher, typeName } from './matchers.js';
import { queryJsonPath } from './extract.js';
import type { ResponseView } from './response.js';

// ajv-formats is CommonJS: Node hands over module.exports, a bundler may hand over `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

const MAX_SCHEMA_ERRORS = 5;

/** Evaluates assertions for one run; compiled JSON Schemas are cached per schema object. */
export class AssertionEvaluator {
  private ajv: Ajv | undefined;
  private readonly validators = new WeakMap<object, ValidateFunction>();

  /** Checks one assertion; `expected` is the matcher's value with templates already resolved. */
  evaluate(assertion: Assertion, response: ResponseView, expected: unknown): AssertionRecord {
    const { target } = assertion;
    if (target.kind === 'schema') return this.validateSchema(target, response, assertion);

    const matcher = assertion.matcher;
    const name =
      `${describeTarget(target)} ${matcher ? `${matcher.name} ${JSON.stringify(expected)}` : ''}`.trim();
    // Records are written out field by field: on Node 20, spreading an object and then adding
    // fields took microseconds per record, a measured cost on every request.
    const loc = assertion.loc;
    if (!matcher) return { name, loc, passed: false, message: 'the assertion has no matcher' };

    const actual = readTarget(target, response);
    if ('error' in actual) {
      return {
        name,
        loc,
        passed: false,
        expected,
        expectedType: typeName(expected),
        message: actual.error,
      };
    }

    const outcome = applyMatcher(matcher.name, actual.value, expected);
    const record: AssertionRecord = {
      name,
      loc,
      passed: outcome.passed,
      expected,
      expectedType: typeName(expected),
      actual: actual.value,
      actualType: typeName(actual.value),
    };
    if (outcome.message) record.message = outcome.message;
    else if (!outcome.passed)
      record.message = `expected ${name}, got ${formatActual(actual.value)}`;
    return record;
  }

  private validateSchema(
    target: Extract<AssertionTarget, { kind: 'schema' }>,
    response: ResponseView,
    assertion: Assertion,
  ): AssertionRecord {
    const name = `body matches JSON Schema${target.schemaFile ? ` ${target.schemaFile}` : ''}`;
    const loc = assertion.loc;

    let json: unknown;
    try {
      json = response.json();
    } catch (error) {
      return { name, loc, passed: false, message: (error as Error).message };
    }

    let validate: ValidateFunction;
    try {
      validate = this.compile(target.schema);
    } catch (error) {
      return {
        name,
        loc,
        passed: false,
        message: `invalid JSON Schema: ${(error as Error).message}`,
      };
    }

    if (validate(json)) return { name, loc, passed: true };
    const errors = validate.errors ?? [];
    const listed = errors
      .slice(0, MAX_SCHEMA_ERRORS)
      .map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
    if (errors.length > MAX_SCHEMA_ERRORS)
      listed.push(`and ${errors.length - MAX_SCHEMA_ERRORS} more`);
    return {
      name,
      loc,
      passed: false,
      actual: listed,
      actualType: 'array',
      message: `schema validation failed: ${listed.join('; ')}`,
    };
  }

  private compile(schema: Record<string, unknown>): ValidateFunction {
    const cached = this.validators.get(schema);
    if (cached) return cached;

    this.ajv ??= addFormats(new Ajv({ allErrors: true, strict: false }));
    const validate = this.ajv.compile(schema);
    this.validators.set(schema, validate);
    return validate;
  }
}

/** Names a target as messages show it: `status`, `header content-type`, `$.user.id`... */
export function describeTarget(target: AssertionTarget): string {
  switch (target.kind) {
    case 'header':
      return `header ${target.name}`;
    case 'json':
      return target.path;
    case 'schema':
      return 'JSON Schema';
    default:
      return target.kind;
  }
}

function readTarget(
  target: AssertionTarget,
  response: ResponseView,
): { value: unknown } | { error: string } {
  switch (target.kind) {
    case 'status':
      return { value: response.status };
    case 'header':
      return { value: response.header(target.name) };
    case 'body':
      return { value: response.text() };
    case 'duration':
      return { value: response.durationMs };
    case 'size':
      return { value: response.body.byteLength };
    case 'json': {
      let json: unknown;
      try {
        json = response.json();
      } catch (error) {
        return { error: (error as Error).message };
      }
      let matches: unknown[];
      try {
        matches = queryJsonPath(json, target.path);
      } catch (error) {
        return { error: `invalid JSONPath ${target.path}: ${(error as Error).message}` };
      }
      // No match reads as "missing", so `exists: false` can pass; several matches read as a list.
      if (matches.length === 0) return { value: undefined };
      if (matches.length === 1) return { value: matches[0] };
      return { value: matches };
    }
    case 'schema':
      return { error: 'a schema is not a value' };
  }
}

function formatActual(value: unknown): string {
  if (value === undefined) return 'nothing (missing)';
  const text = JSON.stringify(value);
  return `${text.length > 200 ? `${text.slice(0, 200)}…` : text} (${typeName(value)})`;
}
