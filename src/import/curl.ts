/**
 * curl commands as pasted from documentation or DevTools: each command in the file becomes a
 * step that sends what curl would send. Options that only change curl's own output (`-s`, `-v`,
 * `-o`) are ignored; options with no flow equivalent are reported.
 */
import { BASE_URL_VARIABLE, chooseBaseUrl } from './base-url.js';
import { CREDENTIAL_HEADERS, Credentials } from './credentials.js';
import { uniqueName } from './names.js';
import { ShellSyntaxError, tokenizeShell, type ShellCommand } from './shell.js';
import { invalidSource, type Json } from './source.js';
import type { ImportNote, ImportResult, SourceFile } from './types.js';
import { InputError } from '../common/errors.js';

/** Options that take a value, by every name curl accepts for them. */
const VALUE_OPTIONS: Record<string, string> = {
  '-X': 'request',
  '--request': 'request',
  '-H': 'header',
  '--header': 'header',
  '-d': 'data',
  '--data': 'data',
  '--data-ascii': 'data',
  '--data-raw': 'data-raw',
  '--data-binary': 'data-binary',
  '--data-urlencode': 'data-urlencode',
  '--json': 'json',
  '-F': 'form',
  '--form': 'form',
  '--form-string': 'form-string',
  '-u': 'user',
  '--user': 'user',
  '-b': 'cookie',
  '--cookie': 'cookie',
  '-A': 'user-agent',
  '--user-agent': 'user-agent',
  '-e': 'referer',
  '--referer': 'referer',
  '--url': 'url',
  '-m': 'max-time',
  '--max-time': 'max-time',
  '--max-redirs': 'max-redirs',
  '--oauth2-bearer': 'oauth2-bearer',
  '-x': 'proxy',
  '--proxy': 'proxy',
  '--cacert': 'cacert',
  '-E': 'cert',
  '--cert': 'cert',
  '--key': 'key',
  '-T': 'upload-file',
  '--upload-file': 'upload-file',
  '-r': 'range',
  '--range': 'range',
  // Options whose value only concerns curl's own output or connection handling.
  '-o': 'ignored',
  '--output': 'ignored',
  '-w': 'ignored',
  '--write-out': 'ignored',
  '--connect-timeout': 'ignored',
  '--retry': 'ignored',
  '--retry-delay': 'ignored',
  '--retry-max-time': 'ignored',
  '-c': 'ignored',
  '--cookie-jar': 'ignored',
  '-D': 'ignored',
  '--dump-header': 'ignored',
  '--trace': 'ignored',
  '--trace-ascii': 'ignored',
  '--stderr': 'ignored',
  '--resolve': 'unsupported',
  '--connect-to': 'unsupported',
  '-U': 'unsupported',
  '--proxy-user': 'unsupported',
};

/** Flags without a value. */
const FLAGS: Record<string, string> = {
  '-G': 'get',
  '--get': 'get',
  '-I': 'head',
  '--head': 'head',
  '-k': 'insecure',
  '--insecure': 'insecure',
  '-L': 'location',
  '--location': 'location',
  '--location-trusted': 'location',
  '--compressed': 'compressed',
  '--digest': 'digest',
  '--ntlm': 'digest',
  '--negotiate': 'digest',
  '--basic': 'ignored',
  '-s': 'ignored',
  '--silent': 'ignored',
  '-S': 'ignored',
  '--show-error': 'ignored',
  '-v': 'ignored',
  '--verbose': 'ignored',
  '-i': 'ignored',
  '--include': 'ignored',
  '-f': 'ignored',
  '--fail': 'ignored',
  '--fail-with-body': 'ignored',
  '-g': 'ignored',
  '--globoff': 'ignored',
  '-N': 'ignored',
  '--no-buffer': 'ignored',
  '-#': 'ignored',
  '--progress-bar': 'ignored',
  '-O': 'ignored',
  '--remote-name': 'ignored',
  '-J': 'ignored',
  '--remote-header-name': 'ignored',
  '-q': 'ignored',
  '--http1.0': 'ignored',
  '--http1.1': 'ignored',
  '--http2': 'ignored',
  '--http2-prior-knowledge': 'ignored',
  '--http3': 'ignored',
  '-4': 'ignored',
  '-6': 'ignored',
  '--ipv4': 'ignored',
  '--ipv6': 'ignored',
};

