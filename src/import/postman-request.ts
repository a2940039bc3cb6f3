/**
 * One Postman request as a flow `request`: URL with its enabled query parameters and path
 * variables, enabled headers, the body in each mode, auth and the protocol options.
 */
import { convertTemplates } from './names.js';
import { asArray, asObject, asText, type Json } from './source.js';
import type { ImportNote } from './types.js';

export interface RequestContext {
  secrets: ReadonlySet<string>;
  /** Flow variable names the requests read. */
  used: Set<string>;
  skipped: ImportNote[];
  warnings: ImportNote[];
  locateFile?: (src: string) => string | undefined;
  dynamicValues?: readonly string[];
}

const RAW_CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  javascript: 'application/javascript',
  xml: 'application/xml',
  html: 'text/html',
  text: 'text/plain',
  graphql: 'application/graphql',
};

/** Builds the flow request, or returns undefined (with a note) when the request cannot be sent. */
export function buildRequest(
  value: unknown,
  auth: Json | undefined,
  protocol: Json,
  label: string,
  context: RequestContext,
): Json | undefined {
  const dynamic = new Set<string>();
  const template = (text: string): string =>
    convertTemplates(text, context.secrets, context.used, dynamic);
  // A request given as a bare string is a GET of that URL.
  const request = typeof value === 'string' ? { url: value } : asObject(value);
  let url = request ? buildUrl(request.url, template) : undefined;
  if (!request || url === undefined || url === '') {
    context.skipped.push({ item: label, reason: 'the request has no URL' });
    return undefined;
  }

  // Postman sends a URL without a scheme over http, as its address bar does.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith('{{')) url = `http://${url}`;

  const broken = unconvertedTemplate(url);
  if (broken !== undefined) {
    context.skipped.push({
      item: label,
      reason: `the URL's template ${broken} is nested or unclosed, which the flow format cannot express`,
    });
    return undefined;
  }

  const built: Json = {};
  const method = (asText(request.method) ?? 'GET').toUpperCase();
  if (method !== 'GET') built.method = method;
  built.url = url;

  const headers = buildHeaders(request.header, template, label, context);
  if (Object.keys(headers).length > 0) built.headers = headers;

  const body = asObject(request.body);
  if (body && body.disabled !== true)
    Object.assign(built, buildBody(body, headers, template, label, context));

  const flowAuth = buildAuth(auth, template, label, context);
  if (flowAuth) built.auth = flowAuth;

  if (protocol.followRedirects === false) built.redirects = false;
  if (typeof protocol.maxRedirects === 'number' && protocol.followRedirects !== false) {
    built.redirects = { follow: true, max: protocol.maxRedirects };
  }
  if (protocol.strictSSL === false) built.tls = { insecure: true };
  const known = context.dynamicValues;
  for (const name of dynamic) {
    if (known === undefined || known.includes(name)) continue;
    context.warnings.push({
      item: `${label} {{${name}}}`,
      reason: `flow-runner does not generate the dynamic value ${name}, so the step fails at run time; set a variable instead`,
    });
  }
  return built;
}

// ---------------------------------------------------------------------------------------------
// URL and headers

function buildUrl(value: unknown, template: (text: string) => string): string | undefined {
  if (typeof value === 'string') return template(value.trim());
  const url = asObject(value);
  if (!url) return undefined;

  let raw = asText(url.raw);
  if (raw === undefined) raw = fromParts(url);
  // Some exports keep disabled parameters in the raw form too, so the query list decides.
  const queryList = Array.isArray(url.query) ? url.query : undefined;
  let text = raw.trim();
  if (queryList !== undefined) {
    const hash = text.indexOf('#');
    const withoutHash = hash < 0 ? text : text.slice(0, hash);
    const base = withoutHash.includes('?')
      ? withoutHash.slice(0, withoutHash.indexOf('?'))
      : withoutHash;
    const query = queryList
      .map(asObject)
      .filter((entry): entry is Json => entry !== undefined && entry.disabled !== true)
      .map((entry) => {
        const key = asText(entry.key) ?? '';
        const parameter =
          entry.value === null || entry.value === undefined
            ? key
            : `${key}=${asText(entry.value) ?? ''}`;
        return parameter;
      });
    text = query.length > 0 ? `${base}?${query.join('&')}` : base;
  }

  // Path variables (`/users/:id`) take their values from the URL's variable list.
  for (const variable of asArray(url.variable)) {
    const entry = asObject(variable);
    const key = asText(entry?.key);
    const replacement = asText(entry?.value);
    if (!key || replacement === undefined) continue;
    text = text.replace(new RegExp(`/:${escapeRegExp(key)}(?=[/?#]|$)`, 'g'), `/${replacement}`);
  }
  return template(text);
}

