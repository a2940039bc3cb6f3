/**
 * HAR 1.2 files from browsers and proxies: each entry becomes a step, in recorded order, with
 * the recorded status as its assertion. Headers a client computes itself (HTTP/2 pseudo-headers,
 * Host, Content-Length, connection handling, the browser's `sec-*` hints) are dropped.
 */
import { gunzipSync, inflateSync } from 'node:zlib';

import { BASE_URL_VARIABLE, chooseBaseUrl } from './base-url.js';
import { CREDENTIAL_HEADERS, Credentials } from './credentials.js';
import { uniqueName } from './names.js';
import { asArray, asObject, asText, invalidSource, parseJsonFile, type Json } from './source.js';
import type { ImportNote, ImportResult, SourceFile } from './types.js';

/** Headers the HTTP client sets itself, or only a browser sends. Pseudo-headers (`:path`) too. */
const DROPPED_HEADERS = new Set([
  'host',
  'content-length',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'proxy-connection',
  'accept-encoding',
  'upgrade-insecure-requests',
  'priority',
  'dnt',
  'purpose',
]);

/** An HTTP token: the characters a header name may contain. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function isDroppedHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith(':') || lower.startsWith('sec-') || DROPPED_HEADERS.has(lower);
}

/** Imports a HAR file as one flow. */
export function importHar(source: SourceFile): ImportResult {
  const entries = readEntries(source);
  const skipped: ImportNote[] = [];
  const warnings: ImportNote[] = [];

  const urls = entries.map((entry) => asText(asObject(entry.request)?.url) ?? '');
  const baseUrl = chooseBaseUrl(urls);
  const names = new Set<string>();
  const steps: Json[] = [];
  let cookiesDropped = 0;
  const credentials = new Credentials();

  entries.forEach((entry, index) => {
    const label = `entry ${index + 1}`;
    const request = asObject(entry.request);
    const url = asText(request?.url) ?? '';
    if (!request || !/^https?:\/\//i.test(url)) {
      skipped.push({
        item: label,
        reason: url === '' ? 'no request URL' : `not an HTTP URL: ${url.slice(0, 80)}`,
      });
      return;
    }
    const response = asObject(entry.response);
    const status = typeof response?.status === 'number' ? response.status : 0;
    if (status === 0) {
      warnings.push({
        item: `${label} (${url.slice(0, 80)})`,
        reason:
          'no response status was recorded (blocked, cancelled or written by hand), so the step asserts no status',
      });
    }

    // Recorded text is data, but the flow format reads every "{{" as a template and has no escape.
    if (JSON.stringify(request).includes('{{')) {
      skipped.push({
        item: `${label} (${url.slice(0, 80)})`,
        reason: 'it contains "{{", which flows read as the start of a template',
      });
      return;
    }

    const method = (asText(request.method) ?? 'GET').toUpperCase();
    const built: Json = {};
    if (method !== 'GET') built.method = method;
    built.url = baseUrl.apply(url);

    const headers: Record<string, string> = {};
    for (const header of asArray(request.headers).map(asObject)) {
      const name = asText(header?.name);
      if (!header || !name || isDroppedHeader(name)) continue;
      if (!HEADER_NAME.test(name)) {
        warnings.push({
          item: `${label} header "${name}"`,
          reason: 'left out: not a valid HTTP header name',
        });
        continue;
      }
      if (name.toLowerCase() === 'cookie') {
        cookiesDropped++;
        continue;
      }
      let value = asText(header.value) ?? '';
      if (CREDENTIAL_HEADERS.has(name.toLowerCase()))
        value = `{{ secrets.${credentials.secretFor(name, value)} }}`;
      const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
      if (existing !== undefined) headers[existing] = `${headers[existing]}, ${value}`;
      else headers[name] = value;
    }
    if (Object.keys(headers).length > 0) built.headers = headers;

    const body = requestBody(asObject(request.postData), headers, `${label} body`, warnings);
    Object.assign(built, body);
    checkResponseBody(asObject(response?.content), label, warnings);

    const path = pathOf(url);
    // The browser records each redirect hop as its own entry, so a step must not follow one.
    if (status >= 300 && status < 400) built.redirects = false;
    const step: Json = { name: uniqueName(`${method} ${path}`, names), request: built };
    if (status > 0) step.assert = { status };
    steps.push(step);
  });

  if (cookiesDropped > 0) {
    warnings.push({
      item: `Cookie header of ${cookiesDropped} ${cookiesDropped === 1 ? 'entry' : 'entries'}`,
      reason:
        'left out: recorded cookies are session credentials; the flow keeps the cookies its own responses set',
    });
  }

  const group: Json = { name: groupName(source.path) };
  if (baseUrl.origin !== undefined)
    group.environments = { recorded: { [BASE_URL_VARIABLE]: baseUrl.origin } };
  if (credentials.names.length > 0) {
    group.secrets = credentials.names;
    warnings.push({
      item: `credential headers (${credentials.headers.join(', ')})`,
      reason: `the recorded values are not written; each distinct value is the declared secret ${credentials.names.join(', ')}`,
    });
  }
  return {
    group,
    flows: [{ file: 'recording.flow.yaml', value: { name: groupName(source.path), steps } }],
    skipped,
    warnings,
    requiredVariables: [],
  };
}

