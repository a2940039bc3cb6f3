import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

import { sendJson, startServer, type TestServer } from '../run/support/server.js';
import {
  assertionsOf,
  corpus,
  fixtures,
  readResults,
  runCli,
  runImport,
  scratch,
} from './support.js';

const SECRETS = {
  FLOW_RUNNER_SECRET_BEARERAUTH_TOKEN: 'bearer-1',
  FLOW_RUNNER_SECRET_APIKEY_API_KEY: 'key-1',
  FLOW_RUNNER_SECRET_BASICAUTH_USERNAME: 'alice-user',
  FLOW_RUNNER_SECRET_BASICAUTH_PASSWORD: 'pw-long-enough',
};

/** Starts the inventory API of fixtures/import/openapi/inventory.yaml, checking each operation's auth. */
function startInventory(): Promise<TestServer> {
  return startServer((request, response) => {
    const [path = '', query = ''] = request.url.split('?');
    const bearer = request.headers.authorization === 'Bearer bearer-1';
    if (request.method === 'GET' && path === '/v1/items') {
      if (!bearer || !query.includes('limit=5'))
        return sendJson(response, 400, { error: 'bad request' });
      return sendJson(response, 200, [{ id: 1, name: 'lamp', price: 3 }]);
    }
    if (request.method === 'POST' && path === '/v1/items') {
      if (!bearer) return sendJson(response, 401, {});
      return sendJson(response, 201, { id: 2, ...(JSON.parse(request.body) as object) });
    }
    if (request.method === 'GET' && path === '/v1/items/1') {
      return sendJson(response, bearer ? 200 : 401, { id: 1, name: 'lamp', price: 3, note: null });
    }
    if (request.method === 'DELETE' && path === '/v1/items/1') {
      response.statusCode = request.headers['x-api-key'] === 'key-1' ? 204 : 401;
      response.end();
      return;
    }
    if (request.method === 'POST' && path === '/v1/users/login') {
      return sendJson(response, request.body === 'user=alice&password=secret' ? 200 : 401, {
        token: 't',
      });
    }
    if (request.method === 'GET' && path === '/v1/users/me') {
      const basic = `Basic ${Buffer.from('alice-user:pw-long-enough').toString('base64')}`;
      return sendJson(response, request.headers.authorization === basic ? 200 : 401, {
        name: 'alice',
        manager: null,
      });
    }
    sendJson(response, 404, {});
  });
}

let server: TestServer;
let work: ReturnType<typeof scratch>;

beforeEach(async () => {
  server = await startInventory();
  work = scratch();
});

afterEach(async () => {
  await server.close();
  work.remove();
});

function readYaml(path: string): Record<string, unknown> {
  return parse(readFileSync(join(work.dir, path), 'utf8')) as Record<string, unknown>;
}

