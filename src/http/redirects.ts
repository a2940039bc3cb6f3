/**
 * The request of the next redirect hop: its URL, method, body and the headers that may follow
 * it. The client follows hops itself so that it can store cookies and measure every hop.
 */
import { HttpError } from './types.js';

/** The parts of a request that change from one hop to the next. */
export interface HopRequest {
  method: string;
  url: URL;
  /** Header pairs as the user set them; cookies from the jar are added per hop. */
  headers: [string, string][];
  body?: Uint8Array | string;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

// Credentials meant for one origin; they must not reach another one.
const ORIGIN_BOUND_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization', 'host']);

// Headers that describe the body; they go when a redirect drops it.
const BODY_HEADERS = new Set([
  'content-type',
  'content-length',
  'content-encoding',
  'transfer-encoding',
]);

/** Tells whether a response with this status and Location header is a redirect to follow. */
export function isRedirect(status: number, location: string | undefined): location is string {
  return REDIRECT_STATUSES.has(status) && location !== undefined && location !== '';
}

/**
 * Builds the request for the hop after a redirect. 301, 302 and 303 turn into a GET without
 * body (HEAD stays HEAD); 307 and 308 repeat the method and body. Authorization, Cookie,
 * Proxy-Authorization and Host are dropped when the origin (scheme, host, port) changes.
 */
export function nextHop(current: HopRequest, status: number, location: string): HopRequest {
  const url = resolveLocation(current.url, location);
  const keepsMethod = status === 307 || status === 308;
  const method = keepsMethod || current.method.toUpperCase() === 'HEAD' ? current.method : 'GET';
  const dropsBody = !keepsMethod;
  const crossOrigin = url.origin !== current.url.origin;

  const headers = current.headers.filter(([name]) => {
    const lower = name.toLowerCase();
    if (crossOrigin && ORIGIN_BOUND_HEADERS.has(lower)) return false;
    if (dropsBody && BODY_HEADERS.has(lower)) return false;
    return true;
  });

  const next: HopRequest = { method, url, headers };
  if (!dropsBody && current.body !== undefined) next.body = current.body;
  return next;
}

function resolveLocation(base: URL, location: string): URL {
  let url: URL;
  try {
    url = new URL(location, base);
  } catch (error) {
    throw new HttpError(
      'invalid_url',
      `Redirect from ${base.href} has an invalid Location: ${location}.`,
      {
        cause: error,
      },
    );
  }

  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new HttpError(
      'invalid_url',
      `Redirect from ${base.href} leads to ${url.protocol} URL ${url.href}, which the client cannot follow.`,
    );
  }
  url.hash = '';
  return url;
}
