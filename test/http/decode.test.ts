import { describe, expect, it } from 'vitest';

import { decodeText, parseJsonBody, ResponseBodyError } from '../../src/http/decode.js';

describe('decodeText', () => {
  it.each([
    ['UTF-8 without charset', Buffer.from('héllo ✓'), undefined, 'héllo ✓'],
    [
      'UTF-8 BOM stripped',
      Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('{"a":1}')]),
      'application/json',
      '{"a":1}',
    ],
    ['explicit utf-8', Buffer.from('ü'), 'text/plain; charset=UTF-8', 'ü'],
    ['latin1', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/plain; charset=ISO-8859-1', 'café'],
    [
      'latin1 keeps 0x80-0x9F',
      Buffer.from([0x80, 0x9f]),
      'text/plain; charset=latin1',
      '\u0080\u009f',
    ],
    ['quoted charset', Buffer.from([0xe9]), 'text/html; charset="iso-8859-1"', 'é'],
    ['unknown charset falls back', Buffer.from('plain'), 'text/plain; charset=x-made-up', 'plain'],
  ])('decodes %s', (_name, bytes, contentType, expected) => {
    expect(decodeText(new Uint8Array(bytes), contentType)).toBe(expected);
  });
});

describe('parseJsonBody', () => {
  it('parses JSON', () => {
    expect(parseJsonBody('{"items":[1,2]}')).toEqual({ items: [1, 2] });
  });

  it.each([
    ['', 200, 'The response body is empty, so it contains no JSON.'],
    ['  \n', undefined, 'The response body is empty, so it contains no JSON.'],
    ['', 204, 'The response is 204 No Content, so it contains no JSON.'],
  ])('rejects %j with status %s', (text, status, message) => {
    let caught: unknown;
    try {
      parseJsonBody(text, status);
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(ResponseBodyError);
    expect((caught as ResponseBodyError).code).toBe('FR_HTTP_EMPTY_BODY');
    expect((caught as Error).message).toBe(message);
  });

  it('reports invalid JSON with the start of the body', () => {
    let caught: unknown;
    try {
      parseJsonBody('<html>error page</html>');
    } catch (error) {
      caught = error;
    }

    expect((caught as ResponseBodyError).code).toBe('FR_HTTP_INVALID_JSON');
    expect((caught as Error).message).toContain('<html>error page</html>');
  });
});
