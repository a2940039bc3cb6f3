/**
 * The failures section: every failed attempt the results document kept, with its position in
 * the flow file, the request line, and each failed assertion with expected and actual values.
 */
import { renderDiagnostic, readSourceLine } from '../../common/diagnostics.js';
import type { Diagnostic } from '../../common/errors.js';
import { formatLocation, type SourceLocation } from '../../common/source.js';
import type {
  AttemptRecord,
  ErrorInfo,
  FlowResult,
  ResultsDocument,
} from '../../results/document.js';
import { escapeControlCharacters, formatCount, formatTypedValue } from '../format.js';
import { consoleLines, requestLine } from './exchange.js';
import type { Style } from './style.js';

export interface FailureOptions {
  /** Failed attempts shown per step; the rest are counted. */
  perStep: number;
  /** Folder the flow files' paths are relative to, for the source line under a failure. */
  sourceRoot?: string;
}

/**
 * Renders the failures of every flow, then the failed attempts that were retried, because a
 * step that passed on a later attempt is flaky, not failed. Returns no lines when nothing failed.
 */
export function renderFailures(
  results: ResultsDocument,
  style: Style,
  options: FailureOptions,
): string[] {
  const failures: string[][] = [];
  const retried: string[][] = [];
  for (const flow of results.flows) {
    for (const { block, isRetried } of flowFailures(flow, style, options)) {
      (isRetried ? retried : failures).push(block);
    }
  }

  return [
    ...section(style.bold(style.red(`Failures (${failures.length})`)), failures),
    ...section(style.bold(style.yellow(`Retried attempts (${retried.length})`)), retried),
  ];
}

function section(title: string, blocks: string[][]): string[] {
  if (blocks.length === 0) return [];
  const lines = ['', title];
  blocks.forEach((block, index) => {
    const [first = '', ...rest] = block;
    lines.push(
      '',
      `  ${index + 1}) ${first}`,
      ...rest.map((line) => (line === '' ? '' : `     ${line}`)),
    );
  });
  return lines;
}

interface FailureBlock {
  block: string[];
  /** A failed attempt that another attempt followed. */
  isRetried: boolean;
}

function flowFailures(flow: FlowResult, style: Style, options: FailureOptions): FailureBlock[] {
  const blocks: FailureBlock[] = [];

  for (const [hook, label] of [
    ['beforeAll', 'Before All'],
    ['afterAll', 'After All'],
  ] as const) {
    const result = flow.hooks[hook];
    if (result?.status !== 'failed') continue;
    const block = [`${flow.name} › ${style.bold(label)}`];
    if (result.error) block.push(...errorLines(result.error, style, options));
    block.push(...consoleSection(result.console, style));
    blocks.push({ block, isRetried: false });
  }

  const hookMessages = new Set(
    [flow.hooks.beforeAll?.error?.message, flow.hooks.afterAll?.error?.message].filter(Boolean),
  );
  for (const error of flow.errors) {
    if (hookMessages.has(error.message)) continue;
    blocks.push({
      block: [`${flow.name} › ${style.bold('flow error')}`, ...errorLines(error, style, options)],
      isRetried: false,
    });
  }

  const shownPerStep = new Map<number, number>();
  const hidden = new Map<string, number>();
  for (const record of flow.failures) {
    const count = shownPerStep.get(record.stepIndex) ?? 0;
    if (count >= options.perStep) {
      hidden.set(record.step, (hidden.get(record.step) ?? 0) + 1);
      continue;
    }
    shownPerStep.set(record.stepIndex, count + 1);
    blocks.push({
      block: attemptBlock(flow, record, style, options),
      isRetried: record.retried === true,
    });
  }

  for (const step of flow.steps) {
    const notShown = (hidden.get(step.name) ?? 0) + (flow.detail.failuresDropped[step.name] ?? 0);
    if (notShown === 0) continue;

    // When a step never failed, every failed attempt it dropped was retried.
    const isRetried = step.failed === 0;
    const kind = isRetried ? 'retried' : 'failed';
    blocks.push({
      block: [
        `${flow.name} › ${style.bold(step.name)}: ${formatCount(notShown)} more ${kind} attempts not shown ` +
          `(results.json keeps up to ${flow.detail.failuresPerStep} failed attempts per step)`,
      ],
      isRetried,
    });
  }
  return blocks;
}

