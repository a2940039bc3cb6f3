/**
 * Translation of undici, socket and TLS errors into HttpError. Every failure of the client
 * passes through `toHttpError`, so the kinds and messages stay the same everywhere.
 */
import { HttpError, type HttpErrorKind, type Timings } from './types.js';

/** Where the failed request was going, for the message. */
export interface ErrorTarget {
  host: string;
  port: number;
  /** Proxy URL in use, if any; connection failures then point at the proxy. */
  proxy?: string;
}

/** Returns the host and port a URL connects to, for messages. */
export function targetOf(url: URL, proxy?: string): ErrorTarget {
  let port = Number(url.port);
  if (url.port === '') port = url.protocol === 'https:' ? 443 : 80;

  // URL keeps the brackets of an IPv6 host; messages show the bare address with the port.
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return proxy === undefined ? { host, port } : { host, port, proxy };
}

/** What the client measured before the failure; copied onto the HttpError. */
export interface Measured {
  timings?: Partial<Timings>;
  bytesSent?: number;
  bytesReceived?: number;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED']);

// Certificate verification failures that OpenSSL reports through Node with these codes.
const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'HOSTNAME_MISMATCH',
]);

/**
 * Converts any error raised while sending a request into an HttpError that names the host and
 * port, keeping the original error as `cause`. An HttpError passes through with the measured
 * values added.
 */
export function toHttpError(
  error: unknown,
  target: ErrorTarget,
  measured: Measured = {},
): HttpError {
  if (error instanceof HttpError) {
    return new HttpError(error.kind, error.message, {
      code: error.code,
      cause: error.cause,
      ...measuredOptions(measured, error),
    });
  }

  const code = errorCode(error);
  const reason = errorReason(error);
  const [kind, message] = classify(code, reason, target);
  return new HttpError(kind, message, { cause: error, ...measuredOptions(measured) });
}

function classify(
  code: string | undefined,
  reason: string,
  target: ErrorTarget,
): [HttpErrorKind, string] {
  const address = `${target.host}:${target.port}`;

  if (target.proxy !== undefined && isProxyFailure(code, reason)) {
    return [
      'proxy',
      `Request to ${address} through proxy ${redactProxy(target.proxy)} failed: ${reason}.`,
    ];
  }
  if (code === 'ECONNREFUSED') {
    return ['connection_refused', `Connection refused by ${address}.`];
  }
  if (code !== undefined && DNS_CODES.has(code)) {
    return ['dns', `Could not resolve host ${target.host} (${code}) for port ${target.port}.`];
  }
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return ['timeout', `Request to ${address} timed out: ${reason}.`];
  }
  if (code !== undefined && RESET_CODES.has(code)) {
    return ['connection_reset', `Connection to ${address} was reset: ${reason}.`];
  }
  if (code !== undefined && isTlsCode(code)) {
    return ['tls', `TLS connection to ${address} failed: ${TLS_REASONS[code] ?? reason}.`];
  }
  if (code === 'ERR_INVALID_URL') {
    return ['invalid_url', `Request to ${address} has an invalid URL: ${reason}.`];
  }
  if (code === 'UND_ERR_INVALID_ARG') {
    // undici raises this for a header value with a line break, among others. No kind fits better.
    return ['network', `Request to ${address} is invalid: ${reason}.`];
  }
  if (code === 'UND_ERR_ABORTED' || code === 'ABORT_ERR' || code === 'UND_ERR_DESTROYED') {
    return ['aborted', `Request to ${address} was aborted.`];
  }
  return ['network', `Request to ${address} failed: ${reason}.`];
}

// OpenSSL's own wording for these leaves the user guessing what to change.
const TLS_REASONS: Record<string, string> = {
  ERR_OSSL_BAD_DECRYPT: 'the client key could not be decrypted; check the passphrase',
  ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED: 'the server requires a client certificate',
  ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE: 'the server rejected the client certificate',
};

/** Tells whether a Node or OpenSSL error code means a TLS failure. */
export function isTlsCode(code: string): boolean {
  return (
    CERTIFICATE_CODES.has(code) ||
    code.startsWith('ERR_TLS_') ||
    code.startsWith('ERR_SSL_') ||
    code.startsWith('ERR_OSSL_') ||
    code === 'EPROTO'
  );
}

// With a proxy the socket leads to the proxy, so failing to reach it is a proxy failure, and
// undici reports a refused CONNECT as "Proxy response (407) !== 200 when HTTP Tunneling".
function isProxyFailure(code: string | undefined, reason: string): boolean {
  if (code === 'ECONNREFUSED' || (code !== undefined && DNS_CODES.has(code))) return true;
  return /proxy/i.test(reason);
}

/** Removes credentials from a proxy URL before it goes into a message. */
export function redactProxy(proxy: string): string {
  try {
    const url = new URL(proxy);
    if (url.username !== '' || url.password !== '') {
      url.username = '***';
      url.password = '';
    }
    return url.origin === 'null' ? url.href : `${url.protocol}//${url.host}`;
  } catch {
    return '(invalid proxy URL)';
  }
}

// Node reports a failed dual-stack connection as an AggregateError whose own code may be
// missing, so look at the first inner error too.
function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;

  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;

  if (error instanceof AggregateError && error.errors.length > 0) {
    return errorCode(error.errors[0]);
  }
  const cause = (error as { cause?: unknown }).cause;
  return cause === undefined || cause === error ? undefined : errorCode(cause);
}

function errorReason(error: unknown): string {
  if (error instanceof AggregateError && error.message === '' && error.errors.length > 0) {
    return errorReason(error.errors[0]);
  }
  if (error instanceof Error && error.message !== '') {
    return error.message.replace(/\.$/, '');
  }
  return String(error);
}

function measuredOptions(measured: Measured, previous?: HttpError) {
  const options: { timings?: Partial<Timings>; bytesSent: number; bytesReceived: number } = {
    bytesSent: measured.bytesSent ?? previous?.bytesSent ?? 0,
    bytesReceived: measured.bytesReceived ?? previous?.bytesReceived ?? 0,
  };
  const timings = measured.timings ?? previous?.timings;
  if (timings !== undefined) options.timings = timings;
  return options;
}
