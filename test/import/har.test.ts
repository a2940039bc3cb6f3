import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

import { decodeContent } from '../../src/import/har.js';
import { sendJson, startServer, type TestServer } from '../run/support/server.js';
import { assertionsOf, fixtures, readResults, runCli, runImport, scratch } from './support.js';

const browserHar = join(fixtures, 'har/browser.har');

let server: TestServer;
let work: ReturnType<typeof scratch>;

beforeEach(async () => {
  server = await startServer((request, response) => {
    if (request.url === '/login') sendJson(response, 302, {}, { location: '/home' });
    else if (request.method === 'POST') sendJson(response, 201, { id: 2 });
    else if (request.method === 'PUT') {
      response.statusCode = 204;
      response.end();
    } else sendJson(response, 200, { items: [{ id: 1 }] });
  });
  work = scratch();
});

afterEach(async () => {
  await server.close();
  work.remove();
});

describe('browser HAR', () => {
  test('imports and runs against a local server', async () => {
    const imported = await runImport({ format: 'har', source: browserHar }, work.dir);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('1 flow with 5 steps, environments recorded');
    expect(imported.stdout).toContain('entry 6: not an HTTP URL: data:image/png');
    expect(imported.stdout).toContain(
      'entry 5 (https://app.example.test/api/track): no response status was recorded',
    );
    expect(imported.stdout).toContain('Cookie header of 1 entry: left out');

    const run = await runCli(
      ['run', 'out', '--var', `baseUrl=${server.url}`, '--out', 'report'],
      work.dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    const [items, create, login, note, track] = server.requests;
    expect(items?.url).toBe('/api/items?page=1');
    expect(items?.headers['x-client']).toBe('web');
    expect(items?.headers['user-agent']).toBe('Mozilla/5.0 Test');
    expect(items?.headers.cookie).toBeUndefined();
    expect(items?.headers['sec-ch-ua']).toBeUndefined();
    expect(create?.body).toBe('{"name":"new item","qty":3}');
    expect(create?.headers['upgrade-insecure-requests']).toBeUndefined();
    expect(login?.body).toBe('user=ada%20lovelace&next=%2Fhome%3Fx%3D1');
    expect(login?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(note?.body).toBe('note: café');
    expect(track?.url).toBe('/api/track');
    expect(server.requests).toHaveLength(5);

    const records = assertionsOf(readResults(join(work.dir, 'report/results.json')));
    expect(records.map((record) => [record.step, record.passed])).toEqual([
      ['GET /api/items', true],
      ['POST /api/items', true],
      ['POST /login', true],
      ['PUT /api/notes/1', true],
    ]);
  });

  test('drops pseudo and browser-only headers', async () => {
    await runImport({ format: 'har', source: browserHar }, work.dir);
    const flow = parse(readFileSync(join(work.dir, 'out/recording.flow.yaml'), 'utf8')) as {
      steps: { request: { url: string; headers?: Record<string, string>; redirects?: boolean } }[];
    };
    expect(flow.steps[0]?.request.headers).toEqual({
      accept: 'application/json',
      'user-agent': 'Mozilla/5.0 Test',
      'x-client': 'web',
    });
    expect(flow.steps[0]?.request.url).toBe('{{ baseUrl }}/api/items?page=1');
    expect(flow.steps[2]?.request.redirects).toBe(false);
  });

  test('keeps other origins absolute', async () => {
    const har = {
      log: {
        entries: ['https://a.test/x', 'https://a.test/y', 'https://b.test/z'].map((url) => ({
          request: { method: 'GET', url, headers: [] },
          response: { status: 200, content: {} },
        })),
      },
    };
    writeFileSync(join(work.dir, 'two.har'), JSON.stringify(har));
    await runImport({ format: 'har', source: 'two.har' }, work.dir);
    const text = readFileSync(join(work.dir, 'out/recording.flow.yaml'), 'utf8');
    expect(text).toContain('url: "{{ baseUrl }}/x"');
    expect(text).toContain('url: https://b.test/z');
  });
});

describe('recorded credentials', () => {
  test('become declared secrets', async () => {
    const entry = (path: string, token: string) => ({
      request: {
        method: 'GET',
        url: `https://a.test${path}`,
        headers: [{ name: 'Authorization', value: `Bearer ${token}` }],
      },
      response: { status: 200 },
    });
    const har = {
      log: {
        entries: [
          entry('/1', 'recorded-token-1'),
          entry('/2', 'recorded-token-1'),
          entry('/3', 'recorded-token-2'),
        ],
      },
    };
    writeFileSync(join(work.dir, 'auth.har'), JSON.stringify(har));
    const imported = await runImport({ format: 'har', source: 'auth.har' }, work.dir);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(
      'each distinct value is the declared secret AUTHORIZATION, AUTHORIZATION_2',
    );

    const files = ['flow-group.yaml', 'recording.flow.yaml'].map((file) =>
      readFileSync(join(work.dir, 'out', file), 'utf8'),
    );
    expect(files.join('\n')).not.toContain('recorded-token');
    expect(files[1]).toContain('Authorization: "{{ secrets.AUTHORIZATION_2 }}"');

    const run = await runCli(
      ['run', 'out', '--var', `baseUrl=${server.url}`, '--out', 'report'],
      work.dir,
      {
        FLOW_RUNNER_SECRET_AUTHORIZATION: 'Bearer fresh-token-1',
        FLOW_RUNNER_SECRET_AUTHORIZATION_2: 'Bearer fresh-token-2',
      },
    );
    expect(run.stderr).toBe('');
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer fresh-token-1',
      'Bearer fresh-token-1',
      'Bearer fresh-token-2',
    ]);
  });
});

describe('recorded braces', () => {
  test('entry with {{ is left out', async () => {
    const har = {
      log: {
        entries: [
          {
            request: {
              method: 'POST',
              url: 'https://a.test/t',
              headers: [],
              postData: { mimeType: 'text/plain', text: 'Hi {{name}}' },
            },
            response: { status: 200 },
          },
          {
            request: { method: 'GET', url: 'https://a.test/x', headers: [] },
            response: { status: 200 },
          },
        ],
      },
    };
    writeFileSync(join(work.dir, 'braces.har'), JSON.stringify(har));
    const result = await runImport({ format: 'har', source: 'braces.har' }, work.dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 flow with 1 step');
    expect(result.stdout).toContain('entry 1 (https://a.test/t): it contains "{{"');
  });
});

describe('HAR errors', () => {
  const cases: [string, string, string][] = [
    ['not JSON', '{"log": {"entries": [}', 'HAR file is not valid JSON'],
    ['no log', '{"entries": []}', 'the top-level "log" object is missing'],
    ['no entries', '{"log": {}}', '"log.entries" is missing or not a list'],
    ['entry without request', '{"log": {"entries": [{}]}}', 'entry 1 has no "request" object'],
  ];
  test.each(cases)('%s', async (_name, text, message) => {
    writeFileSync(join(work.dir, 'bad.har'), text);
    const result = await runImport({ format: 'har', source: 'bad.har' }, work.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('bad.har:1:');
  });
});

describe('response content', () => {
  test('gzip bodies decode', () => {
    expect(decodeContent(gzipSync('{"a":1}')).toString()).toBe('{"a":1}');
  });

  test('plain bodies pass through', () => {
    expect(decodeContent(Buffer.from('plain')).toString()).toBe('plain');
  });
});
