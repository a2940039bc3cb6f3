/** Parsers for option values; each throws commander's InvalidArgumentError with the fix. */
import { InvalidArgumentError } from 'commander';
import { parseDuration } from '../common/duration.js';

/** Parses a positive integer option value. */
export function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  }
  return parsed;
}

/** Parses a duration option value: a bare number of milliseconds or `500ms`, `10s`, `2m`. */
export function duration(value: string): number {
  const parsed = parseDuration(/^\d+(\.\d+)?$/.test(value) ? Number(value) : value);
  if (parsed === undefined) {
    throw new InvalidArgumentError(`expected a duration such as 500ms, 10s or 2m, got "${value}"`);
  }
  return parsed;
}

/** Collects a repeatable option into an array. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Splits comma-separated lists, accumulating over repeated flags. */
export function commaList(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  ];
}

/** Parses `--shard i/n`. */
export function parseShard(value: string): { index: number; total: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || index < 1 || total < 1 || index > total) {
    throw new InvalidArgumentError(`expected i/n with 1 <= i <= n, such as 1/3, got "${value}"`);
  }
  return { index, total };
}

/** Parses a non-negative number such as a tolerance. */
export function parseFraction(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    throw new InvalidArgumentError(`expected a non-negative number such as 0.1, got "${value}"`);
  }
  return parsed;
}
