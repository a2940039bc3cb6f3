/** Static checks of template scopes: which names each step can see, and when to only warn. */
import { describe, expect, test } from 'vitest';

import { implicitGroup } from '../../src/flow/build.js';
import { parseFlow } from '../../src/flow/parse.js';

const host = {
  cwd: '/project',
  readFile: (path: string): string => {
    throw new Error(`unexpected read of ${path}`);
  },
};

function problems(text: string, overrideNames: string[] = []): string[] {
  const result = parseFlow(host, 'scope.flow.yaml', text, implicitGroup(), { overrideNames });
  return result.diagnostics.map(
    (d) => `${d.severity} ${d.category} ${d.loc?.line}:${d.loc?.column}`,
  );
}

describe('template scopes', () => {
  test('extraction is visible to later steps and own assertions', () => {
    const text = [
      'steps:',
      '  - name: A',
      '    request: { url: "http://127.0.0.1:1/{{ id }}" }',
      '    extract: { id: { json: "$.id" } }',
      '    assert: { json: { "$.id": "{{ id }}" } }',
      '  - name: B',
      '    request: { url: "http://127.0.0.1:1/{{ id }}" }',
    ].join('\n');
    expect(problems(text)).toEqual(['error Undefined variable 3:41']);
  });

  test('names set by scripts and run overrides', () => {
    const text = [
      'beforeAll: at.variables.set("token", "x")',
      'steps:',
      '  - name: A',
      '    pre: at.variables.set(\'nonce\', "1")',
      '    request: { url: "http://127.0.0.1:1/{{ token }}/{{ nonce }}/{{ fromCli }}/{{ iteration }}/{{ $guid }}" }',
    ].join('\n');
    expect(problems(text, ['fromCli'])).toEqual([]);
    expect(problems(text)).toEqual(['error Undefined variable 5:65']);
  });

  test('dynamic set downgrades to a warning', () => {
    const text = [
      'steps:',
      '  - name: A',
      '    post: at.variables.set(name, 1)',
      '    request: { url: "http://127.0.0.1:1/" }',
      '  - name: B',
      '    request: { url: "http://127.0.0.1:1/{{ anything }}" }',
    ].join('\n');
    expect(problems(text)).toEqual(['warning Undefined variable 6:41']);
  });

  test('secrets outside a group are undeclared', () => {
    const text = [
      'steps:',
      '  - name: A',
      '    request: { url: "http://127.0.0.1:1/{{ secrets.KEY }}" }',
    ].join('\n');
    expect(problems(text)).toEqual(['error Undeclared secret 3:41']);
  });

  test('script text is not a template', () => {
    const text = [
      'steps:',
      '  - name: A',
      "    if: \"'{{ x' !== ''\"",
      '    request: { url: "http://127.0.0.1:1/" }',
    ].join('\n');
    expect(problems(text)).toEqual([]);
  });
});
