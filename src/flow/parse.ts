/**
 * Parsing of one flow file or flow-group.yaml: YAML with positions, then the JSON Schema, then
 * the model and the semantic checks. Each stage runs only when the one before found no
 * errors, so one mistake is not reported three times.
 */
import type { Diagnostic } from '../common/errors.js';
import { buildFlow, buildGroup, FileBuilder, type BuildHost } from './build.js';
import { checkFlow, type CheckOptions } from './check.js';
import type { Flow, FlowGroup } from './model.js';
import { validateStructure } from './validate.js';
import { parseYamlFile, type YamlFile } from './yaml.js';

export type { BuildHost } from './build.js';
export type { CheckOptions } from './check.js';

export interface ParseResult<T> {
  /** Undefined when YAML or schema errors stop the model from being built. */
  value?: T;
  diagnostics: Diagnostic[];
}

/** Parses flow-group.yaml text; `file` is its path relative to `host.cwd`. */
export function parseGroup(host: BuildHost, file: string, text: string): ParseResult<FlowGroup> {
  const yaml = parseStage(file, text, 'group');
  if (!yaml.value) return { diagnostics: yaml.diagnostics };

  const builder = new FileBuilder(host, yaml.value);
  const group = buildGroup(builder);
  return { value: group, diagnostics: [...yaml.diagnostics, ...builder.diagnostics] };
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
  return { value: flow, diagnostics: [...yaml.diagnostics, ...builder.diagnostics] };
}

function parseStage(file: string, text: string, kind: 'flow' | 'group'): ParseResult<YamlFile> {
  const { yaml, diagnostics } = parseYamlFile(file, text);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  if (yaml.value === null || yaml.value === undefined) {
    // An empty file is a valid YAML document; the schema then names the missing keys.
    yaml.value = {};
  }
  const structure = validateStructure(kind, yaml);
  const all = [...diagnostics, ...structure];
  return structure.length > 0 ? { diagnostics: all } : { value: yaml, diagnostics: all };
}
