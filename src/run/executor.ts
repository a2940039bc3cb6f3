/**
 * One step execution for one user: `if`, delay, then attempts (templates, auth, body, pre
 * script, request, extractions, post script, assertions) until one passes or retries run out.
 * Every attempt becomes an `attempt` event and the execution ends with a `stepEnd` event.
 */
import type { Auth, RequestBody, Step } from '../flow/model.js';
import { encodeBody, RequestBodyError } from '../http/body.js';
import { HttpError, type HttpRequest, type HttpResponse } from '../http/types.js';
import type { AttemptRecord, ConsoleEntry, ErrorInfo, Status } from '../results/document.js';
import { PM_REQUEST_VARIABLE } from '../script/pm.js';
import type { ScriptOutcome, ScriptRequest } from '../script/types.js';
import { AuthError, applyAuth, hasHeader, setHeader } from './auth.js';
import { extractValue } from './extract.js';
import { createScriptHost, scriptResponse } from './host.js';
import type { Exchange } from './records.js';
import { createResponseView } from './response.js';
import {
  randomHex,
  registerCapturedSecret,
  sleep,
  templateContext,
  type FlowRuntime,
} from './runtime.js';
import { renderString, renderValue, TemplateError, type TemplateContext } from './template.js';
import type { UserState } from './types.js';

export interface StepResult {
  status: Status;
  flaky: boolean;
}

/** Why an attempt ended; decides whether a retry may help. */
interface AttemptResult {
  record: AttemptRecord;
  exchange: Exchange;
  /** False for failures a retry cannot fix: templates, scripts, bodies. */
  retryable: boolean;
}

/** Executes one step for one user and emits its attempts and its end. */
export async function executeStep(
  runtime: FlowRuntime,
  step: Step,
  user: UserState,
): Promise<StepResult> {
  // Most steps have no condition; skipping the call saves an await per request.
  const condition = step.if ? await evaluateCondition(runtime, step, user) : NO_CONDITION;
  if (condition.skipReason !== undefined) {
    return endStep(runtime, step, user, skipped(runtime, step, user, condition.skipReason), false);
  }
  if (condition.error) {
    const record = newRecord(runtime, step, user, 1);
    record.error = condition.error;
    record.console = condition.console;
    runtime.emitter.emitAttempt(runtime.ref, record, {}, runtime.options);
    return endStep(runtime, step, user, 'failed', false);
  }

  if (step.delay) await sleep(step.delay, runtime.signal);
  if (runtime.signal.aborted)
    return endStep(
      runtime,
      step,
      user,
      skipped(runtime, step, user, 'the run was interrupted'),
      false,
    );

  const maxAttempts = 1 + (step.retry?.count ?? 0);
  for (let attempt = 1; ; attempt++) {
    const { record, exchange, retryable } = await runAttempt(runtime, step, user, attempt);
    const last =
      record.status !== 'failed' || !retryable || attempt >= maxAttempts || runtime.signal.aborted;
    const flaky = record.status === 'passed' && attempt > 1;
    if (flaky) record.flaky = true;
    if (!last) record.retried = true;
    runtime.emitter.emitAttempt(runtime.ref, record, exchange, runtime.options);
    if (last) return endStep(runtime, step, user, record.status, flaky);
    await sleep(step.retry?.interval ?? 0, runtime.signal);
  }
}

/** Emits a skipped attempt for a step that does not run, and returns `skipped`. */
export function skipped(runtime: FlowRuntime, step: Step, user: UserState, reason: string): Status {
  const record = newRecord(runtime, step, user, 1);
  record.status = 'skipped';
  record.skipReason = reason;
  runtime.emitter.emitAttempt(runtime.ref, record, {}, runtime.options);
  return 'skipped';
}

/** Emits the `stepEnd` event. */
export function endStep(
  runtime: FlowRuntime,
  step: Step,
  user: UserState,
  status: Status,
  flaky: boolean,
): StepResult {
  runtime.emitter.emit({
    type: 'stepEnd',
    flow: runtime.ref,
    step: step.index,
    iteration: user.iteration,
    vu: user.vu,
    status,
    flaky,
  });
  return { status, flaky };
}

/** The outcome of `if`: a skip reason when it is false, an error when it throws. */
interface ConditionOutcome {
  skipReason?: string;
  error?: ErrorInfo;
  console: ConsoleEntry[];
}

const NO_CONDITION: ConditionOutcome = Object.freeze({ console: [] });