interface CurlRequest {
  method?: string;
  urls: string[];
  headers: [string, string][];
  data: string[];
  json: string[];
  form: [string, string][];
  get: boolean;
  head: boolean;
  insecure: boolean;
  location: boolean;
  maxRedirects?: number;
  timeout?: string;
  user?: string;
  bearer?: string;
  proxy?: string;
  tls: Json;
}

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
// Options

function parseCurl(
  args: string[],
  label: string,
  skipped: ImportNote[],
  warnings: ImportNote[],
): CurlRequest | undefined {
  const request: CurlRequest = {
    urls: [],
    headers: [],
    data: [],
    json: [],
    form: [],
    get: false,
    head: false,
    insecure: false,
    location: false,
    tls: {},
  };

  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      request.urls.push(arg);
      continue;
    }

    const take = (): string | undefined => {
      i++;
      return args[i];
    };
    if (arg.startsWith('--')) {
      const option = VALUE_OPTIONS[arg];
      if (option !== undefined) {
        const value = take();
        if (value === undefined) {
          skipped.push({ item: label, reason: `option ${arg} needs a value` });
          return undefined;
        }
        apply(request, option, value, arg, label, skipped, warnings);
      } else if (FLAGS[arg] !== undefined) setFlag(request, FLAGS[arg] ?? '', arg, label, warnings);
      else warnings.push({ item: label, reason: `option ${arg} is not supported and was ignored` });
      continue;
    }

    // Short options may be combined (`-sSL`) and a value may follow without a space (`-XPOST`).
    for (let j = 1; j < arg.length; j++) {
      const short = `-${arg[j] ?? ''}`;
      const option = VALUE_OPTIONS[short];
      if (option !== undefined) {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : take();
        if (value === undefined) {
          skipped.push({ item: label, reason: `option ${short} needs a value` });
          return undefined;
        }
        apply(request, option, value, short, label, skipped, warnings);
        break;
      }
      if (FLAGS[short] !== undefined) setFlag(request, FLAGS[short] ?? '', short, label, warnings);
      else
        warnings.push({ item: label, reason: `option ${short} is not supported and was ignored` });
    }
  }

  if (request.urls.length === 0) {
    skipped.push({ item: label, reason: 'the curl command has no URL' });
    return undefined;
  }
  if (request.urls.length > 1) {
    warnings.push({
      item: label,
      reason: `only the first of ${request.urls.length} URLs is imported`,
    });
  }
  return request;
}

function setFlag(
  request: CurlRequest,
  flag: string,
  name: string,
  label: string,
  warnings: ImportNote[],
): void {
  switch (flag) {
    case 'get':
      request.get = true;
      break;
    case 'head':
      request.head = true;
      break;
    case 'insecure':
      request.insecure = true;
      break;
    case 'location':
      request.location = true;
      break;
    case 'digest':
      warnings.push({
        item: label,
        reason: `${name} authentication is not supported; -u is sent as basic auth`,
      });
      break;
    // --compressed: the flow's HTTP client asks for and decodes compressed responses by itself.
    default:
      break;
  }
}

