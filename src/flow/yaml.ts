/**
 * YAML parsing with source positions: one parsed document per file, a locator from a key path
 * (`steps/0/request/url`) to the span of its node, and the checks that must run before the
 * document is turned into plain values (syntax, duplicate keys, alias expansion).
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Pair,
} from 'yaml';

import type { Diagnostic } from '../common/errors.js';
import type { SourceLocation } from '../common/source.js';

export type KeyPath = readonly (string | number)[];

/**
 * Upper bound on the nodes that aliases may expand to in one file. A flow file has no reason
 * to come near it; a "billion laughs" document passes it after a few levels.
 */
export const MAX_ALIAS_EXPANSION = 10_000;

export interface YamlFile {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  text: string;
  document: Document.Parsed;
  locator: Locator;
  /** The document as plain values; undefined when the file has errors. */
  value: unknown;
  /** Paths of nodes the schema rejected and removed from `value`; later stages skip them. */
  skipped: KeyPath[];
}

/** Parses a YAML file, reporting syntax errors, duplicate keys and alias bombs with positions. */
export function parseYamlFile(
  file: string,
  text: string,
): { yaml: YamlFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locator = new Locator(file, text, document, lineCounter);
  const diagnostics: Diagnostic[] = [];

  for (const error of document.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      // The library marks one character; the whole key reads better under the carets.
      const key = /^[^\s:,{}[\]]+|^"[^"]*"|^'[^']*'/.exec(text.slice(error.pos[0]))?.[0] ?? '';
      diagnostics.push({
        category: 'Duplicate key',
        message: `key ${/^["']/.test(key) ? key : `"${key}"`} appears twice in the same mapping`,
        severity: 'error',
        loc: locator.span(error.pos[0], error.pos[0] + Math.max(1, key.length)),
        hint: 'remove one of the two entries or rename it',
      });
      continue;
    }
    diagnostics.push({
      category: 'YAML syntax error',
      message: firstLine(error.message),
      severity: 'error',
      loc: locator.span(error.pos[0], error.pos[1]),
      hint: 'fix the YAML syntax at this position',
    });
  }

  const yaml: YamlFile = { file, text, document, locator, value: undefined, skipped: [] };
  if (diagnostics.length > 0) return { yaml, diagnostics };

  const bomb = findAliasBomb(document);
  if (bomb) {
    diagnostics.push({
      category: 'Too many aliases',
      message: `aliases expand to more than ${MAX_ALIAS_EXPANSION} values`,
      severity: 'error',
      loc: locator.nodeSpan(bomb),
      hint: 'write the values out instead of nesting aliases of aliases',
    });
    return { yaml, diagnostics };
  }

  try {
    yaml.value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // The expansion check above should catch this first; the library's own limit is a backstop.
    diagnostics.push({
      category: 'Too many aliases',
      message: error instanceof Error ? error.message : String(error),
      severity: 'error',
      loc: { file, line: 1, column: 1 },
      hint: 'write the values out instead of nesting aliases of aliases',
    });
  }
  return { yaml, diagnostics };
}

/** Maps key paths and character offsets of one document to source locations. */
export class Locator {
  constructor(
    readonly file: string,
    readonly text: string,
    private readonly document: Document.Parsed,
    private readonly lineCounter: LineCounter,
  ) {}

  /** Converts a character range to a location, end exclusive. */
  span(start: number, end: number): SourceLocation {
    const from = this.lineCounter.linePos(start);
    const to = this.lineCounter.linePos(Math.max(start, end));
    return {
      file: this.file,
      line: Math.max(1, from.line),
      column: from.col,
      endLine: Math.max(1, to.line),
      endColumn: to.col,
    };
  }

  nodeSpan(node: Node): SourceLocation {
    const range = node.range ?? [0, 0, 0];
    return this.span(range[0], range[1]);
  }

  /** Finds the node at a path, following aliases; undefined when the path does not exist. */
  node(path: KeyPath): Node | undefined {
    return this.pair(path)?.value ?? (path.length === 0 ? this.root() : undefined);
  }

  /** Locates the value at a path, or the nearest ancestor that exists. */
  value(path: KeyPath): SourceLocation {
    for (let length = path.length; length >= 0; length--) {
      const node = this.node(path.slice(0, length));
      if (node?.range) return this.nodeSpan(node);
    }
    return { file: this.file, line: 1, column: 1 };
  }

  /** Locates the key of the last path segment (for unknown keys), else the value. */
  key(path: KeyPath): SourceLocation {
    const pair = this.pair(path);
    if (pair?.key && isScalar(pair.key) && pair.key.range) return this.nodeSpan(pair.key);
    return this.value(path);
  }

  private root(): Node | undefined {
    return resolveNode(this.document, this.document.contents);
  }

  /** The entry at `path`: a map pair, or a sequence item wrapped as a pair without key. */
  private pair(path: KeyPath): { key?: Node; value?: Node } | undefined {
    if (path.length === 0) return undefined;

    let current = this.root();
    let found: { key?: Node; value?: Node } | undefined;
    for (const segment of path) {
      found = undefined;
      if (isMap(current)) {
        const pair = current.items.find((item) => keyText(item) === String(segment));
        if (pair) found = { key: pair.key as Node, value: resolveNode(this.document, pair.value) };
      } else if (isSeq(current) && typeof segment === 'number') {
        const item = current.items[segment];
        if (item !== undefined) found = { value: resolveNode(this.document, item) };
      }
      if (!found) return undefined;
      current = found.value;
    }
    return found;
  }
}

function keyText(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function resolveNode(document: Document.Parsed, node: unknown): Node | undefined {
  if (isAlias(node)) return node.resolve(document) ?? node;
  if (isPair(node)) return undefined;
  return isMap(node) || isSeq(node) || isScalar(node) ? node : undefined;
}

/**
 * Finds the alias at which expanding every alias would pass MAX_ALIAS_EXPANSION nodes. Sizes
 * are memoized per node, so this runs in time linear in the document, unlike the expansion.
 */
function findAliasBomb(document: Document.Parsed): Node | undefined {
  const sizes = new Map<Node, number>();
  const visiting = new Set<Node>();

  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) {
      const target = node.resolve(document);
      return target ? sizeOf(target) : 1;
    }
    if (!isMap(node) && !isSeq(node)) return 1;

    const cached = sizes.get(node);
    if (cached !== undefined) return cached;
    if (visiting.has(node)) return 1;
    visiting.add(node);

    let size = 1;
    for (const item of node.items) {
      size += isPair(item) ? sizeOf(item.key) + sizeOf(item.value) : sizeOf(item);
      if (size > MAX_ALIAS_EXPANSION) break;
    }
    visiting.delete(node);
    sizes.set(node, size);
    return size;
  };

  let expanded = 0;
  let offender: Node | undefined;
  const walk = (node: unknown): void => {
    if (offender) return;
    if (isAlias(node)) {
      expanded += sizeOf(node);
      if (expanded > MAX_ALIAS_EXPANSION) offender = node;
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    }
  };
  walk(document.contents);
  return offender;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