function attemptBlock(
  flow: FlowResult,
  record: AttemptRecord,
  style: Style,
  options: FailureOptions,
): string[] {
  const where = [`iteration ${record.iteration}`, `vu ${record.vu}`, `attempt ${record.attempt}`];
  const retry = laterAttempt(flow, record);
  if (retry?.status === 'passed')
    where.push(style.yellow(`flaky: passed on attempt ${retry.attempt}`));

  const block = [
    `${flow.name} › ${style.bold(record.step)} ${style.dim(`(${where.join(', ')})`)}`,
    style.dim(formatLocation(record.loc)),
    requestLine(record, style),
  ];

  const failed = record.assertions.filter((assertion) => !assertion.passed);
  for (const assertion of failed) {
    block.push(
      '',
      ...diagnosticLines(
        {
          category: 'Assertion failed',
          message: escapeControlCharacters(assertion.name),
          severity: 'error',
          ...(assertion.loc ? { loc: assertion.loc } : {}),
        },
        style,
        options,
      ),
    );
    if ('expected' in assertion || assertion.expectedType) {
      block.push(
        `  expected: ${escapeControlCharacters(formatTypedValue(assertion.expected, assertion.expectedType))}`,
      );
    }
    if ('actual' in assertion || assertion.actualType) {
      block.push(
        `  actual:   ${escapeControlCharacters(formatTypedValue(assertion.actual, assertion.actualType))}`,
      );
    }
    // The message repeats expected and actual when both are shown; it adds to them otherwise.
    const shown =
      ('expected' in assertion || assertion.expectedType) &&
      ('actual' in assertion || assertion.actualType);
    if (assertion.message && !shown) block.push(`  ${escapeControlCharacters(assertion.message)}`);
  }

  // An assertion error repeats the failed assertions above; any other error is the cause.
  if (record.error && !(record.error.kind === 'assertion' && failed.length > 0)) {
    block.push('', ...errorLines(record.error, style, options));
  }
  if (record.skipReason) block.push(`skipped: ${escapeControlCharacters(record.skipReason)}`);
  block.push(...consoleSection(record.console, style));
  return block;
}

/** Finds the next attempt of the same step execution, when the iteration's detail was kept. */
function laterAttempt(flow: FlowResult, record: AttemptRecord): AttemptRecord | undefined {
  const iteration = flow.iterationDetails.find((detail) => detail.iteration === record.iteration);
  return iteration?.attempts.find(
    (other) =>
      other.stepIndex === record.stepIndex && other.attempt === record.attempt + 1 && !other.script,
  );
}

/** The heading of each kind of error; results.json keeps the kind itself. */
const ERROR_CATEGORIES: Record<string, string> = {
  assertion: 'Assertion failed',
  extraction: 'Extraction failed',
  script: 'Script failed',
  template: 'Template error',
  auth: 'Authentication failed',
  body: 'Request body error',
  invalid_url: 'Invalid URL',
  data: 'Data file error',
  connection_refused: 'Connection refused',
  dns: 'DNS lookup failed',
  timeout: 'Timed out',
  connection_reset: 'Connection reset',
  tls: 'TLS error',
  too_many_redirects: 'Too many redirects',
  response_too_large: 'Response too large',
  proxy: 'Proxy error',
  aborted: 'Aborted',
  decompression: 'Decompression failed',
  network: 'Network error',
};

function errorLines(error: ErrorInfo, style: Style, options: FailureOptions): string[] {
  return diagnosticLines(
    {
      category: ERROR_CATEGORIES[error.kind] ?? `Error (${error.kind})`,
      message: escapeControlCharacters(error.message),
      severity: 'error',
      ...(error.loc ? { loc: error.loc } : {}),
    },
    style,
    options,
  );
}

function diagnosticLines(diagnostic: Diagnostic, style: Style, options: FailureOptions): string[] {
  const source = diagnostic.loc ? sourceText(diagnostic.loc, options) : undefined;
  return renderDiagnostic(diagnostic, {
    color: style.isColorSupported,
    ...(source === undefined ? {} : { source }),
  }).split('\n');
}

/**
 * Returns text whose line `loc.line` is the flow file's line, for renderDiagnostic's caret line.
 * Only that one line is read (and cached), so the earlier lines are left blank.
 */
function sourceText(loc: SourceLocation, options: FailureOptions): string | undefined {
  if (options.sourceRoot === undefined) return undefined;
  const line = readSourceLine(loc.file, loc.line, options.sourceRoot);
  return line === undefined ? undefined : `${'\n'.repeat(loc.line - 1)}${line}`;
}

function consoleSection(entries: AttemptRecord['console'], style: Style): string[] {
  if (entries.length === 0) return [];
  return ['', style.dim('console:'), ...consoleLines(entries, style, '  ')];
}
