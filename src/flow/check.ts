/**
 * Semantic checks that a schema cannot express: duplicate step names, JSONPath and regex
 * syntax, thresholds naming unknown steps, and templates (`{{ name }}`) that no scope can
 * define, that name undeclared secrets, or that are left open.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { JSONPath } from 'jsonpath-plus';
import { isMap, isScalar, isSeq, type Node } from 'yaml';

import { DYNAMIC_VALUE_NAMES } from '../common/dynamic-names.js';
import type { SourceLocation } from '../common/source.js';
import { closestMatch, suggestionHint } from '../common/suggest.js';
import type { FileBuilder } from './build.js';
import { checkSchemas } from './check-schemas.js';
import type { Environment, Flow, FlowGroup, Script } from './model.js';
import { isWithin } from './validate.js';
import type { KeyPath } from './yaml.js';

/** Names defined outside the flow files, which the checks cannot see by themselves. */
export interface CheckOptions {
  /** The environment selected for the flow's group, if any. */
  environment?: Environment;
  /** Names the run defines from outside: `--var`, `--var-file`, `FLOW_RUNNER_VAR_<NAME>`. */
  overrideNames: readonly string[];
  /**
   * Set when the schema rejected part of the group's variables or environments, so a name
   * that looks undefined may be defined there: undefined names are then not reported.
   */
  groupNamesIncomplete?: boolean;
  /** Set when the schema rejected part of the group's secrets list. */
  groupSecretsIncomplete?: boolean;
}

/** Names every template may use without a definition. */
const BUILT_IN_NAMES = ['iteration', 'vu'];
/** Keys of a step whose values are JavaScript, not templates. */
const SCRIPT_KEYS = new Set(['pre', 'post', 'if']);

type Json = Record<string, unknown>;

/** Runs the semantic checks on a built flow; problems go to the builder's diagnostics. */
export function checkFlow(builder: FileBuilder, flow: Flow, options: CheckOptions): void {
  checkStepNames(builder, flow);
  checkExpressions(builder);
  checkThresholds(builder, flow);
  checkTemplates(builder, flow, options);
  if (!options.groupSecretsIncomplete) checkScriptSecrets(builder, flow);
  checkSchemas(builder, flow);
}

function checkStepNames(builder: FileBuilder, flow: Flow): void {
  const seen = new Map<string, number>();
  for (const step of flow.steps) {
    const first = seen.get(step.name);
    if (first === undefined) {
      seen.set(step.name, step.index);
      continue;
    }
    builder.error(
      'Duplicate step',
      `step ${step.index + 1} has the same name as step ${first + 1}: "${step.name}"`,
      builder.at(['steps', step.index, 'name']),
      'give each step of a flow its own name, because reports and thresholds refer to steps by name',
    );
  }
}

/** Checks every JSONPath and regular expression of the steps at its own position. */
function checkExpressions(builder: FileBuilder): void {
  const steps = ((builder.yaml.value as Json | undefined)?.steps ?? []) as (Json | undefined)[];

  steps.forEach((step, index) => {
    if (step === undefined) return;
    const path = ['steps', index];
    for (const [name, raw] of Object.entries((step.extract ?? {}) as Json)) {
      const spec = (raw ?? {}) as Json;
      if (typeof spec.json === 'string')
        checkJsonPath(builder, spec.json, builder.at([...path, 'extract', name, 'json']));
      if (typeof spec.regex === 'string') {
        checkRegex(
          builder,
          spec.regex,
          spec.flags as string | undefined,
          builder.at([...path, 'extract', name, 'regex']),
        );
      }
    }

    const assert = (step.assert ?? {}) as Json;
    for (const jsonPath of Object.keys((assert.json ?? {}) as Json)) {
      checkJsonPath(builder, jsonPath, builder.keyAt([...path, 'assert', 'json', jsonPath]));
    }
    for (const [matcherPath, matches] of matcherValues(assert, 'matches')) {
      if (typeof matches === 'string')
        checkRegex(builder, matches, undefined, builder.at([...path, 'assert', ...matcherPath]));
    }
  });
}

/** Lists `[path, value]` of every matcher with the given name inside an `assert` block. */
function matcherValues(assert: Json, matcher: string): [KeyPath, unknown][] {
  const found: [KeyPath, unknown][] = [];
  const visit = (value: unknown, path: KeyPath): void => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const [key, entry] of Object.entries(value as Json)) {
      if (key === matcher && path.length > 0) found.push([[...path, key], entry]);
      else if (path[0] !== 'schema') visit(entry, [...path, key]);
    }
  };
  visit(assert, []);
  return found;
}