function fromParts(url: Json): string {
  const host = Array.isArray(url.host) ? url.host.join('.') : (asText(url.host) ?? '');
  const path = Array.isArray(url.path) ? url.path.join('/') : (asText(url.path) ?? '');
  const protocol = asText(url.protocol);
  const port = asText(url.port);
  return `${protocol ? `${protocol}://` : ''}${host}${port ? `:${port}` : ''}${path ? `/${path.replace(/^\//, '')}` : ''}`;
}

function buildHeaders(
  value: unknown,
  template: (text: string) => string,
  label: string,
  context: RequestContext,
): Record<string, string> {
  const headers: Record<string, string> = {};
  const list = typeof value === 'string' ? parseHeaderText(value) : asArray(value).map(asObject);
  for (const entry of list) {
    const name = asText(entry?.key)?.trim();
    if (!entry || !name || entry.disabled === true) continue;
    const headerValue = template(asText(entry.value) ?? '');
    const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
    if (existing !== undefined) {
      headers[existing] = `${headers[existing]}, ${headerValue}`;
      context.warnings.push({
        item: `${label} header "${name}"`,
        reason: 'set twice; the values are joined with ", "',
      });
      continue;
    }
    headers[template(name)] = headerValue;
  }
  return headers;
}

/** Reads v2.0's header string form: `Name: value` lines. */
function parseHeaderText(text: string): Json[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.includes(':'))
    .map((line) => ({
      key: line.slice(0, line.indexOf(':')).trim(),
      value: line.slice(line.indexOf(':') + 1).trim(),
    }));
}

// ---------------------------------------------------------------------------------------------
// Bodies

function buildBody(
  body: Json,
  headers: Record<string, string>,
  template: (text: string) => string,
  label: string,
  context: RequestContext,
): Json {
  const mode = asText(body.mode);
  switch (mode) {
    case undefined:
    case 'none':
      return {};
    case 'raw':
      return rawBody(body, headers, template);
    case 'urlencoded':
      return urlencodedBody(body, template);
    case 'formdata':
      return formDataBody(body, template, label, context);
    case 'graphql':
      return graphqlBody(body, template);
    case 'file': {
      const source = asText(asObject(body.file)?.src) ?? asText(body.file);
      const path = source === undefined ? undefined : context.locateFile?.(source);
      if (path !== undefined) {
        const contentType = Object.entries(headers).find(
          ([name]) => name.toLowerCase() === 'content-type',
        )?.[1];
        return { file: contentType === undefined ? path : { path, contentType } };
      }
      context.skipped.push({
        item: `${label} body`,
        reason: `file body${source ? ` "${source}"` : ''}: put the file next to the flow and name it under request.file`,
      });
      return {};
    }
    default:
      context.skipped.push({ item: `${label} body`, reason: `unknown body mode "${mode}"` });
      return {};
  }
}

function rawBody(
  body: Json,
  headers: Record<string, string>,
  template: (text: string) => string,
): Json {
  const raw = asText(body.raw) ?? '';
  if (raw === '') return {};
  const language = asText(asObject(asObject(body.options)?.raw)?.language);
  const headerType = Object.entries(headers).find(
    ([name]) => name.toLowerCase() === 'content-type',
  )?.[1];
  const isJson = language === 'json' || (headerType !== undefined && /\bjson\b/i.test(headerType));

  if (isJson) {
    // Parsed when it is JSON as written; with unquoted templates (`{"id": {{id}}}`) it is sent as text.
    try {
      return { json: convertValue(JSON.parse(raw), template) };
    } catch {
      // Not JSON as written: fall through to a text body.
    }
  }
  const contentType = headerType ?? RAW_CONTENT_TYPES[language ?? 'text'] ?? 'text/plain';
  return { body: { text: template(raw), contentType } };
}

function convertValue(value: unknown, template: (text: string) => string): unknown {
  if (typeof value === 'string') return template(value);
  if (Array.isArray(value)) return value.map((item) => convertValue(item, template));
  const object = asObject(value);
  if (!object) return value;
  return Object.fromEntries(
    Object.entries(object).map(([key, item]) => [template(key), convertValue(item, template)]),
  );
}

function enabledFields(list: unknown): Json[] {
  return asArray(list)
    .map(asObject)
    .filter(
      (entry): entry is Json =>
        entry !== undefined && entry.disabled !== true && asText(entry.key) !== undefined,
    );
}

function urlencodedBody(body: Json, template: (text: string) => string): Json {
  const fields = enabledFields(body.urlencoded).map(
    (entry) => [template(asText(entry.key) ?? ''), template(asText(entry.value) ?? '')] as const,
  );
  if (fields.length === 0) return {};
  const names = new Set(fields.map(([name]) => name));
  if (names.size === fields.length) return { form: Object.fromEntries(fields) };

  // `form` is a map, so a repeated field name is sent as an encoded text body instead.
  const text = fields
    .map(([name, value]) => `${encodeFormPart(name)}=${encodeFormPart(value)}`)
    .join('&');
  return { body: { text, contentType: 'application/x-www-form-urlencoded' } };
}