function readEntries(source: SourceFile): Json[] {
  const value = asObject(parseJsonFile(source, 'HAR file'));
  const log = asObject(value?.log);
  if (!value || !log) {
    invalidSource(
      source.path,
      'Invalid HAR',
      'not a HAR file: the top-level "log" object is missing',
      'export the recording again as HAR (DevTools → Network → Export HAR)',
    );
  }
  if (!Array.isArray(log.entries)) {
    invalidSource(
      source.path,
      'Invalid HAR',
      'not a HAR file: "log.entries" is missing or not a list',
      'export the recording again as HAR',
    );
  }
  const entries = log.entries.map(asObject);
  const bad = entries.findIndex(
    (entry) => entry === undefined || asObject(entry.request) === undefined,
  );
  if (bad >= 0) {
    invalidSource(
      source.path,
      'Invalid HAR',
      `entry ${bad + 1} has no "request" object`,
      'export the recording again as HAR',
    );
  }
  return entries as Json[];
}

function requestBody(
  postData: Json | undefined,
  headers: Record<string, string>,
  label: string,
  warnings: ImportNote[],
): Json {
  if (!postData) return {};
  const mimeType = asText(postData.mimeType) ?? '';
  let text = asText(postData.text);
  if (text !== undefined && postData.encoding === 'base64')
    text = Buffer.from(text, 'base64').toString('utf8');

  const params = asArray(postData.params)
    .map(asObject)
    .filter((param): param is Json => param !== undefined);
  if ((text === undefined || text === '') && params.length > 0) {
    if (/multipart\/form-data/i.test(mimeType)) {
      const multipart: Json = {};
      for (const param of params) {
        const name = asText(param.name) ?? '';
        if (asText(param.fileName) !== undefined) {
          warnings.push({
            item: `${label} field "${name}"`,
            reason: `file "${String(param.fileName)}" was not recorded; the field is left out`,
          });
          continue;
        }
        multipart[name] = asText(param.value) ?? '';
      }
      dropHeader(headers, 'content-type');
      return { multipart };
    }
    text = params
      .map(
        (param) =>
          `${encodeURIComponent(asText(param.name) ?? '')}=${encodeURIComponent(asText(param.value) ?? '')}`,
      )
      .join('&');
  }
  if (text === undefined || text === '') return {};

  // A recorded multipart text contains its own boundary, which the recorded content type names.
  const contentType = headerValue(headers, 'content-type') ?? mimeType;
  return { body: contentType === '' ? text : { text, contentType } };
}

/** Decodes a recorded response body (base64, then the content encoding) and notes failures. */
function checkResponseBody(content: Json | undefined, label: string, warnings: ImportNote[]): void {
  const text = asText(content?.text);
  if (!content || text === undefined || content.encoding !== 'base64') return;
  const bytes = Buffer.from(text, 'base64');
  try {
    decodeContent(bytes);
  } catch (error) {
    warnings.push({
      item: `${label} response body`,
      reason: `recorded body could not be decoded (${(error as Error).message}); only the status is asserted`,
    });
  }
}

/** Decompresses gzip or zlib bytes, recognized by their magic numbers. Other bytes are returned unchanged. */
export function decodeContent(bytes: Buffer): Buffer {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes);
  if (bytes[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(bytes[1] ?? 0))
    return inflateSync(bytes);
  return bytes;
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
}

function dropHeader(headers: Record<string, string>, name: string): void {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) delete headers[key];
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname.length > 60 ? `${parsed.pathname.slice(0, 57)}...` : parsed.pathname;
  } catch {
    return url.slice(0, 60);
  }
}

function groupName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.har$/i, '') || 'HAR recording';
}
