/**
 * `at.expect` in Jest's style, as JavaScript source for QuickJS. DESCRIBE_SOURCE is inlined into
 * the bootstrap; EXPECT_SOURCE is a function expression the bootstrap compiles through the
 * bridge, once per sandbox.
 * A failed matcher throws an error named AssertionError that carries `expected` and `actual`.
 */
export const DESCRIBE_SOURCE = `
  function describe(value, limit) {
    var max = limit === undefined ? 200 : limit;
    var text;
    if (value === undefined) text = 'undefined';
    else if (typeof value === 'function') text = '[Function' + (value.name ? ' ' + value.name : '') + ']';
    else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') text = String(value);
    else if (typeof value === 'symbol') text = value.toString();
    else if (value instanceof RegExp) text = String(value);
    else if (value instanceof Error) text = value.name + ': ' + value.message;
    else {
      try {
        text = JSON.stringify(value);
      } catch (e) {
        text = undefined;
      }
      if (text === undefined) text = String(value);
    }
    return text.length > max ? text.slice(0, max) + '...' : text;
  }

  // Plain data for the results document; anything JSON cannot carry becomes its description.
  function safeData(value) {
    if (value === undefined) return undefined;
    try {
      var text = JSON.stringify(value);
      if (text !== undefined) return JSON.parse(text);
    } catch (e) {
      // Cyclic or BigInt values fall through to their description.
    }
    return describe(value);
  }
`;

/** Evaluates to `function (describe) { return expect; }`. */
export const EXPECT_SOURCE = `(function (describe) {
  'use strict';
  function typeName(value) {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    return typeof value;
  }

  // toEqual ignores properties whose value is undefined; toStrictEqual does not, and also
  // compares prototypes, so an array never equals an object with the same keys.
  function deepEqual(a, b, strict) {
    if (Object.is(a, b)) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
    if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
    if (Array.isArray(a) && a.length !== b.length) return false;

    var keysA = Object.keys(a).filter(function (k) { return strict || a[k] !== undefined; });
    var keysB = Object.keys(b).filter(function (k) { return strict || b[k] !== undefined; });
    if (keysA.length !== keysB.length) return false;
    for (var i = 0; i < keysA.length; i++) {
      var key = keysA[i];
      if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
      if (!deepEqual(a[key], b[key], strict)) return false;
    }
    return true;
  }

  function AssertionError(message, expected, actual, hasExpected) {
    var error = new Error(message);
    error.name = 'AssertionError';
    error.expected = expected;
    error.actual = actual;
    error.hasExpected = hasExpected;
    return error;
  }

  function lengthOf(value) {
    return value !== null && value !== undefined && typeof value.length === 'number' ? value.length : undefined;
  }

  function propertyAt(value, path) {
    var keys = Array.isArray(path) ? path : String(path).split('.');
    var current = value;
    for (var i = 0; i < keys.length; i++) {
      if (current === null || current === undefined || !(Object(current) instanceof Object) || !(keys[i] in Object(current))) {
        return { found: false };
      }
      current = current[keys[i]];
    }
    return { found: true, value: current };
  }

  function numberCheck(actual, expected, name) {
    if (typeof actual !== 'number' && typeof actual !== 'bigint') {
      throw AssertionError('expected ' + describe(actual) + ' (' + typeName(actual) + ') to be a number for ' + name, expected, actual, true);
    }
  }

  function matchers(actual, negated) {
    var not = negated ? 'not ' : '';

    function check(pass, text, expected, hasExpected) {
      if (pass === negated) {
        throw AssertionError('expected ' + describe(actual) + ' ' + not + text, expected, actual, hasExpected);
      }
    }

    return {
      toBe: function (expected) {
        check(Object.is(actual, expected), 'to be ' + describe(expected), expected, true);
      },
      toEqual: function (expected) {
        check(deepEqual(actual, expected, false), 'to equal ' + describe(expected), expected, true);
      },
      toStrictEqual: function (expected) {
        check(deepEqual(actual, expected, true), 'to strictly equal ' + describe(expected), expected, true);
      },
      toBeDefined: function () {
        check(actual !== undefined, 'to be defined');
      },
      toBeUndefined: function () {
        check(actual === undefined, 'to be undefined');
      },
      toBeNull: function () {
        check(actual === null, 'to be null', null, true);
      },
      toBeTruthy: function () {
        check(!!actual, 'to be truthy');
      },
      toBeFalsy: function () {
        check(!actual, 'to be falsy');
      },
      toContain: function (item) {
        var pass = typeof actual === 'string'
          ? actual.indexOf(String(item)) !== -1
          : actual !== null && actual !== undefined && typeof actual.indexOf === 'function' && actual.indexOf(item) !== -1;
        check(pass, 'to contain ' + describe(item), item, true);
      },
      toMatch: function (pattern) {
        var regex = pattern instanceof RegExp ? pattern : null;
        var pass = typeof actual === 'string' && (regex ? regex.test(actual) : actual.indexOf(String(pattern)) !== -1);
        check(pass, 'to match ' + describe(pattern), String(pattern), true);
      },
      toBeGreaterThan: function (expected) {
        numberCheck(actual, expected, 'toBeGreaterThan');
        check(actual > expected, 'to be greater than ' + describe(expected), expected, true);
      },
      toBeGreaterThanOrEqual: function (expected) {
        numberCheck(actual, expected, 'toBeGreaterThanOrEqual');
        check(actual >= expected, 'to be greater than or equal to ' + describe(expected), expected, true);
      },
      toBeLessThan: function (expected) {
        numberCheck(actual, expected, 'toBeLessThan');
        check(actual < expected, 'to be less than ' + describe(expected), expected, true);
      },
      toBeLessThanOrEqual: function (expected) {
        numberCheck(actual, expected, 'toBeLessThanOrEqual');
        check(actual <= expected, 'to be less than or equal to ' + describe(expected), expected, true);
      },
      toHaveProperty: function (path, value) {
        var found = propertyAt(actual, path);
        if (arguments.length < 2) {
          check(found.found, 'to have property ' + describe(path), path, true);
        } else {
          check(found.found && deepEqual(found.value, value, false),
            'to have property ' + describe(path) + ' equal to ' + describe(value), value, true);
        }
      },
      toHaveLength: function (expected) {
        check(lengthOf(actual) === expected, 'to have length ' + describe(expected) + ' (its length is ' + describe(lengthOf(actual)) + ')', expected, true);
      },
      toBeTypeOf: function (expected) {
        // The result of the typeof operator, as in Vitest: null and arrays are "object".
        check(typeof actual === expected, 'to be of type ' + describe(expected) + ' (it is ' + typeof actual + ')', expected, true);
      },
    };
  }

  function expect(actual) {
    var positive = matchers(actual, false);
    positive.not = Object.freeze(matchers(actual, true));
    return Object.freeze(positive);
  }

  return expect;
})`;
