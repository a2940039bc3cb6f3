/**
 * The ScriptHost the run gives each script: variables of the user's scope, the environment,
 * secrets, the user's cookie jar, and `at.sendRequest` through the run's HTTP client.
 */
import type { SourceLocation } from '../common/source.js';
import { HttpError, type HttpResponse } from '../http/types.js';
import type { AttemptRecord } from '../results/document.js';
import type {
  ScriptHost,
  ScriptPhase,
  ScriptRequest,
  ScriptResponse,
  ScriptSendRequest,
} from '../script/types.js';
import { hasHeader } from './auth.js';
import { decodeUtf8 } from './response.js';
import { scriptCookies } from './script-cookies.js';
import { renderValue, type TemplateContext } from './template.js';
import { randomHex, registerCapturedSecret, templateContext, type FlowRuntime } from './runtime.js';
import type { UserState } from './types.js';

/** Timeout of `at.sendRequest` when the script sets none. */
const SCRIPT_REQUEST_TIMEOUT_MS = 30_000;

export interface HostOptions {
  phase: ScriptPhase;
  /** The step running the script, or the hook name for Before All and After All. */
  stepName?: string;
  stepIndex: number;
  loc: SourceLocation;
  request?: ScriptRequest;
  response?: ScriptResponse;
  results?: unknown;
}

/** Builds the host for one script execution. */
export function createScriptHost(
  runtime: FlowRuntime,
  user: UserState,
  options: HostOptions,
): ScriptHost {
  const context = templateContext(runtime, user);
  const environment = resolveEnvironment(runtime, context);

  const host: ScriptHost = {
    phase: options.phase,
    flow: runtime.flow.name,
    iteration: user.iteration,
    vu: user.vu,
    environment,

    getVariable(name) {
      for (const layer of context.layers) {
        if (!layer.has(name)) continue;
        const value = layer.get(name);
        return layer.templated ? renderValue(value, context) : value;
      }
      return undefined;
    },
    hasVariable: (name) => context.layers.some((layer) => layer.has(name)),
    setVariable(name, value, { secret }) {
      if (secret) registerCapturedSecret(runtime, value, `variable ${name}`);
      user.variables.set(name, value);
    },
    unsetVariable: (name) => void user.variables.delete(name),
    getSecret: (name) => runtime.secrets.get(name),
    cookies: scriptCookies(user.jar),
    sendRequest: (request) => sendScriptRequest(runtime, user, options, request),
  };

  if (options.stepName !== undefined) host.step = options.stepName;
  if (options.request) host.request = options.request;
  if (options.response) host.response = options.response;
  if (options.results !== undefined) host.results = options.results;
  const exportReport = runtime.exportReport;
  if (options.phase === 'afterAll' && exportReport)
    host.export = (exportOptions) => exportReport(exportOptions, runtime.ref);
  return host;
}

/** Converts a response for scripts. */
export function scriptResponse(response: HttpResponse): ScriptResponse {
  return {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    body: decodeUtf8(response.body),
    durationMs: response.timings.total,
    size: response.body.byteLength,
    url: response.url,
  };
}

function resolveEnvironment(
  runtime: FlowRuntime,
  context: TemplateContext,
): Record<string, unknown> {
  try {
    return renderValue(runtime.environmentValues, context) as Record<string, unknown>;
  } catch {
    // The scheduler already reported an environment that does not resolve; show it as written.
    return runtime.environmentValues;
  }
}

async function sendScriptRequest(
  runtime: FlowRuntime,
  user: UserState,
  options: HostOptions,
  request: ScriptSendRequest,
): Promise<ScriptResponse> {
  const headers: [string, string][] = Object.entries(request.headers ?? {});
  let body = request.body;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    if (!hasHeader(headers, 'content-type')) headers.push(['Content-Type', 'application/json']);
  }
  const method = (request.method ?? 'GET').toUpperCase();
  const started = runtime.clock.monotonic();
  const record: AttemptRecord = {
    step: options.stepName ?? options.phase,
    stepIndex: options.stepIndex,
    iteration: user.iteration,
    vu: user.vu,
    attempt: 1,
    script: true,
    loc: options.loc,
    status: 'failed',
    offsetMs: started - runtime.startedAt,
    durationMs: 0,
    bytesSent: 0,
    bytesReceived: 0,
    assertions: [],
    extractions: [],
    console: [],
  };
  if (runtime.options.traceparent) {
    const spanId = randomHex(runtime.random, 8);
    headers.push(['traceparent', `00-${user.traceId}-${spanId}-01`]);
    record.trace = { traceId: user.traceId, spanId };
  }
  const sent = { method, url: request.url, headers, ...(body === undefined ? {} : { body }) };

  try {
    const response = await runtime.http.send({
      ...sent,
      timeoutMs: request.timeout ?? SCRIPT_REQUEST_TIMEOUT_MS,
      redirects: { follow: true, max: 10 },
      tls: {},
      maxResponseSize: 50 * 1024 * 1024,
      cookieJar: user.jar,
      signal: runtime.signal,
    });
    record.status = 'passed';
    record.durationMs = runtime.clock.monotonic() - started;
    record.timings = response.timings;
    record.bytesSent = response.bytesSent;
    record.bytesReceived = response.bytesReceived;
    const asSent = { ...sent, headers: response.requestHeaders };
    runtime.emitter.emitAttempt(
      runtime.ref,
      record,
      { request: asSent, response },
      runtime.options,
    );
    return scriptResponse(response);
  } catch (error) {
    record.durationMs = runtime.clock.monotonic() - started;
    const kind = error instanceof HttpError ? error.kind : 'network';
    const message = error instanceof Error ? error.message : String(error);
    record.error = { kind, message };
    runtime.emitter.emitAttempt(runtime.ref, record, { request: sent }, runtime.options);
    throw new Error(`at.sendRequest to ${runtime.redactor.redact(request.url)} failed: ${message}`);
  }
}
