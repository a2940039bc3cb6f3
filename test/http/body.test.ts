import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { contentTypeFor, encodeBody, RequestBodyError } from '../../src/http/body.js';
import { readBody, startHttp } from './servers.js';

const text = (body: Uint8Array | string | undefined) =>
  typeof body === 'string' ? body : Buffer.from(body ?? new Uint8Array()).toString('latin1');

describe('encodeBody', () => {
  let baseDir: string;

  beforeAll(async () => {
    baseDir = await mkdtemp(join(tmpdir(), 'flow-runner-body-'));
    await writeFile(join(baseDir, 'avatar.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]));
    await writeFile(join(baseDir, 'notes.txt'), 'line one\nline two\n');
    await writeFile(join(baseDir, 'blob.unknownext'), 'x');
  });

  afterAll(async () => {
    await rm(baseDir, { recursive: true, force: true });
  });

  it.each([
    [{ kind: 'json', value: { a: [1, 'two'] } }, '{"a":[1,"two"]}', 'application/json'],
    [{ kind: 'json', value: undefined }, 'null', 'application/json'],
    [
      {
        kind: 'form',
        fields: [
          ['user', 'ann lee'],
          ['tag', 'a&b=c'],
          ['tag', 'ü'],
        ],
      },
      'user=ann+lee&tag=a%26b%3Dc&tag=%C3%BC',
      'application/x-www-form-urlencoded',
    ],
    [{ kind: 'text', text: 'hello' }, 'hello', 'text/plain; charset=utf-8'],
    [{ kind: 'text', text: '<a/>', contentType: 'application/xml' }, '<a/>', 'application/xml'],
    [
      {
        kind: 'graphql',
        query: 'query Q($id: ID!) { user(id: $id) { name } }',
        variables: { id: '7' },
        operationName: 'Q',
      },
      '{"query":"query Q($id: ID!) { user(id: $id) { name } }","variables":{"id":"7"},"operationName":"Q"}',
      'application/json',
    ],
    [{ kind: 'graphql', query: '{ ping }' }, '{"query":"{ ping }"}', 'application/json'],
  ] as const)('encodes %j', async (body, expected, contentType) => {
    const encoded = await encodeBody(structuredClone(body) as never, { baseDir });

    expect(text(encoded.body)).toBe(expected);
    expect(encoded.contentType).toBe(contentType);
  });

  it('reads a file body relative to the base folder', async () => {
    const encoded = await encodeBody({ kind: 'file', path: 'avatar.png' }, { baseDir });

    expect([...(encoded.body as Uint8Array)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    expect(encoded.contentType).toBe('image/png');
  });

  it('keeps a file body content type the user set', async () => {
    const encoded = await encodeBody(
      { kind: 'file', path: 'notes.txt', contentType: 'text/markdown' },
      { baseDir },
    );

    expect(encoded.contentType).toBe('text/markdown');
  });

  it('names a missing file with its resolved path', async () => {
    const error = await encodeBody({ kind: 'file', path: 'missing.json' }, { baseDir }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(RequestBodyError);
    expect((error as Error).message).toContain(join(baseDir, 'missing.json'));
    expect((error as Error).message).toContain('ENOENT');
  });

  it('encodes multipart parts that a server parses back', async () => {
    const encoded = await encodeBody(
      {
        kind: 'multipart',
        parts: [
          { kind: 'field', name: 'title', value: 'Größe "quoted"' },
          { kind: 'file', name: 'avatar', path: 'avatar.png' },
          {
            kind: 'file',
            name: 'doc',
            path: 'notes.txt',
            filename: 'renamed.txt',
            contentType: 'text/x-notes',
          },
        ],
      },
      { baseDir },
    );

    const contentType = encoded.contentType ?? '';
    expect(contentType).toMatch(/^multipart\/form-data; boundary=----flow-runner-[0-9a-f]{24}$/);

    // undici's Response parses multipart/form-data the way servers do.
    const { Response } = await import('undici');
    const form = await new Response(encoded.body as Uint8Array, {
      headers: { 'content-type': contentType },
    }).formData();
    expect(form.get('title')).toBe('Größe "quoted"');

    const avatar = form.get('avatar') as File;
    expect(avatar.name).toBe('avatar.png');
    expect(avatar.type).toBe('image/png');
    expect([...new Uint8Array(await avatar.arrayBuffer())]).toEqual([
      0x89, 0x50, 0x4e, 0x47, 0x00, 0xff,
    ]);

    const doc = form.get('doc') as File;
    expect(doc.name).toBe('renamed.txt');
    expect(doc.type).toBe('text/x-notes');
    expect(await doc.text()).toBe('line one\nline two\n');
  });

  it('escapes quotes and newlines in part names', async () => {
    const encoded = await encodeBody(
      { kind: 'multipart', parts: [{ kind: 'field', name: 'a"b\r\nc', value: 'v' }] },
      { baseDir },
    );

    expect(text(encoded.body)).toContain('name="a%22b%0D%0Ac"');
  });

  it('sends multipart bytes intact to a server', async () => {
    let received: Buffer = Buffer.alloc(0);
    const server = await startHttp(async (req, res) => {
      received = await readBody(req);
      res.end();
    });
    const encoded = await encodeBody(
      { kind: 'multipart', parts: [{ kind: 'file', name: 'f', path: 'avatar.png' }] },
      { baseDir },
    );
    const { request } = await import('undici');
    await request(server.url, { method: 'POST', body: encoded.body as Uint8Array });
    await server.close();

    expect(received.equals(Buffer.from(encoded.body as Uint8Array))).toBe(true);
  });

  it.each([
    ['data.JSON', 'application/json'],
    ['a/b/report.pdf', 'application/pdf'],
    ['photo.jpeg', 'image/jpeg'],
    ['blob.unknownext', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('guesses %s as %s', (path, expected) => {
    expect(contentTypeFor(path)).toBe(expected);
  });
});