/** Evaluates `if`: a skip reason when it is false, an error when it throws. */
async function evaluateCondition(
  runtime: FlowRuntime,
  step: Step,
  user: UserState,
): Promise<ConditionOutcome> {
  if (!step.if) return NO_CONDITION;
  const host = createScriptHost(runtime, user, {
    phase: 'if',
    stepName: step.name,
    stepIndex: step.index,
    loc: step.if.loc,
  });
  const outcome = await runtime.scripts.run(step.if, host, runtime.flow.scriptLimits);
  if (!outcome.ok) return { error: scriptFailure(outcome, 'if'), console: outcome.console };
  if (outcome.value === false)
    return { skipReason: `if: ${step.if.source.trim()} is false`, console: outcome.console };
  return { console: outcome.console };
}

async function runAttempt(
  runtime: FlowRuntime,
  step: Step,
  user: UserState,
  attempt: number,
): Promise<AttemptResult> {
  const record = newRecord(runtime, step, user, attempt);
  const exchange: Exchange = {};
  const started = runtime.clock.monotonic();
  const finish = (error?: ErrorInfo, retryable = true): AttemptResult => {
    record.durationMs ||= runtime.clock.monotonic() - started;
    if (error) {
      record.status = 'failed';
      record.error = error;
    } else if (record.status !== 'skipped') {
      record.status = record.assertions.every((a) => a.passed) ? 'passed' : 'failed';
    }
    return { record, exchange, retryable };
  };

  // Postman runs a pre-request script before it resolves {{variables}}, so an imported script
  // may set a variable its own request uses: run it first, on the request as written.
  let postmanPre: { written: ScriptRequest; outcome: ScriptOutcome } | undefined;
  if (step.pre?.dialect === 'postman') {
    const written: ScriptRequest = {
      method: step.request.method,
      url: step.request.url,
      headers: Object.fromEntries(step.request.headers),
    };
    const outcome = await runScript(runtime, step, user, 'pre', written);
    record.console.push(...outcome.console);
    if (!outcome.ok) return finish(scriptFailure(outcome, 'pre'), false);
    if (outcome.skipped) {
      record.status = 'skipped';
      record.skipReason = 'at.skip() in the pre script';
      return finish();
    }
    postmanPre = { written, outcome };
  }

  // Build the request: templates, auth, body, trace header.
  const context = templateContext(runtime, user);
  let request: HttpRequest;
  try {
    request = await buildRequest(runtime, step, user, context);
  } catch (error) {
    return finish(buildFailure(error, step), error instanceof AuthError);
  }
  if (runtime.options.traceparent) {
    const spanId = randomHex(runtime.random, 8);
    setHeader(request.headers, 'traceparent', `00-${user.traceId}-${spanId}-01`);
    record.trace = { traceId: user.traceId, spanId };
  }

  // The pre script may change the request or skip the step.
  if (postmanPre?.outcome.request) {
    applyPostmanHeaders(request, postmanPre.written, postmanPre.outcome.request, context);
  } else if (step.pre && !postmanPre) {
    const original = toScriptRequest(request);
    const outcome = await runScript(runtime, step, user, 'pre', original);
    record.console.push(...outcome.console);
    if (!outcome.ok) return finish(scriptFailure(outcome, 'pre'), false);
    if (outcome.skipped) {
      record.status = 'skipped';
      record.skipReason = 'at.skip() in the pre script';
      return finish();
    }
    if (outcome.request) applyScriptRequest(request, original, outcome.request);
  }
  exchange.request = request;
  // Postman test scripts read pm.request: give them the request as sent, templates resolved.
  if (step.post?.dialect === 'postman') {
    user.variables.set(PM_REQUEST_VARIABLE, toScriptRequest(request));
  }

  // Send.
  let response: HttpResponse;
  try {
    response = await runtime.http.send(request);
  } catch (error) {
    record.durationMs = runtime.clock.monotonic() - started;
    if (error instanceof HttpError) {
      record.bytesSent = error.bytesSent;
      record.bytesReceived = error.bytesReceived;
      // Ctrl-C cut this request off: the step did not fail, the user stopped it.
      if (error.kind === 'aborted' && runtime.signal.aborted) {
        record.status = 'skipped';
        record.skipReason = 'the run was interrupted';
        return finish(undefined, false);
      }
      return finish({ kind: error.kind, message: error.message, loc: step.request.loc });
    }
    const message = error instanceof Error ? error.message : String(error);
    return finish({
      kind: 'network',
      message: `the request failed: ${message}`,
      loc: step.request.loc,
    });
  }
  record.durationMs = runtime.clock.monotonic() - started;
  exchange.response = response;
  // Records show the headers as sent, with the cookies and accept-encoding the client added.
  exchange.request = { method: request.method, url: request.url, headers: response.requestHeaders };
  if (request.body !== undefined) exchange.request.body = request.body;
  record.timings = response.timings;
  record.bytesSent = response.bytesSent;
  record.bytesReceived = response.bytesReceived;
  const view = createResponseView(response, user.jar);

  // Extractions, then the post script, then assertions.
  for (const extraction of step.extract) {
    const outcome = extractValue(extraction.source, view);
    if (!outcome.ok) {
      record.extractions.push({
        name: extraction.name,
        passed: false,
        message: outcome.message,
        loc: extraction.loc,
      });
      return finish({
        kind: 'extraction',
        message: `extraction "${extraction.name}" failed: ${outcome.message}`,
        loc: extraction.loc,
      });
    }
    if (extraction.secret)
      registerCapturedSecret(runtime, outcome.value, `extraction ${extraction.name}`);
    user.variables.set(extraction.name, outcome.value);
    record.extractions.push({
      name: extraction.name,
      passed: true,
      value: outcome.value,
      loc: extraction.loc,
    });
  }

  if (step.post) {
    const outcome = await runScript(
      runtime,
      step,
      user,
      'post',
      undefined,
      scriptResponse(response),
    );
    record.console.push(...outcome.console);
    record.assertions.push(...outcome.tests);
    if (!outcome.ok) return finish(scriptFailure(outcome, 'post'), false);
  }

  for (const assertion of step.assert) {
    let expected: unknown;
    try {
      expected = assertion.matcher
        ? renderValue(assertion.matcher.expected, context, `assert`)
        : undefined;
    } catch (error) {
      return finish(buildFailure(error, step), false);
    }
    record.assertions.push(runtime.evaluator.evaluate(assertion, view, expected));
  }

  const failed = record.assertions.find((assertion) => !assertion.passed);
  if (failed) {
    const error: ErrorInfo = {
      kind: 'assertion',
      message: failed.message ?? `${failed.name} failed`,
    };
    if (failed.loc) error.loc = failed.loc;
    return finish(error);
  }
  return finish();
}

