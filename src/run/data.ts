/**
 * Iteration data files: CSV with a header row, or a JSON array of objects. Each row becomes
 * the data layer of one iteration.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

/** Reads a data file; throws an Error with a plain message when it is unreadable or invalid. */
export async function loadDataRows(path: string): Promise<Record<string, unknown>[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read data file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  return path.toLowerCase().endsWith('.json')
    ? parseJsonRows(text, path)
    : parseCsvRows(text, path);
}

function parseCsvRows(text: string, path: string): Record<string, unknown>[] {
  try {
    // `bom` drops the mark spreadsheets write; quoted fields may hold commas and newlines.
    return parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: false }) as Record<
      string,
      unknown
    >[];
  } catch (error) {
    throw new Error(`invalid CSV in data file ${path}: ${(error as Error).message}`);
  }
}

function parseJsonRows(text: string, path: string): Record<string, unknown>[] {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new Error(`invalid JSON in data file ${path}: ${(error as Error).message}`);
  }
  if (!Array.isArray(value)) throw new Error(`data file ${path} must hold a JSON array of objects`);
  value.forEach((row, i) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new Error(
        `data file ${path}: item ${i} is not an object; each item must map column names to values`,
      );
    }
  });
  return value as Record<string, unknown>[];
}
