import { afterAll, beforeAll, expect, test } from 'vitest';

import type { Script } from '../../src/flow/model.js';
import { createScriptRunner } from '../../src/script/runner.js';
import type { ScriptRunner } from '../../src/script/types.js';
import { compileWorker, fakeHost, inline, limits } from './support.js';

let runner: ScriptRunner;

beforeAll(() => {
  runner = createScriptRunner({ workerUrl: compileWorker() });
});

afterAll(async () => {
  await runner.close();
});

// inline() places the script at line 10, column 7 of flows/test.flow.yaml, as in a block scalar:
//   post: |
//         <first line of the script>
test.each([
  {
    name: 'syntax error on the first line',
    source: 'let x = ;',
    error: { name: 'SyntaxError', message: "unexpected token in expression: ';'" },
    loc: { line: 10, column: 15 },
    sourceLine: 'let x = ;',
  },
  {
    name: 'syntax error on a later line',
    source: 'const a = 1;\nconst b = 2;\n  foo(;',
    error: { name: 'SyntaxError', message: "unexpected token in expression: ';'" },
    loc: { line: 12, column: 13 },
    sourceLine: '  foo(;',
  },
  {
    name: 'runtime error on a later line',
    source: 'const user = at.variables.get("missing");\nconsole.log(user.name);',
    error: { name: 'TypeError', message: "cannot read property 'name' of undefined" },
    loc: { line: 11, column: 23 },
    sourceLine: 'console.log(user.name);',
  },
  {
    name: 'error thrown in a function',
    source: 'function check() {\n  throw new Error("token expired");\n}\ncheck();',
    error: { name: 'Error', message: 'token expired' },
    loc: { line: 11, column: 24 },
    sourceLine: '  throw new Error("token expired");',
  },
  {
    name: 'error after an await',
    source: 'await null;\nnull.x;',
    error: { name: 'TypeError', message: "cannot read property 'x' of null" },
    loc: { line: 11, column: 11 },
    sourceLine: 'null.x;',
  },
])('$name maps to the flow file', async ({ source, error, loc, sourceLine }) => {
  const outcome = await runner.run(inline(source), fakeHost('beforeAll'), limits);

  expect(outcome.ok).toBe(false);
  expect(outcome.error?.name).toBe(error.name);
  expect(outcome.error?.message).toBe(error.message);
  expect(outcome.error?.loc).toEqual({ file: 'flows/test.flow.yaml', ...loc });
  expect(outcome.error?.sourceLine).toBe(sourceLine);
});

test('script file positions start at column 1', async () => {
  const script: Script = {
    source: '// helper\nundefinedFunction();\n',
    file: 'flows/scripts/check.js',
    loc: { file: 'flows/scripts/check.js', line: 1, column: 1 },
    kind: 'file',
  };
  const outcome = await runner.run(script, fakeHost('beforeAll'), limits);

  expect(outcome.error?.name).toBe('ReferenceError');
  expect(outcome.error?.message).toBe("'undefinedFunction' is not defined");
  expect(outcome.error?.loc).toEqual({ file: 'flows/scripts/check.js', line: 2, column: 1 });
  expect(outcome.error?.sourceLine).toBe('undefinedFunction();');
});

test('thrown non-error value', async () => {
  const outcome = await runner.run(inline('throw "plain string";'), fakeHost('beforeAll'), limits);

  expect(outcome.error).toEqual({ name: 'Error', message: 'plain string' });
});

test('syntax error at the end points after the last line', async () => {
  const outcome = await runner.run(inline('vars.count >'), fakeHost('if'), limits);

  expect(outcome.error?.name).toBe('SyntaxError');
  expect(outcome.error?.loc).toEqual({ file: 'flows/test.flow.yaml', line: 10, column: 19 });
  expect(outcome.error?.sourceLine).toBe('vars.count >');
});