/**
 * Explains why a JSONPath is invalid, or returns undefined. jsonpath-plus accepts most
 * malformed paths silently, so brackets and quotes are checked here and only filter
 * expressions are compiled by jsonpath-plus itself.
 */
export function jsonPathProblem(path: string): string | undefined {
  if (!path.startsWith('$')) return 'a JSONPath starts with "$"';

  const open: string[] = [];
  let quote: string | undefined;
  for (let i = 0; i < path.length; i++) {
    const char = path[i] ?? '';
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"') quote = char;
    else if (char === '[' || char === '(') open.push(char);
    else if (char === ']' || char === ')') {
      const expected = char === ']' ? '[' : '(';
      if (open.pop() !== expected) return `unexpected "${char}" at character ${i + 1}`;
    }
  }
  if (quote) return `unterminated string starting with ${quote}`;
  if (open.length > 0) return `unclosed "${open[open.length - 1]}"`;
  if (/(^\$|[^.])\.$/.test(path) || path.endsWith('...')) return 'the path ends with "."';

  for (const segment of JSONPath.toPathArray(path)) {
    if (!segment.startsWith('?(') && !segment.startsWith('(')) continue;
    try {
      JSONPath({ path: `$[${segment}]`, json: { probe: {} }, eval: 'safe', wrap: true });
    } catch (error) {
      // Only a parse error of the expression carries a character index; other errors come
      // from evaluating it against the probe value and say nothing about its syntax.
      if (error instanceof Error && /at character \d+/.test(error.message)) {
        return `invalid filter ${segment}: ${error.message}`;
      }
    }
  }
  return undefined;
}

function checkJsonPath(builder: FileBuilder, path: string, loc: SourceLocation): void {
  if (path.includes('{{')) return;
  const problem = jsonPathProblem(path);
  if (problem === undefined) return;
  builder.error(
    'Invalid JSONPath',
    `invalid JSONPath "${path}": ${problem}`,
    loc,
    'write a path such as "$.items[0].id" or "$..name"',
  );
}

function checkRegex(
  builder: FileBuilder,
  pattern: string,
  flags: string | undefined,
  loc: SourceLocation,
): void {
  if (pattern.includes('{{')) return;
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.message.replace(/^Invalid regular expression: /, '')
        : String(error);
    builder.error(
      'Invalid regex',
      `invalid regular expression: ${reason}`,
      loc,
      'escape special characters such as "(" and "[" with a backslash',
    );
  }
}

function checkThresholds(builder: FileBuilder, flow: Flow): void {
  // A step the schema rejected still has the name written in the file.
  const names = [
    ...new Set([...flow.steps.map((step) => step.name), ...writtenStepNames(builder)]),
  ];
  const entries = ((builder.yaml.value as Json | undefined)?.thresholds ?? []) as (
    Json | undefined
  )[];

  entries.forEach((entry, index) => {
    if (entry === undefined) return;
    if (typeof entry.step !== 'string' || names.includes(entry.step)) return;
    builder.error(
      'Unknown step',
      `threshold ${index + 1} names step "${entry.step}", which this flow does not have`,
      builder.at(['thresholds', index, 'step']),
      suggestionHint(entry.step, names, 'step names'),
    );
  });
}

/** Lists the string names of every step as written, including steps the schema rejected. */
function writtenStepNames(builder: FileBuilder): string[] {
  const steps = builder.yaml.locator.node(['steps']);
  if (!isSeq(steps)) return [];
  return steps.items.flatMap((_, index) => {
    const name = builder.yaml.locator.node(['steps', index, 'name']);
    return isScalar(name) && typeof name.value === 'string' ? [name.value] : [];
  });
}

/** Lists the names a step's `extract` mapping defines as written, valid or not. */
function writtenExtractionNames(builder: FileBuilder, index: number): string[] {
  const extract = builder.yaml.locator.node(['steps', index, 'extract']);
  if (!isMap(extract)) return [];
  return extract.items.flatMap((pair) => (isScalar(pair.key) ? [String(pair.key.value)] : []));
}

// ---------------------------------------------------------------------------------------------
// Templates