/** Encodes like URLSearchParams but leaves `{{ name }}` templates readable. */
function encodeFormPart(text: string): string {
  return text
    .split(/(\{\{[^}]*\}\})/)
    .map((part, index) => (index % 2 === 1 ? part : encodeURIComponent(part).replace(/%20/g, '+')))
    .join('');
}

function formDataBody(
  body: Json,
  template: (text: string) => string,
  label: string,
  context: RequestContext,
): Json {
  const multipart: Json = {};
  for (const entry of enabledFields(body.formdata)) {
    const name = template(asText(entry.key) ?? '');
    if (entry.type === 'file') {
      const source =
        asText(entry.src) ?? (Array.isArray(entry.src) ? entry.src.join(', ') : undefined);
      const path = typeof entry.src === 'string' ? context.locateFile?.(entry.src) : undefined;
      if (path !== undefined && multipart[name] === undefined) {
        const contentType = asText(entry.contentType);
        multipart[name] = contentType === undefined ? { file: path } : { file: path, contentType };
        continue;
      }
      context.skipped.push({
        item: `${label} form-data field "${name}"`,
        reason: `file upload${source ? ` "${source}"` : ''}: put the file next to the flow and add it under multipart as { file: path }`,
      });
      continue;
    }
    if (multipart[name] !== undefined) {
      context.warnings.push({
        item: `${label} form-data field "${name}"`,
        reason: 'repeated; only the first value is sent',
      });
      continue;
    }
    // Multipart text fields in the flow format are plain strings, without a content type.
    const contentType = asText(entry.contentType);
    if (contentType) {
      context.warnings.push({
        item: `${label} form-data field "${name}"`,
        reason: `its content type ${contentType} is not sent`,
      });
    }
    multipart[name] = template(asText(entry.value) ?? '');
  }
  return Object.keys(multipart).length > 0 ? { multipart } : {};
}

function graphqlBody(body: Json, template: (text: string) => string): Json {
  const graphql = asObject(body.graphql) ?? {};
  const query = template(asText(graphql.query) ?? '');
  const result: Json = { query };
  const variables = graphql.variables;
  if (typeof variables === 'string' && variables.trim() !== '') {
    try {
      result.variables = convertValue(JSON.parse(variables), template);
    } catch {
      result.variables = template(variables);
    }
  } else if (asObject(variables)) result.variables = convertValue(variables, template);
  return { graphql: result };
}

// ---------------------------------------------------------------------------------------------
// Auth

/** Reads an auth type's parameters in both forms: v2.1's `[{ key, value }]` and v2.0's object. */
function authParameters(auth: Json, type: string): Json {
  const value = auth[type];
  if (Array.isArray(value)) {
    const parameters: Json = {};
    for (const entry of value.map(asObject)) {
      const key = asText(entry?.key);
      if (entry && key !== undefined) parameters[key] = entry.value;
    }
    return parameters;
  }
  return asObject(value) ?? {};
}

function buildAuth(
  auth: Json | undefined,
  template: (text: string) => string,
  label: string,
  context: RequestContext,
): Json | undefined {
  const type = asText(auth?.type);
  if (!auth || !type || type === 'noauth') return undefined;
  const parameters = authParameters(auth, type);
  const text = (key: string): string => template(asText(parameters[key]) ?? '');

  switch (type) {
    case 'basic':
      return { basic: { username: text('username'), password: text('password') } };
    case 'bearer':
      return { bearer: text('token') };
    case 'apikey':
      return {
        apiKey: {
          name: text('key'),
          value: text('value'),
          in: parameters.in === 'query' ? 'query' : 'header',
        },
      };
    case 'oauth2': {
      if (asText(parameters.accessToken)) return { bearer: text('accessToken') };
      const grant = asText(parameters.grant_type) ?? 'authorization_code';
      if (grant === 'client_credentials') {
        const oauth2: Json = {
          tokenUrl: text('accessTokenUrl'),
          clientId: text('clientId'),
          clientSecret: text('clientSecret'),
        };
        if (asText(parameters.scope)) oauth2.scope = text('scope');
        return { oauth2 };
      }
      context.warnings.push({
        item: `${label} auth`,
        reason: `OAuth 2.0 grant "${grant}" needs a browser; only client credentials are imported, so the request is sent without auth`,
      });
      return undefined;
    }
    default:
      context.warnings.push({
        item: `${label} auth`,
        reason: `auth type "${type}" is not supported; the request is sent without it`,
      });
      return undefined;
  }
}

/** Returns the first `{{` left after conversion: the start of a nested or unclosed template. */
function unconvertedTemplate(text: string): string | undefined {
  const rest = text.replace(/\{\{ [^{}]+ \}\}/g, '');
  const at = rest.indexOf('{{');
  return at < 0 ? undefined : JSON.stringify(rest.slice(at, at + 30));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
