/**
 * Turns a validated YAML document into the flow model: defaults applied, group defaults merged
 * into each step, shorthands expanded, file references resolved, and a location on every node.
 */
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isScalar, parse as parseYaml, type Scalar } from 'yaml';

import { parseDuration } from '../common/duration.js';
import type { Diagnostic } from '../common/errors.js';
import type { SourceLocation } from '../common/source.js';
import type {
  Assertion,
  AssertionTarget,
  Auth,
  Environment,
  Extraction,
  ExtractionSource,
  Flow,
  FlowGroup,
  MatcherName,
  MultipartPart,
  RedirectOptions,
  RequestBody,
  RequestSpec,
  Script,
  Step,
  StepDefaults,
  Threshold,
  TlsOptions,
} from './model.js';
import { parseSize, parseThreshold, type ThresholdMetric } from './values.js';
import type { KeyPath, YamlFile } from './yaml.js';

export const DEFAULT_TIMEOUT = 30_000;
export const DEFAULT_REDIRECTS: RedirectOptions = { follow: true, max: 10 };
export const DEFAULT_MAX_RESPONSE_SIZE = 50 * 1024 * 1024;
export const DEFAULT_SCRIPT_LIMITS = {
  memoryBytes: 32 * 1024 * 1024,
  stackBytes: 256 * 1024,
  timeout: 5_000,
};

export const BODY_KEYS = ['json', 'form', 'multipart', 'body', 'file', 'graphql'] as const;
export const EXTRACTION_KINDS = [
  'json',
  'header',
  'regex',
  'status',
  'cookie',
  'body',
  'duration',
] as const;

/** File access and the working directory that the builder resolves references against. */
export interface BuildHost {
  /** Absolute working directory. */
  cwd: string;
  /** Reads a file by absolute path; throws when it cannot. */
  readFile(path: string): string;
}

type Json = Record<string, unknown>;

/** State for building one file: its YAML, its folder, and where problems go. */
export class FileBuilder {
  readonly dir: string;
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly host: BuildHost,
    readonly yaml: YamlFile,
  ) {
    this.dir = dirname(resolve(host.cwd, yaml.file));
  }

  at(path: KeyPath): SourceLocation {
    return this.yaml.locator.value(path);
  }

  keyAt(path: KeyPath): SourceLocation {
    return this.yaml.locator.key(path);
  }

  error(category: string, message: string, loc: SourceLocation, hint?: string): void {
    this.diagnostics.push({ category, message, severity: 'error', loc, hint });
  }

  /** Resolves a path written in this file against its folder, relative to cwd. */
  resolvePath(path: string): string {
    if (isAbsolute(path) || path.includes('{{')) return path;
    return toRelative(this.host.cwd, resolve(this.dir, path));
  }

  /** Reads a file referenced from this file, reporting a missing one at `path`'s node. */
  readReferenced(file: string, path: KeyPath): string | undefined {
    try {
      return this.host.readFile(resolve(this.host.cwd, file));
    } catch {
      this.error(
        'File not found',
        `cannot read "${file}"`,
        this.at(path),
        'paths are relative to the folder of this file',
      );
      return undefined;
    }
  }
}

/** Converts an absolute path to one relative to cwd with forward slashes ("." for cwd). */
export function toRelative(cwd: string, path: string): string {
  return relative(cwd, path).split(sep).join('/') || '.';
}

// ---------------------------------------------------------------------------------------------
// Groups

