/**
 * The HTTP client on undici: redirects hop by hop with cookies on every hop, decompression,
 * size limits, a deadline for the whole exchange, TLS and proxy settings, and the timings and
 * byte counts of every exchange.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { Agent, ProxyAgent, type Dispatcher } from 'undici';

import { ACCEPTED_ENCODINGS, decompressBody } from './decompress.js';
import { isTlsCode, redactProxy, targetOf, toHttpError, type ErrorTarget } from './errors.js';
import { sendHop, type HopDeadline, type HopResult } from './exchange.js';
import { proxyVariables, selectProxy } from './proxy.js';
import { isRedirect, nextHop, type HopRequest } from './redirects.js';
import { ExchangeProbe, timedConnector } from './timing.js';
import {
  HttpError,
  type CookieJarLike,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequest,
  type HttpResponse,
  type RedirectHop,
  type Timings,
} from './types.js';

/**
 * Creates the client a run sends all its requests through. It keeps one connection pool per
 * TLS and proxy configuration, with keep-alive, until `close()`.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  return new UndiciHttpClient(options);
}

type TlsSettings = HttpRequest['tls'];

class UndiciHttpClient implements HttpClient {
  private readonly dispatchers = new Map<string, Promise<Dispatcher>>();
  /** The proxy variables, read once: process.env is slow to read on every request. */
  private readonly proxyEnv: Record<string, string | undefined>;
  private closed = false;

  constructor(private readonly options: HttpClientOptions) {
    this.proxyEnv = proxyVariables(options.env ?? {});
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const started = performance.now();
    const probes: ExchangeProbe[] = [];
    const redirects: RedirectHop[] = [];
    let hop: HopRequest = {
      method: request.method,
      url: parseUrl(request.url),
      headers: request.headers,
    };
    if (request.body !== undefined) hop.body = request.body;

    const deadline = new Deadline(request.timeoutMs, request.signal);
    let requestHeaders: [string, string][] | undefined;
    try {
      for (;;) {
        const probe = new ExchangeProbe();
        probes.push(probe);
        const result = await this.sendOneHop(hop, request, probe, deadline);
        requestHeaders ??= result.requestHeaders;
        storeCookies(request.cookieJar, hop.url, result.headers);

        const location = headerValue(result.headers, 'location');
        if (!request.redirects.follow || !isRedirect(result.status, location)) {
          return await finalResponse(
            hop.url,
            result,
            requestHeaders,
            redirects,
            probes,
            started,
            request.maxResponseSize,
          );
        }

        if (redirects.length >= request.redirects.max) {
          throw new HttpError(
            'too_many_redirects',
            `Request to ${request.url} was redirected more than ${request.redirects.max} times; the last hop was ${hop.url.href}.`,
          );
        }
        const next = nextHop(hop, result.status, location);
        redirects.push({ url: hop.url.href, status: result.status, location: next.url.href });
        hop = next;
      }
    } catch (error) {
      const proxy = selectProxy(hop.url, request.proxy, this.proxyEnv);
      throw toHttpError(
        rootCause(error, probes),
        targetOf(hop.url, proxy),
        measure(probes, started),
      );
    } finally {
      deadline.dispose();
    }
  }

  /**
   * Closes every connection at once; requests still in flight fail as aborted. A graceful
   * close would wait for connection attempts that timed-out requests left behind, up to
   * undici's 10 s connect timeout.
   */
  async close(): Promise<void> {
    this.closed = true;
    const dispatchers = await Promise.allSettled(this.dispatchers.values());
    this.dispatchers.clear();
    await Promise.all(
      dispatchers.map((settled) =>
        settled.status === 'fulfilled' ? settled.value.destroy() : undefined,
      ),
    );
  }

  private async sendOneHop(
    hop: HopRequest,
    request: HttpRequest,
    probe: ExchangeProbe,
    deadline: Deadline,
  ): Promise<HopResult> {
    const proxy = selectProxy(hop.url, request.proxy, this.proxyEnv);
    const target = targetOf(hop.url, proxy);
    const { headers, proxyAuthorization } = wireHeaders(
      hop,
      request.cookieJar,
      proxy !== undefined,
    );
    const dispatcher = await this.dispatcherFor(request.tls, proxy, proxyAuthorization);

    // undici reuses a kept-alive socket only one event-loop turn after the previous response
    // ended, because it defers with setImmediate. Without this wait, back-to-back steps would
    // each open a new connection.
    await new Promise<void>((resolve) => setImmediate(resolve));

    return sendHop(dispatcher, { ...hop, headers }, probe, {
      maxResponseSize: request.maxResponseSize,
      deadline,
      abortReason: () => deadline.error(target),
      timeoutMs: request.timeoutMs,
    });
  }

  private dispatcherFor(
    tls: TlsSettings,
    proxy: string | undefined,
    proxyAuthorization: string | undefined,
  ): Promise<Dispatcher> {
    if (this.closed) {
      return Promise.reject(
        new HttpError('network', 'The HTTP client is closed; no more requests can be sent.'),
      );
    }

    const key = isDefaultConnection(tls, proxy)
      ? ''
      : JSON.stringify([
          tls.insecure,
          tls.ca,
          tls.cert,
          tls.key,
          tls.passphrase,
          proxy,
          proxyAuthorization,
        ]);
    let dispatcher = this.dispatchers.get(key);
    if (dispatcher === undefined) {
      dispatcher = this.createDispatcher(tls, proxy, proxyAuthorization);
      // A TLS file that could not be read is read again by the next request.
      dispatcher.catch(() => this.dispatchers.delete(key));
      this.dispatchers.set(key, dispatcher);
    }
    return dispatcher;
  }

  private async createDispatcher(
    tls: TlsSettings,
    proxy: string | undefined,
    proxyAuthorization: string | undefined,
  ): Promise<Dispatcher> {
    const tlsOptions = await loadTls(tls);
    const lookup = this.options.lookup;

    if (proxy === undefined) {
      const connect = timedConnector(lookup === undefined ? tlsOptions : { ...tlsOptions, lookup });
      return new Agent({ connect });
    }

    // NOTE: through a proxy, undici opens connections with its own connector, so responses
    // carry no dns/connect/tls phases, and ProxyAgent keeps only the last of repeated headers.
    try {
      return new ProxyAgent({
        uri: proxy,
        // Plain-HTTP requests go to the proxy in absolute form; HTTPS ones through CONNECT.
        proxyTunnel: false,
        requestTls: tlsOptions,
        ...(lookup === undefined ? {} : { proxyTls: { lookup } }),
        ...(proxyAuthorization === undefined ? {} : { token: proxyAuthorization }),
      });
    } catch (error) {
      throw new HttpError('proxy', `Proxy URL ${redactProxy(proxy)} is invalid.`, { cause: error });
    }
  }
}

