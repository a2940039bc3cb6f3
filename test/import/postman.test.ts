import { readFileSync } from 'node:fs';
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

const collection = join(fixtures, 'postman/token-chain.postman_collection.json');
const environment = join(fixtures, 'postman/local.postman_environment.json');
const TOKEN = 'tok-0123456789ab';

/** Starts a small API: log in for a token, then create, read and list orders with it. */
function startApi(): Promise<TestServer> {
  const orders: Record<string, unknown>[] = [];
  return startServer((request, response) => {
    const path = request.url.split('?')[0] ?? '';
    const authorized = request.headers.authorization === `Bearer ${TOKEN}`;
    if (request.method === 'POST' && path === '/auth/login') {
      const body = JSON.parse(request.body) as { user: string; password: string };
      if (body.user === 'alice' && body.password === 'pw-from-provider')
        sendJson(response, 200, { token: TOKEN });
      else sendJson(response, 401, { error: 'bad credentials' });
      return;
    }
    if (path === '/echo') {
      sendJson(response, 200, {
        body: request.body,
        contentType: request.headers['content-type'] ?? null,
      });
      return;
    }
    if (!authorized) {
      sendJson(response, 401, { error: 'missing or wrong token' });
      return;
    }
    if (path === '/me') sendJson(response, 200, { name: 'alice' });
    else if (request.method === 'POST' && path === '/orders') {
      const body = JSON.parse(request.body) as { items: unknown[] };
      const order = {
        id: orders.length + 1,
        ref: request.headers['x-order-ref'],
        items: body.items,
        owner: 'alice',
      };
      orders.push(order);
      sendJson(response, 201, order);
    } else if (request.method === 'GET' && path === '/orders') sendJson(response, 200, orders);
    else if (request.method === 'GET' && path.startsWith('/orders/')) {
      const order = orders.find((item) => `/orders/${String(item.id)}` === path);
      sendJson(response, order ? 200 : 404, order ?? { error: 'not found' });
    } else sendJson(response, 404, { error: 'not found' });
  });
}

let server: TestServer;
let work: ReturnType<typeof scratch>;

beforeEach(async () => {
  server = await startApi();
  work = scratch();
});

afterEach(async () => {
  await server.close();
  work.remove();
});

function readYaml(path: string): Record<string, unknown> {
  return parse(readFileSync(join(work.dir, path), 'utf8')) as Record<string, unknown>;
}

