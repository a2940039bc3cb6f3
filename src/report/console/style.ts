/** Colors and table layout for the console reporter. */
import { createColors } from 'picocolors';

export type Style = ReturnType<typeof createColors>;

/** Returns picocolors formatters that color only when `enabled`; the entry point resolves NO_COLOR. */
export function createStyle(enabled: boolean): Style {
  return createColors(enabled);
}

export interface Column {
  header: string;
  align: 'left' | 'right';
}

/** A table cell: plain text, and an optional color applied after padding so widths stay right. */
export type Cell = string | { text: string; color: (text: string) => string };

/** Lays out rows under a header and a rule, each line prefixed by `indent`. */
export function renderTable(
  columns: Column[],
  rows: Cell[][],
  style: Style,
  indent = '  ',
): string[] {
  const text = (cell: Cell | undefined) => (typeof cell === 'string' ? cell : (cell?.text ?? ''));
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => text(row[index]).length)),
  );

  const pad = (value: string, index: number) => {
    const width = widths[index] ?? 0;
    return columns[index]?.align === 'right' ? value.padStart(width) : value.padEnd(width);
  };
  const line = (cells: string[]) => `${indent}${cells.join('  ')}`.trimEnd();

  const lines = [
    line(columns.map((column, index) => style.bold(pad(column.header, index)))),
    `${indent}${style.dim('─'.repeat(widths.reduce((total, width) => total + width, 0) + 2 * (widths.length - 1)))}`,
  ];
  for (const row of rows) {
    lines.push(
      line(
        columns.map((_, index) => {
          const cell = row[index];
          const padded = pad(text(cell), index);
          return typeof cell === 'object' ? cell.color(padded) : padded;
        }),
      ),
    );
  }
  return lines;
}
