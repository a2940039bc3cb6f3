import { describe, expect, it } from 'vitest';
import { JSONPath } from 'jsonpath-plus';
import type { ExtractionSource } from '../../src/flow/model.js';
import type { HttpResponse } from '../../src/http/types.js';
import { UserCookieJar } from '../../src/run/cookies.js';
import { extractValue, queryJsonPath } from '../../src/run/extract.js';
import { createResponseView } from '../../src/run/response.js';

function response(body: string, status = 200, headers: [string, string][] = []): HttpResponse {
  return {
    status,
    statusText: 'OK',
    httpVersion: '1.1',
    headers,
    body: new TextEncoder().encode(body),
    url: 'http://127.0.0.1:9/x',
    redirects: [],
    timings: { firstByte: 10, download: 2, total: 12 },
    bytesSent: 0,
    bytesReceived: 0,
    socketReused: false,
    requestHeaders: [],
  };
}

const json = JSON.stringify({
  'a.b': { c: 1 },
  '@id': 'x1',
  'x-y': 4,
  items: [{ id: 1 }, { id: 2 }],
  token: 't-1',
});
const headers: [string, string][] = [
  ['X-Request-Id', 'r-1'],
  ['x-request-id', 'r-2'],
  ['set-cookie', 'session=abc; Path=/'],
];

describe('extractValue', () => {
  it.each([
    ['JSON path', { kind: 'json', path: '$.token' }, 't-1'],
    ['key with dots', { kind: 'json', path: "$['a.b'].c" }, 1],
    ['key with @', { kind: 'json', path: "$['@id']" }, 'x1'],
    ['key with a dash', { kind: 'json', path: "$['x-y']" }, 4],
    ['filter', { kind: 'json', path: '$.items[?(@.id==2)].id' }, 2],
    ['several matches', { kind: 'json', path: '$.items[*].id' }, [1, 2]],
    ['header, case-insensitive, first value', { kind: 'header', name: 'x-REQUEST-id' }, 'r-1'],
    ['regex first group', { kind: 'regex', pattern: '"token":"([^"]+)"', group: 1 }, 't-1'],
    ['status', { kind: 'status' }, 200],
    ['cookie from Set-Cookie', { kind: 'cookie', name: 'session' }, 'abc'],
    ['duration', { kind: 'duration' }, 12],
  ] as [string, ExtractionSource, unknown][])('extracts %s', (_name, source, expected) => {
    const outcome = extractValue(source, createResponseView(response(json, 200, headers)));
    expect(outcome).toEqual({ ok: true, value: expected });
  });

  it('extracts the whole body after a byte order mark', () => {
    expect(extractValue({ kind: 'body' }, createResponseView(response('\uFEFF{"a":1}')))).toEqual({
      ok: true,
      value: '{"a":1}',
    });
    expect(
      extractValue({ kind: 'json', path: '$.a' }, createResponseView(response('\uFEFF{"a":1}'))),
    ).toEqual({ ok: true, value: 1 });
  });

  it('extracts a cookie from the jar', () => {
    const jar = new UserCookieJar();
    jar.setCookieSync('sid=jar-value; Path=/', 'http://127.0.0.1:9/');
    expect(
      extractValue({ kind: 'cookie', name: 'sid' }, createResponseView(response(''), jar)),
    ).toEqual({ ok: true, value: 'jar-value' });
  });

  // The client stores a response's Set-Cookie headers in the jar before extraction runs, so
  // each case sets its cookies on the jar and extracts for the response URL .../x.
  it.each([
    ['an earlier response set', ['sid=1; Path=/'], 'sid', '1'],
    ['a path that misses the URL', ['sid=2; Path=/auth'], 'sid', '2'],
    ['two paths: the one sent first', ['same=root; Path=/', 'same=x; Path=/x'], 'same', 'x'],
    ['two paths, none sent', ['same=a; Path=/a', 'same=long; Path=/a/b'], 'same', 'long'],
    ['a deleted cookie', ['tok=t1; Path=/', 'tok=; Path=/; Max-Age=0'], 'tok', undefined],
    ['a cookie the jar refused', ['evil=1; Domain=example.com; Path=/'], 'evil', undefined],
    ['another host', ['sid=3; Domain=other.test'], 'sid', undefined],
  ])('reads the jar for %s', (_name, setCookies, name, expected) => {
    const jar = new UserCookieJar();
    for (const cookie of setCookies) {
      jar.setCookieSync(cookie, 'http://127.0.0.1:9/x', { ignoreError: true });
    }
    const headers = setCookies.map((cookie): [string, string] => ['set-cookie', cookie]);
    const outcome = extractValue(
      { kind: 'cookie', name },
      createResponseView(response('', 200, headers), jar),
    );

    if (expected === undefined) expect(outcome).toMatchObject({ ok: false });
    else expect(outcome).toEqual({ ok: true, value: expected });
  });

  it.each([
    [
      'no match',
      { kind: 'json', path: '$.missing' },
      'JSONPath $.missing matched nothing; response (status 200): "{\\"a.b\\"',
    ],
    ['missing header', { kind: 'header', name: 'etag' }, 'header "etag" is not in the response'],
    [
      'regex without match',
      { kind: 'regex', pattern: 'code=(\\d+)', group: 1 },
      'regex /code=(\\d+)/ did not match the body',
    ],
    ['missing cookie', { kind: 'cookie', name: 'nope' }, 'cookie "nope" was not set'],
  ] as [string, ExtractionSource, string][])('fails on %s', (_name, source, message) => {
    const outcome = extractValue(source, createResponseView(response(json, 200, headers)));
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.message).toContain(message);
  });

  it('never parses a 204 as JSON', () => {
    const outcome = extractValue(
      { kind: 'json', path: '$.a' },
      createResponseView(response('', 204)),
    );
    expect(outcome.ok ? '' : outcome.message).toContain(
      'the response has no body to parse as JSON (status 204)',
    );
  });
});

describe('queryJsonPath on dotted paths', () => {
  const documents: unknown[] = [
    { user: { id: 7, name: 'ann', tags: ['a', 'b'] } },
    { user: null },
    { user: { id: null } },
    { toString: 5, constructor: 1 },
    ['x', 'y'],
    'text',
    42,
    null,
    {},
  ];
  const paths = [
    '$.user',
    '$.user.id',
    '$.user.name.length',
    '$.user.tags.length',
    '$.user.id.missing',
    '$.length',
    '$.toString',
    '$.constructor',
    '$.__proto__',
  ];

  it.each(documents.flatMap((json) => paths.map((path) => [JSON.stringify(json), path, json])))(
    'matches jsonpath-plus for %s %s',
    (_name, path, json) => {
      const expected = JSONPath({
        path: path as string,
        json: json as object,
        eval: 'safe',
        wrap: true,
      }) as unknown;
      expect(queryJsonPath(json, path as string)).toEqual(Array.isArray(expected) ? expected : []);
    },
  );
});
