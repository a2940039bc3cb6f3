/**
 * One hop: a single request and response over an undici dispatcher, with the response body
 * collected under the size limit and the probe stamped at each stage.
 */
import { STATUS_CODES } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Dispatcher } from 'undici';

import { targetOf } from './errors.js';
import type { HopRequest } from './redirects.js';
import { dispatchWithProbe, ExchangeProbe } from './timing.js';
import { HttpError } from './types.js';

/** The response of one hop, body still as received (compressed). */
export interface HopResult {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Buffer;
  /** The request headers this hop sent. */
  requestHeaders: [string, string][];
}

/** The deadline of a hop: the exchange's timeout or the caller's abort. */
export interface HopDeadline {
  readonly expired: boolean;
  /** Registers the callback to run once the deadline expires; undefined removes it. */
  watch(callback: (() => void) | undefined): void;
}

export interface HopOptions {
  /** Wire bytes allowed for the body; more aborts the response. */
  maxResponseSize: number;
  /** Ends the hop early; `abortReason` gives the error it ends with. */
  deadline: HopDeadline;
  abortReason: () => HttpError;
  /** Per-phase timeouts for undici; the client's own deadline covers the whole exchange. */
  timeoutMs: number;
}

/**
 * Sends `hop` through `dispatcher` and resolves once the whole response body arrived. The
 * probe collects timings and byte counts even when the hop fails.
 */
export function sendHop(
  dispatcher: Dispatcher,
  hop: HopRequest,
  probe: ExchangeProbe,
  options: HopOptions,
): Promise<HopResult> {
  return new Promise<HopResult>((resolve, reject) => {
    const { deadline } = options;
    if (deadline.expired) {
      reject(options.abortReason());
      return;
    }

    const handler = new HopHandler(probe, options.maxResponseSize, hop, (error, result) => {
      deadline.watch(undefined);
      if (error !== undefined) reject(error);
      else resolve(result as HopResult);
    });
    deadline.watch(() => handler.abort(options.abortReason()));

    const dispatchOptions: Dispatcher.DispatchOptions = {
      origin: hop.url.origin,
      path: `${hop.url.pathname}${hop.url.search}`,
      method: hop.method as Dispatcher.HttpMethod,
      headers: flatHeaders(hop.headers),
      body: hop.body ?? null,
      // undici's defaults (300 s) would cut requests whose own timeout is longer.
      headersTimeout: options.timeoutMs > 0 ? options.timeoutMs : 0,
      bodyTimeout: options.timeoutMs > 0 ? options.timeoutMs : 0,
    };
    try {
      dispatchWithProbe(probe, () => dispatcher.dispatch(dispatchOptions, handler));
    } catch (error) {
      // ProxyAgent checks headers before undici's own error routing starts.
      handler.onError(error as Error);
    }
  });
}

type Settle = (error: Error | undefined, result?: HopResult) => void;

/** A handler in undici's callback style, which is the one that hands over raw headers. */
class HopHandler implements Dispatcher.DispatchHandler {
  private abortRequest?: (error?: Error) => void;
  private failure?: Error;
  private settled = false;
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private status = 0;
  private statusText = '';
  private headers: [string, string][] = [];

  constructor(
    private readonly probe: ExchangeProbe,
    private readonly maxSize: number,
    private readonly hop: HopRequest,
    private readonly settle: Settle,
  ) {}

  /** Ends the hop with `error` and closes the connection if undici already opened it. */
  abort(error: Error): void {
    if (this.settled) return;
    this.failure = error;
    this.finish(error);
    this.abortRequest?.(error);
  }

  onConnect(abort: (error?: Error) => void): void {
    // A hop aborted while undici was still connecting gets cancelled once it can be.
    if (this.failure !== undefined) abort(this.failure);
    else this.abortRequest = abort;
  }

  onRequestSent(): void {
    this.probe.requestSent = performance.now();
  }

  onHeaders(
    statusCode: number,
    rawHeaders: Buffer[],
    _resume: () => void,
    statusText?: string,
  ): boolean {
    // Informational responses (103 Early Hints) come before the real one.
    if (statusCode < 200) return true;

    this.probe.firstByte = performance.now();
    this.status = statusCode;
    this.statusText = statusText || STATUS_CODES[statusCode] || '';
    this.headers = [];
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
      this.headers.push([
        String(rawHeaders[i]?.toString('latin1')),
        String(rawHeaders[i + 1]?.toString('latin1')),
      ]);
    }
    return true;
  }

  onData(chunk: Buffer): boolean {
    if (this.settled) return true;

    this.size += chunk.length;
    if (this.size > this.maxSize) {
      const { host, port } = targetOf(this.hop.url);
      this.abort(
        new HttpError(
          'response_too_large',
          `Response from ${host}:${port} is larger than the limit of ${this.maxSize} bytes.`,
        ),
      );
      return true;
    }
    this.chunks.push(chunk);
    return true;
  }

  onComplete(): void {
    this.finish(undefined);
  }

  onError(error: Error): void {
    this.finish(error);
  }

  private finish(error: Error | undefined): void {
    if (this.settled) return;
    this.settled = true;
    this.probe.finish();

    if (error !== undefined) {
      this.settle(error);
      return;
    }
    this.settle(undefined, {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: Buffer.concat(this.chunks, this.size),
      requestHeaders: this.hop.headers,
    });
  }
}

/** Lays header pairs out as undici's flat name, value, name, value list. */
function flatHeaders(pairs: [string, string][]): string[] {
  const flat: string[] = [];
  for (const [name, value] of pairs) flat.push(name, value);
  return flat;
}
