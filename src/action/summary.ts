/**
 * The job summary and the PR comment, both Markdown built from the results document. The
 * summary has the full detail within GitHub's 1 MiB limit; the comment is the short form.
 */
import { formatLocation } from '../common/source.js';
import { formatDuration, formatMetric, formatPercent, formatRate } from '../report/format.js';
import type { Comparison } from '../results/compare.js';
import { formatComparison } from '../results/compare.js';
import type { FlowResult, ResultsDocument, StepAggregate } from '../results/document.js';
import { failureReasons } from './annotations.js';
import { escapeHtml, escapeMarkdown, inlineCode, joinWithinLimit, table } from './markdown.js';
import type { Shard } from './shard.js';

/** GitHub rejects a step summary above 1 MiB. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
/** GitHub rejects an issue comment body above 65,536 characters; bytes are a safe bound. */
export const COMMENT_MAX_BYTES = 65_536;

const MAX_STEP_ROWS = 200;
const MAX_FAILURES_PER_FLOW = 10;
const MAX_COMMENT_FAILURES = 10;

export interface SummaryOptions {
  /** The artifact holding the reports, when one was uploaded. */
  artifact?: { name: string; id?: number; url?: string };
  /** Why no artifact was uploaded, shown instead of the pointer. */
  artifactNote?: string;
  comparison?: Comparison;
  /** Annotations left out because of GitHub's limits. */
  omittedAnnotations?: { errors: number; warnings: number };
  shard?: Shard;
  /** Link to the workflow run. */
  runUrl?: string;
  maxBytes?: number;
}

/** Renders the job summary: totals, flows, per-step tables, failures and comparisons. */
export function renderSummary(results: ResultsDocument, options: SummaryOptions = {}): string {
  const sections = [heading(results, options), flowTable(results)];

  const notes = [artifactLine(options), annotationNote(options)].filter((line) => line !== '');
  if (notes.length > 0) sections.push(notes.join('\n\n'));
  if (options.comparison) sections.push(comparisonSection(options.comparison, false));

  // Failed flows first: when the summary is cut, the detail that explains a failure stays.
  const ordered = [...results.flows].sort(
    (a, b) => Number(b.status !== 'passed') - Number(a.status !== 'passed'),
  );
  for (const flow of ordered) sections.push(flowSection(flow));

  return joinWithinLimit(
    sections,
    options.maxBytes ?? SUMMARY_MAX_BYTES,
    (omitted) =>
      `> [!NOTE]\n> The summary reached GitHub's size limit: ${omitted} more section${omitted === 1 ? ' was' : 's were'} left out. The full detail is in the HTML report and results.json.`,
  ).text;
}

/** Renders the PR comment body under a hidden marker that finds it again on the next run. */
export function renderComment(
  results: ResultsDocument,
  marker: string,
  options: SummaryOptions = {},
): string {
  const sections = [marker, heading(results, options), flowTable(results)];

  const failures = commentFailures(results);
  if (failures !== '') sections.push(failures);
  if (options.comparison) sections.push(comparisonSection(options.comparison, true));

  const links = [
    artifactLine(options),
    options.runUrl ? `[Workflow run and job summary](${options.runUrl})` : '',
  ]
    .filter((line) => line !== '')
    .join(' · ');
  if (links !== '') sections.push(links);

  return joinWithinLimit(
    sections,
    options.maxBytes ?? COMMENT_MAX_BYTES,
    () => "_The comment reached GitHub's size limit; see the job summary for the rest._",
  ).text;
}

function heading(results: ResultsDocument, options: SummaryOptions): string {
  const { summary, run } = results;
  const icon = run.status === 'passed' ? '✅' : run.status === 'interrupted' ? '⏹️' : '❌';
  const scope = options.shard
    ? ` (shard ${options.shard.index} of ${options.shard.total})`
    : run.mergedFrom !== undefined
      ? ` (merged from ${run.mergedFrom} shards)`
      : '';
  const steps = summary.steps;
  const lines = [
    `## ${icon} flow-runner: ${run.status}${scope}`,
    '',
    `**${summary.flows.total}** flow${summary.flows.total === 1 ? '' : 's'} (${summary.flows.passed} passed, ${summary.flows.failed} failed) · ` +
      `**${summary.iterations.total}** iterations · success rate **${formatPercent(summary.successRate)}** · ` +
      `${formatDuration(run.durationMs)}`,
    '',
    `Steps: ${steps.passed} passed, ${steps.failed} failed, ${steps.flaky} flaky, ${steps.skipped} skipped · ` +
      `${summary.requests} requests · thresholds crossed: ${summary.thresholds.crossed} of ${summary.thresholds.total} · ` +
      `anomalies: ${summary.anomalies}`,
  ];
  if (run.environment !== undefined) lines.push('', `Environment: ${inlineCode(run.environment)}`);
  return lines.join('\n');
}

