/**
 * OpenAPI 3.0 and 3.1 descriptions (JSON or YAML): one flow per tag with a step per operation,
 * servers as environments, security schemes as auth with declared secrets, and the documented
 * success status and response schema as assertions.
 */
import { parseDocument } from 'yaml';

import { InputError } from '../common/errors.js';
import { BASE_URL_VARIABLE } from './base-url.js';
import { flowFileName, uniqueName, variableName } from './names.js';
import { deref, sampleValue, toJsonSchema } from './openapi-schema.js';
import { asArray, asObject, asText, invalidSource, parseJsonFile, type Json } from './source.js';
import type { FlowDocument, ImportNote, ImportResult, SourceFile } from './types.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Operation {
  method: string;
  path: string;
  operation: Json;
  parameters: Json[];
}

interface Context {
  document: Json;
  secrets: Set<string>;
  skipped: ImportNote[];
  warnings: ImportNote[];
}

/** Imports an OpenAPI 3.x description. */
export function importOpenApi(source: SourceFile): ImportResult {
  const document = readDocument(source);
  const info = asObject(document.info) ?? {};
  const title = asText(info.title)?.trim() || 'API';
  const context: Context = { document, secrets: new Set(), skipped: [], warnings: [] };

  const byTag = new Map<string, Operation[]>();
  for (const tag of asArray(document.tags)) {
    const name = asText(asObject(tag)?.name);
    if (name !== undefined) byTag.set(name, []);
  }
  for (const [path, value] of Object.entries(asObject(document.paths) ?? {})) {
    const item = asObject(deref(document, value)) ?? {};
    const shared = asArray(item.parameters);
    for (const method of METHODS) {
      const operation = asObject(item[method]);
      if (!operation) continue;
      const tag = asText(asArray(operation.tags)[0]) ?? 'default';
      const parameters = mergeParameters(document, shared, asArray(operation.parameters));
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, operation, parameters }]);
    }
  }

  const files = new Set<string>();
  const flows: FlowDocument[] = [];
  for (const [tag, operations] of byTag) {
    if (operations.length === 0) continue;
    flows.push(buildFlow(tag, operations, context, files));
  }
  if (flows.length === 0) {
    invalidSource(
      source.path,
      'No operations',
      'the description has no operations under "paths"',
      'check that the file is the full OpenAPI description',
    );
  }

  const group: Json = { name: title, environments: buildEnvironments(document, context) };
  if (context.secrets.size > 0) group.secrets = [...context.secrets].sort();
  return {
    group,
    flows,
    skipped: context.skipped,
    warnings: context.warnings,
    requiredVariables: [],
  };
}

function readDocument(source: SourceFile): Json {
  const text = source.text.replace(/^\uFEFF/, '');
  let value: unknown;
  if (text.trimStart().startsWith('{')) value = parseJsonFile(source, 'OpenAPI description');
  else {
    const parsed = parseDocument(text, { uniqueKeys: false });
    const error = parsed.errors[0];
    if (error) {
      const position = error.linePos?.[0];
      throw new InputError(`${source.path}: invalid YAML: ${error.message}`, [
        {
          category: 'Invalid YAML',
          message: `the OpenAPI description is not valid YAML: ${error.message.split('\n')[0] ?? ''}`,
          severity: 'error',
          loc: { file: source.path, line: position?.line ?? 1, column: position?.col ?? 1 },
          hint: 'fix the YAML syntax at this position',
        },
      ]);
    }
    value = parsed.toJS({ maxAliasCount: 1000 });
  }

  const document = asObject(value);
  if (document && asText(document.swagger) !== undefined) {
    invalidSource(
      source.path,
      'Unsupported version',
      `Swagger ${String(document.swagger)} is not supported`,
      'convert the description to OpenAPI 3 first (for example with swagger2openapi)',
    );
  }
  const version = asText(document?.openapi);
  if (!document || version === undefined) {
    invalidSource(
      source.path,
      'Invalid OpenAPI',
      'not an OpenAPI description: the "openapi" version field is missing',
      'pass an OpenAPI 3.0 or 3.1 file',
    );
  }
  if (!/^3\.[01]\./.test(version)) {
    invalidSource(
      source.path,
      'Unsupported version',
      `OpenAPI ${version} is not supported`,
      'pass an OpenAPI 3.0 or 3.1 file',
    );
  }
  return document;
}

function mergeParameters(document: Json, shared: unknown[], own: unknown[]): Json[] {
  const merged = new Map<string, Json>();
  for (const value of [...shared, ...own]) {
    const parameter = asObject(deref(document, value));
    const name = asText(parameter?.name);
    if (!parameter || name === undefined) continue;
    merged.set(`${String(parameter.in)}:${name}`, parameter);
  }
  return [...merged.values()];
}

// ---------------------------------------------------------------------------------------------
// Environments