async function buildRequest(
  runtime: FlowRuntime,
  step: Step,
  user: UserState,
  context: TemplateContext,
): Promise<HttpRequest> {
  const spec = step.request;
  const method = renderString(spec.method, context, 'request.method').toUpperCase();
  let url = renderString(spec.url, context, 'request.url');
  if (spec.query.length > 0) {
    const parsed = new URL(url);
    for (const [name, value] of spec.query) {
      parsed.searchParams.append(
        renderString(name, context, 'request.query'),
        renderString(value, context, `request.query.${name}`),
      );
    }
    url = parsed.toString();
  }
  const headers: [string, string][] = spec.headers.map(([name, value]) => [
    renderString(name, context, 'request.headers'),
    renderString(value, context, `request.headers.${name}`),
  ]);

  const request: HttpRequest = {
    method,
    url,
    headers,
    timeoutMs: spec.timeout,
    redirects: spec.redirects,
    tls: resolveTlsPaths(spec.tls, runtime.baseDir),
    maxResponseSize: spec.maxResponseSize,
    cookieJar: user.jar,
    signal: runtime.signal,
  };
  if (spec.proxy) request.proxy = renderString(spec.proxy, context, 'request.proxy');

  if (spec.body) {
    const body = renderValue(spec.body, context, 'request.body') as RequestBody;
    let encoded;
    try {
      encoded = await encodeBody(body, { baseDir: runtime.baseDir });
    } catch (error) {
      if (error instanceof RequestBodyError) throw new BodyError(error.message, { cause: error });
      throw new BodyError(`cannot encode the request body: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (encoded.body !== undefined) request.body = encoded.body;
    if (encoded.contentType && !hasHeader(headers, 'content-type'))
      headers.push(['Content-Type', encoded.contentType]);
  }

  if (spec.auth) {
    const auth = renderValue(spec.auth, context, 'request.auth') as Auth;
    const transport = {
      timeoutMs: spec.timeout,
      tls: request.tls,
      signal: runtime.signal,
      ...(request.proxy ? { proxy: request.proxy } : {}),
    };
    request.url = await applyAuth(auth, request, {
      tokens: runtime.tokens,
      redactor: runtime.redactor,
      transport,
    });
  }
  return request;
}

class BodyError extends Error {}

function resolveTlsPaths(tls: HttpRequest['tls'], baseDir: string): HttpRequest['tls'] {
  const resolved = { ...tls };
  for (const key of ['ca', 'cert', 'key'] as const) {
    const path = resolved[key];
    if (path && !path.startsWith('/')) resolved[key] = `${baseDir}/${path}`;
  }
  return resolved;
}

function buildFailure(error: unknown, step: Step): ErrorInfo {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof TemplateError) {
    return { kind: 'template', message: `step "${step.name}": ${message}`, loc: step.request.loc };
  }
  if (error instanceof AuthError) return { kind: 'auth', message, loc: step.request.loc };
  if (error instanceof BodyError) return { kind: 'body', message, loc: step.request.loc };
  return { kind: 'invalid_url', message: `step "${step.name}": ${message}`, loc: step.request.loc };
}

function runScript(
  runtime: FlowRuntime,
  step: Step,
  user: UserState,
  phase: 'pre' | 'post',
  request?: ScriptRequest,
  response?: ReturnType<typeof scriptResponse>,
): Promise<ScriptOutcome> {
  const script = phase === 'pre' ? step.pre : step.post;
  if (!script) throw new Error(`step "${step.name}" has no ${phase} script`);
  const host = createScriptHost(runtime, user, {
    phase,
    stepName: step.name,
    stepIndex: step.index,
    loc: script.loc,
    ...(request ? { request } : {}),
    ...(response ? { response } : {}),
  });
  return runtime.scripts.run(script, host, runtime.flow.scriptLimits);
}

function scriptFailure(outcome: ScriptOutcome, phase: string): ErrorInfo {
  const error = outcome.error;
  const info: ErrorInfo = {
    kind: 'script',
    message: error
      ? `${phase} script failed: ${error.name}: ${error.message}`
      : `${phase} script failed`,
  };
  if (error?.loc) info.loc = error.loc;
  return info;
}

function toScriptRequest(request: HttpRequest): ScriptRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of request.headers) headers[name] = value;
  const scriptRequest: ScriptRequest = { method: request.method, url: request.url, headers };
  if (request.body !== undefined) {
    scriptRequest.body =
      typeof request.body === 'string' ? request.body : Buffer.from(request.body).toString('utf8');
  }
  return scriptRequest;
}

/**
 * Applies the header changes of a Postman pre-request script, which ran on the request as
 * written: added or changed values are rendered like the rest of the request.
 */
function applyPostmanHeaders(
  request: HttpRequest,
  written: ScriptRequest,
  changed: ScriptRequest,
  context: TemplateContext,
): void {
  for (const [name, value] of Object.entries(changed.headers)) {
    if (written.headers[name] !== value)
      setHeader(request.headers, name, renderString(value, context));
  }
  const kept = new Set(Object.keys(changed.headers).map((name) => name.toLowerCase()));
  const removed = new Set(
    Object.keys(written.headers)
      .map((name) => name.toLowerCase())
      .filter((name) => !kept.has(name)),
  );
  request.headers = request.headers.filter(([name]) => !removed.has(name.toLowerCase()));
}

function applyScriptRequest(
  request: HttpRequest,
  original: ScriptRequest,
  changed: ScriptRequest,
): void {
  request.method = changed.method.toUpperCase();
  request.url = changed.url;
  request.headers = Object.entries(changed.headers);
  // Keep the encoded bytes unless the script changed the text: binary bodies do not survive text.
  if (changed.body === undefined) delete request.body;
  else if (changed.body !== original.body) request.body = changed.body;
}

function newRecord(
  runtime: FlowRuntime,
  step: Step,
  user: UserState,
  attempt: number,
): AttemptRecord {
  return {
    step: step.name,
    stepIndex: step.index,
    iteration: user.iteration,
    vu: user.vu,
    attempt,
    loc: step.loc,
    status: 'failed',
    offsetMs: runtime.clock.monotonic() - runtime.startedAt,
    durationMs: 0,
    bytesSent: 0,
    bytesReceived: 0,
    assertions: [],
    extractions: [],
    console: [],
  };
}
