import { describe, expect, test } from 'vitest';

import { importPostman } from '../../src/import/postman.js';
import type { ImportResult } from '../../src/import/types.js';

const V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const V20 = 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json';

function convert(collection: Record<string, unknown>, environments: unknown[] = []): ImportResult {
  return importPostman(
    { path: 'c.json', text: JSON.stringify({ info: { name: 'C', schema: V21 }, ...collection }) },
    {
      environments: environments.map((value, index) => ({
        path: `e${index}.json`,
        text: JSON.stringify(value),
      })),
      splitFolders: false,
    },
  );
}

function firstStep(result: ImportResult): Record<string, unknown> {
  const steps = result.flows[0]?.value.steps as Record<string, unknown>[];
  return steps[0] ?? {};
}

function requestOf(
  item: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return firstStep(convert({ item: [{ name: 'R', ...item }], ...extra })).request as Record<
    string,
    unknown
  >;
}

describe('auth', () => {
  const cases: [string, Record<string, unknown>, unknown][] = [
    [
      'basic v2.1',
      {
        type: 'basic',
        basic: [
          { key: 'username', value: 'u' },
          { key: 'password', value: '{{pw}}' },
        ],
      },
      { basic: { username: 'u', password: '{{ pw }}' } },
    ],
    [
      'basic v2.0',
      { type: 'basic', basic: { username: 'u', password: 'p' } },
      { basic: { username: 'u', password: 'p' } },
    ],
    ['bearer', { type: 'bearer', bearer: [{ key: 'token', value: 't' }] }, { bearer: 't' }],
    [
      'api key in query',
      {
        type: 'apikey',
        apikey: [
          { key: 'key', value: 'k' },
          { key: 'value', value: 'v' },
          { key: 'in', value: 'query' },
        ],
      },
      { apiKey: { name: 'k', value: 'v', in: 'query' } },
    ],
    [
      'api key in header',
      {
        type: 'apikey',
        apikey: [
          { key: 'key', value: 'k' },
          { key: 'value', value: 'v' },
        ],
      },
      { apiKey: { name: 'k', value: 'v', in: 'header' } },
    ],
    [
      'oauth2 client credentials',
      {
        type: 'oauth2',
        oauth2: [
          { key: 'grant_type', value: 'client_credentials' },
          { key: 'accessTokenUrl', value: 'http://t/token' },
          { key: 'clientId', value: 'id' },
          { key: 'clientSecret', value: 's' },
          { key: 'scope', value: 'read' },
        ],
      },
      { oauth2: { tokenUrl: 'http://t/token', clientId: 'id', clientSecret: 's', scope: 'read' } },
    ],
    [
      'oauth2 saved token',
      { type: 'oauth2', oauth2: [{ key: 'accessToken', value: 'at' }] },
      { bearer: 'at' },
    ],
    ['noauth', { type: 'noauth' }, undefined],
  ];
  test.each(cases)('%s', (_name, auth, expected) => {
    expect(requestOf({ request: { url: 'http://h/x', auth } }).auth).toEqual(expected);
  });

  test('unsupported type is reported', () => {
    const result = convert({
      item: [{ name: 'R', request: { url: 'http://h/x', auth: { type: 'digest', digest: [] } } }],
    });
    expect(result.warnings).toContainEqual({
      item: 'request "R" auth',
      reason: 'auth type "digest" is not supported; the request is sent without it',
    });
  });

  test('folder auth overrides collection auth', () => {
    const result = convert({
      auth: { type: 'bearer', bearer: [{ key: 'token', value: 'outer' }] },
      item: [
        {
          name: 'F',
          auth: {
            type: 'basic',
            basic: [
              { key: 'username', value: 'f' },
              { key: 'password', value: 'p' },
            ],
          },
          item: [{ name: 'A', request: { url: 'http://h/a' } }],
        },
        { name: 'B', request: { url: 'http://h/b' } },
      ],
    });
    const steps = result.flows[0]?.value.steps as { request: { auth: unknown } }[];
    expect(steps[0]?.request.auth).toEqual({ basic: { username: 'f', password: 'p' } });
    expect(steps[1]?.request.auth).toEqual({ bearer: 'outer' });
  });
});