function buildEnvironments(document: Json, context: Context): Json {
  const environments: Json = {};
  asArray(document.servers).forEach((value, index) => {
    const server = asObject(value);
    let url = asText(server?.url);
    if (!server || url === undefined) return;
    for (const [name, variable] of Object.entries(asObject(server.variables) ?? {})) {
      url = url.split(`{${name}}`).join(asText(asObject(variable)?.default) ?? '');
    }
    if (!/^https?:\/\//i.test(url)) {
      context.warnings.push({
        item: `server "${url}"`,
        reason:
          'a relative server URL; it is written against http://localhost, so set the real host with --var baseUrl=...',
      });
      url = `http://localhost${url.startsWith('/') ? '' : '/'}${url}`;
    }
    const described = asText(server.description)
      ?.replace(/[^A-Za-z0-9_.-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase();
    let name = described || `server-${index + 1}`;
    for (let n = 2; environments[name] !== undefined; n++) name = `${described || 'server'}-${n}`;
    environments[name] = { [BASE_URL_VARIABLE]: url.replace(/\/+$/, '') };
  });
  if (Object.keys(environments).length === 0) {
    context.warnings.push({
      item: 'servers',
      reason: 'none listed; the "default" environment points at http://localhost',
    });
    environments.default = { [BASE_URL_VARIABLE]: 'http://localhost' };
  }
  return environments;
}

// ---------------------------------------------------------------------------------------------
// Flows and steps

function buildFlow(
  tag: string,
  operations: Operation[],
  context: Context,
  files: Set<string>,
): FlowDocument {
  const names = new Set<string>();
  const variables: Json = {};
  const steps = operations.map((operation) => buildStep(operation, variables, names, context));
  const flow: Json = { name: tag };
  if (Object.keys(variables).length > 0) flow.variables = variables;
  flow.steps = steps;
  return { file: flowFileName(tag, files), value: flow };
}

function buildStep(entry: Operation, variables: Json, names: Set<string>, context: Context): Json {
  const { method, path, operation } = entry;
  const label = `operation ${method.toUpperCase()} ${path}`;
  const title =
    asText(operation.summary)?.trim() ||
    asText(operation.operationId) ||
    `${method.toUpperCase()} ${path}`;
  const request: Json = {};
  if (method !== 'get') request.method = method.toUpperCase();

  // Path parameters become flow variables holding their example, so a user edits one place.
  let url = path;
  const query: Json = {};
  const headers: Json = {};
  for (const parameter of entry.parameters) {
    const name = asText(parameter.name) ?? '';
    const value = parameterValue(context.document, parameter);
    switch (parameter.in) {
      case 'path': {
        const variable = variableName(name);
        url = url.split(`{${name}}`).join(`{{ ${variable} }}`);
        if (variables[variable] === undefined) variables[variable] = scalar(value);
        break;
      }
      case 'query':
        if (parameter.required === true) query[name] = String(scalar(value));
        break;
      case 'header':
        if (parameter.required === true) headers[name] = String(scalar(value));
        break;
      case 'cookie':
        if (parameter.required === true)
          context.skipped.push({
            item: `${label} cookie parameter "${name}"`,
            reason: 'cookie parameters are not sent; the flow keeps the cookies responses set',
          });
        break;
    }
  }
  request.url = `{{ ${BASE_URL_VARIABLE} }}${url}`;
  if (Object.keys(query).length > 0) request.query = query;
  if (Object.keys(headers).length > 0) request.headers = headers;
  Object.assign(request, requestBody(operation, label, context));
  const auth = securityAuth(operation, label, context);
  if (auth) request.auth = auth;

  const step: Json = { name: uniqueName(title, names), request };
  const assertions = responseAssertions(operation, context);
  if (Object.keys(assertions).length > 0) step.assert = assertions;
  return step;
}

function parameterValue(document: Json, parameter: Json): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const example = Object.values(asObject(parameter.examples) ?? {})[0];
  const exampleValue = asObject(deref(document, example))?.value;
  if (exampleValue !== undefined) return exampleValue;
  return sampleValue(document, parameter.schema);
}

function scalar(value: unknown): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (Array.isArray(value)) return value.map((item) => String(item)).join(',');
  return value === null || value === undefined ? '1' : JSON.stringify(value);
}

