/** Request and response lines for `--verbose` and for failures. */
import type { AttemptRecord, BodyRecord, ConsoleEntry } from '../../results/document.js';
import { escapeControlCharacters, formatBytes, formatDuration, truncate } from '../format.js';
import type { Style } from './style.js';

/** Formats the one-line summary of an exchange: `GET http://… → 503 Service Unavailable (310 ms)`. */
export function requestLine(record: AttemptRecord, style: Style): string {
  const request = record.request
    ? `${record.request.method} ${escapeControlCharacters(record.request.url)}`
    : '(no request sent)';
  const time = `(${formatDuration(record.durationMs)})`;

  if (record.response) {
    const { status, statusText } = record.response;
    let color = style.green;
    if (status >= 400) color = style.red;
    else if (status >= 300) color = style.yellow;
    return `${request} → ${color(`${status}${statusText ? ` ${statusText}` : ''}`)} ${time}`;
  }
  return `${request} → ${style.red(`no response${record.error ? ` (${record.error.kind})` : ''}`)} ${time}`;
}

/** Renders a whole exchange, headers and bodies included, as `--verbose` prints it. */
export function renderExchange(record: AttemptRecord, style: Style, bodyLimit: number): string[] {
  const lines: string[] = [];
  const request = record.request;
  if (request) {
    lines.push(`  ${style.cyan('→')} ${request.method} ${escapeControlCharacters(request.url)}`);
    lines.push(...headerLines(request.headers, style));
    lines.push(...bodyLines(request.body, bodyLimit));
  }

  const response = record.response;
  if (response) {
    lines.push(
      `  ${style.cyan('←')} HTTP/${response.httpVersion} ${response.status} ${response.statusText} ` +
        style.dim(`(${formatDuration(record.durationMs)})`),
    );
    for (const redirect of response.redirects) {
      lines.push(
        style.dim(
          `    redirected: ${redirect.status} ${escapeControlCharacters(redirect.location)}`,
        ),
      );
    }
    lines.push(...headerLines(response.headers, style));
    lines.push(...bodyLines(response.body, bodyLimit));
  } else if (record.error) {
    lines.push(
      `  ${style.red('✗')} ${record.error.kind}: ${escapeControlCharacters(record.error.message)}`,
    );
  }
  return lines;
}

/** Renders a script's console output, one indented line per message line. */
export function consoleLines(entries: ConsoleEntry[], style: Style, indent: string): string[] {
  const lines: string[] = [];
  for (const entry of entries) {
    const level =
      entry.level === 'error'
        ? style.red(entry.level)
        : entry.level === 'warn'
          ? style.yellow(entry.level)
          : style.dim(entry.level);
    const [first = '', ...rest] = escapeControlCharacters(entry.message).split('\n');
    lines.push(`${indent}${level}: ${first}`);
    for (const line of rest) lines.push(`${indent}  ${line}`);
  }
  return lines;
}

function headerLines(headers: [string, string][], style: Style): string[] {
  return headers.map(
    ([name, value]) =>
      `    ${style.dim(`${escapeControlCharacters(name)}:`)} ${escapeControlCharacters(value)}`,
  );
}

function bodyLines(body: BodyRecord | undefined, limit: number): string[] {
  if (!body || body.size === 0) return [];
  if (body.encoding === 'base64') return [`    <binary body, ${formatBytes(body.size)}>`];

  const text = truncate(escapeControlCharacters(body.text), limit);
  const lines = text.split('\n').map((line) => `    ${line}`);
  // The run already cut the body at its cap; note it, because the text looks complete.
  if (body.truncated) lines.push(`    <body truncated: ${formatBytes(body.size)} in total>`);
  return ['', ...lines, ''];
}
