/**
 * The flow model: what flow and group files mean once parsed and validated. Every node keeps
 * the span it came from so that run-time failures point back at the YAML.
 *
 * Strings here are still templates (`{{ name }}`); the run resolves them per iteration.
 */
import type { SourceLocation } from '../common/source.js';

/** Duration in milliseconds. YAML accepts a bare number (ms) or a string with a unit. */
export type Milliseconds = number;

export interface FlowGroup {
  /** Folder holding flow-group.yaml, relative to the working directory; "." for the root. */
  dir: string;
  /** Path of flow-group.yaml, or undefined for the implicit group of flows outside any group. */
  file?: string;
  name: string;
  environments: Environment[];
  secrets: SecretDeclaration[];
  variables: Record<string, unknown>;
  defaults: StepDefaults;
  loc?: SourceLocation;
  /** The environment the run uses for this group: chosen by `--env`, or the only one there is. */
  selectedEnvironment?: Environment;
}

export interface Environment {
  name: string;
  values: Record<string, unknown>;
  /** Declared secret name → provider key, for environments that read another key. */
  secretKeys: Record<string, string>;
  loc: SourceLocation;
}

export interface SecretDeclaration {
  name: string;
  loc: SourceLocation;
}

/** Values merged into every step of every flow in a group; the step's own values win. */
export interface StepDefaults {
  headers: Record<string, string>;
  timeout?: Milliseconds;
  redirects?: RedirectOptions;
  tls?: TlsOptions;
  proxy?: string;
  auth?: Auth;
  maxResponseSize?: number;
}

export interface Flow {
  file: string;
  name: string;
  loc: SourceLocation;
  group: FlowGroup;
  tags: string[];
  iterations?: number;
  virtualUsers?: number;
  duration?: Milliseconds;
  rampUp?: Milliseconds;
  data?: { file: string; loc: SourceLocation };
  cookies: 'iteration' | 'persist';
  thresholds: Threshold[];
  variables: Record<string, unknown>;
  scriptLimits: ScriptLimits;
  beforeAll?: Script;
  afterAll?: Script;
  steps: Step[];
}

export interface ScriptLimits {
  memoryBytes: number;
  stackBytes: number;
  timeout: Milliseconds;
}

export interface Script {
  source: string;
  /** File the code lives in: the flow file for inline scripts, else the script file. */
  file: string;
  /** Where the first character of `source` sits, so script errors map back to a line. */
  loc: SourceLocation;
  kind: 'inline' | 'file';
  /** `postman` for scripts imported from Postman: the sandbox adds the `pm` object for them. */
  dialect?: 'postman';
}

export interface Step {
  name: string;
  /** 0-based position in the flow. */
  index: number;
  loc: SourceLocation;
  request: RequestSpec;
  extract: Extraction[];
  assert: Assertion[];
  pre?: Script;
  post?: Script;
  /** A JavaScript expression; the step is skipped when it is falsy. */
  if?: Script;
  retry?: { count: number; interval: Milliseconds; loc: SourceLocation };
  delay?: Milliseconds;
  continueOnFailure: boolean;
}

export interface RequestSpec {
  method: string;
  url: string;
  /** Extra query parameters, appended to those already in `url`. */
  query: [string, string][];
  /** Header name → value; group defaults are already merged in. */
  headers: [string, string][];
  body?: RequestBody;
  auth?: Auth;
  timeout: Milliseconds;
  redirects: RedirectOptions;
  tls: TlsOptions;
  proxy?: string;
  /** Response bodies above this many bytes fail the step. */
  maxResponseSize: number;
  loc: SourceLocation;
}

export interface RedirectOptions {
  follow: boolean;
  max: number;
}

export interface TlsOptions {
  insecure?: boolean;
  /** Paths are relative to the working directory (the loader resolves them from the flow's folder). */
  ca?: string;
  cert?: string;
  key?: string;
  passphrase?: string;
}

export type RequestBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; fields: [string, string][] }
  | { kind: 'multipart'; parts: MultipartPart[] }
  | { kind: 'text'; text: string; contentType?: string }
  | { kind: 'file'; path: string; contentType?: string }
  | { kind: 'graphql'; query: string; variables?: unknown; operationName?: string };

export type MultipartPart =
  | { kind: 'field'; name: string; value: string }
  | { kind: 'file'; name: string; path: string; filename?: string; contentType?: string };

export type Auth =
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'bearer'; token: string }
  | { kind: 'apiKey'; name: string; value: string; in: 'header' | 'query' }
  | {
      kind: 'oauth2';
      tokenUrl: string;
      clientId: string;
      clientSecret: string;
      scope?: string;
      audience?: string;
    };

export type ExtractionSource =
  | { kind: 'json'; path: string }
  | { kind: 'header'; name: string }
  | { kind: 'regex'; pattern: string; flags?: string; group: number }
  | { kind: 'status' }
  | { kind: 'cookie'; name: string }
  | { kind: 'body' }
  | { kind: 'duration' };

export interface Extraction {
  /** Variable name the value is stored under. */
  name: string;
  source: ExtractionSource;
  secret: boolean;
  loc: SourceLocation;
}

export type AssertionTarget =
  | { kind: 'status' }
  | { kind: 'header'; name: string }
  | { kind: 'json'; path: string }
  | { kind: 'body' }
  | { kind: 'duration' }
  | { kind: 'size' }
  | { kind: 'schema'; schema: Record<string, unknown>; schemaFile?: string };

export type MatcherName =
  | 'equals'
  | 'notEquals'
  | 'lessThan'
  | 'lessThanOrEqual'
  | 'greaterThan'
  | 'greaterThanOrEqual'
  | 'contains'
  | 'notContains'
  | 'matches'
  | 'exists'
  | 'type'
  | 'length'
  | 'oneOf';

export interface Assertion {
  target: AssertionTarget;
  /** Absent for `schema`, which has its own check. */
  matcher?: { name: MatcherName; expected: unknown };
  loc: SourceLocation;
}

/** `{ step: "Log in", p95: "< 800ms" }` or `{ errorRate: "< 1%" }`. */
export interface Threshold {
  /** Step name, or undefined for the whole flow. */
  step?: string;
  metric: 'min' | 'mean' | 'p50' | 'p90' | 'p95' | 'p99' | 'max' | 'errorRate' | 'successRate';
  operator: '<' | '<=' | '>' | '>=';
  /** Milliseconds for durations, a fraction (0.01) for rates. */
  value: number;
  /** The text as written, for messages. */
  expression: string;
  loc: SourceLocation;
}

/** Everything a run needs: the flows to run, in order, with their groups. */
export interface FlowSet {
  groups: FlowGroup[];
  flows: Flow[];
}
