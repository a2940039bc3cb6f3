/**
 * Matchers of assertions. Equality is deep and loose in one way only: a number and a string
 * are equal when the string is a decimal form of that number (`200` equals `"200"`). YAML
 * authors quote numbers and headers carry numbers as text, which is why. Booleans, null and
 * missing values are never converted.
 */
import type { MatcherName } from '../flow/model.js';

export interface MatchResult {
  passed: boolean;
  /** Reason the match failed or could not be evaluated, as a plain sentence. */
  message?: string;
}

export const MATCHER_NAMES: readonly MatcherName[] = [
  'equals',
  'notEquals',
  'lessThan',
  'lessThanOrEqual',
  'greaterThan',
  'greaterThanOrEqual',
  'contains',
  'notContains',
  'matches',
  'exists',
  'type',
  'length',
  'oneOf',
];

const TYPE_NAMES = ['string', 'number', 'boolean', 'object', 'array', 'null'];

/** Applies a matcher; `actual` is undefined when the target does not exist. */
export function applyMatcher(name: MatcherName, actual: unknown, expected: unknown): MatchResult {
  switch (name) {
    case 'equals':
      return result(looseEquals(actual, expected));
    case 'notEquals':
      return result(!looseEquals(actual, expected));
    case 'lessThan':
      return compare(actual, expected, (a, b) => a < b);
    case 'lessThanOrEqual':
      return compare(actual, expected, (a, b) => a <= b);
    case 'greaterThan':
      return compare(actual, expected, (a, b) => a > b);
    case 'greaterThanOrEqual':
      return compare(actual, expected, (a, b) => a >= b);
    case 'contains':
      return contains(actual, expected);
    case 'notContains': {
      const inner = contains(actual, expected);
      return inner.message ? inner : result(!inner.passed);
    }
    case 'matches':
      return matches(actual, expected);
    case 'exists':
      return result(expected === false ? actual === undefined : actual !== undefined);
    case 'type':
      if (typeof expected !== 'string' || !TYPE_NAMES.includes(expected)) {
        return { passed: false, message: `type expects one of ${TYPE_NAMES.join(', ')}` };
      }
      return result(typeName(actual) === expected);
    case 'length':
      return length(actual, expected);
    case 'oneOf':
      if (!Array.isArray(expected))
        return { passed: false, message: 'oneOf expects a list of values' };
      return result(expected.some((candidate) => looseEquals(actual, candidate)));
  }
}

/** Names a value's type as messages show it: `array` and `null` are types of their own. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Compares deeply, with the number/string rule described at the top of this file. */
export function looseEquals(actual: unknown, expected: unknown): boolean {
  if (Object.is(actual, expected)) return true;

  if (typeof actual === 'number' && typeof expected === 'string')
    return numericString(expected) === actual;
  if (typeof actual === 'string' && typeof expected === 'number')
    return numericString(actual) === expected;

  if (Array.isArray(actual) && Array.isArray(expected)) {
    return (
      actual.length === expected.length && actual.every((item, i) => looseEquals(item, expected[i]))
    );
  }
  if (isObject(actual) && isObject(expected)) {
    const actualKeys = Object.keys(actual);
    const expectedKeys = Object.keys(expected);
    return (
      actualKeys.length === expectedKeys.length &&
      expectedKeys.every(
        (key) =>
          Object.prototype.hasOwnProperty.call(actual, key) &&
          looseEquals(actual[key], expected[key]),
      )
    );
  }
  return false;
}

function numericString(text: string): number | undefined {
  if (text.trim() === '' || text.trim() !== text) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function compare(
  actual: unknown,
  expected: unknown,
  test: (a: number, b: number) => boolean,
): MatchResult {
  const a = toNumber(actual);
  const b = toNumber(expected);
  if (b === undefined)
    return {
      passed: false,
      message: `the expected value ${JSON.stringify(expected)} is not a number`,
    };
  if (a === undefined)
    return { passed: false, message: `the actual value is a ${typeName(actual)}, not a number` };
  return result(test(a, b));
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return numericString(value);
  return undefined;
}

function contains(actual: unknown, expected: unknown): MatchResult {
  if (typeof actual === 'string') {
    if (typeof expected === 'string' || typeof expected === 'number')
      return result(actual.includes(String(expected)));
    return { passed: false, message: `cannot look for a ${typeName(expected)} inside a string` };
  }
  if (Array.isArray(actual)) return result(actual.some((item) => looseEquals(item, expected)));
  return {
    passed: false,
    message: `contains needs a string or an array, got a ${typeName(actual)}`,
  };
}

function matches(actual: unknown, expected: unknown): MatchResult {
  if (typeof expected !== 'string')
    return { passed: false, message: 'matches expects a regular expression string' };
  let regex: RegExp;
  try {
    regex = parseRegex(expected);
  } catch (error) {
    return {
      passed: false,
      message: `invalid regular expression ${expected}: ${(error as Error).message}`,
    };
  }
  if (typeof actual === 'number') return result(regex.test(String(actual)));
  if (typeof actual !== 'string')
    return { passed: false, message: `matches needs a string, got a ${typeName(actual)}` };
  return result(regex.test(actual));
}

/** Reads `/pattern/flags` or a bare pattern. */
export function parseRegex(text: string): RegExp {
  const literal = /^\/(.*)\/([dgimsuvy]*)$/s.exec(text);
  return literal ? new RegExp(literal[1] ?? '', literal[2]) : new RegExp(text);
}

/**
 * `length: 3` compares the length of a string or array (or the key count of an object);
 * `length: { lessThan: 10 }` applies another matcher to it.
 */
function length(actual: unknown, expected: unknown): MatchResult {
  let size: number;
  if (typeof actual === 'string' || Array.isArray(actual)) size = actual.length;
  else if (isObject(actual)) size = Object.keys(actual).length;
  else
    return {
      passed: false,
      message: `length needs a string, an array or an object, got a ${typeName(actual)}`,
    };

  if (isObject(expected)) {
    const entries = Object.entries(expected);
    const [entry] = entries;
    if (entries.length !== 1 || !entry || !MATCHER_NAMES.includes(entry[0] as MatcherName)) {
      return {
        passed: false,
        message: 'length expects a number or one matcher, such as { lessThan: 10 }',
      };
    }
    return applyMatcher(entry[0] as MatcherName, size, entry[1]);
  }
  return result(looseEquals(size, expected));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function result(passed: boolean): MatchResult {
  return { passed };
}