/**
 * Ends the exchange when its timeout passes or the caller's signal fires. The hop in flight
 * registers one callback instead of listening on an AbortSignal, because a signal and its
 * listeners for every request took about 10 µs per request in the benchmark's CPU profile.
 */
class Deadline implements HopDeadline {
  private readonly timer?: NodeJS.Timeout;
  private reason?: 'timeout' | 'aborted';
  private onExpire?: () => void;

  constructor(
    private readonly timeoutMs: number,
    private readonly external: AbortSignal | undefined,
  ) {
    if (timeoutMs > 0) {
      this.timer = setTimeout(() => this.expire('timeout'), timeoutMs);
    }
    if (external?.aborted) this.expire('aborted');
    else if (external !== undefined) abortWatchers(external).add(this);
  }

  get expired(): boolean {
    return this.reason !== undefined;
  }

  watch(callback: (() => void) | undefined): void {
    this.onExpire = callback;
  }

  error(target: ErrorTarget): HttpError {
    const address = `${target.host}:${target.port}`;
    if (this.reason === 'timeout') {
      return new HttpError(
        'timeout',
        `Request to ${address} timed out after ${this.timeoutMs} ms.`,
      );
    }
    return new HttpError('aborted', `Request to ${address} was aborted.`, {
      cause: this.external?.reason,
    });
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.external !== undefined) abortWatchers(this.external).delete(this);
  }

  expire(reason: 'timeout' | 'aborted'): void {
    if (this.reason !== undefined) return;
    this.reason = reason;
    this.onExpire?.();
  }
}

