/**
 * Durations as flow files write them: a bare number is milliseconds, a string carries a unit
 * (`500ms`, `10s`, `1.5s`, `2m`, `1h`).
 */

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/;

/** Parses a duration into milliseconds, or returns undefined when the value is not one. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  }
  if (typeof value !== 'string') return undefined;

  const match = DURATION.exec(value);
  if (!match) return undefined;
  const [, amount, unit] = match;
  return Number(amount) * (UNIT_MS[unit ?? ''] ?? Number.NaN);
}

/** Describes why a value is not a duration, for a diagnostic message. */
export function durationMessage(value: unknown): string {
  return `invalid duration ${JSON.stringify(value)}: expected milliseconds as a number or a string with a unit`;
}

/** The fix to show next to a bad duration. */
export const DURATION_HINT =
  'write a number of milliseconds or a string such as "500ms", "10s", "2m" or "1h"';
