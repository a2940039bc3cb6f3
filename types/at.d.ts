/**
 * Declarations of the `at` object that flow-runner gives scripts (beforeAll, afterAll, pre,
 * post and if), so editors complete `at.` in script files. Reference it from a script file with
 *   /// <reference path="../node_modules/flow-runner/types/at.d.ts" />
 * Scripts run in QuickJS, not Node: there is no require, process, fetch or timers. `console` is
 * not declared here because the editor's default library already declares it; its output is
 * captured into the step's results.
 */

/** JSON data: the only values that cross between a script and flow-runner. */
type AtJson = string | number | boolean | null | AtJson[] | { [key: string]: AtJson };

interface AtVariables {
  /** Returns the variable's value, or undefined when it is not set. */
  get(name: string): any;
  /** Returns whether the variable is set in any scope. */
  has(name: string): boolean;
  /**
   * Sets a variable for the rest of the iteration (in beforeAll: for every iteration).
   * The value is copied as JSON; functions are rejected. `{ secret: true }` redacts it in all output.
   */
  set(name: string, value: AtJson | object, options?: { secret?: boolean }): void;
  /** Removes a variable set by a script or an extraction. */
  unset(name: string): void;
}

interface AtEnvironment {
  /** Returns a value of the selected environment (a copy), or undefined. */
  get(name: string): any;
  /** Returns whether the selected environment defines the name. */
  has(name: string): boolean;
}

interface AtSecrets {
  /** Returns a declared secret's value, or undefined. The value is redacted in every output. */
  get(name: string): string | undefined;
}

interface AtCookieOptions {
  /** The URL the cookie is stored for, as if its response had set it. Defaults as for the other methods. */
  url?: string;
  /** Without a path the cookie gets the URL's default path, its directory; pass "/" for the whole host. */
  path?: string;
  /** A domain that covers the URL's host, so the cookie is also sent to its subdomains. */
  domain?: string;
  /** Sent only over https (and plain http to localhost and loopback addresses). */
  secure?: boolean;
  httpOnly?: boolean;
  /** Lifetime in whole seconds; 0 or less deletes the cookie. */
  maxAge?: number;
  /** A date string, or milliseconds since the epoch. */
  expires?: string | number;
}

/**
 * The virtual user's cookie jar, shared with the steps and at.sendRequest. `url` defaults to
 * at.request.url in pre scripts and at.response.url in post scripts. Other hooks must pass it.
 */
interface AtCookies {
  /** Returns the stored value of the cookie for the URL's host (any path), or undefined. */
  get(name: string, url?: string): string | undefined;
  /** Returns whether the jar stores the cookie for the URL's host. */
  has(name: string, url?: string): boolean;
  /** Returns name → value of the cookies the jar would send to the URL. Of a repeated name, the first one sent wins. */
  toObject(url?: string): Record<string, string>;
  /** Stores a cookie; throws an Error with the reason when the jar rejects it. */
  set(name: string, value: string, options?: AtCookieOptions): void;
  /** Removes every cookie of that name for the URL's host, on every path. */
  unset(name: string, url?: string): void;
  /** Empties the jar, or with a URL removes every cookie for its host. */
  clear(url?: string): void;
}

interface AtHeaders {
  /** Returns the header's value, matching the name case-insensitively; repeated headers are joined with ", ". */
  get(name: string): string | undefined;
  /** Returns whether the response has the header. */
  has(name: string): boolean;
  /** Returns all headers as an object with lower-case names. */
  toObject(): Record<string, string>;
}

interface AtResponse {
  status: number;
  statusText: string;
  headers: AtHeaders;
  /** Time from sending the request to the last byte, in milliseconds. */
  duration: number;
  /** Body size in bytes. */
  size: number;
  /** The URL of the final response, after redirects. */
  url: string;
  /** Returns the decoded body text. */
  text(): string;
  /** Parses the body as JSON; throws a SyntaxError naming the start of the body when it is not JSON. */
  json(): any;
}

interface AtRequest {
  method: string;
  url: string;
  /** Header name to value; add, change or delete entries. */
  headers: Record<string, string>;
  /** Encoded body text, or undefined; assign a string (JSON.stringify objects). */
  body?: string;
}