/**
 * The deadlines of the exchanges in flight under each caller's signal. A run passes the same
 * signal to all its requests, so one listener per signal serves them all.
 */
const watchersBySignal = new WeakMap<AbortSignal, Set<Deadline>>();

function abortWatchers(signal: AbortSignal): Set<Deadline> {
  let watchers = watchersBySignal.get(signal);
  if (watchers === undefined) {
    const created = new Set<Deadline>();
    signal.addEventListener(
      'abort',
      () => {
        for (const deadline of [...created]) deadline.expire('aborted');
      },
      { once: true },
    );
    watchersBySignal.set(signal, created);
    watchers = created;
  }
  return watchers;
}

/** Most requests use neither TLS options nor a proxy; they share one pool under the key ''. */
function isDefaultConnection(tls: TlsSettings, proxy: string | undefined): boolean {
  return (
    proxy === undefined &&
    tls.insecure !== true &&
    tls.ca === undefined &&
    tls.cert === undefined &&
    tls.key === undefined &&
    tls.passphrase === undefined
  );
}

/**
 * Parsed request URLs by their text. A flow sends the same URLs on every iteration, and the
 * client only reads a URL once parsed (redirects build new ones), so requests share them. The
 * cache is emptied when full, because query strings may make every URL different.
 */
const parsedUrls = new Map<string, URL>();
const MAX_PARSED_URLS = 10_000;

function parseUrl(url: string): URL {
  const cached = parsedUrls.get(url);
  if (cached !== undefined) return cached;

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new HttpError(
      'invalid_url',
      `URL "${url}" is invalid; it needs a scheme and a host, such as https://api.example.com/path.`,
      {
        cause: error,
      },
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new HttpError(
      'invalid_url',
      `URL "${url}" uses ${parsed.protocol}; only http: and https: are supported.`,
    );
  }
  if (parsedUrls.size >= MAX_PARSED_URLS) parsedUrls.clear();
  parsedUrls.set(url, parsed);
  return parsed;
}

/**
 * Builds the headers sent on one hop: the user's, `accept-encoding` unless the user set one,
 * and the jar's cookies for this URL joined to any Cookie header the user set. With a proxy,
 * Proxy-Authorization moves from the headers to the proxy connection.
 */
function wireHeaders(
  hop: HopRequest,
  jar: CookieJarLike | undefined,
  viaProxy: boolean,
): { headers: [string, string][]; proxyAuthorization?: string } {
  const headers: [string, string][] = [];
  let proxyAuthorization: string | undefined;
  let acceptEncoding = false;

  for (const [name, value] of hop.headers) {
    const lower = name.toLowerCase();
    if (lower === 'proxy-authorization' && viaProxy) {
      proxyAuthorization = value;
      continue;
    }
    if (lower === 'accept-encoding') acceptEncoding = true;
    headers.push([name, value]);
  }
  if (!acceptEncoding) headers.push(['accept-encoding', ACCEPTED_ENCODINGS]);

  const cookies = jar?.getCookieStringSync(hop.url) ?? '';
  if (cookies !== '') {
    const own = headers.findIndex(([name]) => name.toLowerCase() === 'cookie');
    const existing = own === -1 ? undefined : headers[own];
    if (existing === undefined) headers.push(['cookie', cookies]);
    else existing[1] = `${existing[1]}; ${cookies}`;
  }

  return proxyAuthorization === undefined ? { headers } : { headers, proxyAuthorization };
}