function requestBody(operation: Json, label: string, context: Context): Json {
  const body = asObject(deref(context.document, operation.requestBody));
  const content = asObject(body?.content);
  if (!content) return {};
  const types = Object.keys(content);
  const pick = (test: (type: string) => boolean): string | undefined => types.find(test);

  const jsonType = pick((type) => /^application\/(.+\+)?json\b/i.test(type));
  const formType = pick((type) => /^application\/x-www-form-urlencoded\b/i.test(type));
  const multipartType = pick((type) => /^multipart\/form-data\b/i.test(type));
  const textType = pick((type) => /^text\//i.test(type));

  if (jsonType) return { json: mediaExample(context.document, asObject(content[jsonType]) ?? {}) };
  if (formType || multipartType) {
    const media = asObject(content[(formType ?? multipartType) as string]) ?? {};
    const value = asObject(mediaExample(context.document, media)) ?? {};
    const schema = asObject(deref(context.document, media.schema)) ?? {};
    const fields: Json = {};
    for (const [name, field] of Object.entries(value)) {
      const property = asObject(deref(context.document, asObject(schema.properties)?.[name]));
      if (property?.format === 'binary' || property?.format === 'base64') {
        context.skipped.push({
          item: `${label} field "${name}"`,
          reason:
            'a file field: put a file next to the flow and add it under multipart as { file: path }',
        });
        continue;
      }
      fields[name] = typeof field === 'string' ? field : JSON.stringify(field);
    }
    return formType ? { form: fields } : { multipart: fields };
  }
  if (textType) {
    const example = mediaExample(context.document, asObject(content[textType]) ?? {});
    return {
      body: { text: typeof example === 'string' ? example : 'text', contentType: textType },
    };
  }
  context.skipped.push({
    item: `${label} request body`,
    reason: `content type ${types.join(', ')} has no example a flow can send; add the body by hand`,
  });
  return {};
}

function mediaExample(document: Json, media: Json): unknown {
  if (media.example !== undefined) return media.example;
  const first = Object.values(asObject(media.examples) ?? {})[0];
  const value = asObject(deref(document, first))?.value;
  if (value !== undefined) return value;
  return sampleValue(document, media.schema);
}

// ---------------------------------------------------------------------------------------------
// Responses

function responseAssertions(operation: Json, context: Context): Json {
  const responses = asObject(operation.responses) ?? {};
  const codes = Object.keys(responses);
  const success =
    codes.find((code) => /^2\d\d$/.test(code)) ?? codes.find((code) => /^2XX$/i.test(code));
  if (success === undefined) return {};

  const assertions: Json = {
    status: /^2XX$/i.test(success) ? [200, 201, 202, 203, 204, 206] : Number(success),
  };
  const response = asObject(deref(context.document, responses[success])) ?? {};
  const content = asObject(response.content) ?? {};
  const jsonType = Object.keys(content).find((type) => /^application\/(.+\+)?json\b/i.test(type));
  const schema = jsonType ? asObject(content[jsonType])?.schema : undefined;
  if (schema !== undefined) {
    const converted = toJsonSchema(context.document, schema);
    delete converted.$schema;
    if (Object.keys(converted).length > 0) assertions.schema = converted;
  }
  return assertions;
}

// ---------------------------------------------------------------------------------------------
// Security

function securityAuth(operation: Json, label: string, context: Context): Json | undefined {
  const requirements = asArray(operation.security ?? context.document.security);
  const first = asObject(requirements[0]);
  if (!first || Object.keys(first).length === 0) return undefined;
  const [schemeName, scopes] = Object.entries(first)[0] ?? ['', []];
  if (Object.keys(first).length > 1) {
    context.warnings.push({
      item: `${label} security`,
      reason: `needs ${Object.keys(first).join(' and ')} together; only "${schemeName}" is imported`,
    });
  }

  const components = asObject(asObject(context.document.components)?.securitySchemes) ?? {};
  const scheme = asObject(deref(context.document, components[schemeName]));
  if (!scheme) {
    context.warnings.push({
      item: `${label} security`,
      reason: `security scheme "${schemeName}" is not defined under components.securitySchemes`,
    });
    return undefined;
  }
  const secret = (suffix: string): string => {
    const name = `${variableName(schemeName).toUpperCase()}_${suffix}`;
    context.secrets.add(name);
    return `{{ secrets.${name} }}`;
  };

  const type = asText(scheme.type);
  const httpScheme = asText(scheme.scheme)?.toLowerCase();
  if (type === 'http' && httpScheme === 'basic')
    return { basic: { username: secret('USERNAME'), password: secret('PASSWORD') } };
  if (type === 'http' && httpScheme === 'bearer') return { bearer: secret('TOKEN') };
  if (type === 'apiKey' && (scheme.in === 'header' || scheme.in === 'query')) {
    return {
      apiKey: { name: asText(scheme.name) ?? schemeName, value: secret('API_KEY'), in: scheme.in },
    };
  }
  const clientCredentials = asObject(asObject(scheme.flows)?.clientCredentials);
  if (type === 'oauth2' && clientCredentials) {
    const oauth2: Json = {
      tokenUrl: asText(clientCredentials.tokenUrl) ?? '',
      clientId: secret('CLIENT_ID'),
      clientSecret: secret('CLIENT_SECRET'),
    };
    const scopeList = asArray(scopes).map(String);
    if (scopeList.length > 0) oauth2.scope = scopeList.join(' ');
    return { oauth2 };
  }
  if (type === 'oauth2') {
    context.warnings.push({
      item: `${label} security`,
      reason: `OAuth 2.0 scheme "${schemeName}" has no client credentials flow; a bearer token secret is used instead`,
    });
    return { bearer: secret('TOKEN') };
  }
  context.warnings.push({
    item: `${label} security`,
    reason: `security scheme "${schemeName}" (${type ?? 'unknown'}${httpScheme ? ` ${httpScheme}` : ''}) is not supported; the request is sent without auth`,
  });
  return undefined;
}
