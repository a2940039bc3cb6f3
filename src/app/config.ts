/**
 * The project configuration file: `flow-runner.yaml` in the working directory (or the file given
 * with `--config`) sets defaults for `run` flags, so a repository can fix its reporters, output
 * folder or environment once. A flag given on the command line always wins over the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import { InputError, type Diagnostic } from '../common/errors.js';
import { suggestionHint } from '../common/suggest.js';
import { parseDuration } from '../common/duration.js';

export const CONFIG_FILE = 'flow-runner.yaml';

/** Defaults for `run` flags, named as the flags are (camel case). */
export interface RunConfig {
  environment?: string;
  reporters?: string[];
  out?: string;
  failOn?: 'failures' | 'anomalies' | 'never';
  iterations?: number;
  virtualUsers?: number;
  duration?: number;
  delay?: number;
  bail?: boolean;
  verbose?: boolean;
  tags?: string[];
  varFiles?: string[];
  secretsFile?: string;
  chromePath?: string;
  otelEndpoint?: string;
  fullBodies?: boolean;
}

type Parser = (value: unknown) => unknown;

const positiveInteger: Parser = (value) =>
  Number.isInteger(value) && (value as number) > 0 ? value : undefined;
const text: Parser = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
const flag: Parser = (value) => (typeof value === 'boolean' ? value : undefined);
const textList: Parser = (value) => {
  const items = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) return undefined;
  return items.map((item: string) => item.trim()).filter(Boolean);
};

/** Each key of the file, its parser and what a valid value looks like. */
const KEYS: Record<keyof RunConfig, [Parser, string]> = {
  environment: [text, 'an environment name'],
  reporters: [textList, 'a list of reporter names, such as [html, junit]'],
  out: [text, 'a folder path'],
  failOn: [
    (value) => (['failures', 'anomalies', 'never'].includes(value as string) ? value : undefined),
    'failures, anomalies or never',
  ],
  iterations: [positiveInteger, 'a positive integer'],
  virtualUsers: [positiveInteger, 'a positive integer'],
  duration: [parseDuration, 'a duration such as 30s or 2m'],
  delay: [parseDuration, 'a duration such as 500ms'],
  bail: [flag, 'true or false'],
  verbose: [flag, 'true or false'],
  tags: [textList, 'a list of tags'],
  varFiles: [textList, 'a list of files'],
  secretsFile: [text, 'a file path'],
  chromePath: [text, 'a file path'],
  otelEndpoint: [text, 'a URL'],
  fullBodies: [flag, 'true or false'],
};

/**
 * Reads the configuration file: `explicit` (from `--config`) must exist, while the default
 * `flow-runner.yaml` is optional. Paths in the file are relative to the file's folder.
 */
export function loadRunConfig(cwd: string, explicit?: string): RunConfig {
  const file = path.resolve(cwd, explicit ?? CONFIG_FILE);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    if (explicit === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new InputError(`cannot read --config ${explicit}: ${(error as Error).message}`);
  }

  const displayPath = path.relative(cwd, file).split(path.sep).join('/');
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, uniqueKeys: true });
  const position = (node: Node | null | undefined) => {
    const start = lineCounter.linePos(node?.range?.[0] ?? 0);
    const end = lineCounter.linePos(node?.range?.[1] ?? node?.range?.[0] ?? 0);
    return {
      file: displayPath,
      line: start.line,
      column: start.col,
      endLine: end.line,
      endColumn: end.col,
    };
  };
  const problem = (node: Node | null | undefined, message: string, hint?: string): Diagnostic => ({
    category: 'Invalid configuration',
    severity: 'error',
    message,
    loc: position(node),
    ...(hint ? { hint } : {}),
  });

  const firstError = document.errors[0];
  if (firstError) {
    const { line, col } = lineCounter.linePos(firstError.pos[0]);
    throw new InputError(`invalid YAML in ${displayPath}`, [
      {
        category: 'Invalid YAML',
        severity: 'error',
        message: firstError.message.split('\n')[0] ?? firstError.message,
        loc: { file: displayPath, line, column: col },
      },
    ]);
  }
  if (document.contents === null) return {};
  if (!isMap(document.contents)) {
    throw new InputError(`invalid ${displayPath}`, [
      problem(
        document.contents,
        'the file must be a mapping of settings, such as `reporters: [html]`',
      ),
    ]);
  }

  const config: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  for (const pair of document.contents.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const rule = KEYS[key as keyof RunConfig];
    if (!rule) {
      diagnostics.push(
        problem(
          keyNode,
          `unknown setting "${key}"`,
          suggestionHint(key, Object.keys(KEYS), 'settings'),
        ),
      );
      continue;
    }
    const valueNode = pair.value as Node | null;
    const value = rule[0](valueNode && 'toJSON' in valueNode ? valueNode.toJSON() : null);
    if (value === undefined) {
      diagnostics.push(
        problem(valueNode ?? keyNode, `invalid value for "${key}": expected ${rule[1]}`),
      );
      continue;
    }
    config[key] = value;
  }
  if (diagnostics.length > 0) throw new InputError(`invalid ${displayPath}`, diagnostics);

  // Paths are written relative to the file, but the CLI resolves them from the working folder.
  const base = path.dirname(file);
  const relocate = (value: string) => path.relative(cwd, path.resolve(base, value)) || '.';
  for (const key of ['out', 'secretsFile'] as const) {
    if (typeof config[key] === 'string') config[key] = relocate(config[key] as string);
  }
  if (Array.isArray(config['varFiles'])) {
    config['varFiles'] = (config['varFiles'] as string[]).map(relocate);
  }
  return config as RunConfig;
}
