/**
 * A read-only view of a response, shared by extractions, assertions and scripts. The body is
 * decoded once and parsed as JSON on first use.
 */
import type { HttpResponse } from '../http/types.js';

/** The cookie jar a response view reads cookies from; a user's jar is one. */
export interface CookieReader {
  /** Returns the stored value of the cookie `name` for `url`'s host, or undefined. */
  cookieValue(name: string, url: string): string | undefined;
}

export interface ResponseView {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  durationMs: number;
  url: string;
  /** The jar the request was sent with, for cookie extraction. */
  cookieJar?: CookieReader;
  /** First value of a header, matched case-insensitively. */
  header(name: string): string | undefined;
  headerValues(name: string): string[];
  /** The body as UTF-8 text, without a leading byte order mark. */
  text(): string;
  /** The body parsed as JSON; throws a plain-sentence Error when it is empty or invalid. */
  json(): unknown;
}

/** Wraps an HttpResponse for the checks that follow it. */
export function createResponseView(response: HttpResponse, cookieJar?: CookieReader): ResponseView {
  let text: string | undefined;
  let parsed: { value: unknown } | { error: Error } | undefined;

  const view: ResponseView = {
    status: response.status,
    headers: response.headers,
    body: response.body,
    durationMs: response.timings.total,
    url: response.url,
    cookieJar,
    header: (name) => view.headerValues(name)[0],
    headerValues(name) {
      const wanted = name.toLowerCase();
      return response.headers
        .filter(([key]) => key.toLowerCase() === wanted)
        .map(([, value]) => value);
    },
    text() {
      text ??= decodeUtf8(response.body);
      return text;
    },
    json() {
      parsed ??= parseJson(view.text(), response.status);
      if ('error' in parsed) throw parsed.error;
      return parsed.value;
    },
  };
  return view;
}

/** Decodes UTF-8 and drops a byte order mark, which some servers put before JSON. */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseJson(text: string, status: number): { value: unknown } | { error: Error } {
  // A 204 or an empty body has no JSON, so report that instead of "Unexpected end of JSON".
  if (status === 204 || text.trim() === '') {
    return { error: new Error(`the response has no body to parse as JSON (status ${status})`) };
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: new Error(`the response body is not valid JSON: ${reason}`) };
  }
}

/** Returns the first `length` characters of the body, for failure messages. */
export function excerpt(view: ResponseView, length = 200): string {
  const text = view.text();
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
