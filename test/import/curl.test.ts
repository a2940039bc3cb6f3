import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { tokenizeShell } from '../../src/import/shell.js';
import {
  sendJson,
  startServer,
  type ReceivedRequest,
  type TestServer,
} from '../run/support/server.js';
import { fixtures, runCli, runImport, scratch } from './support.js';

describe('shell tokenizer', () => {
  const cases: [string, string[][]][] = [
    ['curl a b', [['curl', 'a', 'b']]],
    [`curl 'a b' "c d"`, [['curl', 'a b', 'c d']]],
    [`curl "a \\"q\\" \\$x \\n"`, [['curl', 'a "q" $x \\n']]],
    [`curl $'a\\tb\\n\\x41\\u00e9\\'\\\\'`, [['curl', "a\tb\nAé'\\"]]],
    [`curl $'\\101\\0'`, [['curl', 'A\0']]],
    ['curl a \\\n  b', [['curl', 'a', 'b']]],
    [
      'curl a\ncurl b',
      [
        ['curl', 'a'],
        ['curl', 'b'],
      ],
    ],
    ['curl a; curl b && curl c | cat', [['curl', 'a'], ['curl', 'b'], ['curl', 'c'], ['cat']]],
    ['# comment\ncurl a # trailing', [['curl', 'a']]],
    [`curl a\\ b x'y'"z"`, [['curl', 'a b', 'xyz']]],
    [`curl ''`, [['curl', '']]],
  ];
  test.each(cases)('%j', (source, expected) => {
    expect(tokenizeShell(source).map((command) => command.words)).toEqual(expected);
  });

  test('unterminated quote names its position', () => {
    expect(() => tokenizeShell("curl a\ncurl 'b")).toThrow(/unterminated single quote/);
    try {
      tokenizeShell("curl a\ncurl 'b");
    } catch (error) {
      expect(error).toMatchObject({ line: 2, column: 6 });
    }
  });

  test('commands record their first line', () => {
    expect(tokenizeShell('\n\ncurl a \\\n b\ncurl c').map((command) => command.line)).toEqual([
      3, 5,
    ]);
  });
});

let server: TestServer;
let work: ReturnType<typeof scratch>;

beforeEach(async () => {
  server = await startServer((_request, response) => sendJson(response, 200, { ok: true }));
  work = scratch();
});

afterEach(async () => {
  await server.close();
  work.remove();
});

/** Headers both clients add on their own; each sends its own value, so they are not compared. */
const CLIENT_HEADERS = new Set([
  'host',
  'user-agent',
  'accept-encoding',
  'connection',
  'content-length',
]);

interface Comparable {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | Record<string, string>;
}

/** Reduces a request to what both clients must agree on; multipart bodies become their fields. */
function comparable(request: ReceivedRequest): Comparable {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (CLIENT_HEADERS.has(name) || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  // Without a user-agent option both send their own; with one, the value must match.
  if (request.headers['user-agent'] === 'agent/1.0') headers['user-agent'] = 'agent/1.0';
  // curl adds `Accept: */*`; the flow client sends no Accept unless the command sets one.
  if (headers.accept === '*/*') delete headers.accept;

  const type = headers['content-type'] ?? '';
  const boundary = /boundary=(.+)$/.exec(type)?.[1];
  if (boundary === undefined)
    return { method: request.method, url: request.url, headers, body: request.body };

  headers['content-type'] = 'multipart/form-data';
  const fields: Record<string, string> = {};
  for (const part of request.body.split(`--${boundary}`)) {
    const match = /name="([^"]+)"\r\n\r\n([\s\S]*)\r\n$/.exec(part);
    if (match) fields[match[1] ?? ''] = match[2] ?? '';
  }
  return { method: request.method, url: request.url, headers, body: fields };
}

function runBash(file: string): Promise<void> {
  return new Promise((done, fail) => {
    execFile('bash', [file], { timeout: 30_000 }, (error) => (error ? fail(error) : done()));
  });
}

describe('curl commands', () => {
  test('send what curl sends', async () => {
    const source = readFileSync(join(fixtures, 'curl/commands.sh'), 'utf8').replaceAll(
      'BASE',
      server.url,
    );
    const file = join(work.dir, 'commands.sh');
    writeFileSync(file, source);

    await runBash(file);
    const byCurl = server.requests.splice(0).map(comparable);
    expect(byCurl).toHaveLength(9);

    const imported = await runImport({ format: 'curl', source: 'commands.sh' }, work.dir);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('1 flow with 9 steps');

    // Pasted credentials become declared secrets, so the run reads them from the environment.
    expect(imported.stdout).toContain(
      'each distinct value is the declared secret COOKIE, PASSWORD',
    );
    const run = await runCli(['run', 'out', '--out', 'report'], work.dir, {
      FLOW_RUNNER_SECRET_PASSWORD: 's3cret',
      FLOW_RUNNER_SECRET_COOKIE: 'session=abc; theme=dark',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(work.dir, 'out/commands.flow.yaml'), 'utf8')).not.toContain('s3cret');
    const byFlow = server.requests.map(comparable);

    expect(byFlow).toHaveLength(byCurl.length);
    byCurl.forEach((expected, index) => {
      expect(byFlow[index], `request ${index + 1} (${expected.method} ${expected.url})`).toEqual(
        expected,
      );
    });
  });

  test('data-raw keeps a leading @ as text', async () => {
    writeFileSync(join(work.dir, 'one.sh'), `curl --data-raw '@literal' ${server.url}/raw`);
    await runImport({ format: 'curl', source: 'one.sh' }, work.dir);
    const flow = readFileSync(join(work.dir, 'out/commands.flow.yaml'), 'utf8');
    expect(flow).toContain('text: "@literal"');
  });

  test('data from a file is left out with the reason', async () => {
    writeFileSync(
      join(work.dir, 'one.sh'),
      `curl -d @body.json ${server.url}/a\ncurl ${server.url}/b`,
    );
    const imported = await runImport({ format: 'curl', source: 'one.sh' }, work.dir);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('line 1 -d: -d reads the file "body.json"');
  });

  test('lines that are not curl are reported', async () => {
    writeFileSync(join(work.dir, 'one.sh'), `export TOKEN=x\ncurl ${server.url}/b`);
    const imported = await runImport({ format: 'curl', source: 'one.sh' }, work.dir);
    expect(imported.stdout).toContain('line 1: "export" is not a curl command');
  });

  test('no command is an error', async () => {
    writeFileSync(join(work.dir, 'none.sh'), '# nothing here\n');
    const imported = await runImport({ format: 'curl', source: 'none.sh' }, work.dir);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain('no curl command found');
  });

  test('unterminated quote is an error', async () => {
    writeFileSync(join(work.dir, 'bad.sh'), `curl -H 'X: y ${server.url}`);
    const imported = await runImport({ format: 'curl', source: 'bad.sh' }, work.dir);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain('bad.sh:1:9');
    expect(imported.stderr).toContain('unterminated single quote');
  });
});