/** Builds a group from a validated flow-group.yaml. */
export function buildGroup(builder: FileBuilder): FlowGroup {
  const value = (builder.yaml.value ?? {}) as Json;
  const dir = toRelative(builder.host.cwd, builder.dir);

  const environments: Environment[] = Object.entries((value.environments ?? {}) as Json).map(
    ([name, raw]) => {
      const { secrets, ...values } = (raw ?? {}) as Json;
      return {
        name,
        values,
        secretKeys: { ...((secrets ?? {}) as Record<string, string>) },
        loc: builder.keyAt(['environments', name]),
      };
    },
  );

  return {
    dir,
    file: builder.yaml.file,
    name: typeof value.name === 'string' ? value.name : basename(builder.dir),
    environments,
    secrets: ((value.secrets ?? []) as (string | undefined)[]).flatMap((name, index) =>
      name === undefined ? [] : [{ name, loc: builder.at(['secrets', index]) }],
    ),
    variables: { ...((value.variables ?? {}) as Json) },
    defaults: buildDefaults(builder, (value.defaults ?? {}) as Json),
    loc: { file: builder.yaml.file, line: 1, column: 1 },
  };
}

/** Builds the implicit group of flows that have no flow-group.yaml above them. */
export function implicitGroup(): FlowGroup {
  return {
    dir: '.',
    name: '',
    environments: [],
    secrets: [],
    variables: {},
    defaults: { headers: {} },
  };
}

function buildDefaults(builder: FileBuilder, value: Json): StepDefaults {
  return {
    headers: stringMap(value.headers),
    timeout: parseDuration(value.timeout),
    redirects:
      value.redirects === undefined
        ? undefined
        : redirectOptions(value.redirects, DEFAULT_REDIRECTS),
    tls: value.tls === undefined ? undefined : tlsOptions(builder, value.tls as Json),
    proxy: value.proxy as string | undefined,
    auth: value.auth === undefined ? undefined : buildAuth(value.auth as Json),
    maxResponseSize: parseSize(value.maxResponseSize),
  };
}

// ---------------------------------------------------------------------------------------------
// Flows

/** Builds a flow from a validated flow file; problems found on the way go to the builder. */
export function buildFlow(builder: FileBuilder, group: FlowGroup): Flow {
  const value = (builder.yaml.value ?? {}) as Json;
  const file = builder.yaml.file;
  const limits = (value.scriptLimits ?? {}) as Json;

  const flow: Flow = {
    file,
    name: typeof value.name === 'string' ? value.name : flowNameFromFile(file),
    loc: { file, line: 1, column: 1 },
    group,
    tags: (value.tags ?? []) as string[],
    iterations: value.iterations as number | undefined,
    virtualUsers: value.virtualUsers as number | undefined,
    duration: parseDuration(value.duration),
    rampUp: parseDuration(value.rampUp),
    data:
      typeof value.data === 'string'
        ? { file: builder.resolvePath(value.data), loc: builder.at(['data']) }
        : undefined,
    cookies: value.cookies === 'persist' ? 'persist' : 'iteration',
    thresholds: buildThresholds(builder, (value.thresholds ?? []) as (Json | undefined)[]),
    variables: { ...((value.variables ?? {}) as Json) },
    scriptLimits: {
      memoryBytes: parseSize(limits.memoryBytes) ?? DEFAULT_SCRIPT_LIMITS.memoryBytes,
      stackBytes: parseSize(limits.stackBytes) ?? DEFAULT_SCRIPT_LIMITS.stackBytes,
      timeout: parseDuration(limits.timeout) ?? DEFAULT_SCRIPT_LIMITS.timeout,
    },
    beforeAll: buildScript(builder, value.beforeAll, ['beforeAll']),
    afterAll: buildScript(builder, value.afterAll, ['afterAll']),
    steps: [],
  };

  // A step the schema rejected is a hole; the steps after it keep their index and position.
  const steps = (value.steps ?? []) as (Json | undefined)[];
  flow.steps = steps.flatMap((step, index) =>
    step === undefined ? [] : [buildStep(builder, step, index, group.defaults)],
  );
  return flow;
}

/** `login.flow.yaml` → `login`. */
export function flowNameFromFile(file: string): string {
  return basename(file).replace(/\.flow\.ya?ml$/, '');
}