function storeCookies(jar: CookieJarLike | undefined, url: URL, headers: [string, string][]): void {
  if (jar === undefined) return;
  for (const [name, value] of headers) {
    // A malformed cookie is the server's problem; the response itself is still valid.
    if (name.toLowerCase() === 'set-cookie') jar.setCookieSync(value, url, { ignoreError: true });
  }
}

async function finalResponse(
  url: URL,
  result: HopResult,
  requestHeaders: [string, string][],
  redirects: RedirectHop[],
  probes: ExchangeProbe[],
  started: number,
  maxResponseSize: number,
): Promise<HttpResponse> {
  const contentEncoding = headerValue(result.headers, 'content-encoding');
  const body =
    contentEncoding === undefined
      ? result.body
      : await decompressBody(result.body, contentEncoding, maxResponseSize);
  const measured = measure(probes, started);
  const last = probes[probes.length - 1];

  return {
    status: result.status,
    statusText: result.statusText,
    // NOTE: undici speaks HTTP/1.1 here (allowH2 is off) and does not expose the version of
    // the status line, so an HTTP/1.0 response is reported as 1.1 too.
    httpVersion: '1.1',
    headers: result.headers,
    body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
    url: url.href,
    redirects,
    timings: {
      ...measured.timings,
      firstByte: measured.timings.firstByte ?? 0,
      download: measured.timings.download ?? 0,
      total: measured.timings.total ?? 0,
    },
    bytesSent: measured.bytesSent,
    bytesReceived: measured.bytesReceived,
    socketReused: last?.socketReused ?? false,
    requestHeaders,
  };
}

/**
 * Adds up the phases and bytes of every hop. `total` is the wall time from the call to the
 * end of the last hop, so it also covers time spent waiting for a free connection.
 */
function measure(
  probes: ExchangeProbe[],
  started: number,
): { timings: Partial<Timings>; bytesSent: number; bytesReceived: number } {
  const timings: Partial<Timings> = {};
  let bytesSent = 0;
  let bytesReceived = 0;

  for (const probe of probes) {
    const hop = probe.timings();
    for (const phase of ['dns', 'connect', 'tls', 'firstByte', 'download'] as const) {
      const value = hop[phase];
      if (value !== undefined) timings[phase] = (timings[phase] ?? 0) + value;
    }
    bytesSent += probe.bytesSent;
    bytesReceived += probe.bytesReceived;
  }

  const end = probes[probes.length - 1]?.finished ?? performance.now();
  timings.total = end - started;
  return { timings, bytesSent, bytesReceived };
}

async function loadTls(tls: TlsSettings) {
  const ca = tls.ca === undefined ? undefined : await readTlsFile(tls.ca, 'CA certificate');
  const cert =
    tls.cert === undefined ? undefined : await readTlsFile(tls.cert, 'client certificate');
  // A PEM file may hold both the certificate and its key.
  const key = tls.key === undefined ? cert : await readTlsFile(tls.key, 'client key');

  return {
    rejectUnauthorized: tls.insecure !== true,
    ...(ca === undefined ? {} : { ca }),
    ...(cert === undefined ? {} : { cert }),
    ...(key === undefined ? {} : { key }),
    ...(tls.passphrase === undefined ? {} : { passphrase: tls.passphrase }),
  };
}

async function readTlsFile(path: string, fileKind: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new HttpError(
      'tls',
      `Could not read the ${fileKind} file ${path} (${reason}); check the path in the step's tls settings.`,
      {
        cause: error,
      },
    );
  }
}

// Prefers a TLS alert the socket received over undici's generic "other side closed".
function rootCause(error: unknown, probes: ExchangeProbe[]): unknown {
  const code = (error as { code?: unknown }).code;
  if (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET') return error;

  const socketError = probes[probes.length - 1]?.socketError as NodeJS.ErrnoException | undefined;
  return socketError?.code !== undefined && isTlsCode(socketError.code) ? socketError : error;
}

function headerValue(headers: [string, string][], name: string): string | undefined {
  return headers.find(([key]) => key.toLowerCase() === name)?.[1];
}