describe('requests', () => {
  test('string request is a GET', () => {
    expect(requestOf({ request: 'http://h/plain' })).toEqual({ url: 'http://h/plain' });
  });

  test('path variables and disabled query', () => {
    const request = requestOf({
      request: {
        url: {
          raw: 'http://h/users/:id?a=1&b=2',
          query: [
            { key: 'a', value: '1' },
            { key: 'b', value: '2', disabled: true },
          ],
          variable: [{ key: 'id', value: '{{userId}}' }],
        },
      },
    });
    expect(request.url).toBe('http://h/users/{{ userId }}?a=1');
  });

  test('URL without scheme gets http', () => {
    expect(requestOf({ request: { url: 'h.test/x' } }).url).toBe('http://h.test/x');
  });

  test('v2.0 header string', () => {
    const result = importPostman(
      {
        path: 'c.json',
        text: JSON.stringify({
          info: { name: 'C', schema: V20 },
          item: [{ name: 'R', request: { url: 'http://h', header: 'X-A: 1\nX-B: two words' } }],
        }),
      },
      { environments: [], splitFolders: false },
    );
    expect((firstStep(result).request as Record<string, unknown>).headers).toEqual({
      'X-A': '1',
      'X-B': 'two words',
    });
  });

  test('nested template is left out', () => {
    const result = convert({
      item: [
        { name: 'R', request: { url: 'http://{{a{{b}}}}/x' } },
        { name: 'S', request: { url: 'http://h/y' } },
      ],
    });
    expect(result.skipped[0]?.item).toBe('request "R"');
    expect((result.flows[0]?.value.steps as unknown[]).length).toBe(1);
  });

  test('unknown schema version is rejected', () => {
    expect(() =>
      importPostman(
        {
          path: 'c.json',
          text: JSON.stringify({
            info: {
              schema: 'https://schema.getpostman.com/json/collection/v3.0.0/collection.json',
            },
            item: [],
          }),
        },
        { environments: [], splitFolders: false },
      ),
    ).toThrow(/unsupported collection schema/);
  });
});

describe('bodies', () => {
  const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
    [
      'raw json',
      { mode: 'raw', raw: '{"a": "{{x}}"}', options: { raw: { language: 'json' } } },
      { json: { a: '{{ x }}' } },
    ],
    [
      'raw json with bare template',
      { mode: 'raw', raw: '{"a": {{x}}}', options: { raw: { language: 'json' } } },
      { body: { text: '{"a": {{ x }}}', contentType: 'application/json' } },
    ],
    [
      'raw xml',
      { mode: 'raw', raw: '<a/>', options: { raw: { language: 'xml' } } },
      { body: { text: '<a/>', contentType: 'application/xml' } },
    ],
    ['raw text', { mode: 'raw', raw: 'hi' }, { body: { text: 'hi', contentType: 'text/plain' } }],
    [
      'urlencoded',
      {
        mode: 'urlencoded',
        urlencoded: [
          { key: 'a', value: '1' },
          { key: 'b', value: '2', disabled: true },
        ],
      },
      { form: { a: '1' } },
    ],
    [
      'urlencoded repeated',
      {
        mode: 'urlencoded',
        urlencoded: [
          { key: 'a', value: 'x y' },
          { key: 'a', value: '{{v}}' },
        ],
      },
      { body: { text: 'a=x+y&a={{ v }}', contentType: 'application/x-www-form-urlencoded' } },
    ],
    [
      'formdata',
      {
        mode: 'formdata',
        formdata: [
          { key: 'f', value: 'v', type: 'text' },
          { key: 'file', type: 'file', src: '/tmp/a.png' },
        ],
      },
      { multipart: { f: 'v' } },
    ],
    [
      'graphql',
      { mode: 'graphql', graphql: { query: '{ a }', variables: '{"n": 1}' } },
      { graphql: { query: '{ a }', variables: { n: 1 } } },
    ],
    ['disabled body', { mode: 'raw', raw: 'x', disabled: true }, {}],
    ['none', { mode: 'none' }, {}],
  ];
  test.each(cases)('%s', (_name, body, expected) => {
    const request = requestOf({ request: { method: 'POST', url: 'http://h', body } });
    const { method: _method, url: _url, ...rest } = request;
    expect(rest).toEqual(expected);
  });

  test('file field is reported', () => {
    const result = convert({
      item: [
        {
          name: 'R',
          request: {
            method: 'POST',
            url: 'http://h',
            body: { mode: 'formdata', formdata: [{ key: 'file', type: 'file', src: 'a.png' }] },
          },
        },
      ],
    });
    expect(result.skipped[0]?.reason).toContain('file upload "a.png"');
  });
});