function buildThresholds(builder: FileBuilder, entries: (Json | undefined)[]): Threshold[] {
  const thresholds: Threshold[] = [];

  entries.forEach((entry, index) => {
    if (entry === undefined) return;
    for (const [key, expression] of Object.entries(entry)) {
      if (key === 'step' || typeof expression !== 'string') continue;
      const metric = key as ThresholdMetric;
      const parsed = parseThreshold(metric, expression);
      if (!parsed) continue;

      thresholds.push({
        step: typeof entry.step === 'string' ? entry.step : undefined,
        metric,
        operator: parsed.operator,
        value: parsed.value,
        expression: `${key} ${expression.trim()}`,
        loc: builder.at(['thresholds', index, key]),
      });
    }
  });
  return thresholds;
}

function buildStep(builder: FileBuilder, value: Json, index: number, defaults: StepDefaults): Step {
  const path = ['steps', index];
  const retry = value.retry as Json | undefined;

  return {
    name: String(value.name),
    index,
    loc: builder.at(path),
    request: buildRequest(builder, (value.request ?? {}) as Json, [...path, 'request'], defaults),
    extract: buildExtractions(builder, (value.extract ?? {}) as Json, [...path, 'extract']),
    assert: buildAssertions(builder, (value.assert ?? {}) as Json, [...path, 'assert']),
    pre: buildScript(builder, value.pre, [...path, 'pre']),
    post: buildScript(builder, value.post, [...path, 'post']),
    if: buildScript(builder, value.if, [...path, 'if']),
    retry: retry
      ? {
          count: retry.count as number,
          interval: parseDuration(retry.interval) ?? 0,
          loc: builder.at([...path, 'retry']),
        }
      : undefined,
    delay: parseDuration(value.delay),
    continueOnFailure: value.continueOnFailure === true,
  };
}

// ---------------------------------------------------------------------------------------------
// Scripts

/** Builds an inline or file script; undefined when absent or when its file cannot be read. */
export function buildScript(
  builder: FileBuilder,
  value: unknown,
  path: KeyPath,
): Script | undefined {
  if (typeof value === 'string') {
    return {
      source: value,
      file: builder.yaml.file,
      loc: scriptStart(builder, path),
      kind: 'inline',
    };
  }
  if (value === null || typeof value !== 'object') return undefined;

  const postman = (value as Json).postman;
  if (typeof postman === 'string') {
    return {
      source: postman,
      file: builder.yaml.file,
      loc: scriptStart(builder, [...path, 'postman']),
      kind: 'inline',
      dialect: 'postman',
    };
  }

  const file = builder.resolvePath(String((value as Json).file));
  const source = builder.readReferenced(file, [...path, 'file']);
  if (source === undefined) return undefined;
  return { source, file, loc: { file, line: 1, column: 1 }, kind: 'file' };
}

/**
 * Finds where the first character of an inline script sits. For a block scalar (`|` or `>`)
 * that is the line after the header, at the block's indentation; for a quoted scalar it is
 * just past the opening quote.
 */
function scriptStart(builder: FileBuilder, path: KeyPath): SourceLocation {
  const node = builder.yaml.locator.node(path);
  if (!isScalar(node) || !node.range) return builder.at(path);

  const text = builder.yaml.text;
  const start = node.range[0];
  const point = (offset: number, column?: number): SourceLocation => {
    const loc = builder.yaml.locator.span(offset, offset);
    return { file: loc.file, line: loc.line, column: column ?? loc.column };
  };

  switch ((node as Scalar).type) {
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      const headerEnd = text.indexOf('\n', start);
      if (headerEnd < 0) return point(start);
      const body = text.slice(headerEnd + 1, node.range[1]);
      const firstContent = body.split('\n').find((line) => line.trim() !== '') ?? '';
      const source = String(node.value);
      const sourceFirst = source.split('\n').find((line) => line.trim() !== '') ?? '';
      const indent = leadingSpaces(firstContent) - leadingSpaces(sourceFirst);
      return point(headerEnd + 1, indent + 1);
    }
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      return point(start + 1);
    default:
      return point(start);
  }
}

