/**
 * The contract between the run and the script sandbox. The run implements ScriptHost; the
 * sandbox exposes it to user code as the `at` object. Only data crosses: strings, numbers,
 * booleans, null, arrays and plain objects.
 */
import type { Script, ScriptLimits } from '../flow/model.js';
import type { SourceLocation } from '../common/source.js';
import type { AssertionRecord, ConsoleEntry } from '../results/document.js';

export type ScriptPhase = 'beforeAll' | 'afterAll' | 'pre' | 'post' | 'if';

/** The request a pre script may change. */
export interface ScriptRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Encoded body as text; undefined when the request has none. */
  body?: string;
}

export interface ScriptResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  /** Decoded body text. */
  body: string;
  durationMs: number;
  size: number;
  /** The URL of the final response, after redirects. Post scripts use it as the default URL of `at.cookies`. */
  url: string;
}

/** What `at.sendRequest` accepts: a URL string or a request object with a JSON shortcut. */
export interface ScriptSendRequest {
  method?: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
  json?: unknown;
  timeout?: number;
}

/**
 * The virtual user's cookie jar as scripts use it. Every URL is absolute: the sandbox passes
 * the default URL of the phase when the script gives none. Methods throw an Error with a
 * message for the script when a URL is invalid or the jar rejects a cookie.
 */
export interface ScriptCookies {
  /** Returns the stored value of the cookie `name` for `url`'s host, as `extract: { cookie }` reads it. */
  get(name: string, url: string): string | undefined;
  /** Returns name → value of the cookies the jar would send to `url`. Of a repeated name, the first one sent wins. */
  toObject(url: string): Record<string, string>;
  /** Stores a cookie as if a response from `options.url` had set it. */
  set(name: string, value: string, options: ScriptCookieOptions): void;
  /** Removes every cookie `name` for `url`'s host, on every path. */
  unset(name: string, url: string): void;
  /** Removes every cookie of the jar, or with `url` every cookie for its host. */
  clear(url?: string): void;
}

/** The attributes of a cookie that a script sets, as in a Set-Cookie header. */
export interface ScriptCookieOptions {
  url: string;
  path?: string;
  domain?: string;
  secure?: boolean;
  httpOnly?: boolean;
  /** Lifetime in seconds; 0 or less deletes the cookie. */
  maxAge?: number;
  /** A date string, or milliseconds since the epoch. */
  expires?: string | number;
}

export interface ScriptExportOptions {
  format: string;
  path?: string;
  url?: string;
  headers?: Record<string, string>;
}

/** Implemented by the run for each script execution. */
export interface ScriptHost {
  phase: ScriptPhase;
  flow: string;
  step?: string;
  iteration: number;
  vu: number;
  getVariable(name: string): unknown;
  hasVariable(name: string): boolean;
  setVariable(name: string, value: unknown, options: { secret: boolean }): void;
  unsetVariable(name: string): void;
  /** The selected environment's values, read-only for scripts. */
  environment: Record<string, unknown>;
  getSecret(name: string): string | undefined;
  /** The virtual user's cookie jar, shared with the steps and `sendRequest`. */
  cookies: ScriptCookies;
  /** Present in pre scripts; the sandbox returns the changed copy in the outcome. */
  request?: ScriptRequest;
  /** Present in post scripts. */
  response?: ScriptResponse;
  /** Sends a request through the run's HTTP client; measured and recorded by the run. */
  sendRequest(request: ScriptSendRequest): Promise<ScriptResponse>;
  /** After All only: the run's summary so far, as plain data. */
  results?: unknown;
  /** After All only: writes or posts a report; rejects with a clear message on failure. */
  export?(options: ScriptExportOptions): Promise<{ path?: string; status?: number }>;
}

export interface ScriptError {
  name: string;
  message: string;
  /** Position mapped back to the flow file (or the script file). */
  loc?: SourceLocation;
  /** The offending source line, for diagnostics. */
  sourceLine?: string;
}

export interface ScriptOutcome {
  ok: boolean;
  error?: ScriptError;
  console: ConsoleEntry[];
  /** One record per `at.test`, plus failed `at.expect` calls outside a test. */
  tests: AssertionRecord[];
  /** True when the script called `at.skip()`. */
  skipped: boolean;
  /** The request after a pre script changed it. */
  request?: ScriptRequest;
  /** For `if`: the expression's value, converted to boolean. */
  value?: boolean;
  durationMs: number;
}

/** Runs scripts. One runner per run; `close` ends its worker. */
export interface ScriptRunner {
  run(script: Script, host: ScriptHost, limits: ScriptLimits): Promise<ScriptOutcome>;
  close(): Promise<void>;
}