describe('scripts', () => {
  test('collection, folder and request scripts combine in blocks', () => {
    const script = (listen: string, line: string) => ({ listen, script: { exec: [line] } });
    const result = convert({
      event: [script('test', 'const a = 1;')],
      item: [
        {
          name: 'F',
          event: [script('test', 'const a = 2;')],
          item: [
            {
              name: 'R',
              event: [script('test', 'pm.test("t", () => {});')],
              request: { url: 'http://h' },
            },
          ],
        },
      ],
    });
    const step = firstStep(result);
    expect(step.post).toEqual({
      postman:
        '// From collection "C".\n{\nconst a = 1;\n}\n// From folder "F".\n{\nconst a = 2;\n}\n// From request "F / R".\n{\npm.test("t", () => {});\n}\n',
    });
    expect(step.continueOnFailure).toBe(true);
  });

  test('test script reading pm.request gets a pre script', () => {
    const result = convert({
      item: [
        {
          name: 'R',
          event: [{ listen: 'test', script: { exec: ['pm.request.url.toString();'] } }],
          request: { url: 'http://h' },
        },
      ],
    });
    expect(firstStep(result).pre).toEqual({
      postman: '// Keeps the sent request for pm.request in the test script.\n',
    });
  });

  test('disabled script is left out', () => {
    const result = convert({
      item: [
        {
          name: 'R',
          event: [{ listen: 'test', script: { exec: ['x'], disabled: true } }],
          request: { url: 'http://h' },
        },
      ],
    });
    expect(firstStep(result).post).toBeUndefined();
  });
});

describe('dynamic values', () => {
  test('unknown ones are reported', () => {
    const result = importPostman(
      {
        path: 'c.json',
        text: JSON.stringify({
          info: { name: 'C' },
          item: [{ name: 'R', request: { url: 'http://h/{{$guid}}/{{$randomCompanyName}}' } }],
        }),
      },
      { environments: [], splitFolders: false, dynamicValues: ['$guid'] },
    );
    expect(result.warnings).toEqual([
      {
        item: 'request "R" {{$randomCompanyName}}',
        reason:
          'flow-runner does not generate the dynamic value $randomCompanyName, so the step fails at run time; set a variable instead',
      },
    ]);
  });
});

describe('variables', () => {
  test('secret environment values become declared secrets', () => {
    const result = convert({ item: [{ name: 'R', request: { url: 'http://h/{{token}}' } }] }, [
      {
        name: 'Dev',
        values: [
          { key: 'token', value: 'abc', type: 'secret' },
          { key: 'host', value: 'h' },
        ],
      },
      { name: 'Prod', values: [{ key: 'token', value: 'plain' }] },
    ]);
    expect(result.group.secrets).toEqual(['token']);
    expect(result.group.environments).toEqual({ Dev: { host: 'h' }, Prod: {} });
    expect((firstStep(result).request as { url: string }).url).toBe('http://h/{{ secrets.token }}');
    expect(JSON.stringify(result)).not.toContain('abc');
  });

  test('undefined names are listed as required', () => {
    const result = convert({
      item: [{ name: 'R', request: { url: 'http://h/{{missing}}/{{$guid}}' } }],
    });
    expect(result.requiredVariables).toEqual(['missing']);
  });

  test('names set by an earlier test script are known', () => {
    const result = convert({
      item: [
        {
          name: 'A',
          event: [{ listen: 'test', script: { exec: ['pm.environment.set("tok", 1);'] } }],
          request: { url: 'http://h/a' },
        },
        { name: 'B', request: { url: 'http://h/{{tok}}' } },
      ],
    });
    expect(result.requiredVariables).toEqual([]);
  });
});
