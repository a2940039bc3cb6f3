/** Number and text formatting shared by the HTML template and its SVG charts. */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values (SVG included). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Serializes a value as JSON that is safe inside `<script type="application/json">`: `<`, `>`
 * and `&` cannot form `</script>` or `<!--`, and U+2028/U+2029 cannot end a line in old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Formats milliseconds with a precision that suits the size: `0.42 ms`, `41.3 ms`, `2.35 s`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 60_000) return `${(ms / 60_000).toFixed(1)} min`;
  if (ms >= 1_000) return `${(ms / 1_000).toFixed(2)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** Formats a byte count in binary units: `512 B`, `1.5 KiB`, `3.2 MiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** Formats a 0..1 ratio as a percentage with one decimal: `0.9731` → `97.3%`. */
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  return `${(ratio * 100).toFixed(1)}%`;
}

/** Formats a count with thousands separators, independent of the machine's locale. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** Cuts text to `limit` characters and returns the number of characters cut. */
export function truncate(text: string, limit: number): { text: string; cut: number } {
  if (text.length <= limit) return { text, cut: 0 };
  return { text: text.slice(0, limit), cut: text.length - limit };
}
