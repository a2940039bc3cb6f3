import { describe, expect, it } from 'vitest';
import type { MatcherName } from '../../src/flow/model.js';
import { applyMatcher, typeName } from '../../src/run/matchers.js';

const cases: [MatcherName, unknown, unknown, boolean][] = [
  ['equals', 200, 200, true],
  ['equals', 200, '200', true],
  ['equals', '200', 200, true],
  ['equals', ' 200', 200, false],
  ['equals', true, 'true', false],
  ['equals', null, undefined, false],
  ['equals', { a: [1, { b: '2' }] }, { a: [1, { b: 2 }] }, true],
  ['equals', { a: 1 }, { a: 1, b: 2 }, false],
  ['equals', [1, 2], [2, 1], false],
  ['notEquals', 'a', 'b', true],
  ['notEquals', 5, '5', false],
  ['lessThan', 3, 4, true],
  ['lessThan', 4, 4, false],
  ['lessThan', '3', 4, true],
  ['lessThanOrEqual', 4, 4, true],
  ['lessThanOrEqual', 5, 4, false],
  ['greaterThan', 5, 4, true],
  ['greaterThan', 4, 4, false],
  ['greaterThanOrEqual', 4, 4, true],
  ['greaterThanOrEqual', 3, 4, false],
  ['contains', 'application/json; charset=utf-8', 'application/json', true],
  ['contains', 'text/html', 'json', false],
  ['contains', [1, 2, 3], '2', true],
  ['contains', ['a'], 'b', false],
  ['notContains', 'abc', 'x', true],
  ['notContains', ['a', 'b'], 'a', false],
  ['matches', 'order-123', '^order-\\d+$', true],
  ['matches', 'ORDER', '/order/i', true],
  ['matches', 'order', '^x', false],
  ['matches', 404, '^4\\d\\d$', true],
  ['exists', 'value', true, true],
  ['exists', undefined, true, false],
  ['exists', undefined, false, true],
  ['exists', null, true, true],
  ['type', 'x', 'string', true],
  ['type', 1, 'number', true],
  ['type', false, 'boolean', true],
  ['type', {}, 'object', true],
  ['type', [], 'array', true],
  ['type', [], 'object', false],
  ['type', null, 'null', true],
  ['length', 'abc', 3, true],
  ['length', [1, 2], 3, false],
  ['length', { a: 1, b: 2 }, 2, true],
  ['length', [1, 2, 3], { lessThan: 5 }, true],
  ['length', [1, 2, 3], { greaterThan: 5 }, false],
  ['oneOf', 201, [200, 201], true],
  ['oneOf', '201', [200, 201], true],
  ['oneOf', 500, [200, 201], false],
];

describe('applyMatcher', () => {
  it.each(cases)('%s: actual %j, expected %j → %s', (name, actual, expected, passed) => {
    expect(applyMatcher(name, actual, expected).passed).toBe(passed);
  });

  it.each([
    ['lessThan', 'abc', 3, 'the actual value is a string, not a number'],
    ['greaterThan', 3, 'x', 'the expected value "x" is not a number'],
    ['contains', 42, 'x', 'contains needs a string or an array, got a number'],
    ['matches', 'x', '(', 'invalid regular expression ('],
    ['type', 'x', 'text', 'type expects one of string, number, boolean, object, array, null'],
    ['length', 5, 1, 'length needs a string, an array or an object, got a number'],
    ['oneOf', 1, 1, 'oneOf expects a list of values'],
  ] as [MatcherName, unknown, unknown, string][])(
    '%s explains an unusable value',
    (name, actual, expected, message) => {
      const result = applyMatcher(name, actual, expected);
      expect(result.passed).toBe(false);
      expect(result.message).toContain(message);
    },
  );
});

describe('typeName', () => {
  it.each([
    [null, 'null'],
    [[], 'array'],
    [{}, 'object'],
    ['', 'string'],
    [undefined, 'undefined'],
  ])('names %j as %s', (value, name) => {
    expect(typeName(value)).toBe(name);
  });
});