// Postman's legacy `postman.setEnvironmentVariable(name, value)` and `setGlobalVariable` set names too.
const SET_LITERAL =
  /\b(?:(?:at|pm)\.(?:variables|environment|collectionVariables|globals)\.set|postman\.set(?:Environment|Global)Variable)\(\s*(['"`])([^'"`]+)\1/g;
const SET_ANY =
  /\b(?:(?:at|pm)\.(?:variables|environment|collectionVariables|globals)\.set|postman\.set(?:Environment|Global)Variable)\(/g;

/** Names a script sets with a literal name, and whether it also sets names it computes. */
export function scriptSetNames(script: Script | undefined): { names: string[]; dynamic: boolean } {
  if (!script) return { names: [], dynamic: false };
  const names = [...script.source.matchAll(SET_LITERAL)].map((match) => match[2] ?? '');
  const calls = [...script.source.matchAll(SET_ANY)].length;
  return { names, dynamic: calls > names.length };
}

function checkTemplates(builder: FileBuilder, flow: Flow, options: CheckOptions): void {
  const environmentNames = options.environment
    ? Object.keys(options.environment.values)
    : flow.group.environments.flatMap((environment) => Object.keys(environment.values));
  const secretNames = flow.group.secrets.map((secret) => secret.name);

  const beforeAll = scriptSetNames(flow.beforeAll);
  const allScripts = [flow.beforeAll, ...flow.steps.flatMap((step) => [step.pre, step.post])].map(
    scriptSetNames,
  );
  // A name computed at run time could be any name, so undefined ones are only suspicious.
  const dataColumns = readDataColumns(builder, flow);
  const dynamic =
    allScripts.some((result) => result.dynamic) ||
    (flow.data !== undefined && dataColumns === undefined);

  const known = new Set<string>([
    ...BUILT_IN_NAMES,
    ...Object.keys(flow.group.variables),
    ...Object.keys(flow.variables),
    ...environmentNames,
    ...(dataColumns ?? []),
    ...options.overrideNames,
    ...beforeAll.names,
  ]);
  const skipped = builder.yaml.skipped;
  const shared: Omit<TemplateScope, 'step' | 'scope'> = {
    environmentNames,
    secretNames,
    dynamic,
    hasEnvironment: options.environment !== undefined,
    namesIncomplete: options.groupNamesIncomplete === true || skipped.some(definesNames),
    secretsIncomplete: options.groupSecretsIncomplete === true,
  };

  const stepsNode = builder.yaml.locator.node(['steps']);
  const stepCount = isSeq(stepsNode) ? stepsNode.items.length : 0;
  const built = new Map(flow.steps.map((step) => [step.index, step]));

  for (let index = 0; index < stepCount; index++) {
    const step = built.get(index);
    for (const name of scriptSetNames(step?.pre).names) known.add(name);
    const afterResponse = new Set(known);
    for (const name of writtenExtractionNames(builder, index)) afterResponse.add(name);
    for (const name of scriptSetNames(step?.post).names) afterResponse.add(name);

    // A step the schema rejected is reported already, but its names count for later steps.
    const stepNode = builder.yaml.locator.node(['steps', index]);
    if (step && isMap(stepNode)) {
      for (const pair of stepNode.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (SCRIPT_KEYS.has(key)) continue;

        const scope = key === 'assert' ? afterResponse : known;
        const visit = (start: number, end: number): void =>
          checkTemplateText(builder, start, end, { ...shared, step: index, scope });
        forEachScalar(pair.value as Node | null, ['steps', index, key], skipped, visit);
      }
    }

    // Later steps see what this one extracted and what its scripts set.
    for (const name of afterResponse) known.add(name);
  }
}

/** Returns whether a node the schema rejected could have defined template names. */
function definesNames(path: KeyPath): boolean {
  const [top, index, key] = path;
  if (top === 'variables' || top === 'data' || top === 'beforeAll') return true;
  if (top !== 'steps') return false;
  return index === undefined || key === undefined || key === 'pre' || key === 'post';
}

/**
 * Checks the templates of a group's `defaults`, which are merged into every step of its
 * flows. A name passes when the group, the run, or any of `flows` can define it, because a
 * default such as `Authorization: Bearer {{ token }}` is meant for the steps after a login.
 */
export function checkGroupDefaults(
  builder: FileBuilder,
  group: FlowGroup,
  flows: readonly Flow[],
  options: CheckOptions,
): void {
  const environmentNames = options.environment
    ? Object.keys(options.environment.values)
    : group.environments.flatMap((environment) => Object.keys(environment.values));

  const scripts = flows.flatMap((flow) => [
    flow.beforeAll,
    ...flow.steps.flatMap((step) => [step.pre, step.post]),
  ]);
  const setNames = scripts.map(scriptSetNames);
  const known = new Set<string>([
    ...BUILT_IN_NAMES,
    ...Object.keys(group.variables),
    ...environmentNames,
    ...options.overrideNames,
    ...flows.flatMap((flow) => Object.keys(flow.variables)),
    ...flows.flatMap((flow) => flow.steps.flatMap((step) => step.extract.map((e) => e.name))),
    ...setNames.flatMap((result) => result.names),
  ]);

  const skipped = builder.yaml.skipped;
  const scope: TemplateScope = {
    step: -1,
    scope: known,
    environmentNames,
    secretNames: group.secrets.map((secret) => secret.name),
    // Data columns are not read here, so a flow with a data file may define any name.
    dynamic:
      setNames.some((result) => result.dynamic) || flows.some((flow) => flow.data !== undefined),
    hasEnvironment: options.environment !== undefined,
    namesIncomplete: skipped.some(([top]) => top === 'variables' || top === 'environments'),
    secretsIncomplete: skipped.some(([top]) => top === 'secrets'),
  };
  const defaults = builder.yaml.locator.node(['defaults']);
  forEachScalar(defaults ?? null, ['defaults'], skipped, (start, end) =>
    checkTemplateText(builder, start, end, scope),
  );
}

/**
 * Reads the column names of the flow's data file: the header row of a CSV file, or the keys
 * of the objects of a JSON array. Returns undefined when there is no data file or it cannot be
 * read or parsed (that is reported here).
 */
/**
 * Returns the column names of iteration data: the header row of a CSV file, or the keys of the
 * objects of a JSON array (by the file's extension). Throws when the text cannot be parsed.
 */
export function dataColumns(file: string, text: string): string[] {
  if (/\.json$/i.test(file)) {
    const rows: unknown = JSON.parse(text);
    if (!Array.isArray(rows)) throw new Error('expected an array of objects');
    return [
      ...new Set(rows.flatMap((row) => (row && typeof row === 'object' ? Object.keys(row) : []))),
    ];
  }
  const [header] = parseCsv(text, { to_line: 1, bom: true }) as string[][];
  return (header ?? []).map((column) => column.trim());
}

function readDataColumns(builder: FileBuilder, flow: Flow): string[] | undefined {
  if (!flow.data || flow.data.file.includes('{{')) return undefined;

  const text = builder.readReferenced(flow.data.file, ['data']);
  if (text === undefined) return undefined;
  try {
    return dataColumns(flow.data.file, text);
  } catch (error) {
    builder.error(
      'Invalid data file',
      `cannot read the columns of "${flow.data.file}": ${error instanceof Error ? error.message : String(error)}`,
      flow.data.loc,
      'use a CSV file with a header row, or a JSON array of objects',
    );
    return undefined;
  }
}

interface TemplateScope {
  /** 0-based step index, or -1 for a group's defaults. */
  step: number;
  scope: ReadonlySet<string>;
  environmentNames: readonly string[];
  secretNames: readonly string[];
  dynamic: boolean;
  hasEnvironment: boolean;
  /** Set when a rejected node may have defined names, so undefined ones are not reported. */
  namesIncomplete: boolean;
  /** Set when the group's secrets list was partly rejected. */
  secretsIncomplete: boolean;
}

/** Visits the string scalars under `node` (at `path`), leaving out the rejected nodes. */
function forEachScalar(
  node: Node | null,
  path: KeyPath,
  skipped: readonly KeyPath[],
  visit: (start: number, end: number) => void,
): void {
  if (skipped.some((rejected) => isWithin(path, rejected))) return;

  if (isScalar(node) && node.range && typeof node.value === 'string') {
    visit(node.range[0], node.range[1]);
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const entry = [...path, isScalar(pair.key) ? String(pair.key.value) : ''];
      if (skipped.some((rejected) => isWithin(entry, rejected))) continue;
      forEachScalar(pair.key as Node | null, entry, [], visit);
      forEachScalar(pair.value as Node | null, entry, skipped, visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) =>
      forEachScalar(item as Node | null, [...path, index], skipped, visit),
    );
  }
}

const TEMPLATE_NAME = /^(\$?[A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_-]*))?/;

/** Checks the templates in one scalar, reading its raw source text so positions are exact. */
function checkTemplateText(
  builder: FileBuilder,
  start: number,
  end: number,
  scope: TemplateScope,
): void {
  const text = builder.yaml.text.slice(start, end);
  const locator = builder.yaml.locator;
  let from = 0;

  for (;;) {
    const open = text.indexOf('{{', from);
    if (open < 0) return;
    const close = text.indexOf('}}', open + 2);
    const nextOpen = text.indexOf('{{', open + 2);

    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      builder.error(
        'Unclosed template',
        'this "{{" has no matching "}}"',
        locator.span(start + open, start + open + 2),
        'close the template with "}}"',
      );
      if (close < 0) return;
      from = open + 2;
      continue;
    }
    from = close + 2;

    const inner = text.slice(open + 2, close);
    const expression = inner.trim();
    const match = TEMPLATE_NAME.exec(expression);
    // NOTE: only plain names and one-level `scope.NAME` forms are checked statically; longer
    // expressions are left to the run.
    if (!match || match[0] !== expression) continue;

    const loc = locator.span(start + open, start + close + 2);
    checkTemplateName(builder, match[1] ?? '', match[2], loc, scope);
  }
}

function checkTemplateName(
  builder: FileBuilder,
  head: string,
  member: string | undefined,
  loc: SourceLocation,
  scope: TemplateScope,
): void {
  if (head.startsWith('$')) {
    if (member !== undefined || (DYNAMIC_VALUE_NAMES as readonly string[]).includes(head)) return;
    builder.diagnostics.push({
      category: 'Unknown dynamic value',
      message: `"${head}" is not a dynamic value`,
      severity: 'error',
      loc,
      hint: suggestionHint(head, DYNAMIC_VALUE_NAMES, 'dynamic values'),
    });
    return;
  }
  const severity = scope.dynamic ? 'warning' : 'error';
  const where =
    scope.step < 0 ? 'by the group or any of its flows' : `before step ${scope.step + 1}`;

  if (head === 'secrets' && member !== undefined) {
    if (scope.secretsIncomplete || scope.secretNames.includes(member)) return;
    builder.diagnostics.push({
      category: 'Undeclared secret',
      message: `secret "${member}" is not declared in the flow group`,
      severity: 'error',
      loc,
      hint: closestMatch(member, scope.secretNames)
        ? `did you mean "${closestMatch(member, scope.secretNames)}"?`
        : `add "${member}" to the secrets list of flow-group.yaml`,
    });
    return;
  }

  if (scope.namesIncomplete) return;
  if (head === 'env' && member !== undefined) {
    if (scope.environmentNames.includes(member)) return;
    builder.diagnostics.push({
      category: 'Undefined variable',
      message: scope.hasEnvironment
        ? `the selected environment has no value "${member}"`
        : `no environment of the flow group has a value "${member}"`,
      severity,
      loc,
      hint: suggestionHint(member, scope.environmentNames, 'environment values'),
    });
    return;
  }

  if (scope.scope.has(head)) return;
  builder.diagnostics.push({
    category: 'Undefined variable',
    message: `variable "${head}" is not defined ${where}`,
    severity,
    loc,
    hint: closestMatch(head, [...scope.scope])
      ? `did you mean "${closestMatch(head, [...scope.scope])}"?`
      : 'define it under variables, in an environment, or extract it in an earlier step',
  });
}

// ---------------------------------------------------------------------------------------------
// Secrets named in scripts

const SCRIPT_SECRET =
  /\bat\.secrets\.get\(\s*(['"`])([^'"`]+)\1|\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g;

function checkScriptSecrets(builder: FileBuilder, flow: Flow): void {
  const declared = flow.group.secrets.map((secret) => secret.name);
  const scripts = [
    flow.beforeAll,
    flow.afterAll,
    ...flow.steps.flatMap((step) => [step.if, step.pre, step.post]),
  ];

  for (const script of scripts) {
    if (!script) continue;
    for (const match of script.source.matchAll(SCRIPT_SECRET)) {
      const name = match[2] ?? match[3] ?? '';
      if (name === 'get' || declared.includes(name)) continue;
      builder.diagnostics.push({
        category: 'Undeclared secret',
        message: `secret "${name}" is not declared in the flow group`,
        severity: 'error',
        loc: positionInScript(script, match.index ?? 0, match[0].length),
        hint: `add "${name}" to the secrets list of flow-group.yaml`,
      });
    }
  }
}

/** Maps an offset in a script's source to the file position, from where the script starts. */
function positionInScript(script: Script, offset: number, length: number): SourceLocation {
  const before = script.source.slice(0, offset).split('\n');
  const lineOffset = before.length - 1;
  const column =
    (lineOffset === 0 ? script.loc.column : 1 + leadingIndent(script)) +
    (before[before.length - 1]?.length ?? 0);
  return {
    file: script.file,
    line: script.loc.line + lineOffset,
    column,
    endLine: script.loc.line + lineOffset,
    endColumn: column + length,
  };
}

/** Block scalars strip their indentation; every later line starts that far in. */
function leadingIndent(script: Script): number {
  return script.kind === 'inline' ? script.loc.column - 1 : 0;
}