describe('token chain collection', () => {
  test('imports and runs green', async () => {
    const imported = await runImport(
      { format: 'postman', source: collection, envFiles: [environment] },
      work.dir,
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('1 flow with 7 steps, environments Local-API');
    expect(imported.stdout).toContain('environment "Local API"');
    expect(imported.stdout).toContain('renamed to "Local-API": select it with --env Local-API');
    expect(imported.stdout).toContain(
      'Declared secrets (values not written; provide them through a secret provider): password',
    );

    const run = await runCli(
      ['run', 'out', '--var', `baseUrl=${server.url}`, '--out', 'report'],
      work.dir,
      { FLOW_RUNNER_SECRET_password: 'pw-from-provider' },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    const records = assertionsOf(readResults(join(work.dir, 'report/results.json')));
    const names = records.map((record) => `${record.step}: ${record.name}`);
    expect(names).toEqual([
      'Auth / Log in: login succeeds',
      'Auth / Log in: token is a string',
      'Auth / Log in: legacy: has token',
      'Auth / Log in: legacy: status 200',
      'Orders / Create order: created',
      'Orders / Create order: order echoes the request',
      'Orders / Create order: legacy: created',
      'Orders / Read order: reads the created order',
      'Orders / Read order: counts requests',
      // The pm.sendRequest callback runs after the script's synchronous tests, as in Postman.
      'Orders / Read order: sendRequest reaches /me',
      'Orders / List with legacy token: not found is not ok',
      'Orders / List with legacy token: legacy token works',
      'Orders / List with legacy token: one order listed',
      'Orders / Form echo: form fields arrive',
      'Orders / Multipart echo: multipart field arrives',
      'Orders / GraphQL echo: graphql query arrives',
    ]);
    expect(records.filter((record) => !record.passed)).toEqual([]);
  });

  test('writes inherited auth, enabled headers and query only', async () => {
    await runImport({ format: 'postman', source: collection, envFiles: [environment] }, work.dir);
    const group = readYaml('out/flow-group.yaml');
    const flow = readYaml('out/token-chain.flow.yaml');
    const steps = flow.steps as { name: string; request: Record<string, unknown> }[];

    expect(group.secrets).toEqual(['password']);
    expect(group.environments).toEqual({
      'Local-API': { baseUrl: 'http://127.0.0.1:1', user: 'alice' },
    });
    expect(group.variables).toEqual({ api_version: 'v1' });
    expect(readFileSync(join(work.dir, 'out/flow-group.yaml'), 'utf8')).not.toContain(
      'pw-from-provider',
    );

    // Newman keeps cookies across iterations, so the imported flow does too.
    expect(flow.cookies).toBe('persist');

    const [login, create, read, list] = steps;
    expect(login?.request.url).toBe('{{ baseUrl }}/auth/login?trace=on');
    expect(login?.request.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(login?.request.json).toEqual({ user: '{{ user }}', password: '{{ secrets.password }}' });
    expect(login?.request.auth).toBeUndefined();
    expect(create?.request.auth).toEqual({ bearer: '{{ token }}' });
    expect(create?.request.headers).toEqual({ 'X-Api-Version': '{{ api_version }}' });
    expect(create?.request.json).toMatchObject({ clientId: '{{ $guid }}' });
    expect(read?.request.url).toBe('{{ baseUrl }}/orders/{{ orderId }}');
    expect(list?.name).toBe('Orders / List with legacy token');
    expect(list?.request.auth).toBeUndefined();
    expect(
      steps.map((step) =>
        Object.keys(step.request).filter((key) =>
          ['json', 'form', 'multipart', 'graphql'].includes(key),
        ),
      ),
    ).toEqual([['json'], ['json'], [], [], ['form'], ['multipart'], ['graphql']]);
  });

  test('split folders keep both folders of one name', async () => {
    const imported = await runImport(
      { format: 'postman', source: collection, envFiles: [environment], splitFolders: true },
      work.dir,
    );
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('wrote out/auth.flow.yaml');
    expect(imported.stdout).toContain('wrote out/orders.flow.yaml');
    expect(imported.stdout).toContain('wrote out/orders-2.flow.yaml');
    expect(readYaml('out/orders-2.flow.yaml').name).toBe('Token chain / Orders');
    expect(
      (readYaml('out/orders.flow.yaml').steps as { name: string }[]).map((step) => step.name),
    ).toEqual(['Create order', 'Read order']);
  });

  test('never overwrites without force', async () => {
    const first = await runImport(
      { format: 'postman', source: collection, envFiles: [environment] },
      work.dir,
    );
    expect(first.code).toBe(0);
    const second = await runImport(
      { format: 'postman', source: collection, envFiles: [environment] },
      work.dir,
    );
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(
      'these files exist already: out/flow-group.yaml, out/token-chain.flow.yaml',
    );
    const forced = await runImport(
      { format: 'postman', source: collection, envFiles: [environment], force: true },
      work.dir,
    );
    expect(forced.code).toBe(0);
  });
});

describe('uploads', () => {
  test('files next to the collection are sent', async () => {
    const source = join(fixtures, 'postman/uploads.postman_collection.json');
    const imported = await runImport({ format: 'postman', source }, work.dir);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('form-data field "missing": file upload "/nowhere/lost.png"');

    const run = await runCli(
      ['run', 'out', '--var', `baseUrl=${server.url}`, '--out', 'report'],
      work.dir,
    );
    expect(run.stderr).toBe('');
    const [form, file] = server.requests;
    expect(form?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(form?.body).toContain('name="title"\r\n\r\nme\r\n');
    expect(form?.body).toMatch(
      /name="avatar"; filename="avatar.txt"\r\n(?:Content-Type: [^\r]+\r\n)?\r\navatar bytes\n/,
    );
    expect(file?.method).toBe('PUT');
    expect(file?.body).toBe('{"upload": true}\n');
    expect(file?.headers['content-type']).toBe('application/json');
  });
});

describe('collection errors', () => {
  test('format v1 is rejected with the fix', async () => {
    const result = await runImport(
      {
        format: 'postman',
        source: join(corpus, 'newman/v1.postman_collection.json'),
      },
      work.dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'this is a Postman collection in format v1, which is not supported',
    );
    expect(result.stderr).toContain('export it again as Collection v2.1');
  });

  test('malformed JSON names line and column', async () => {
    const broken = join(work.dir, 'broken.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(broken, '{\n  "info": {},\n  "item": [,]\n}');
    const result = await runImport({ format: 'postman', source: broken }, work.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/broken\.json:3:\d+/);
    expect(result.stderr).toContain('Postman collection is not valid JSON');
  });
});