describe('OpenAPI 3.0 YAML', () => {
  test('imports and runs against a local server', async () => {
    const imported = await runImport(
      { format: 'openapi', source: join(fixtures, 'openapi/inventory.yaml') },
      work.dir,
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('2 flows with 6 steps, environments local, staging');
    expect(imported.stdout).toContain(
      'APIKEY_API_KEY, BASICAUTH_PASSWORD, BASICAUTH_USERNAME, BEARERAUTH_TOKEN',
    );

    const run = await runCli(
      ['run', 'out', '--env', 'local', '--var', `baseUrl=${server.url}/v1`, '--out', 'report'],
      work.dir,
      SECRETS,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    const records = assertionsOf(readResults(join(work.dir, 'report/results.json')));
    expect(records.filter((record) => !record.passed)).toEqual([]);
    expect(records.map((record) => `${record.step}: ${record.name.split(' ')[0] ?? ''}`)).toEqual([
      'List items: status',
      'List items: body',
      'Create item: status',
      'Create item: body',
      'getItem: status',
      'getItem: body',
      'Delete item: status',
      'Log in: status',
      'Log in: body',
      'Who am I: status',
      'Who am I: body',
    ]);
  });

  test('writes environments, auth, bodies and schemas', async () => {
    await runImport(
      { format: 'openapi', source: join(fixtures, 'openapi/inventory.yaml') },
      work.dir,
    );
    const group = readYaml('out/flow-group.yaml');
    const items = readYaml('out/items.flow.yaml') as {
      variables: unknown;
      steps: Record<string, unknown>[];
    };

    expect(group.environments).toEqual({
      local: { baseUrl: 'http://127.0.0.1:8080/v1' },
      staging: { baseUrl: 'https://staging.example.test/v1' },
    });
    expect(items.variables).toEqual({ itemId: 1 });
    const [list, create, read, remove] = items.steps as {
      request: Record<string, unknown>;
      assert: Record<string, unknown>;
    }[];
    expect(list?.request.query).toEqual({ limit: '5' });
    expect(create?.request.json).toEqual({
      name: 'string',
      price: 0.5,
      tags: ['string'],
      note: 'string',
    });
    expect(read?.request.url).toBe('{{ baseUrl }}/items/{{ itemId }}');
    expect(read?.request.auth).toEqual({ bearer: '{{ secrets.BEARERAUTH_TOKEN }}' });
    expect(remove?.request.auth).toEqual({
      apiKey: { name: 'X-Api-Key', value: '{{ secrets.APIKEY_API_KEY }}', in: 'header' },
    });
    expect(remove?.assert).toEqual({ status: 204 });
    const schema = read?.assert.schema as { allOf: { properties: Record<string, unknown> }[] };
    expect(schema.allOf[0]?.properties.note).toEqual({ type: ['string', 'null'] });
  });
});

describe('OpenAPI 3.1 JSON', () => {
  test('imports and runs', async () => {
    const pets = await startServer((_request, response) =>
      sendJson(response, 200, { name: 'rex', owner: null }),
    );
    try {
      const imported = await runImport(
        { format: 'openapi', source: join(fixtures, 'openapi/pets-3.1.json') },
        work.dir,
      );
      expect(imported.code).toBe(0);
      const flow = readYaml('out/default.flow.yaml') as {
        variables: unknown;
        steps: { assert: unknown }[];
      };
      expect(flow.variables).toEqual({ petId: 'rex' });
      expect(flow.steps[0]?.assert).toMatchObject({ status: [200, 201, 202, 203, 204, 206] });

      const run = await runCli(
        ['run', 'out', '--var', `baseUrl=${pets.url}`, '--out', 'report'],
        work.dir,
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(pets.requests[0]?.url).toBe('/pets/rex');
    } finally {
      await pets.close();
    }
  });
});

describe('response schema assertion', () => {
  test('fails a body that breaks the schema', async () => {
    const pets = await startServer((_request, response) => sendJson(response, 200, { owner: 7 }));
    try {
      await runImport(
        { format: 'openapi', source: join(fixtures, 'openapi/pets-3.1.json') },
        work.dir,
      );
      const run = await runCli(
        ['run', 'out', '--var', `baseUrl=${pets.url}`, '--out', 'report'],
        work.dir,
      );
      expect(run.code).toBe(1);
      const failed = assertionsOf(readResults(join(work.dir, 'report/results.json'))).filter(
        (record) => !record.passed,
      );
      expect(failed).toHaveLength(1);
      expect(failed[0]?.name).toMatch(/^body/);
    } finally {
      await pets.close();
    }
  });
});

describe('OpenAPI errors', () => {
  const cases: [string, string, string][] = [
    [
      'swagger 2',
      'swagger: "2.0"\ninfo: { title: x }\npaths: {}\n',
      'Swagger 2.0 is not supported',
    ],
    ['no version', 'info: { title: x }\npaths: {}\n', 'the "openapi" version field is missing'],
    ['version 4', 'openapi: 4.0.0\npaths: {}\n', 'OpenAPI 4.0.0 is not supported'],
    ['bad YAML', 'openapi: 3.0.0\npaths: [\n', 'is not valid YAML'],
    [
      'no operations',
      'openapi: 3.0.0\ninfo: { title: x }\npaths: {}\n',
      'no operations under "paths"',
    ],
  ];
  test.each(cases)('%s', async (_name, text, message) => {
    writeFileSync(join(work.dir, 'api.yaml'), text);
    const result = await runImport({ format: 'openapi', source: 'api.yaml' }, work.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  test('corpus petstore imports', async () => {
    const result = await runImport(
      { format: 'openapi', source: join(corpus, 'stepci/petstore-openapi.yaml') },
      work.dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3 flows with 19 steps');
  });
});
