/** Parsers for the value syntaxes of flow files other than durations: sizes and thresholds. */
import { parseDuration } from '../common/duration.js';
import type { Threshold } from './model.js';

const SIZE_UNITS: Record<string, number> = {
  b: 1,
  kb: 1000,
  kib: 1024,
  mb: 1000 ** 2,
  mib: 1024 ** 2,
  gb: 1000 ** 3,
  gib: 1024 ** 3,
};
const SIZE = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/i;

/** Parses a byte size: a bare number of bytes or a string such as `512KiB` or `50MB`. */
export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;

  const match = SIZE.exec(value);
  const factor = SIZE_UNITS[match?.[2]?.toLowerCase() ?? ''];
  if (!match || factor === undefined) return undefined;
  return Math.round(Number(match[1]) * factor);
}

export type ThresholdMetric = Threshold['metric'];
export const DURATION_METRICS = ['min', 'mean', 'p50', 'p90', 'p95', 'p99', 'max'] as const;
export const RATE_METRICS = ['errorRate', 'successRate'] as const;

const THRESHOLD = /^\s*(<=|>=|<|>)\s*(\S.*?)\s*$/;

/**
 * Parses a threshold expression such as `< 800ms` (duration metrics) or `< 1%` (rates, also
 * written as a fraction: `< 0.01`).
 */
export function parseThreshold(
  metric: ThresholdMetric,
  expression: string,
): { operator: Threshold['operator']; value: number } | undefined {
  const match = THRESHOLD.exec(expression);
  if (!match) return undefined;
  const operator = match[1] as Threshold['operator'];
  const operand = match[2] ?? '';

  if ((RATE_METRICS as readonly string[]).includes(metric)) {
    const percent = /^(\d+(?:\.\d+)?)%$/.exec(operand);
    const value = percent
      ? Number(percent[1]) / 100
      : /^\d+(\.\d+)?$/.test(operand)
        ? Number(operand)
        : NaN;
    return Number.isFinite(value) && value <= 1 ? { operator, value } : undefined;
  }

  const milliseconds = parseDuration(/^\d+(\.\d+)?$/.test(operand) ? Number(operand) : operand);
  return milliseconds === undefined ? undefined : { operator, value: milliseconds };
}