function apply(
  request: CurlRequest,
  option: string,
  value: string,
  name: string,
  label: string,
  skipped: ImportNote[],
  warnings: ImportNote[],
): void {
  const fromFile = (what: string): void => {
    skipped.push({
      item: `${label} ${name}`,
      reason: `${what} reads the file "${value.slice(1)}": put it next to the flow and use request.file`,
    });
  };
  switch (option) {
    case 'request':
      request.method = value.toUpperCase();
      return;
    case 'header':
      addHeader(request, value);
      return;
    case 'data':
    case 'data-binary':
      if (value.startsWith('@')) return fromFile(name);
      // -d drops carriage returns and newlines only when it reads a file; literal text is sent as is.
      request.data.push(value);
      return;
    case 'data-raw':
      request.data.push(value);
      return;
    case 'data-urlencode': {
      const encoded = encodeDataUrlencode(value);
      if (encoded === undefined) return fromFile(name);
      request.data.push(encoded);
      return;
    }
    case 'json':
      if (value.startsWith('@')) return fromFile(name);
      request.json.push(value);
      return;
    case 'form': {
      const eq = value.indexOf('=');
      const field = value.slice(0, eq);
      const content = value.slice(eq + 1);
      if (eq < 0) {
        skipped.push({ item: `${label} ${name}`, reason: `"${value}" is not name=content` });
        return;
      }
      if (content.startsWith('@') || content.startsWith('<')) {
        skipped.push({
          item: `${label} ${name} ${field}`,
          reason: `file upload "${content.slice(1).split(';')[0] ?? ''}": put the file next to the flow and add it under multipart as { file: path }`,
        });
        return;
      }
      const typeAt = content.search(/;type=/);
      request.form.push([field, typeAt < 0 ? content : content.slice(0, typeAt)]);
      return;
    }
    case 'form-string': {
      const eq = value.indexOf('=');
      request.form.push([value.slice(0, Math.max(eq, 0)), value.slice(eq + 1)]);
      return;
    }
    case 'user':
      request.user = value;
      return;
    case 'cookie':
      if (!value.includes('=')) {
        skipped.push({
          item: `${label} ${name}`,
          reason: `reads cookies from the file "${value}"; flows keep cookies in their own jar`,
        });
        return;
      }
      request.headers.push(['Cookie', value]);
      return;
    case 'user-agent':
      request.headers.push(['User-Agent', value]);
      return;
    case 'referer':
      request.headers.push(['Referer', value.replace(/;auto$/, '')]);
      return;
    case 'url':
      request.urls.push(value);
      return;
    case 'max-time':
      request.timeout = `${Number(value) * 1000}ms`;
      return;
    case 'max-redirs':
      request.maxRedirects = Number(value);
      return;
    case 'oauth2-bearer':
      request.bearer = value;
      return;
    case 'proxy':
      request.proxy = /^[a-z]+:\/\//i.test(value) ? value : `http://${value}`;
      return;
    case 'cacert':
      request.tls.ca = value;
      warnings.push({
        item: `${label} ${name}`,
        reason: `the path "${value}" is relative to the flow file; check that it still points at the file`,
      });
      return;
    case 'cert':
      request.tls.cert = value.split(':')[0] ?? value;
      warnings.push({
        item: `${label} ${name}`,
        reason: `the path "${value}" is relative to the flow file; check that it still points at the file`,
      });
      return;
    case 'key':
      request.tls.key = value;
      return;
    case 'upload-file':
      fromFile(name);
      return;
    case 'range':
      request.headers.push(['Range', `bytes=${value}`]);
      return;
    case 'unsupported':
      warnings.push({ item: label, reason: `option ${name} is not supported and was ignored` });
      return;
    default:
      return;
  }
}

/** Adds a header; `Name;` sends an empty header and `Name:` (no value) removes one, as in curl. */
function addHeader(request: CurlRequest, value: string): void {
  const colon = value.indexOf(':');
  if (colon < 0) {
    if (value.endsWith(';')) request.headers.push([value.slice(0, -1).trim(), '']);
    return;
  }
  const name = value.slice(0, colon).trim();
  const headerValue = value.slice(colon + 1).trim();
  if (headerValue === '') {
    request.headers = request.headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase());
    return;
  }
  request.headers.push([name, headerValue]);
}

/** Encodes one --data-urlencode value the way curl does; undefined for the forms that read a file. */
function encodeDataUrlencode(value: string): string | undefined {
  const eq = value.indexOf('=');
  const at = value.indexOf('@');
  if (at >= 0 && (eq < 0 || at < eq)) return undefined;
  if (eq < 0) return encodeForm(value);
  const name = value.slice(0, eq);
  const content = encodeForm(value.slice(eq + 1));
  return name === '' ? content : `${name}=${content}`;
}

/**
 * Percent-encodes as curl's --data-urlencode does: unreserved characters stay, other bytes become
 * lower-case `%xx`, and a space becomes `+` (compared with curl 7.88 in test/import/curl.test.ts).
 */
function encodeForm(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16)}`)
    .replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())
    .replace(/%20/g, '+');
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
