/**
 * Reading source files: text decoding (UTF-8 with or without a BOM, UTF-16 with a BOM, as
 * Postman and browsers write them) and JSON parsing with the position of a syntax error.
 */
import { InputError } from '../common/errors.js';
import type { SourceLocation } from '../common/source.js';
import type { SourceFile } from './types.js';

/** Decodes a file's bytes: a UTF-16 BOM selects UTF-16, a UTF-8 BOM is dropped. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses a JSON file; a syntax error becomes an InputError at its line and column. */
export function parseJsonFile(file: SourceFile, what: string): unknown {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const loc = errorLocation(file.path, text, message);
    throw new InputError(`${file.path} is not a valid ${what}: ${message}`, [
      {
        category: 'Invalid JSON',
        message: `${what} is not valid JSON: ${message}`,
        severity: 'error',
        ...(loc ? { loc } : {}),
        hint: `export the ${what} again, or check the file around this position`,
      },
    ]);
  }
}

/**
 * Finds where a JSON syntax error sits. V8 names a position in some messages but not in others
 * (`Unexpected token ','`), so the text is scanned again to find the first offending character.
 */
function errorLocation(file: string, text: string, message: string): SourceLocation | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { file, line: Number(lineColumn[1]), column: Number(lineColumn[2]) };

  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : firstJsonError(text);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { file, line, column };
}

/** Returns the offset of the first character that makes `text` invalid JSON, if any. */
export function firstJsonError(text: string): number | undefined {
  let at = 0;
  const space = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text[at] ?? '')) at++;
  };
  const fail = (): never => {
    throw at;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, at)) at += word.length;
    else fail();
  };
  const string = (): void => {
    at++;
    while (at < text.length && text[at] !== '"') {
      if ((text.charCodeAt(at) ?? 0) < 0x20) fail();
      at += text[at] === '\\' ? 2 : 1;
    }
    if (at >= text.length) fail();
    at++;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') {
      at++;
      space();
      if (text[at] === '}') return void at++;
      for (;;) {
        space();
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at] !== ':') fail();
        at++;
        value();
        space();
        if (text[at] === '}') return void at++;
        if (text[at] !== ',') fail();
        at++;
      }
    }
    if (char === '[') {
      at++;
      space();
      if (text[at] === ']') return void at++;
      for (;;) {
        value();
        space();
        if (text[at] === ']') return void at++;
        if (text[at] !== ',') fail();
        at++;
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!number) fail();
    at += number?.[0].length ?? 0;
  };
  try {
    value();
    space();
    return at < text.length ? at : undefined;
  } catch (offset) {
    return typeof offset === 'number' ? offset : undefined;
  }
}

/** Throws an InputError about `file` with one diagnostic; `hint` tells how to fix it. */
export function invalidSource(
  file: string,
  category: string,
  message: string,
  hint: string,
): never {
  throw new InputError(`${file}: ${message}`, [
    { category, message, severity: 'error', loc: { file, line: 1, column: 1 }, hint },
  ]);
}

export type Json = Record<string, unknown>;

/** Returns the value when it is a plain object, else undefined. */
export function asObject(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

/** Returns the value when it is an array, else an empty array. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Returns a string for strings, numbers and booleans; undefined for anything else. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