function flowTable(results: ResultsDocument): string {
  if (results.flows.length === 0) return '_No flows ran._';
  const rows = results.flows.map((flow) => [
    statusIcon(flow.status),
    escapeMarkdown(flow.name),
    inlineCode(flow.file),
    `${flow.iterations.passed}/${flow.iterations.run}`,
    formatPercent(flow.successRate),
    formatDuration(flow.durationMs),
    formatRate(flow.requestsPerSecond),
    flow.bottleneck
      ? `${escapeMarkdown(flow.bottleneck.step)} (${formatPercent(flow.bottleneck.share)})`
      : '',
  ]);
  return table(
    [
      '',
      'Flow',
      'File',
      'Iterations passed',
      'Success rate',
      'Duration',
      'Throughput',
      'Bottleneck',
    ],
    rows,
    ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'left'],
  );
}

function flowSection(flow: FlowResult): string {
  const parts = [
    `### ${statusIcon(flow.status)} ${escapeMarkdown(flow.name)}`,
    `${inlineCode(formatLocation(flow.loc))} · ${flow.virtualUsers} virtual user${flow.virtualUsers === 1 ? '' : 's'} · ` +
      `${formatPercent(flow.successRate)} success · ${formatDuration(flow.durationMs)}`,
  ];

  parts.push(stepTable(flow.steps));
  if (flow.bottleneck) {
    parts.push(
      `**Bottleneck:** ${escapeMarkdown(flow.bottleneck.step)} takes ${formatPercent(flow.bottleneck.share)} of the flow's step time (mean ${formatDuration(flow.bottleneck.meanMs)}).`,
    );
  }
  if (flow.thresholds.length > 0) parts.push(thresholdTable(flow));
  parts.push(anomalyList(flow));

  const failures = failureList(flow);
  if (failures !== '') parts.push(failures);
  if (flow.errors.length > 0) {
    parts.push(
      [
        '**Flow errors:**',
        ...flow.errors.map(
          (error) =>
            `- ${errorLocation(error.loc)}${escapeMarkdown(`${error.kind}: ${error.message}`)}`,
        ),
      ].join('\n'),
    );
  }
  return parts.join('\n\n');
}

function stepTable(steps: StepAggregate[]): string {
  if (steps.length === 0) return '_This flow has no steps._';
  const shown = steps.slice(0, MAX_STEP_ROWS);
  const rows = shown.map((step) => {
    const timed = step.duration.count > 0;
    const percentile = (value: number): string => (timed ? formatDuration(value) : '');
    return [
      `${escapeMarkdown(step.name)}<br><sub>${escapeHtml(`${step.method} ${step.url}`)}</sub>`,
      String(step.count),
      String(step.passed),
      String(step.failed),
      String(step.flaky),
      String(step.skipped),
      percentile(step.duration.p50),
      percentile(step.duration.p90),
      percentile(step.duration.p95),
      percentile(step.duration.p99),
      percentile(step.duration.max),
    ];
  });
  const text = table(
    ['Step', 'Runs', 'Passed', 'Failed', 'Flaky', 'Skipped', 'p50', 'p90', 'p95', 'p99', 'Max'],
    rows,
    [
      'left',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
    ],
  );
  const left = steps.length - shown.length;
  return left > 0 ? `${text}\n\n_${left} more steps are in the HTML report._` : text;
}

function thresholdTable(flow: FlowResult): string {
  const rows = flow.thresholds.map((threshold) => [
    threshold.passed ? '✅' : '❌',
    inlineCode(threshold.expression),
    threshold.step === undefined ? '' : escapeMarkdown(threshold.step),
    threshold.message === undefined
      ? formatMetric(threshold.metric, threshold.observed)
      : escapeMarkdown(threshold.message),
  ]);
  return ['**Thresholds**', '', table(['', 'Threshold', 'Step', 'Observed'], rows)].join('\n');
}

function anomalyList(flow: FlowResult): string {
  const { anomalies } = flow;
  if (!anomalies.evaluated) {
    return `**Anomalies:** not evaluated${anomalies.reason ? `: ${escapeMarkdown(anomalies.reason)}` : ''}.`;
  }
  if (anomalies.flags.length === 0)
    return `**Anomalies:** none (${escapeMarkdown(anomalies.method)}).`;
  const items = anomalies.flags.map(
    (flag) =>
      `- ⚠️ ${escapeMarkdown(flag.kind)} in ${escapeMarkdown(flag.step)}: ${escapeMarkdown(flag.message)}`,
  );
  return [`**Anomalies** (${escapeMarkdown(anomalies.method)}):`, ...items].join('\n');
}

