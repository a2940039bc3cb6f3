/**
 * Workflow annotations: an error at the flow file line of each failing step, assertion,
 * crossed threshold and flow error, and a warning for each flaky step and anomaly. GitHub shows
 * at most 10 error and 10 warning annotations per step and 50 per job, so the list is capped
 * and the overflow is counted for the job summary.
 */
import path from 'node:path';

import type { SourceLocation } from '../common/source.js';
import { formatMetric, formatTypedValue, truncate } from '../report/format.js';
import type {
  AssertionRecord,
  AttemptRecord,
  FlowResult,
  ResultsDocument,
} from '../results/document.js';

export interface Annotation {
  level: 'error' | 'warning';
  /** Path relative to the workspace, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endColumn?: number;
  title: string;
  message: string;
}

export interface AnnotationLimits {
  errors: number;
  warnings: number;
  total: number;
}

/** GitHub's documented limits: 10 errors and 10 warnings per step, 50 annotations per job. */
export const GITHUB_ANNOTATION_LIMITS: AnnotationLimits = { errors: 10, warnings: 10, total: 50 };

const MAX_MESSAGE_CHARACTERS = 1000;

/**
 * Collects the annotations of a run. Locations in the results are relative to `cwd` (the
 * working directory); annotations need them relative to `workspace` (GITHUB_WORKSPACE). The
 * same failure in many iterations becomes one annotation with a count.
 */
export function collectAnnotations(
  results: ResultsDocument,
  folders: { cwd: string; workspace: string },
): Annotation[] {
  const errors: Annotation[] = [];
  const warnings: Annotation[] = [];
  const relocate = (loc: SourceLocation): SourceLocation => ({
    ...loc,
    file: toWorkspacePath(loc.file, folders),
  });

  for (const flow of results.flows) {
    errors.push(...failureAnnotations(flow, relocate));

    for (const threshold of flow.thresholds) {
      if (threshold.passed) continue;
      const observed =
        threshold.message ?? `observed ${formatMetric(threshold.metric, threshold.observed)}`;
      errors.push(
        annotation(
          'error',
          relocate(threshold.loc),
          `Threshold crossed: ${flow.name}`,
          `${threshold.expression}: ${observed}`,
        ),
      );
    }
    for (const error of flow.errors) {
      errors.push(
        annotation(
          'error',
          relocate(error.loc ?? flow.loc),
          `Flow error: ${flow.name}`,
          `${error.kind}: ${error.message}`,
        ),
      );
    }

    for (const step of flow.steps) {
      if (step.flaky === 0) continue;
      warnings.push(
        annotation(
          'warning',
          relocate(step.loc),
          `Flaky step: ${flow.name} › ${step.name}`,
          `passed after a retry in ${step.flaky} of ${step.passed} passing runs`,
        ),
      );
    }
    for (const flag of flow.anomalies.flags) {
      warnings.push(
        annotation(
          'warning',
          relocate(flag.loc),
          `Anomaly (${flag.kind}): ${flow.name} › ${flag.step}`,
          flag.message,
        ),
      );
    }
  }
  return [...errors, ...warnings];
}

/** Builds one error per failing step or assertion location, counted over the recorded failures. */
function failureAnnotations(
  flow: FlowResult,
  relocate: (loc: SourceLocation) => SourceLocation,
): Annotation[] {
  const byKey = new Map<string, { annotation: Annotation; count: number }>();

  for (const attempt of flow.failures) {
    if (attempt.status !== 'failed') continue;
    for (const { loc, message } of failureReasons(attempt)) {
      const where = relocate(loc);
      const key = `${where.file}:${where.line}:${where.column}:${message}`;
      const existing = byKey.get(key);
      if (existing) {
        existing.count += 1;
        continue;
      }
      const title = `${attempt.script ? 'Script request failed' : 'Step failed'}: ${flow.name} › ${attempt.step}`;
      byKey.set(key, { annotation: annotation('error', where, title, message), count: 1 });
    }
  }

  return [...byKey.values()].map(({ annotation, count }) =>
    count > 1
      ? { ...annotation, message: `${annotation.message} (in ${count} recorded attempts)` }
      : annotation,
  );
}

/**
 * Lists why an attempt failed, each at its own location: failed assertions at their line,
 * anything else (a network error, a failed extraction or script) at the error's or the step's.
 */
export function failureReasons(attempt: AttemptRecord): { loc: SourceLocation; message: string }[] {
  const reasons: { loc: SourceLocation; message: string }[] = [];
  for (const assertion of attempt.assertions) {
    if (!assertion.passed)
      reasons.push({ loc: assertion.loc ?? attempt.loc, message: describeAssertion(assertion) });
  }
  for (const extraction of attempt.extractions) {
    if (!extraction.passed) {
      reasons.push({
        loc: extraction.loc,
        message: `extraction ${extraction.name} failed: ${extraction.message ?? 'no value'}`,
      });
    }
  }
  // An assertion error repeats the failed assertions already listed, in other words.
  const repeatsAssertions = attempt.error?.kind === 'assertion' && reasons.length > 0;
  if (attempt.error && !repeatsAssertions) {
    reasons.push({
      loc: attempt.error.loc ?? attempt.loc,
      message: `${attempt.error.kind}: ${attempt.error.message}`,
    });
  }
  if (reasons.length === 0) reasons.push({ loc: attempt.loc, message: 'the step failed' });
  return reasons;
}

/** Describes a failed assertion with expected and actual values and their types. */
export function describeAssertion(assertion: AssertionRecord): string {
  if (assertion.message !== undefined && !('expected' in assertion) && !('actual' in assertion)) {
    return `${assertion.name}: ${assertion.message}`;
  }
  const parts = [assertion.name];
  if ('expected' in assertion)
    parts.push(`expected ${formatTypedValue(assertion.expected, assertion.expectedType)}`);
  if ('actual' in assertion)
    parts.push(`actual ${formatTypedValue(assertion.actual, assertion.actualType)}`);
  return parts.length > 1
    ? `${parts[0]}: ${parts.slice(1).join(', ')}`
    : (assertion.message ?? assertion.name);
}

/**
 * Keeps errors first, within GitHub's limits, and counts what was left out per level so the
 * job summary can report them.
 */
export function capAnnotations(
  annotations: Annotation[],
  limits: AnnotationLimits = GITHUB_ANNOTATION_LIMITS,
): { shown: Annotation[]; omitted: { errors: number; warnings: number } } {
  const shown: Annotation[] = [];
  const omitted = { errors: 0, warnings: 0 };
  const counts = { error: 0, warning: 0 };
  const ordered = [
    ...annotations.filter((item) => item.level === 'error'),
    ...annotations.filter((item) => item.level === 'warning'),
  ];

  for (const item of ordered) {
    const levelLimit = item.level === 'error' ? limits.errors : limits.warnings;
    if (counts[item.level] < levelLimit && shown.length < limits.total) {
      shown.push(item);
      counts[item.level] += 1;
    } else if (item.level === 'error') {
      omitted.errors += 1;
    } else {
      omitted.warnings += 1;
    }
  }
  return { shown, omitted };
}

/**
 * Formats an annotation as a workflow command: `::error file=…,line=…,col=…,title=…::message`.
 * The message escapes % and line breaks; properties also escape : and , which separate them.
 */
export function formatAnnotation(item: Annotation): string {
  const properties: [string, string | number | undefined][] = [
    ['file', item.file],
    ['line', item.line],
    ['col', item.column],
    ['endColumn', item.endColumn],
    ['title', item.title],
  ];
  const list = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${item.level} ${list}::${escapeData(item.message)}`;
}

/** Escapes a workflow command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(
  level: Annotation['level'],
  loc: SourceLocation,
  title: string,
  message: string,
): Annotation {
  // GitHub ignores columns on multi-line annotations, so a span over several lines (a whole
  // step) is annotated at its first line and column instead.
  const singleLine = loc.endLine === undefined || loc.endLine === loc.line;
  return {
    level,
    file: loc.file,
    line: loc.line,
    column: loc.column,
    ...(singleLine && loc.endColumn !== undefined ? { endColumn: loc.endColumn } : {}),
    title,
    message: truncate(message, MAX_MESSAGE_CHARACTERS),
  };
}

/** Rewrites a path relative to the working directory as one relative to the workspace. */
export function toWorkspacePath(file: string, folders: { cwd: string; workspace: string }): string {
  const absolute = path.resolve(folders.cwd, file);
  const relative = path.relative(folders.workspace, absolute);
  // Outside the workspace, GitHub cannot link the file; the absolute path is still useful.
  const chosen = relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  return chosen.split(path.sep).join('/');
}
