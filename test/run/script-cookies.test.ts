import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { Script } from '../../src/flow/model.js';
import { createScriptRunner } from '../../src/script/runner.js';
import type { ScriptRunner } from '../../src/script/types.js';
import { compileWorker } from '../script/support.js';
import { flow, flowSet, loc, request, step } from './support/model.js';
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

function postman(source: string): Script {
  return { ...script(source), dialect: 'postman' };
}

/** `/login` sets the session cookie; every other path returns the Cookie header it received. */
async function cookieServer(): Promise<TestServer> {
  return startServer((req, res) => {
    if (req.url === '/login') {
      sendJson(res, 200, { ok: true }, { 'set-cookie': 'sid=s-1; Path=/; HttpOnly' });
      return;
    }
    sendJson(res, 200, { cookie: req.headers.cookie ?? null });
  });
}

describe('at.cookies in a flow', () => {
  it('reads, sets and clears the jar the steps use', async () => {
    server = await cookieServer();
    const steps = [
      step('Log in', {
        request: request({ method: 'POST', url: `${server.url}/login` }),
        post: script(
          [
            'at.test("session cookie", () => at.expect(at.cookies.get("sid")).toBe("s-1"));',
            'at.variables.set("session", at.cookies.get("sid"));',
          ].join('\n'),
        ),
      }),
      step('Set a cookie', {
        request: request({ url: `${server.url}/with-theme` }),
        pre: script('at.cookies.set("theme", "dark", { path: "/" });'),
      }),
      step('Clear the jar', {
        request: request({ url: `${server.url}/cleared` }),
        pre: script('at.cookies.clear();'),
      }),
      step('Log in again', {
        request: request({ method: 'POST', url: `${server.url}/login` }),
        post: postman(
          [
            'var base = pm.variables.get("baseUrl");',
            'pm.test("pm.cookies.get", function () {',
            '  pm.expect(pm.cookies.get("sid")).to.equal("s-1");',
            '});',
            'pm.cookies.jar().set(base, "lang", "en", function (error) {',
            '  pm.test("jar.set", function () { pm.expect(error).to.be.null; });',
            '  pm.cookies.jar().get(base, "lang", function (error, value) {',
            '    pm.test("jar.get", function () { pm.expect(value).to.equal("en"); });',
            '  });',
            '});',
          ].join('\n'),
        ),
      }),
      step('Send both', { request: request({ url: `${server.url}/final` }) }),
    ];
    const result = await run(
      flowSet(flow(steps, { variables: { baseUrl: server.url } })),
      {},
      { scripts },
    );

    expect(result.stepEnds.map((end) => end.status)).toEqual([
      'passed',
      'passed',
      'passed',
      'passed',
      'passed',
    ]);
    expect(result.attempts[0]?.assertions.map((a) => [a.name, a.passed])).toEqual([
      ['session cookie', true],
    ]);
    expect(result.attempts[3]?.assertions.map((a) => [a.name, a.passed])).toEqual([
      ['pm.cookies.get', true],
      ['jar.set', true],
      ['jar.get', true],
    ]);

    const cookies = server.requests.map((received) => [received.url, received.headers.cookie]);
    expect(cookies).toEqual([
      ['/login', undefined],
      ['/with-theme', 'sid=s-1; theme=dark'],
      ['/cleared', undefined],
      ['/login', undefined],
      ['/final', 'sid=s-1; lang=en'],
    ]);
  });

  it('starts every iteration with the cookies Before All set', async () => {
    server = await cookieServer();
    const steps = [
      step('Read', {
        request: request({ url: `${server.url}/read` }),
        post: script('at.cookies.unset("tenant");'),
      }),
      step('Read again', { request: request({ url: `${server.url}/again` }) }),
    ];
    const result = await run(
      flowSet(
        flow(steps, {
          iterations: 2,
          beforeAll: script(
            'at.cookies.set("tenant", "t1", { url: at.variables.get("baseUrl"), path: "/" });',
          ),
          variables: { baseUrl: server.url },
        }),
      ),
      {},
      { scripts },
    );

    expect(result.stepEnds.every((end) => end.status === 'passed')).toBe(true);
    expect(server.requests.map((received) => [received.url, received.headers.cookie])).toEqual([
      ['/read', 'tenant=t1'],
      ['/again', undefined],
      ['/read', 'tenant=t1'],
      ['/again', undefined],
    ]);
  });

  it('fails a step whose script sets a cookie the jar rejects', async () => {
    server = await cookieServer();
    const steps = [
      step('Bad cookie', {
        request: request({ url: `${server.url}/never` }),
        pre: script('at.cookies.set("a", "1", { domain: "example.com" });'),
      }),
    ];
    const result = await run(flowSet(flow(steps)), {}, { scripts });

    expect(result.stepEnds.map((end) => end.status)).toEqual(['failed']);
    expect(result.attempts[0]?.error?.message).toContain(
      'pre script failed: Error: at.cookies.set: cookie "a" was not stored',
    );
    expect(server.requests).toEqual([]);
  });
});