function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length;
}

// ---------------------------------------------------------------------------------------------
// Requests

function buildRequest(
  builder: FileBuilder,
  value: Json,
  path: KeyPath,
  defaults: StepDefaults,
): RequestSpec {
  const headers = new Map<string, [string, string]>();
  for (const [name, headerValue] of Object.entries(defaults.headers)) {
    headers.set(name.toLowerCase(), [name, headerValue]);
  }
  // The step's own headers replace the group's, whatever the case of the name.
  for (const [name, headerValue] of Object.entries(stringMap(value.headers))) {
    headers.set(name.toLowerCase(), [name, headerValue]);
  }

  const ownRedirects = value.redirects === undefined ? undefined : value.redirects;
  const ownTls = value.tls === undefined ? {} : tlsOptions(builder, value.tls as Json);

  return {
    method: typeof value.method === 'string' ? value.method.toUpperCase() : 'GET',
    url: String(value.url ?? ''),
    query: queryPairs(value.query),
    headers: [...headers.values()],
    body: buildBody(builder, value, path),
    auth: value.auth === undefined ? defaults.auth : buildAuth(value.auth as Json),
    timeout: parseDuration(value.timeout) ?? defaults.timeout ?? DEFAULT_TIMEOUT,
    redirects: redirectOptions(ownRedirects, defaults.redirects ?? DEFAULT_REDIRECTS),
    tls: { ...defaults.tls, ...ownTls },
    proxy: (value.proxy as string | undefined) ?? defaults.proxy,
    maxResponseSize:
      parseSize(value.maxResponseSize) ?? defaults.maxResponseSize ?? DEFAULT_MAX_RESPONSE_SIZE,
    loc: builder.at(path),
  };
}

function queryPairs(value: unknown): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, entry] of Object.entries((value ?? {}) as Json)) {
    const values = Array.isArray(entry) ? entry : [entry];
    for (const item of values) pairs.push([name, String(item)]);
  }
  return pairs;
}

function buildBody(builder: FileBuilder, value: Json, path: KeyPath): RequestBody | undefined {
  const present = BODY_KEYS.filter((key) => value[key] !== undefined);
  if (present.length > 1) {
    const second = present[1] ?? '';
    builder.error(
      'Conflicting keys',
      `a request has one body, but both "${present[0]}" and "${second}" are set`,
      builder.keyAt([...path, second]),
      `keep only one of: ${BODY_KEYS.join(', ')}`,
    );
  }

  const kind = present[0];
  switch (kind) {
    case undefined:
      return undefined;
    case 'json':
      return { kind: 'json', value: value.json };
    case 'form':
      return { kind: 'form', fields: Object.entries(stringMap(value.form)) };
    case 'multipart':
      return { kind: 'multipart', parts: multipartParts(builder, value.multipart as Json) };
    case 'body': {
      const body = value.body;
      if (typeof body === 'string') return { kind: 'text', text: body };
      const { text, contentType } = body as { text: string; contentType?: string };
      return { kind: 'text', text, contentType };
    }
    case 'file': {
      const file = value.file;
      if (typeof file === 'string') return { kind: 'file', path: builder.resolvePath(file) };
      const { path: filePath, contentType } = file as { path: string; contentType?: string };
      return { kind: 'file', path: builder.resolvePath(filePath), contentType };
    }
    case 'graphql': {
      const graphql = value.graphql as {
        query: string;
        variables?: unknown;
        operationName?: string;
      };
      return {
        kind: 'graphql',
        query: graphql.query,
        variables: graphql.variables,
        operationName: graphql.operationName,
      };
    }
  }
}

