/**
 * curl's command-line options: which take a value, which are flags, and how each one changes
 * the request a command sends. Short options combine (`-sSL`) and take attached values (`-XPOST`).
 */
import type { Json } from './source.js';
import type { ImportNote } from './types.js';

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

/** The request one curl command sends, gathered from its options. */
export interface CurlRequest {
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

/** Reads a command's arguments; returns undefined (with a note) when it cannot be sent. */
export function parseCurl(
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
  const fromFile = (optionName: string): void => {
    skipped.push({
      item: `${label} ${name}`,
      reason: `${optionName} reads the file "${value.slice(1)}": put it next to the flow and use request.file`,
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
