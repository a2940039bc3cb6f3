/**
 * The end-of-run summary: per flow, a table of its steps, then the bottleneck, anomalies and
 * thresholds; and one totals line for the run.
 */
import type {
  FlowResult,
  RequestAggregate,
  ResultsDocument,
  StepAggregate,
} from '../../results/document.js';
import {
  formatBytes,
  formatCount,
  formatCountOf,
  formatDuration,
  formatMetric,
  formatPercent,
  formatRate,
} from '../format.js';
import { renderTable, type Cell, type Column, type Style } from './style.js';

const columns: Column[] = [
  { header: 'Step', align: 'left' },
  { header: 'Count', align: 'right' },
  { header: 'Passed', align: 'right' },
  { header: 'Failed', align: 'right' },
  { header: 'Skipped', align: 'right' },
  { header: 'Flaky', align: 'right' },
  { header: 'p50', align: 'right' },
  { header: 'p95', align: 'right' },
  { header: 'p99', align: 'right' },
  { header: 'Mean', align: 'right' },
  { header: 'Sent', align: 'right' },
  { header: 'Received', align: 'right' },
];

/** Renders the summary of every flow, one block each, as lines. */
export function renderFlowSummaries(results: ResultsDocument, style: Style): string[] {
  const lines: string[] = [];
  for (const flow of results.flows) lines.push('', ...renderFlowSummary(flow, style));
  return lines;
}

function renderFlowSummary(flow: FlowResult, style: Style): string[] {
  const status =
    flow.status === 'passed'
      ? style.green('passed')
      : flow.status === 'failed'
        ? style.red('failed')
        : style.yellow('interrupted');
  const iterations = flow.iterations;
  const lines = [
    `${style.bold(flow.name)} ${style.dim(flow.file)} ${status}`,
    style.dim(
      `  ${formatCountOf(iterations.run, 'iteration')} (${formatCount(iterations.passed)} passed, ` +
        `${formatCount(iterations.failed)} failed), ${flow.virtualUsers} virtual ` +
        `${flow.virtualUsers === 1 ? 'user' : 'users'}, ${formatPercent(flow.successRate)} success, ` +
        `${formatDuration(flow.durationMs)}, ${formatRate(flow.requestsPerSecond)}`,
    ),
    '',
  ];

  const rows = flow.steps.map((step) => stepRow(step, style));
  if (flow.scriptRequests.requests > 0) rows.push(scriptRow(flow.scriptRequests, style));
  lines.push(...renderTable(columns, rows, style));

  if (flow.bottleneck) {
    const { step, share, meanMs } = flow.bottleneck;
    lines.push(
      '',
      `  Bottleneck: ${style.bold(step)}, ${formatPercent(share)} of step time (mean ${formatDuration(meanMs)})`,
    );
  }

  lines.push(...renderAnomalies(flow, style));
  lines.push(...renderThresholds(flow, style));
  return lines;
}

function stepRow(step: StepAggregate, style: Style): Cell[] {
  const highlight = (count: number, color: (text: string) => string): Cell =>
    count > 0 ? { text: formatCount(count), color } : formatCount(count);
  const measured = step.duration.count > 0;
  const time = (ms: number) => (measured ? formatDuration(ms) : '-');

  return [
    step.name,
    formatCount(step.count),
    formatCount(step.passed),
    highlight(step.failed, style.red),
    highlight(step.skipped, style.yellow),
    highlight(step.flaky, style.yellow),
    time(step.duration.p50),
    time(step.duration.p95),
    time(step.duration.p99),
    time(step.duration.mean),
    formatBytes(step.bytesSent),
    formatBytes(step.bytesReceived),
  ];
}

/** A row for `at.sendRequest` calls, which have requests but no step executions. */
function scriptRow(aggregate: RequestAggregate, style: Style): Cell[] {
  return [
    { text: '(script requests)', color: style.dim },
    formatCount(aggregate.requests),
    formatCount(aggregate.requests - aggregate.failed),
    aggregate.failed > 0 ? { text: formatCount(aggregate.failed), color: style.red } : '0',
    '-',
    '-',
    formatDuration(aggregate.duration.p50),
    formatDuration(aggregate.duration.p95),
    formatDuration(aggregate.duration.p99),
    formatDuration(aggregate.duration.mean),
    formatBytes(aggregate.bytesSent),
    formatBytes(aggregate.bytesReceived),
  ];
}

function renderAnomalies(flow: FlowResult, style: Style): string[] {
  const anomalies = flow.anomalies;
  if (!anomalies.evaluated) {
    // A short run cannot have enough samples; saying so on every flow is noise.
    const minSamples = anomalies.settings['minSamples'] ?? 0;
    if (flow.iterations.run < minSamples) return [];
    return [`  Anomalies: not evaluated${anomalies.reason ? ` (${anomalies.reason})` : ''}`];
  }
  if (anomalies.flags.length === 0) return [`  Anomalies: none (${anomalies.method})`];

  const lines = [`  Anomalies (${anomalies.method}):`];
  for (const flag of anomalies.flags) {
    const iterations = flag.iterations?.length ? ` (iterations ${flag.iterations.join(', ')})` : '';
    lines.push(
      `    ${style.yellow('!')} ${flag.kind} in ${style.bold(flag.step)}: ${flag.message}${iterations}`,
    );
  }
  return lines;
}

function renderThresholds(flow: FlowResult, style: Style): string[] {
  if (flow.thresholds.length === 0) return [];

  const lines = ['  Thresholds:'];
  for (const threshold of flow.thresholds) {
    const mark = threshold.passed ? style.green('✓ passed ') : style.red('✗ crossed');
    const scope = threshold.step ? ` on ${threshold.step}` : '';
    lines.push(
      `    ${mark} ${threshold.expression}${scope}: observed ${formatMetric(threshold.metric, threshold.observed)}`,
    );
  }
  return lines;
}

/** Renders the run's totals and status as the closing lines of the console output. */
export function renderTotals(results: ResultsDocument, style: Style): string[] {
  const { summary, run } = results;
  const steps = summary.steps;
  const parts = [
    `${formatCountOf(summary.flows.total, 'flow')} (${summary.flows.passed} passed, ${summary.flows.failed} failed` +
      `${summary.flows.interrupted ? `, ${summary.flows.interrupted} interrupted` : ''})`,
    `${formatCountOf(summary.iterations.total, 'iteration')} (${formatCount(summary.iterations.passed)} passed, ` +
      `${formatCount(summary.iterations.failed)} failed)`,
    `${formatCountOf(steps.count, 'step')} (${formatCount(steps.passed)} passed, ${formatCount(steps.failed)} failed, ` +
      `${formatCount(steps.skipped)} skipped, ${formatCount(steps.flaky)} flaky)`,
    `${formatCountOf(summary.requests, 'request')} in ${formatDuration(run.durationMs)} (${formatRate(summary.requestsPerSecond)})`,
  ];
  if (summary.thresholds.total > 0) {
    parts.push(
      `${summary.thresholds.crossed} of ${formatCountOf(summary.thresholds.total, 'threshold')} crossed`,
    );
  }
  if (summary.anomalies > 0) {
    parts.push(`${summary.anomalies} ${summary.anomalies === 1 ? 'anomaly' : 'anomalies'}`);
  }

  const status =
    run.status === 'passed'
      ? style.green(style.bold('PASSED'))
      : run.status === 'failed'
        ? style.red(style.bold('FAILED'))
        : style.yellow(style.bold('INTERRUPTED'));
  return ['', parts.join(', '), `${status} ${style.dim(`(exit code ${run.exitCode})`)}`];
}
