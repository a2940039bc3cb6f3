/**
 * curl commands as pasted from documentation or DevTools: each command in the file becomes a
 * step that sends what curl would send. Options that only change curl's own output (`-s`, `-v`,
 * `-o`) are ignored; options with no flow equivalent are reported.
 */
import { BASE_URL_VARIABLE, chooseBaseUrl } from './base-url.js';
import { CREDENTIAL_HEADERS, Credentials } from './credentials.js';
import { uniqueName } from './names.js';
import { parseCurl, type CurlRequest } from './curl-options.js';
import { ShellSyntaxError, tokenizeShell, type ShellCommand } from './shell.js';
import { invalidSource, type Json } from './source.js';
import type { ImportNote, ImportResult, SourceFile } from './types.js';
import { InputError } from '../common/errors.js';

/** Imports a file of one or more curl commands as one flow. */
export function importCurl(source: SourceFile): ImportResult {
  const skipped: ImportNote[] = [];
  const warnings: ImportNote[] = [];
  const commands = tokenize(source);

  const requests: { request: CurlRequest; line: number }[] = [];
  for (const command of commands) {
    const words = command.words[0] === '$' ? command.words.slice(1) : command.words;
    const program = (words[0] ?? '').split(/[\\/]/).pop() ?? '';
    if (program !== 'curl' && program !== 'curl.exe') {
      skipped.push({
        item: `line ${command.line}`,
        reason: `"${words[0] ?? ''}" is not a curl command`,
      });
      continue;
    }
    const request = parseCurl(words.slice(1), `line ${command.line}`, skipped, warnings);
    if (request) requests.push({ request, line: command.line });
  }
  if (requests.length === 0) {
    invalidSource(
      source.path,
      'No curl command',
      'no curl command found',
      'paste commands that start with "curl", one per line (use \\ to continue a line)',
    );
  }

  const baseUrl = chooseBaseUrl(requests.map(({ request }) => normalizeUrl(request.urls[0] ?? '')));
  const names = new Set<string>();
  const credentials = new Credentials();
  const steps = requests.map(({ request, line }) =>
    buildStep(request, {
      rewrite: baseUrl.apply,
      names,
      credentials,
      label: `line ${line}`,
      warnings,
    }),
  );

  const name =
    (source.path.split(/[\\/]/).pop() ?? 'curl').replace(/\.(sh|txt|curl)$/i, '') || 'curl';
  const group: Json = { name };
  if (baseUrl.origin !== undefined)
    group.environments = { default: { [BASE_URL_VARIABLE]: baseUrl.origin } };
  if (credentials.names.length > 0) {
    group.secrets = credentials.names;
    warnings.push({
      item: `credentials (${credentials.headers.join(', ')})`,
      reason: `the pasted values are not written; each distinct value is the declared secret ${credentials.names.join(', ')}`,
    });
  }
  return {
    group,
    flows: [{ file: 'commands.flow.yaml', value: { name, steps } }],
    skipped,
    warnings,
    requiredVariables: [],
  };
}

function tokenize(source: SourceFile): ShellCommand[] {
  try {
    return tokenizeShell(source.text);
  } catch (error) {
    if (!(error instanceof ShellSyntaxError)) throw error;
    throw new InputError(`${source.path}: ${error.message}`, [
      {
        category: 'Shell syntax',
        message: `${error.message} in the curl command`,
        severity: 'error',
        loc: { file: source.path, line: error.line, column: error.column },
        hint: 'close the quote, or copy the command again',
      },
    ]);
  }
}

// ---------------------------------------------------------------------------------------------
// The step

function normalizeUrl(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`;
}

interface StepContext {
  rewrite: (url: string) => string;
  names: Set<string>;
  credentials: Credentials;
  label: string;
  warnings: ImportNote[];
}

function buildStep(request: CurlRequest, context: StepContext): Json {
  const { rewrite, names, credentials, label, warnings } = context;
  const secret = (what: string, value: string): string =>
    `{{ secrets.${credentials.secretFor(what, value)} }}`;

  let url = normalizeUrl(request.urls[0] ?? '');
  const body: Json = {};
  const headers: Record<string, string> = {};
  for (const [name, rawValue] of request.headers) {
    const lower = name.toLowerCase();
    const value =
      CREDENTIAL_HEADERS.has(lower) || lower === 'cookie' ? secret(name, rawValue) : rawValue;
    const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
    if (existing !== undefined) headers[existing] = `${headers[existing]}, ${value}`;
    else headers[name] = value;
  }
  const hasHeader = (name: string): boolean =>
    Object.keys(headers).some((key) => key.toLowerCase() === name);

  let method = request.head ? 'HEAD' : 'GET';
  const data = request.data.join('&');
  if (request.get && request.data.length > 0) {
    url += `${url.includes('?') ? '&' : '?'}${data}`;
  } else if (request.json.length > 0) {
    method = 'POST';
    if (!hasHeader('content-type')) headers['Content-Type'] = 'application/json';
    if (!hasHeader('accept')) headers['Accept'] = 'application/json';
    body.body = request.json.join('');
  } else if (request.data.length > 0) {
    method = 'POST';
    const contentType = Object.entries(headers).find(
      ([key]) => key.toLowerCase() === 'content-type',
    )?.[1];
    body.body = { text: data, contentType: contentType ?? 'application/x-www-form-urlencoded' };
  } else if (request.form.length > 0) {
    method = 'POST';
    const multipart: Record<string, string> = {};
    for (const [name, value] of request.form) {
      if (multipart[name] !== undefined) {
        warnings.push({
          item: `${label} -F ${name}`,
          reason: 'repeated; only the first value is sent',
        });
        continue;
      }
      multipart[name] = value;
    }
    // The multipart boundary is generated per request, so a pasted Content-Type cannot be kept.
    for (const key of Object.keys(headers))
      if (key.toLowerCase() === 'content-type') delete headers[key];
    body.multipart = multipart;
  }
  if (request.method !== undefined) method = request.method;

  const step: Json = { name: uniqueName(`${method} ${pathOf(url)}`, names) };
  const requestValue: Json = method === 'GET' ? {} : { method };
  requestValue.url = rewrite(url);
  if (Object.keys(headers).length > 0) requestValue.headers = headers;
  Object.assign(requestValue, body);

  if (request.user !== undefined) {
    const colon = request.user.indexOf(':');
    requestValue.auth = {
      basic:
        colon < 0
          ? { username: request.user, password: '' }
          : {
              username: request.user.slice(0, colon),
              password: secret('password', request.user.slice(colon + 1)),
            },
    };
  } else if (request.bearer !== undefined)
    requestValue.auth = { bearer: secret('bearer token', request.bearer) };

  // curl follows redirects only with -L; flows follow them by default.
  if (!request.location) requestValue.redirects = false;
  else if (request.maxRedirects !== undefined)
    requestValue.redirects = { follow: true, max: request.maxRedirects };
  if (request.timeout !== undefined) requestValue.timeout = request.timeout;
  if (request.proxy !== undefined) requestValue.proxy = request.proxy;
  const tls: Json = { ...request.tls };
  if (request.insecure) tls.insecure = true;
  if (Object.keys(tls).length > 0) requestValue.tls = tls;

  step.request = requestValue;
  return step;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
