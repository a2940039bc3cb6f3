/**
 * The HTTP layer's contract: a fully resolved request in, a measured response or a classified
 * failure out. Nothing here depends on flows or templates.
 */

/** A request whose templates are resolved and whose body is encoded. */
export interface HttpRequest {
  method: string;
  url: string;
  /** Header pairs in order; names keep the case the user wrote. */
  headers: [string, string][];
  body?: Uint8Array | string;
  timeoutMs: number;
  redirects: { follow: boolean; max: number };
  tls: { insecure?: boolean; ca?: string; cert?: string; key?: string; passphrase?: string };
  proxy?: string;
  maxResponseSize: number;
  /** The virtual user's cookie jar; undefined sends and keeps no cookies. */
  cookieJar?: CookieJarLike;
  signal?: AbortSignal;
}

/** The subset of tough-cookie's CookieJar the client uses, so tests can pass any jar. */
export interface CookieJarLike {
  getCookieStringSync(url: string | URL): string;
  setCookieSync(cookie: string, url: string | URL, options?: { ignoreError?: boolean }): unknown;
}

/** Phases of one HTTP exchange, in milliseconds. Absent phases did not happen (reused socket). */
export interface Timings {
  dns?: number;
  connect?: number;
  tls?: number;
  firstByte: number;
  download: number;
  total: number;
}

/** One hop of a redirect chain, kept so reports can show where a request went. */
export interface RedirectHop {
  url: string;
  status: number;
  location: string;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  httpVersion: string;
  /** Header pairs as received; repeated headers (set-cookie) stay separate. */
  headers: [string, string][];
  /** Decompressed body. */
  body: Uint8Array;
  /** The URL of the final response, after redirects. */
  url: string;
  redirects: RedirectHop[];
  timings: Timings;
  /** Bytes on the wire for every hop: request line, headers and body. */
  bytesSent: number;
  bytesReceived: number;
  socketReused: boolean;
  /**
   * The headers the first hop sent to `request.url`: the request's own, plus `accept-encoding`
   * and the jar's cookies that the client adds. A Proxy-Authorization header went to the proxy
   * and is not among them.
   */
  requestHeaders: [string, string][];
}

/** Stable kinds of network failure; reports group errors by them. */
export type HttpErrorKind =
  | 'connection_refused'
  | 'dns'
  | 'timeout'
  | 'connection_reset'
  | 'tls'
  | 'too_many_redirects'
  | 'response_too_large'
  | 'invalid_url'
  | 'proxy'
  | 'aborted'
  | 'decompression'
  | 'network';

/** A request that got no usable response. `message` is one plain sentence for the user. */
export class HttpError extends Error {
  readonly kind: HttpErrorKind;
  readonly code: string;
  /** Whatever was measured before the failure. */
  readonly timings?: Partial<Timings>;
  readonly bytesSent: number;
  readonly bytesReceived: number;

  constructor(
    kind: HttpErrorKind,
    message: string,
    options: {
      code?: string;
      cause?: unknown;
      timings?: Partial<Timings>;
      bytesSent?: number;
      bytesReceived?: number;
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HttpError';
    this.kind = kind;
    this.code = options.code ?? `FR_HTTP_${kind.toUpperCase()}`;
    if (options.timings) this.timings = options.timings;
    this.bytesSent = options.bytesSent ?? 0;
    this.bytesReceived = options.bytesReceived ?? 0;
  }
}

/** Sends requests. One client per run; it owns the connection pools and closes them. */
export interface HttpClient {
  send(request: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

/** Options an entry point passes when it creates the client. */
export interface HttpClientOptions {
  /** Replaces DNS resolution; tests use it to produce DNS failures without a resolver. */
  lookup?: (
    hostname: string,
    options: object,
    callback: (err: NodeJS.ErrnoException | null, address: string, family: number) => void,
  ) => void;
  /** Process environment, read for HTTP_PROXY, HTTPS_PROXY and NO_PROXY. */
  env?: Record<string, string | undefined>;
}