function multipartParts(builder: FileBuilder, value: Json): MultipartPart[] {
  return Object.entries(value).map(([name, part]): MultipartPart => {
    if (part !== null && typeof part === 'object') {
      const { file, filename, contentType } = part as {
        file: string;
        filename?: string;
        contentType?: string;
      };
      return { kind: 'file', name, path: builder.resolvePath(file), filename, contentType };
    }
    return { kind: 'field', name, value: String(part) };
  });
}

function buildAuth(value: Json): Auth | undefined {
  if (typeof value.bearer === 'string') return { kind: 'bearer', token: value.bearer };
  if (value.basic) {
    const { username, password } = value.basic as { username: string; password: string };
    return { kind: 'basic', username, password };
  }
  if (value.apiKey) {
    const key = value.apiKey as { name: string; value: string; in?: 'header' | 'query' };
    return { kind: 'apiKey', name: key.name, value: key.value, in: key.in ?? 'header' };
  }
  if (value.oauth2) {
    const oauth = value.oauth2 as Extract<Auth, { kind: 'oauth2' }>;
    return {
      kind: 'oauth2',
      tokenUrl: oauth.tokenUrl,
      clientId: oauth.clientId,
      clientSecret: oauth.clientSecret,
      scope: oauth.scope,
      audience: oauth.audience,
    };
  }
  return undefined;
}

function redirectOptions(value: unknown, base: RedirectOptions): RedirectOptions {
  if (typeof value === 'boolean') return { follow: value, max: base.max };
  if (value === null || typeof value !== 'object') return { ...base };
  const { follow, max } = value as Partial<RedirectOptions>;
  return { follow: follow ?? base.follow, max: max ?? base.max };
}

function tlsOptions(builder: FileBuilder, value: Json): TlsOptions {
  const tls: TlsOptions = {};
  if (typeof value.insecure === 'boolean') tls.insecure = value.insecure;
  if (typeof value.ca === 'string') tls.ca = builder.resolvePath(value.ca);
  if (typeof value.cert === 'string') tls.cert = builder.resolvePath(value.cert);
  if (typeof value.key === 'string') tls.key = builder.resolvePath(value.key);
  if (typeof value.passphrase === 'string') tls.passphrase = value.passphrase;
  return tls;
}

function stringMap(value: unknown): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [key, entry] of Object.entries((value ?? {}) as Json)) map[key] = String(entry);
  return map;
}

// ---------------------------------------------------------------------------------------------
// Extractions and assertions

function buildExtractions(builder: FileBuilder, value: Json, path: KeyPath): Extraction[] {
  const extractions: Extraction[] = [];

  for (const [name, raw] of Object.entries(value)) {
    const spec = (raw ?? {}) as Json;
    const kinds = EXTRACTION_KINDS.filter((kind) => spec[kind] !== undefined);
    if (kinds.length !== 1) {
      builder.error(
        'Invalid extraction',
        kinds.length === 0
          ? `extraction "${name}" has no source`
          : `extraction "${name}" has several sources: ${kinds.join(', ')}`,
        builder.at([...path, name]),
        `use exactly one of: ${EXTRACTION_KINDS.join(', ')}`,
      );
      continue;
    }

    extractions.push({
      name,
      source: extractionSource(kinds[0] ?? 'body', spec),
      secret: spec.secret === true,
      loc: builder.keyAt([...path, name]),
    });
  }
  return extractions;
}

function extractionSource(kind: (typeof EXTRACTION_KINDS)[number], spec: Json): ExtractionSource {
  switch (kind) {
    case 'json':
      return { kind, path: String(spec.json) };
    case 'header':
      return { kind, name: String(spec.header) };
    case 'regex':
      return {
        kind,
        pattern: String(spec.regex),
        flags: spec.flags as string | undefined,
        group: (spec.group as number | undefined) ?? 1,
      };
    case 'cookie':
      return { kind, name: String(spec.cookie) };
    case 'status':
    case 'body':
    case 'duration':
      return { kind };
  }
}

