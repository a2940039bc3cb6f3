import { describe, expect, it } from 'vitest';

import { redactProxy, toHttpError } from '../../src/http/errors.js';
import { HttpError } from '../../src/http/types.js';

function withCode(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('toHttpError', () => {
  const target = { host: 'api.test', port: 8443 };

  it.each([
    [
      'ECONNREFUSED',
      'connect ECONNREFUSED',
      'connection_refused',
      'Connection refused by api.test:8443.',
    ],
    [
      'ENOTFOUND',
      'getaddrinfo ENOTFOUND',
      'dns',
      'Could not resolve host api.test (ENOTFOUND) for port 8443.',
    ],
    [
      'EAI_AGAIN',
      'getaddrinfo EAI_AGAIN',
      'dns',
      'Could not resolve host api.test (EAI_AGAIN) for port 8443.',
    ],
    [
      'UND_ERR_CONNECT_TIMEOUT',
      'Connect Timeout Error',
      'timeout',
      'Request to api.test:8443 timed out: Connect Timeout Error.',
    ],
    [
      'UND_ERR_HEADERS_TIMEOUT',
      'Headers Timeout Error',
      'timeout',
      'Request to api.test:8443 timed out: Headers Timeout Error.',
    ],
    [
      'ECONNRESET',
      'read ECONNRESET',
      'connection_reset',
      'Connection to api.test:8443 was reset: read ECONNRESET.',
    ],
    [
      'UND_ERR_SOCKET',
      'other side closed',
      'connection_reset',
      'Connection to api.test:8443 was reset: other side closed.',
    ],
    [
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'self-signed certificate',
      'tls',
      'TLS connection to api.test:8443 failed: self-signed certificate.',
    ],
    [
      'CERT_HAS_EXPIRED',
      'certificate has expired',
      'tls',
      'TLS connection to api.test:8443 failed: certificate has expired.',
    ],
    [
      'ERR_TLS_CERT_ALTNAME_INVALID',
      "Hostname/IP does not match certificate's altnames",
      'tls',
      "TLS connection to api.test:8443 failed: Hostname/IP does not match certificate's altnames.",
    ],
    ['UND_ERR_ABORTED', 'Request aborted', 'aborted', 'Request to api.test:8443 was aborted.'],
    [
      'EHOSTUNREACH',
      'connect EHOSTUNREACH',
      'network',
      'Request to api.test:8443 failed: connect EHOSTUNREACH.',
    ],
  ])('maps %s', (code, message, kind, expected) => {
    const cause = withCode(code, message);
    const error = toHttpError(cause, target);

    expect(error.kind).toBe(kind);
    expect(error.message).toBe(expected);
    expect(error.cause).toBe(cause);
    expect(error.code).toBe(`FR_HTTP_${kind.toUpperCase()}`);
  });

  it('reads the code of the first error of an AggregateError', () => {
    const error = toHttpError(
      new AggregateError([withCode('ECONNREFUSED', 'connect ECONNREFUSED')], ''),
      target,
    );

    expect(error.kind).toBe('connection_refused');
  });

  it('blames the proxy for refused connections through it', () => {
    const error = toHttpError(withCode('ECONNREFUSED', 'connect ECONNREFUSED'), {
      ...target,
      proxy: 'http://user:pw@127.0.0.1:3128',
    });

    expect(error.kind).toBe('proxy');
    expect(error.message).toBe(
      'Request to api.test:8443 through proxy http://127.0.0.1:3128 failed: connect ECONNREFUSED.',
    );
  });

  it('blames the proxy for a refused tunnel', () => {
    const error = toHttpError(new Error('Proxy response (407) !== 200 when HTTP Tunneling'), {
      ...target,
      proxy: 'http://127.0.0.1:3128',
    });

    expect(error.kind).toBe('proxy');
  });

  it('adds measurements to an HttpError and keeps its kind', () => {
    const original = new HttpError('timeout', 'Request to api.test:8443 timed out after 5 ms.');
    const error = toHttpError(original, target, {
      bytesSent: 75,
      bytesReceived: 10,
      timings: { connect: 1 },
    });

    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(original.message);
    expect(error.bytesSent).toBe(75);
    expect(error.bytesReceived).toBe(10);
    expect(error.timings).toEqual({ connect: 1 });
  });

  it('describes a value that is not an Error', () => {
    expect(toHttpError('boom', target).message).toBe('Request to api.test:8443 failed: boom.');
  });
});

describe('redactProxy', () => {
  it.each([
    ['http://user:secret@proxy.test:3128', 'http://proxy.test:3128'],
    ['http://proxy.test:3128/', 'http://proxy.test:3128'],
    ['not a url', '(invalid proxy URL)'],
  ])('shows %s as %s', (input, expected) => {
    expect(redactProxy(input)).toBe(expected);
  });
});
