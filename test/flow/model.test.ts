/** Every model field parsed from the full example under test/fixtures-flow/full. */
import { beforeAll, describe, expect, test } from 'vitest';

import { loadFlowSet, type LoadResult } from '../../src/flow/load.js';
import type { Flow, Step } from '../../src/flow/model.js';

const ROOT = 'test/fixtures-flow/full';
const API = `${ROOT}/api`;

let result: LoadResult;
let login: Flow;

function step(name: string): Step {
  const found = login.steps.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no step ${name}`);
  return found;
}

beforeAll(async () => {
  result = await loadFlowSet([ROOT], { cwd: process.cwd(), environment: 'dev' });
  const flow = result.set.flows.find((candidate) => candidate.name === 'Login flow');
  if (!flow) throw new Error('Login flow not loaded');
  login = flow;
});

describe('full example', () => {
  test('loads without diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.set.flows.map((flow) => flow.file)).toEqual([
      `${API}/billing/refunds.flow.yaml`,
      `${API}/login.flow.yaml`,
      `${ROOT}/smoke.flow.yml`,
    ]);
  });

  test('group fields and selected environment', () => {
    const group = login.group;
    expect(group.name).toBe('Auth API');
    expect(group.dir).toBe(API);
    expect(group.file).toBe(`${API}/flow-group.yaml`);
    expect(group.environments.map((environment) => environment.name)).toEqual(['dev', 'staging']);
    expect(group.environments[1]?.values).toEqual({
      baseUrl: 'https://staging.example.com',
      user: 'qa-bot',
    });
    expect(group.environments[1]?.secretKeys).toEqual({ API_PASSWORD: 'STAGING_API_PASSWORD' });
    expect(group.environments[0]?.loc).toMatchObject({ line: 4, column: 3 });
    expect(group.secrets.map((secret) => secret.name)).toEqual(['API_PASSWORD', 'CLIENT_SECRET']);
    expect(group.secrets[1]?.loc).toMatchObject({ line: 11, column: 25 });
    expect(group.variables).toEqual({ apiVersion: 'v2' });
    expect(group.selectedEnvironment?.name).toBe('dev');
  });

  test('flow-level fields', () => {
    expect(login.name).toBe('Login flow');
    expect(login.tags).toEqual(['smoke', 'auth']);
    expect(login.iterations).toBe(4);
    expect(login.virtualUsers).toBe(2);
    expect(login.rampUp).toBe(2000);
    expect(login.duration).toBeUndefined();
    expect(login.data).toEqual({
      file: `${API}/data/users.csv`,
      loc: { file: `${API}/login.flow.yaml`, line: 7, column: 7, endLine: 7, endColumn: 21 },
    });
    expect(login.cookies).toBe('persist');
    expect(login.variables).toEqual({ greeting: 'hello' });
    expect(login.scriptLimits).toEqual({
      memoryBytes: 16 * 1024 * 1024,
      stackBytes: 256 * 1024,
      timeout: 2000,
    });
  });

  test('thresholds', () => {
    expect(login.thresholds.map(({ loc: _loc, ...threshold }) => threshold)).toEqual([
      { step: 'Log in', metric: 'p95', operator: '<', value: 800, expression: 'p95 < 800ms' },
      { step: 'Log in', metric: 'max', operator: '<=', value: 2000, expression: 'max <= 2s' },
      {
        step: undefined,
        metric: 'errorRate',
        operator: '<',
        value: 0.01,
        expression: 'errorRate < 1%',
      },
    ]);
    expect(login.thresholds[0]?.loc).toMatchObject({ line: 10, column: 28 });
  });

  test('inline block script starts on the next line', () => {
    expect(login.beforeAll?.kind).toBe('inline');
    expect(login.beforeAll?.source.startsWith('const res = await at.sendRequest(')).toBe(true);
    expect(login.beforeAll?.loc).toEqual({ file: `${API}/login.flow.yaml`, line: 15, column: 3 });
  });

  test('file script is read relative to the flow', () => {
    expect(login.afterAll).toEqual({
      source: 'at.variables.set("fromFile", 1);\n',
      file: `${API}/scripts/after.js`,
      loc: { file: `${API}/scripts/after.js`, line: 1, column: 1 },
      kind: 'file',
    });
  });

  test('quoted if script starts after the quote', () => {
    expect(step('Read profile').if).toMatchObject({
      source: 'at.variables.has("token")',
      loc: { line: 43, column: 10 },
    });
    expect(step('Read profile').pre?.loc).toMatchObject({ line: 54, column: 7 });
  });

  test('request of the first step', () => {
    const request = step('Log in').request;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('{{ baseUrl }}/api/login');
    expect(request.body).toEqual({
      kind: 'json',
      value: { user: '{{ user }}', password: '{{ secrets.API_PASSWORD }}' },
    });
    expect(request.loc).toMatchObject({ line: 22, column: 7 });
  });

  test('extractions of every kind', () => {
    const extractions = step('Log in').extract.map(({ loc: _loc, ...extraction }) => extraction);
    expect(extractions).toEqual([
      { name: 'token', source: { kind: 'json', path: '$.token' }, secret: true },
      { name: 'requestId', source: { kind: 'header', name: 'x-request-id' }, secret: false },
      {
        name: 'code',
        source: { kind: 'regex', pattern: 'code=(\\d+)', flags: 'i', group: 1 },
        secret: false,
      },
      { name: 'httpCode', source: { kind: 'status' }, secret: false },
      { name: 'session', source: { kind: 'cookie', name: 'sid' }, secret: false },
      { name: 'raw', source: { kind: 'body' }, secret: false },
      { name: 'took', source: { kind: 'duration' }, secret: false },
    ]);
    expect(step('Log in').extract[0]?.loc).toMatchObject({ line: 27, column: 7, endColumn: 12 });
  });

  test('assertion shorthands and matchers', () => {
    const assertions = step('Log in').assert.map(({ target, matcher }) => ({ target, matcher }));
    expect(assertions).toEqual([
      { target: { kind: 'status' }, matcher: { name: 'equals', expected: 200 } },
      {
        target: { kind: 'header', name: 'content-type' },
        matcher: { name: 'contains', expected: 'application/json' },
      },
      { target: { kind: 'header', name: 'x-count' }, matcher: { name: 'equals', expected: '3' } },
      {
        target: { kind: 'json', path: '$.user.name' },
        matcher: { name: 'equals', expected: '{{ user }}' },
      },
      { target: { kind: 'json', path: '$.ok' }, matcher: { name: 'equals', expected: true } },
      { target: { kind: 'json', path: '$.items' }, matcher: { name: 'length', expected: 2 } },
      { target: { kind: 'json', path: '$.items' }, matcher: { name: 'type', expected: 'array' } },
      { target: { kind: 'body' }, matcher: { name: 'contains', expected: 'welcome' } },
      { target: { kind: 'duration' }, matcher: { name: 'lessThan', expected: 800 } },
      { target: { kind: 'size' }, matcher: { name: 'lessThan', expected: 2048 } },
    ]);
    // A matcher's location is its key: `contains` inside the content-type entry.
    expect(step('Log in').assert[1]?.loc).toMatchObject({ line: 36, column: 34, endColumn: 42 });
  });

  test('status list, duration matchers and schema file', () => {
    const profile = step('Read profile');
    expect(profile.assert.map(({ target, matcher }) => ({ target, matcher }))).toEqual([
      { target: { kind: 'status' }, matcher: { name: 'oneOf', expected: [200, 201] } },
      { target: { kind: 'duration' }, matcher: { name: 'lessThan', expected: 1000 } },
      { target: { kind: 'duration' }, matcher: { name: 'greaterThan', expected: 1 } },
      {
        target: {
          kind: 'schema',
          schema: { type: 'object', required: ['id'] },
          schemaFile: `${API}/schemas/profile.json`,
        },
        matcher: undefined,
      },
    ]);
    expect(step('Upload').assert[0]?.target).toEqual({
      kind: 'schema',
      schema: { type: 'object' },
    });
  });

  test('step controls', () => {
    const profile = step('Read profile');
    expect(profile.delay).toBe(200);
    expect(profile.retry).toMatchObject({ count: 3, interval: 500, loc: { line: 51 } });
    expect(profile.continueOnFailure).toBe(true);
    expect(step('Log in').continueOnFailure).toBe(false);
    expect(profile.index).toBe(1);
  });

  test('query, bearer auth and request options', () => {
    const request = step('Read profile').request;
    expect(request.method).toBe('GET');
    expect(request.query).toEqual([
      ['page', '1'],
      ['tag', 'a'],
      ['tag', 'b'],
    ]);
    expect(request.auth).toEqual({ kind: 'bearer', token: '{{ token }}' });
    expect(request.timeout).toBe(5000);
    expect(request.redirects).toEqual({ follow: false, max: 3 });
    expect(request.proxy).toBe('http://127.0.0.1:8080');
  });

  test('every body and auth kind', () => {
    expect(step('Upload').request.body).toEqual({
      kind: 'multipart',
      parts: [
        {
          kind: 'field',
          name: 'note',
          value: '{{ serviceToken }} {{ env.user }} {{ greeting }} {{ password }}',
        },
        {
          kind: 'file',
          name: 'doc',
          path: `${API}/data/users.csv`,
          filename: undefined,
          contentType: 'text/csv',
        },
      ],
    });
    expect(step('Upload').request.auth).toEqual({
      kind: 'basic',
      username: '{{ user }}',
      password: '{{ secrets.API_PASSWORD }}',
    });
    expect(step('Form').request.body).toEqual({
      kind: 'form',
      fields: [
        ['a', '1'],
        ['b', 'two'],
      ],
    });
    expect(step('Form').request.auth).toEqual({
      kind: 'apiKey',
      name: 'key',
      value: 'k',
      in: 'query',
    });
    expect(step('Text').request.body).toEqual({
      kind: 'text',
      text: 'hi',
      contentType: 'text/plain',
    });
    expect(step('Text').request.auth).toEqual({
      kind: 'oauth2',
      tokenUrl: '{{ baseUrl }}/token',
      clientId: 'c',
      clientSecret: '{{ secrets.CLIENT_SECRET }}',
      scope: 'read',
      audience: undefined,
    });
    expect(step('File').request.body).toEqual({ kind: 'file', path: `${API}/data/users.csv` });
    expect(step('GraphQL').request.body).toEqual({
      kind: 'graphql',
      query: '{ me { id } }',
      variables: { a: 1 },
      operationName: 'Me',
    });
  });
});

describe('defaults', () => {
  test('group defaults merge into each step', () => {
    const request = step('Log in').request;
    // The step's own `accept` replaces the group's `Accept`; the other default stays.
    expect(request.headers).toEqual([
      ['accept', 'text/plain'],
      ['X-Api-Version', '{{ apiVersion }}'],
    ]);
    expect(request.timeout).toBe(10_000);
    expect(request.redirects).toEqual({ follow: true, max: 3 });
    expect(request.tls).toEqual({ ca: `${API}/certs/ca.pem` });
    expect(request.maxResponseSize).toBe(1024 * 1024);
  });

  test('built-in defaults outside any group', () => {
    const smoke = result.set.flows.find((flow) => flow.name === 'Smoke');
    const request = smoke?.steps[0]?.request;
    expect(smoke?.group.file).toBeUndefined();
    expect(smoke?.group.environments).toEqual([]);
    expect(smoke?.cookies).toBe('iteration');
    expect(smoke?.scriptLimits).toEqual({
      memoryBytes: 32 * 1024 * 1024,
      stackBytes: 256 * 1024,
      timeout: 5000,
    });
    expect(request?.method).toBe('GET');
    expect(request?.timeout).toBe(30_000);
    expect(request?.redirects).toEqual({ follow: true, max: 10 });
    expect(request?.maxResponseSize).toBe(50 * 1024 * 1024);
    expect(request?.headers).toEqual([]);
    expect(request?.tls).toEqual({});
  });

  test('flow name defaults to the file name', () => {
    expect(result.set.flows[0]?.name).toBe('refunds');
  });
});

describe('filters', () => {
  test('--flow keeps named flows', async () => {
    const filtered = await loadFlowSet([ROOT], {
      cwd: process.cwd(),
      environment: 'dev',
      flowNames: ['Smoke'],
    });
    expect(filtered.set.flows.map((flow) => flow.name)).toEqual(['Smoke']);
    expect(filtered.set.groups.map((group) => group.name)).toEqual(['']);
  });

  test('--flow with an unknown name', async () => {
    const filtered = await loadFlowSet([ROOT], {
      cwd: process.cwd(),
      environment: 'dev',
      flowNames: ['Smoek'],
    });
    expect(filtered.diagnostics).toMatchObject([
      { category: 'Flow not found', hint: 'did you mean "Smoke"?' },
    ]);
  });

  test('--tag keeps tagged flows', async () => {
    const filtered = await loadFlowSet([ROOT], {
      cwd: process.cwd(),
      environment: 'dev',
      tags: ['auth'],
    });
    expect(filtered.set.flows.map((flow) => flow.name)).toEqual(['Login flow']);
  });

  test('--tag that no flow has', async () => {
    const filtered = await loadFlowSet([ROOT], {
      cwd: process.cwd(),
      environment: 'dev',
      tags: ['nightly'],
    });
    expect(filtered.diagnostics).toMatchObject([
      { category: 'No flows found', hint: 'tags in use: smoke, auth' },
    ]);
  });
});
