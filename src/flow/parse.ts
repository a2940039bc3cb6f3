/**
 * Parsing of one flow file or flow-group.yaml: YAML with positions, then the JSON Schema, then
 * the model and the semantic checks. A YAML error stops the file there. The schema stage
 * removes the nodes it rejects, so the model and the checks still run on the rest, and a
 * later diagnostic about a node the schema already reported is dropped.
 */
import type { Diagnostic } from '../common/errors.js';
import type { SourceLocation } from '../common/source.js';
import { buildFlow, buildGroup, FileBuilder, type BuildHost } from './build.js';
import { checkFlow, type CheckOptions } from './check.js';
import type { Flow, FlowGroup } from './model.js';
import { validateStructure } from './validate.js';
import { parseYamlFile, type YamlFile } from './yaml.js';

export type { BuildHost } from './build.js';
export type { CheckOptions } from './check.js';

export interface ParseResult<T> {
  /** Undefined when a YAML error, or a schema error at the top level, stops the model. */
  value?: T;
  diagnostics: Diagnostic[];
  /** The parsed file, for checks that run once the other files are known. */
  yaml?: YamlFile;
}

/**
 * Parses flow-group.yaml text; `file` is its path relative to `host.cwd`. With schema errors
 * the group is built from what the schema accepted.
 */
export function parseGroup(host: BuildHost, file: string, text: string): ParseResult<FlowGroup> {
  const yaml = parseStage(file, text, 'group');
  if (!yaml.value) return { diagnostics: yaml.diagnostics };

  const builder = new FileBuilder(host, yaml.value);
  const group = buildGroup(builder);
  return {
    value: group,
    diagnostics: merge(file, yaml.diagnostics, builder.diagnostics),
    yaml: yaml.value,
  };
}

/** Parses flow file text into a flow of `group`; `file` is its path relative to `host.cwd`. */
export function parseFlow(
  host: BuildHost,
  file: string,
  text: string,
  group: FlowGroup,
  options: CheckOptions = { overrideNames: [] },
): ParseResult<Flow> {
  const yaml = parseStage(file, text, 'flow');
  if (!yaml.value) return { diagnostics: yaml.diagnostics };

  const builder = new FileBuilder(host, yaml.value);
  const flow = buildFlow(builder, group);
  checkFlow(builder, flow, options);
  return {
    value: flow,
    diagnostics: merge(file, yaml.diagnostics, builder.diagnostics),
    yaml: yaml.value,
  };
}

function parseStage(file: string, text: string, kind: 'flow' | 'group'): ParseResult<YamlFile> {
  const { yaml, diagnostics } = parseYamlFile(file, text);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  if (yaml.value === null || yaml.value === undefined) {
    // An empty file is a valid YAML document; the schema then names the missing keys.
    yaml.value = {};
  }
  const structure = validateStructure(kind, yaml);
  const all = [...diagnostics, ...structure.diagnostics];
  if (structure.value === undefined) return { diagnostics: all };

  yaml.value = structure.value;
  yaml.skipped = structure.skipped;
  return { value: yaml, diagnostics: all };
}

/**
 * Joins the diagnostics of the schema stage and of the later stages in file order. A later
 * one whose span encloses a schema diagnostic is the same mistake seen from its parent (an
 * extraction with no source left after its misspelt key was removed), so it is dropped.
 */
function merge(file: string, early: Diagnostic[], late: Diagnostic[]): Diagnostic[] {
  const repeats = (d: Diagnostic): boolean =>
    early.some((first) => first.loc && d.loc && encloses(d.loc, first.loc));
  return sortByPosition(file, [...early, ...late.filter((d) => !repeats(d))]);
}

/**
 * Sorts diagnostics by line and column, those of `file` first, then those in the files it
 * references (scripts, schemas, data) by path. The sort is stable for equal positions.
 */
export function sortByPosition(file: string, diagnostics: Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic): [number, string, number, number] => [
    d.loc?.file === file ? 0 : 1,
    d.loc?.file ?? '',
    d.loc?.line ?? 0,
    d.loc?.column ?? 0,
  ];
  return diagnostics
    .map((d, index) => ({ d, index, key: rank(d) }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index)
    .map(({ d }) => d);
}

function compareKeys(a: [number, string, number, number], b: [number, string, number, number]) {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

function encloses(outer: SourceLocation, inner: SourceLocation): boolean {
  if (outer.file !== inner.file || outer.endLine === undefined) return false;
  const start =
    outer.line < inner.line || (outer.line === inner.line && outer.column <= inner.column);
  const endLine = inner.endLine ?? inner.line;
  const endColumn = inner.endColumn ?? inner.column;
  const end =
    outer.endLine > endLine ||
    (outer.endLine === endLine && (outer.endColumn ?? Infinity) >= endColumn);
  return start && end;
}
