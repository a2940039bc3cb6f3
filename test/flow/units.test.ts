/** Table-driven tests of the small parsers and helpers behind flow files. */
import { describe, expect, test } from 'vitest';

import { readSourceLine, renderDiagnostic } from '../../src/common/diagnostics.js';
import { parseDuration } from '../../src/common/duration.js';
import { closestMatch, editDistance, suggestionHint } from '../../src/common/suggest.js';
import { jsonPathProblem } from '../../src/flow/check.js';
import { parseSize, parseThreshold } from '../../src/flow/values.js';

describe('parseDuration', () => {
  test.each([
    [250, 250],
    [0, 0],
    ['500ms', 500],
    ['10s', 10_000],
    ['1.5s', 1500],
    ['2m', 120_000],
    ['1h', 3_600_000],
    [' 3 s ', 3000],
    ['10', undefined],
    ['5 seconds', undefined],
    ['-1s', undefined],
    [-5, undefined],
    [true, undefined],
    [null, undefined],
  ])('%j → %j', (input, expected) => {
    expect(parseDuration(input)).toBe(expected);
  });
});

describe('parseSize', () => {
  test.each([
    [1024, 1024],
    ['512KiB', 512 * 1024],
    ['50MB', 50_000_000],
    ['1GiB', 1024 ** 3],
    ['10 b', 10],
    ['1.5', undefined],
    ['12 parsecs', undefined],
    [1.5, undefined],
  ])('%j → %j', (input, expected) => {
    expect(parseSize(input)).toBe(expected);
  });
});

describe('parseThreshold', () => {
  test.each([
    ['p95', '< 800ms', { operator: '<', value: 800 }],
    ['max', '<=2s', { operator: '<=', value: 2000 }],
    ['mean', '> 100', { operator: '>', value: 100 }],
    ['errorRate', '< 1%', { operator: '<', value: 0.01 }],
    ['successRate', '>= 0.99', { operator: '>=', value: 0.99 }],
    ['errorRate', '< 150%', undefined],
    ['p95', '800ms', undefined],
    ['p95', '< 1%', undefined],
  ] as const)('%s %s', (metric, expression, expected) => {
    expect(parseThreshold(metric, expression)).toEqual(expected);
  });
});

describe('suggestions', () => {
  test.each([
    ['methd', 'method', 1],
    ['Pnig', 'Ping', 1],
    ['header', 'headers', 1],
    ['kitten', 'sitting', 3],
  ])('editDistance(%s, %s) = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  test('closest match ignores case', () => {
    expect(closestMatch('URL', ['method', 'url'])).toBe('url');
  });

  test('no match lists the valid keys', () => {
    expect(suggestionHint('zzz', ['json', 'form'])).toBe('valid keys: "json", "form"');
    expect(suggestionHint('jsn', ['json', 'form'])).toBe('did you mean "json"?');
  });
});

describe('jsonPathProblem', () => {
  test.each([
    ['$.token', undefined],
    ['$..book[?(@.price < 10)].title', undefined],
    ["$['a b'][0]", undefined],
    ['$', undefined],
    ['token', 'a JSONPath starts with "$"'],
    ['$.items[0', 'unclosed "["'],
    ['$.items]', 'unexpected "]" at character 8'],
    ["$['a", "unterminated string starting with '"],
    ['$.a.', 'the path ends with "."'],
  ])('%s', (path, problem) => {
    expect(jsonPathProblem(path)).toBe(problem);
  });

  test('filter syntax error', () => {
    expect(jsonPathProblem('$[?(@.a ==)]')).toMatch(
      /^invalid filter \?\(@\.a ==\): Expected expression/,
    );
  });
});

describe('renderDiagnostic', () => {
  const diagnostic = {
    category: 'Unknown key',
    message: 'unknown key "methd"',
    severity: 'error' as const,
    loc: { file: 'a.flow.yaml', line: 12, column: 5, endLine: 12, endColumn: 10 },
    hint: 'did you mean "method"?',
  };

  test('without source', () => {
    expect(renderDiagnostic(diagnostic)).toBe(
      [
        'error: Unknown key',
        '   --> a.flow.yaml:12:5',
        '    = unknown key "methd"',
        '    = hint: did you mean "method"?',
      ].join('\n'),
    );
  });

  test('two-digit gutter and warning', () => {
    const source = `${'\n'.repeat(11)}\tmethd: POST\n`;
    const text = renderDiagnostic(
      { ...diagnostic, severity: 'warning', loc: { ...diagnostic.loc, column: 2, endColumn: 7 } },
      { source },
    );
    expect(text.split('\n')).toEqual([
      'warning: Unknown key',
      '   --> a.flow.yaml:12:2',
      '    |',
      ' 12 | \tmethd: POST',
      '    | \t^^^^^ unknown key "methd"',
      '    |',
      '    = hint: did you mean "method"?',
    ]);
  });

  test('color codes only when asked', () => {
    expect(renderDiagnostic(diagnostic, { color: true })).toContain('\u001b[');
    expect(renderDiagnostic(diagnostic, { color: false })).not.toContain('\u001b[');
  });

  test('readSourceLine', () => {
    expect(readSourceLine('test/fixtures-flow/broken/wrong-type.flow.yaml', 1)).toBe(
      'iterations: many',
    );
    expect(readSourceLine('test/fixtures-flow/broken/wrong-type.flow.yaml', 99)).toBeUndefined();
    expect(readSourceLine('test/fixtures-flow/missing.yaml', 1)).toBeUndefined();
  });
});