interface AtSendRequest {
  method?: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** Sent as the JSON body with `content-type: application/json`. */
  json?: unknown;
  /** Request timeout in milliseconds. */
  timeout?: number;
}

interface AtMatchers {
  /** Passes when the values are the same (Object.is). */
  toBe(expected: unknown): void;
  /** Passes when the values are deeply equal; properties set to undefined are ignored. */
  toEqual(expected: unknown): void;
  /** Like toEqual, but undefined properties and prototypes (array or object) must match too. */
  toStrictEqual(expected: unknown): void;
  toBeDefined(): void;
  toBeUndefined(): void;
  toBeNull(): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
  /** Passes when a string contains the substring, or an array contains the item. */
  toContain(item: unknown): void;
  /** Passes when a string matches the regular expression or contains the string. */
  toMatch(pattern: RegExp | string): void;
  toBeGreaterThan(expected: number): void;
  toBeGreaterThanOrEqual(expected: number): void;
  toBeLessThan(expected: number): void;
  toBeLessThanOrEqual(expected: number): void;
  /** Passes when the dotted path (or key array) exists, and equals `value` when one is given. */
  toHaveProperty(path: string | string[], value?: unknown): void;
  toHaveLength(expected: number): void;
  /** Passes when `typeof actual` is the given name ("string", "number", "object"...). */
  toBeTypeOf(expected: string): void;
}

interface AtExpectation extends AtMatchers {
  /** The same matchers, inverted. */
  not: AtMatchers;
}

interface AtCrypto {
  /** Returns a random version 4 UUID. */
  uuid(): string;
  /** Returns `size` random bytes (1 to 65536) as hex. */
  randomBytes(size: number): string;
  /** Returns the SHA-256 digest of the UTF-8 text. */
  sha256(data: string, encoding?: 'hex' | 'base64'): string;
  /** Returns the HMAC of the UTF-8 text with the given key. */
  hmac(
    algorithm: 'sha256' | 'sha1' | 'sha512',
    key: string,
    data: string,
    encoding?: 'hex' | 'base64',
  ): string;
  base64: {
    /** Encodes UTF-8 text as base64. */
    encode(text: string): string;
    /** Decodes base64 to UTF-8 text. */
    decode(base64: string): string;
  };
}

interface AtExportOptions {
  format: 'html' | 'pdf' | 'json' | 'junit' | 'otel' | (string & {});
  /** File under the output folder. */
  path?: string;
  /** URL the report is POSTed to. */
  url?: string;
  headers?: Record<string, string>;
}

interface At {
  variables: AtVariables;
  /** The selected environment, read-only. */
  env: AtEnvironment;
  secrets: AtSecrets;
  cookies: AtCookies;
  /** The iteration number, from 1. */
  readonly iteration: number;
  /** The virtual user number, from 1. */
  readonly vu: number;
  /** The flow's name. */
  readonly flow: string;
  /** The step's name; undefined in beforeAll and afterAll. */
  readonly step: string | undefined;
  /** The hook this script runs in. */
  readonly phase: 'beforeAll' | 'afterAll' | 'pre' | 'post' | 'if';
  /** Pre scripts only: the request about to be sent, mutable. */
  readonly request: AtRequest;
  /** Pre scripts only: skips the step; the script itself runs to its end. */
  skip(): void;
  /** Post scripts only: the response of the step. */
  readonly response: AtResponse;
  /** Records a named assertion; `fn` may be async. A throw or failed expect inside fails only this test; exceeding a script limit still fails the script. */
  test(name: string, fn: () => void | Promise<void>): Promise<void>;
  /** Starts a Jest-style assertion. Outside at.test a failure fails the script. */
  expect(actual: unknown): AtExpectation;
  /** Sends a request through flow-runner's HTTP client; it is measured and recorded like a step. */
  sendRequest(request: string | AtSendRequest): Promise<AtResponse>;
  crypto: AtCrypto;
  /** afterAll only: the run's summary so far. */
  readonly results: any;
  /** afterAll only: writes a report under the output folder or POSTs it to a URL. */
  export(options: AtExportOptions): Promise<{ path?: string; status?: number }>;
}

declare const at: At;

/** if expressions only: the step's variables, read-only. */
declare const vars: Readonly<Record<string, any>>;