const MATCHERS: readonly MatcherName[] = [
  'equals',
  'notEquals',
  'lessThan',
  'lessThanOrEqual',
  'greaterThan',
  'greaterThanOrEqual',
  'contains',
  'notContains',
  'matches',
  'exists',
  'type',
  'length',
  'oneOf',
];
const QUANTITY_MATCHERS = new Set<MatcherName>([
  'equals',
  'notEquals',
  'lessThan',
  'lessThanOrEqual',
  'greaterThan',
  'greaterThanOrEqual',
]);

function buildAssertions(builder: FileBuilder, value: Json, path: KeyPath): Assertion[] {
  const assertions: Assertion[] = [];
  const add = (
    target: AssertionTarget,
    raw: unknown,
    entryPath: KeyPath,
    shorthand: MatcherName,
    convert: (value: unknown) => unknown = (v) => v,
  ): void => {
    if (isMatcherObject(raw)) {
      for (const [name, expected] of Object.entries(raw)) {
        const matcher = name as MatcherName;
        const converted = QUANTITY_MATCHERS.has(matcher) ? convert(expected) : expected;
        assertions.push({
          target,
          matcher: { name: matcher, expected: converted },
          loc: builder.keyAt([...entryPath, name]),
        });
      }
      return;
    }
    assertions.push({
      target,
      matcher: { name: shorthand, expected: convert(raw) },
      loc: builder.keyAt(entryPath),
    });
  };

  if (value.status !== undefined) {
    const status = value.status;
    add(
      { kind: 'status' },
      status,
      [...path, 'status'],
      Array.isArray(status) ? 'oneOf' : 'equals',
    );
  }
  for (const [name, expected] of Object.entries((value.headers ?? {}) as Json)) {
    const convert = (v: unknown): unknown =>
      typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;
    add({ kind: 'header', name }, expected, [...path, 'headers', name], 'equals', convert);
  }
  for (const [jsonPath, expected] of Object.entries((value.json ?? {}) as Json)) {
    add({ kind: 'json', path: jsonPath }, expected, [...path, 'json', jsonPath], 'equals');
  }
  if (value.body !== undefined) add({ kind: 'body' }, value.body, [...path, 'body'], 'contains');
  if (value.duration !== undefined) {
    add(
      { kind: 'duration' },
      value.duration,
      [...path, 'duration'],
      'lessThan',
      (v) => parseDuration(v) ?? v,
    );
  }
  if (value.size !== undefined) {
    add({ kind: 'size' }, value.size, [...path, 'size'], 'lessThan', (v) => parseSize(v) ?? v);
  }
  if (value.schema !== undefined) {
    const schema = buildSchemaTarget(builder, value.schema, [...path, 'schema']);
    if (schema) assertions.push({ target: schema, loc: builder.keyAt([...path, 'schema']) });
  }
  return assertions;
}

function isMatcherObject(value: unknown): value is Record<string, unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).every((key) => (MATCHERS as readonly string[]).includes(key))
  );
}

function buildSchemaTarget(
  builder: FileBuilder,
  value: unknown,
  path: KeyPath,
): AssertionTarget | undefined {
  if (typeof value !== 'string') return { kind: 'schema', schema: value as Json };

  const schemaFile = builder.resolvePath(value);
  const text = builder.readReferenced(schemaFile, path);
  if (text === undefined) return undefined;
  try {
    // JSON is a subset of YAML, so one parser reads both kinds of schema file.
    const schema: unknown = parseYaml(text);
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema))
      throw new Error('not an object');
    return { kind: 'schema', schema: schema as Json, schemaFile };
  } catch (error) {
    builder.error(
      'Invalid JSON Schema',
      `"${schemaFile}" does not hold a JSON Schema object (${error instanceof Error ? error.message : String(error)})`,
      builder.at(path),
      'point "schema" at a JSON or YAML file whose top level is an object',
    );
    return undefined;
  }
}
