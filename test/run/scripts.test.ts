import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Script } from '../../src/flow/model.js';
import { createScriptRunner } from '../../src/script/runner.js';
import type { ScriptRunner } from '../../src/script/types.js';
import { compileWorker } from '../script/support.js';
import { assertion, flow, flowSet, loc, request, step } from './support/model.js';
import { run } from './support/run.js';
import { sendJson, startServer, type TestServer } from './support/server.js';

let scripts: ScriptRunner;
let server: TestServer | undefined;
beforeAll(() => {
  scripts = createScriptRunner({ workerUrl: compileWorker() });
});
afterAll(async () => {
  await scripts.close();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function script(source: string): Script {
  return { source, file: 'flows/test.flow.yaml', loc: loc(10, 5), kind: 'inline' };
}

describe('steps with scripts', () => {
  it('runs if, pre, post and hooks through the real sandbox', async () => {
    server = await startServer((req, res) =>
      sendJson(res, 200, { id: 9, nonce: req.headers['x-nonce'] ?? null, url: req.url }),
    );
    const exports: unknown[] = [];
    const steps = [
      step('Skipped by if', {
        request: request({ url: `${server.url}/never` }),
        if: script('at.iteration > 5'),
      }),
      step('Scripted', {
        request: request({ url: `${server.url}/item` }),
        pre: script(
          'at.request.headers["X-Nonce"] = at.variables.get("seed") + "-" + at.iteration;',
        ),
        post: script(
          'at.test("has an id", () => at.expect(at.response.json().id).toBe(9)); at.variables.set("itemId", at.response.json().id);',
        ),
        assert: [
          assertion(
            { kind: 'json', path: '$.nonce' },
            { name: 'equals', expected: 'seed-1-{{ iteration }}' },
          ),
        ],
      }),
      step('Uses script variable', {
        request: request({ url: `${server.url}/items/{{ itemId }}` }),
      }),
    ];
    const set = flowSet(
      flow(steps, {
        beforeAll: script('at.variables.set("seed", "seed-1");'),
        afterAll: script(
          'await at.export({ format: "json", path: "r.json" }); if (at.results.failed !== 0) throw new Error("unexpected failures");',
        ),
      }),
    );
    const result = await run(
      set,
      {},
      { scripts, exportReport: async (options) => (exports.push(options), { path: 'r.json' }) },
    );

    expect(result.stepEnds.map((e) => e.status)).toEqual(['skipped', 'passed', 'passed']);
    expect(result.attempts[0]?.skipReason).toBe('if: at.iteration > 5 is false');
    expect(server.requests.map((r) => r.url)).toEqual(['/item', '/items/9']);
    expect(server.requests[0]?.headers['x-nonce']).toBe('seed-1-1');
    expect(result.attempts[1]?.assertions.map((a) => [a.name, a.passed])).toEqual([
      ['has an id', true],
      ['$.nonce equals "seed-1-1"', true],
    ]);
    expect(
      result.events
        .filter((e) => e.type === 'hookEnd')
        .map((e) => e.type === 'hookEnd' && [e.hook, e.result.status]),
    ).toEqual([
      ['beforeAll', 'passed'],
      ['afterAll', 'passed'],
    ]);
    expect(exports).toEqual([{ format: 'json', path: 'r.json' }]);
  });

  it('records at.sendRequest as a script attempt', async () => {
    server = await startServer((req, res) => sendJson(res, 200, { url: req.url }));
    const steps = [
      step('Main', {
        request: request({ url: `${server.url}/main` }),
        post: script(
          'const r = await at.sendRequest({ url: at.env.get("side") }); at.variables.set("side", r.status);',
        ),
      }),
    ];
    const group = flowSet(flow(steps)).flows[0]!.group;
    group.environments = [
      { name: 'dev', values: { side: `${server.url}/side` }, secretKeys: {}, loc: loc() },
    ];
    const result = await run(flowSet(flow(steps, { group })), {}, { scripts });

    expect(server.requests.map((r) => r.url)).toEqual(['/main', '/side']);
    const scripted = result.attempts.find((a) => a.script);
    expect(scripted).toMatchObject({
      step: 'Main',
      status: 'passed',
      request: { method: 'GET', url: `${server.url}/side` },
    });
  });
});
