/**
 * Number, duration, size and value formatting shared by the reporters, so the console, JUnit
 * and HTML reports print the same figure the same way.
 */

/** Formats milliseconds for people: `0.42 ms`, `12.5 ms`, `830 ms`, `1.24 s`, `2m 05s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${trimZeros(ms.toFixed(1))} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${trimZeros((ms / 1000).toFixed(2))} s`;

  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}h ${String(minutes).padStart(2, '0')}m ${seconds}s`
    : `${minutes}m ${seconds}s`;
}

/** Formats milliseconds as the seconds JUnit's `time` attribute expects: `1.234`. */
export function formatSeconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}

const byteUnits = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** Formats a byte count with binary units: `512 B`, `1.5 KiB`, `20.3 MiB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '-';

  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${trimZeros(value.toFixed(1))} ${byteUnits[unit]}`;
}

/** Formats a fraction (0..1) as a percentage: `0.975` becomes `97.5%`. */
export function formatPercent(fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return '-';
  return `${trimZeros((fraction * 100).toFixed(digits))}%`;
}

/** Formats a count with thousands separators: `12,345`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** Formats a count with its noun, singular or plural: `1 iteration`, `2,000 iterations`. */
export function formatCountOf(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : pluralNoun}`;
}

/** Formats a throughput: `12.3/s`. */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return '-';
  return `${trimZeros(perSecond.toFixed(1))}/s`;
}

/** Formats a threshold metric's value in its unit: rates as percentages, the rest as durations. */
export function formatMetric(metric: string, value: number): string {
  return metric === 'errorRate' || metric === 'successRate'
    ? formatPercent(value, 2)
    : formatDuration(value);
}

/** Returns the JSON type name of a value as assertion messages show it: `null`, `array`, `object`... */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Formats an assertion's expected or actual value with its type, like `500 (number)` or
 * `"alice" (string)`, so `"200"` and `200` never look alike. Long values are cut at `maxLength`.
 */
export function formatTypedValue(value: unknown, type?: string, maxLength = 200): string {
  return `${truncate(formatValue(value), maxLength)} (${type ?? typeName(value)})`;
}

/** Formats a value as JSON where it can, so strings keep their quotes. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // Circular structures cannot come from the results document, but a reporter must not throw.
    return String(value);
  }
}

/** Cuts text to `maxLength` characters and notes how many characters were left out. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  return `${text.slice(0, maxLength)}… (${formatCount(text.length - maxLength)} more characters)`;
}

/**
 * Makes text from a response or a script safe to print on a terminal: control characters
 * (escape sequences included) become a visible `\xNN` form, except tab and newline.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g,
    (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
