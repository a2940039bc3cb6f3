import { readFileSync } from 'node:fs';
import type { TLSSocket } from 'node:tls';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../src/http/client.js';
import { HttpError, type HttpRequest } from '../../src/http/types.js';
import { ipv4Lookup, request, startHttps, tlsFile, type TestServer } from './servers.js';

async function send(url: string, tls: HttpRequest['tls']) {
  const client = createHttpClient({ lookup: ipv4Lookup });
  try {
    return await client.send(request(url, { tls }));
  } finally {
    await client.close();
  }
}

async function failure(url: string, tls: HttpRequest['tls']): Promise<HttpError> {
  const error = await send(url, tls).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe('HTTP client TLS', () => {
  let signed: TestServer;
  let selfSigned: TestServer;
  let mutual: TestServer;

  beforeAll(async () => {
    signed = await startHttps((_req, res) => res.end('signed'));
    selfSigned = await startHttps((_req, res) => res.end('self-signed'), {
      key: readFileSync(tlsFile('self-signed.key')),
      cert: readFileSync(tlsFile('self-signed.crt')),
    });
    mutual = await startHttps(
      (req, res) => res.end(`client ${(req.socket as TLSSocket).getPeerCertificate().subject?.CN}`),
      { ca: readFileSync(tlsFile('ca.crt')), requestCert: true, rejectUnauthorized: true },
    );
  });

  afterAll(async () => {
    await Promise.all([signed.close(), selfSigned.close(), mutual.close()]);
  });

  it('rejects a self-signed certificate', async () => {
    const error = await failure(`${selfSigned.url}/`, {});

    expect(error.kind).toBe('tls');
    expect(error.message).toBe(
      `TLS connection to 127.0.0.1:${selfSigned.port} failed: self-signed certificate.`,
    );
  });

  it('rejects a certificate from an unknown CA', async () => {
    const error = await failure(`${signed.url}/`, {});

    expect(error.kind).toBe('tls');
    expect(error.message).toContain('unable to verify the first certificate');
  });

  it('accepts any certificate when insecure', async () => {
    const response = await send(`${selfSigned.url}/`, { insecure: true });

    expect(Buffer.from(response.body).toString()).toBe('self-signed');
  });

  it.each(['127.0.0.1', 'localhost'])('trusts a CA file for %s', async (host) => {
    const response = await send(`https://${host}:${signed.port}/`, { ca: tlsFile('ca.crt') });

    expect(Buffer.from(response.body).toString()).toBe('signed');
    expect(response.timings.tls).toBeGreaterThan(0);
    expect(response.timings.connect).toBeGreaterThanOrEqual(0);
  });

  it('measures DNS only for host names', async () => {
    const byName = await send(`https://localhost:${signed.port}/`, { ca: tlsFile('ca.crt') });
    const byAddress = await send(`https://127.0.0.1:${signed.port}/`, { ca: tlsFile('ca.crt') });

    expect(byName.timings.dns).toBeGreaterThanOrEqual(0);
    expect(byAddress.timings.dns).toBeUndefined();
  });

  it('counts plaintext bytes as the server did', async () => {
    const before = { read: signed.bytesRead(), written: signed.bytesWritten() };
    const response = await send(`${signed.url}/`, { ca: tlsFile('ca.crt') });

    expect(response.bytesSent).toBe(signed.bytesRead() - before.read);
    expect(response.bytesReceived).toBe(signed.bytesWritten() - before.written);
  });

  it('presents a client certificate', async () => {
    const response = await send(`${mutual.url}/`, {
      ca: tlsFile('ca.crt'),
      cert: tlsFile('client.crt'),
      key: tlsFile('client.key'),
      passphrase: 'client-key-passphrase',
    });

    expect(Buffer.from(response.body).toString()).toBe('client flow-runner test client');
  });

  it('fails when the server requires a client certificate', async () => {
    const error = await failure(`${mutual.url}/`, { ca: tlsFile('ca.crt') });

    expect(error.kind).toBe('tls');
    expect(error.message).toBe(
      `TLS connection to 127.0.0.1:${mutual.port} failed: the server requires a client certificate.`,
    );
  });

  it('fails on a wrong key passphrase', async () => {
    const error = await failure(`${mutual.url}/`, {
      ca: tlsFile('ca.crt'),
      cert: tlsFile('client.crt'),
      key: tlsFile('client.key'),
      passphrase: 'wrong',
    });

    expect(error.kind).toBe('tls');
    expect(error.message).toContain('check the passphrase');
  });

  it('names a CA file that does not exist', async () => {
    const error = await failure(`${signed.url}/`, { ca: tlsFile('missing-ca.crt') });

    expect(error.kind).toBe('tls');
    expect(error.message).toContain('missing-ca.crt');
    expect(error.message).toContain('ENOENT');
  });
});
