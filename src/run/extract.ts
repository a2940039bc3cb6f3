/**
 * Extractions: values taken from a response and stored as variables of the iteration.
 */
import { JSONPath } from 'jsonpath-plus';
import type { ExtractionSource } from '../flow/model.js';
import { excerpt, type ResponseView } from './response.js';

export type ExtractionOutcome = { ok: true; value: unknown } | { ok: false; message: string };

/** Takes one value from a response; a value that is not there is a failure with a reason. */
export function extractValue(source: ExtractionSource, response: ResponseView): ExtractionOutcome {
  switch (source.kind) {
    case 'json':
      return extractJson(source.path, response);
    case 'header': {
      const value = response.header(source.name);
      return value === undefined
        ? missing(`header "${source.name}" is not in the response`)
        : found(value);
    }
    case 'regex':
      return extractRegex(source.pattern, source.flags, source.group, response);
    case 'status':
      return found(response.status);
    case 'cookie': {
      const value = readCookie(source.name, response);
      return value === undefined ? missing(`cookie "${source.name}" was not set`) : found(value);
    }
    case 'body':
      return found(response.text());
    case 'duration':
      return found(response.durationMs);
  }
}

/**
 * Evaluates a JSONPath: a dotted member path directly, any other with jsonpath-plus in its
 * safe evaluator, which runs filter expressions without `eval`. Returns every match; none is
 * an empty array.
 */
export function queryJsonPath(json: unknown, path: string): unknown[] {
  const keys = dottedKeys(path);
  if (keys) return lookupKeys(json, keys);

  const result = JSONPath({
    path: escapeQuotedKeys(path),
    json: json as object,
    eval: 'safe',
    wrap: true,
  }) as unknown;
  return Array.isArray(result) ? result : [];
}

/** A path of plain member names, like `$.user.id`; most paths in flows look like this. */
const DOTTED_PATH = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/;
const dottedPaths = new Map<string, string[] | undefined>();
const MAX_CACHED_PATHS = 1000;

/** Splits a dotted path into its member names, or returns undefined for any other path. */
function dottedKeys(path: string): string[] | undefined {
  if (dottedPaths.has(path)) return dottedPaths.get(path);
  const keys = DOTTED_PATH.test(path) ? path.slice(2).split('.') : undefined;
  if (dottedPaths.size < MAX_CACHED_PATHS) dottedPaths.set(path, keys);
  return keys;
}

/**
 * Follows member names the way jsonpath-plus 10 does for a dotted path: own properties only,
 * so `$.name.length` of a string is its length, and a missing member matches nothing.
 */
function lookupKeys(json: unknown, keys: string[]): unknown[] {
  let current = json;
  for (const key of keys) {
    if (current === null || current === undefined) return [];
    if (!Object.prototype.hasOwnProperty.call(current, key)) return [];
    current = (current as Record<string, unknown>)[key];
  }
  return [current];
}

/**
 * jsonpath-plus reads a leading `@`, `$`, `*` or `~` inside `['...']` as an operator; a
 * backtick makes it literal, so `$['@id']` reaches the key "@id".
 * NOTE: keys that contain `[` or `]` stay unreachable, because jsonpath-plus splits on them.
 */
function escapeQuotedKeys(path: string): string {
  return path.replace(/\[(['"])([@$*~])/g, '[$1`$2');
}

function extractJson(path: string, response: ResponseView): ExtractionOutcome {
  let json: unknown;
  try {
    json = response.json();
  } catch (error) {
    return missing(`${(error as Error).message}; cannot evaluate ${path}`, response);
  }

  let matches: unknown[];
  try {
    matches = queryJsonPath(json, path);
  } catch (error) {
    return missing(`invalid JSONPath ${path}: ${(error as Error).message}`);
  }
  if (matches.length === 0) return missing(`JSONPath ${path} matched nothing`, response);
  return found(matches.length === 1 ? matches[0] : matches);
}

function extractRegex(
  pattern: string,
  flags: string | undefined,
  group: number,
  response: ResponseView,
): ExtractionOutcome {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, flags);
  } catch (error) {
    return missing(`invalid regular expression /${pattern}/: ${(error as Error).message}`);
  }

  const match = regex.exec(response.text());
  if (!match) return missing(`regex /${pattern}/ did not match the body`, response);
  // Group 0 is what the user gets when the pattern has no capture group at all.
  const index = match.length > 1 ? group : 0;
  const value = match[index];
  if (value === undefined)
    return missing(`regex /${pattern}/ has no capture group ${group}`, response);
  return found(value);
}

/**
 * Reads a cookie as the jar stored it after this response, so a cookie that the response
 * deleted or that the jar refused is not set. Without a jar, reads the response's Set-Cookie.
 */
function readCookie(name: string, response: ResponseView): string | undefined {
  if (response.cookieJar) return response.cookieJar.cookieValue(name, response.url);

  for (const header of response.headerValues('set-cookie')) {
    const pair = header.split(';', 1)[0] ?? '';
    const equals = pair.indexOf('=');
    if (equals > 0 && pair.slice(0, equals).trim() === name) return pair.slice(equals + 1).trim();
  }
  return undefined;
}

function found(value: unknown): ExtractionOutcome {
  return { ok: true, value };
}

function missing(reason: string, response?: ResponseView): ExtractionOutcome {
  const body = response
    ? `; response (status ${response.status}): ${JSON.stringify(excerpt(response))}`
    : '';
  return { ok: false, message: reason + body };
}
