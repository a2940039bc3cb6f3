/**
 * Inline SVG charts. They are built as strings here, not in the template, so every label goes
 * through escapeHtml in one place; the template inserts them unescaped.
 */
import type { AttemptRecord, DurationStats, IterationRecord } from '../../results/document.js';
import { escapeHtml, formatMs, truncate } from './units.js';

const PERCENTILES = [
  ['p50', 'p50'],
  ['p90', 'p90'],
  ['p95', 'p95'],
  ['p99', 'p99'],
  ['max', 'max'],
] as const;

/** Draws one horizontal bar per percentile (p50, p90, p95, p99, max) of a step's latency. */
export function percentileChart(stats: DurationStats, title: string): string {
  const rowHeight = 18;
  const labelWidth = 36;
  const barWidth = 260;
  const width = labelWidth + barWidth + 80;
  const height = PERCENTILES.length * rowHeight + 4;
  const scale = stats.max > 0 ? barWidth / stats.max : 0;

  const rows = PERCENTILES.map(([key, label], row) => {
    const value = stats[key];
    const y = row * rowHeight + 2;
    const length = Math.max(value * scale, value > 0 ? 1 : 0);
    return (
      `<text x="0" y="${y + 13}" class="axis">${label}</text>` +
      `<rect x="${labelWidth}" y="${y + 2}" width="${length.toFixed(1)}" height="${rowHeight - 5}" class="bar ${key}"/>` +
      `<text x="${(labelWidth + length + 4).toFixed(1)}" y="${y + 13}" class="value">${escapeHtml(formatMs(value))}</text>`
    );
  });

  return (
    `<svg class="chart" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeHtml(title)}</title>${rows.join('')}</svg>`
  );
}

/** Phases in the order a request goes through them, with the class that colours them. */
const PHASES = [
  ['dns', 'DNS'],
  ['connect', 'connect'],
  ['tls', 'TLS'],
  ['firstByte', 'waiting (TTFB)'],
  ['download', 'download'],
] as const;

/** Labels of the waterfall legend, including the time not spent on the wire. */
export const WATERFALL_LEGEND: { phase: string; label: string }[] = [
  ...PHASES.map(([phase, label]) => ({ phase, label })),
  { phase: 'other', label: 'other (scripts, assertions, delay)' },
];

/**
 * Draws the attempts of one iteration on a shared time axis, each bar split into the timing
 * phases. `iterationOffsetMs` is where the iteration starts, in ms since the flow started.
 */
export function waterfallChart(iteration: IterationRecord, iterationOffsetMs: number): string {
  const attempts = iteration.attempts;
  const labelWidth = 190;
  const plotWidth = 520;
  const rowHeight = 20;
  const axisHeight = 18;
  const width = labelWidth + plotWidth + 70;
  const height = attempts.length * rowHeight + axisHeight + 4;

  const spanMs = Math.max(
    iteration.durationMs,
    ...attempts.map((attempt) => attempt.offsetMs - iterationOffsetMs + attempt.durationMs),
    1,
  );
  const scale = plotWidth / spanMs;

  const rows = attempts.map((attempt, row) => {
    const y = axisHeight + row * rowHeight;
    const start = Math.max(attempt.offsetMs - iterationOffsetMs, 0);
    const name =
      attempt.attempt > 1 ? `${attempt.step} (attempt ${attempt.attempt})` : attempt.step;
    const label = truncate(name, 30);
    const segments = phaseSegments(attempt)
      .map((segment) => {
        const x = labelWidth + (start + segment.startMs) * scale;
        const w = Math.max(segment.ms * scale, 0.5);
        return `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 7}" class="phase ${segment.phase}"><title>${escapeHtml(`${segment.phase} ${formatMs(segment.ms)}`)}</title></rect>`;
      })
      .join('');
    const end = labelWidth + (start + attempt.durationMs) * scale;
    return (
      `<text x="0" y="${y + 14}" class="axis ${attempt.status}">${escapeHtml(label.text + (label.cut ? '…' : ''))}</text>` +
      segments +
      `<text x="${(end + 4).toFixed(1)}" y="${y + 14}" class="value">${escapeHtml(formatMs(attempt.durationMs))}</text>`
    );
  });

  const ticks = [0, 0.25, 0.5, 0.75, 1].map((fraction) => {
    const x = labelWidth + fraction * plotWidth;
    let anchor = 'middle';
    if (fraction === 0) anchor = 'start';
    if (fraction === 1) anchor = 'end';
    return (
      `<line x1="${x.toFixed(1)}" y1="${axisHeight - 4}" x2="${x.toFixed(1)}" y2="${height}" class="grid"/>` +
      `<text x="${x.toFixed(1)}" y="11" text-anchor="${anchor}" class="axis">${escapeHtml(formatMs(fraction * spanMs))}</text>`
    );
  });

  return (
    `<svg class="chart waterfall" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeHtml(`Timing waterfall of iteration ${iteration.iteration}`)}</title>` +
    `${ticks.join('')}${rows.join('')}</svg>`
  );
}

interface Segment {
  phase: string;
  startMs: number;
  ms: number;
}

/** Splits an attempt into its measured phases plus the rest of its duration. */
function phaseSegments(attempt: AttemptRecord): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  if (attempt.timings) {
    for (const [phase] of PHASES) {
      const ms = attempt.timings[phase];
      if (ms === undefined || ms <= 0) continue;
      segments.push({ phase, startMs: cursor, ms });
      cursor += ms;
    }
  }
  if (attempt.durationMs > cursor) {
    segments.push({ phase: 'other', startMs: cursor, ms: attempt.durationMs - cursor });
  }
  return segments;
}