function failureList(flow: FlowResult): string {
  const failed = flow.failures.filter((attempt) => attempt.status === 'failed');
  if (failed.length === 0) return '';
  const items = failed
    .slice(0, MAX_FAILURES_PER_FLOW)
    .flatMap((attempt) =>
      failureReasons(attempt).map(
        (reason) =>
          `- ${inlineCode(formatLocation(reason.loc))} ${escapeMarkdown(attempt.step)} (iteration ${attempt.iteration}, attempt ${attempt.attempt}): ${escapeMarkdown(reason.message)}`,
      ),
    );
  const dropped = Object.values(flow.detail.failuresDropped).reduce((sum, count) => sum + count, 0);
  const more = failed.length - Math.min(failed.length, MAX_FAILURES_PER_FLOW) + dropped;
  if (more > 0) items.push(`- _${more} more failed attempts are in the HTML report._`);
  return ['**Failures**', ...items].join('\n');
}

function commentFailures(results: ResultsDocument): string {
  const items: string[] = [];
  for (const flow of results.flows) {
    for (const attempt of flow.failures) {
      if (attempt.status !== 'failed') continue;
      const [reason] = failureReasons(attempt);
      if (reason === undefined) continue;
      items.push(
        `- ${escapeMarkdown(flow.name)} › ${escapeMarkdown(attempt.step)} at ${inlineCode(formatLocation(reason.loc))}: ${escapeMarkdown(reason.message)}`,
      );
    }
  }
  if (items.length === 0) return '';
  const shown = items.slice(0, MAX_COMMENT_FAILURES);
  if (items.length > shown.length)
    shown.push(`- _${items.length - shown.length} more in the job summary._`);
  return ['**Failures**', ...shown].join('\n');
}

function comparisonSection(comparison: Comparison, compact: boolean): string {
  const { counts } = comparison;
  const line =
    `**Compared with the baseline** (tolerance ${formatPercent(comparison.options.tolerance)}): ` +
    `${counts.regressed} regressed, ${counts.improved} improved, ${counts.unchanged} unchanged, ${counts.new} new, ${counts.removed} removed.`;

  const changed = comparison.steps.filter(
    (step) => step.verdict === 'regressed' || step.verdict === 'improved',
  );
  const rows = changed.map((step) => {
    const p95 = step.changes.p95;
    const errors = step.changes.errorRate;
    return [
      step.verdict === 'regressed' ? '🔺 regressed' : '🔻 improved',
      escapeMarkdown(step.flow),
      escapeMarkdown(step.step),
      p95
        ? `${formatDuration(p95.base)} → ${formatDuration(p95.next)}${relative(p95.relative)}`
        : '',
      errors ? `${formatPercent(errors.base)} → ${formatPercent(errors.next)}` : '',
    ];
  });
  const parts = [line];
  if (rows.length > 0) parts.push(table(['', 'Flow', 'Step', 'p95', 'Error rate'], rows));
  if (!compact) {
    parts.push(
      `<details><summary>Every step</summary>\n\n<pre>${escapeHtml(formatComparison(comparison))}</pre>\n\n</details>`,
    );
  }
  return parts.join('\n\n');
}

function artifactLine(options: SummaryOptions): string {
  if (options.artifact) {
    const name = inlineCode(options.artifact.name);
    return options.artifact.url
      ? `📦 Reports and results.json: artifact [${name}](${options.artifact.url})`
      : `📦 Reports and results.json: artifact ${name}`;
  }
  return options.artifactNote ? `📦 ${escapeMarkdown(options.artifactNote)}` : '';
}

function annotationNote(options: SummaryOptions): string {
  const omitted = options.omittedAnnotations;
  if (!omitted || omitted.errors + omitted.warnings === 0) return '';
  return (
    `> [!NOTE]\n> ${omitted.errors} error and ${omitted.warnings} warning annotations were not shown, because GitHub shows ` +
    'at most 10 errors and 10 warnings per step. The failures are listed per flow below.'
  );
}

function errorLocation(loc: FlowResult['loc'] | undefined): string {
  return loc ? `${inlineCode(formatLocation(loc))} ` : '';
}

function statusIcon(status: FlowResult['status']): string {
  return status === 'passed' ? '✅' : status === 'interrupted' ? '⏹️' : '❌';
}

function relative(value: number | undefined): string {
  if (value === undefined) return '';
  return ` (${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%)`;
}
