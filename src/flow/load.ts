/**
 * Loading the flows of a run: discovery, every group and flow file parsed and checked, the
 * environment of each group selected, and the `--flow` and `--tag` filters applied. Every
 * problem in every file is collected, not just the first.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

import type { Diagnostic } from '../common/errors.js';
import { suggestionHint } from '../common/suggest.js';
import { FileBuilder, implicitGroup, toRelative, type BuildHost } from './build.js';
import { checkGroupDefaults, type CheckOptions } from './check.js';
import { discoverFlows } from './discover.js';
import type { Environment, Flow, FlowGroup, FlowSet } from './model.js';
import { parseFlow, parseGroup, sortByPosition } from './parse.js';
import type { YamlFile } from './yaml.js';

export interface LoadOptions {
  cwd: string;
  /** `--env`: the environment every group of the run uses. */
  environment?: string;
  /** `--flow`: keep only flows with these names. */
  flowNames?: string[];
  /** `--tag`: keep only flows with at least one of these tags. */
  tags?: string[];
  /** Names the run defines from outside (`--var`, `--var-file`, `FLOW_RUNNER_VAR_<NAME>`). */
  overrideNames?: string[];
}

export interface LoadResult {
  set: FlowSet;
  diagnostics: Diagnostic[];
  /**
   * Text of every file read, by path relative to cwd, for rendering diagnostics: flow and
   * group files and the script, schema and data files they reference.
   */
  sources: Map<string, string>;
}

/** Loads, validates and filters the flows named by `paths`. */
export async function loadFlowSet(paths: string[], options: LoadOptions): Promise<LoadResult> {
  const cwd = resolve(options.cwd);
  const sources = new Map<string, string>();
  const host: BuildHost = {
    cwd,
    readFile: (path) => {
      const text = readFileSync(path, 'utf8');
      sources.set(toRelative(cwd, path), text);
      return text;
    },
  };

  const discovered = await discoverFlows(paths, cwd);
  const diagnostics = [...discovered.diagnostics];

  // Groups first: a flow is built against its group's secrets, variables and defaults.
  const groups = new Map<string, GroupResult>();
  const implicit = implicitGroup();
  for (const groupFile of new Set(discovered.flows.map((flow) => flow.groupFile))) {
    if (groupFile === undefined) continue;
    const text = await readText(cwd, groupFile, sources, diagnostics);
    groups.set(
      groupFile,
      text === undefined ? { diagnostics: [] } : loadGroup(host, groupFile, text, options),
    );
  }

  const flows: Flow[] = [];
  const flowDiagnostics: Diagnostic[] = [];
  for (const { file, groupFile } of discovered.flows) {
    const loaded = groupFile === undefined ? undefined : groups.get(groupFile)?.loaded;
    // A group that could not be parsed at all gets one diagnostic for its flows, below.
    if (groupFile !== undefined && !loaded) continue;
    const group = loaded?.group ?? implicit;

    const text = await readText(cwd, file, sources, flowDiagnostics);
    if (text === undefined) continue;
    const parsed = parseFlow(host, file, text, group, {
      ...loaded?.checkOptions,
      environment: group.selectedEnvironment,
      overrideNames: options.overrideNames ?? [],
    });
    flowDiagnostics.push(...parsed.diagnostics);
    if (!parsed.value) continue;

    flows.push(parsed.value);
    loaded?.flows.push(parsed.value);
  }

  // A group's defaults are checked once the names its flows define are known.
  for (const [groupFile, { loaded, diagnostics: groupDiagnostics }] of groups) {
    if (!loaded) {
      diagnostics.push(...groupDiagnostics);
      const count = discovered.flows.filter((flow) => flow.groupFile === groupFile).length;
      diagnostics.push(flowsNotChecked(groupFile, count));
      continue;
    }
    if (loaded.yaml) {
      const builder = new FileBuilder(host, loaded.yaml);
      checkGroupDefaults(builder, loaded.group, loaded.flows, {
        ...loaded.checkOptions,
        environment: loaded.group.selectedEnvironment,
        overrideNames: options.overrideNames ?? [],
      });
      loaded.diagnostics.push(...builder.diagnostics);
    }
    diagnostics.push(...sortByPosition(groupFile, loaded.diagnostics));
  }
  diagnostics.push(...flowDiagnostics);

  const selected = filterFlows(flows, options, diagnostics);
  const usedGroups = [...new Set(selected.map((flow) => flow.group))];
  return { set: { groups: usedGroups, flows: selected }, diagnostics, sources };
}

/** A parsed group with what its flows need to be checked against it. */
interface LoadedGroup {
  group: FlowGroup;
  /** The group's diagnostics so far: YAML, schema, model and environment selection. */
  diagnostics: Diagnostic[];
  yaml?: YamlFile;
  checkOptions: Pick<CheckOptions, 'groupNamesIncomplete' | 'groupSecretsIncomplete'>;
  flows: Flow[];
}

interface GroupResult {
  /** Undefined when the group file cannot be read or its YAML cannot be parsed. */
  loaded?: LoadedGroup;
  diagnostics: Diagnostic[];
}

/**
 * Parses a group and selects its environment. A group with schema errors is still returned,
 * built from what the schema accepted, so its flows are checked against it.
 */
function loadGroup(host: BuildHost, file: string, text: string, options: LoadOptions): GroupResult {
  const parsed = parseGroup(host, file, text);
  if (!parsed.value) return { diagnostics: parsed.diagnostics };

  const group = parsed.value;
  const skipped = parsed.yaml?.skipped ?? [];
  const loaded: LoadedGroup = {
    group,
    diagnostics: [...parsed.diagnostics],
    yaml: parsed.yaml,
    checkOptions: {
      groupNamesIncomplete: skipped.some(([top]) => top === 'variables' || top === 'environments'),
      groupSecretsIncomplete: skipped.some(([top]) => top === 'secrets'),
    },
    flows: [],
  };

  const selection = selectEnvironment(group, options.environment);
  if (typeof selection === 'object' && 'category' in selection) {
    // With environments rejected by the schema, a missing one is most likely among them.
    if (!skipped.some(([top]) => top === 'environments')) loaded.diagnostics.push(selection);
  } else {
    group.selectedEnvironment = selection;
  }
  return { loaded, diagnostics: loaded.diagnostics };
}

function flowsNotChecked(groupFile: string, count: number): Diagnostic {
  return {
    category: 'Flows not checked',
    message: `${count === 1 ? 'the flow of the group in' : `the ${count} flows of the group in`} "${groupFile}" ${count === 1 ? 'was' : 'were'} not checked, because the group file could not be parsed`,
    severity: 'warning',
    hint: `fix "${groupFile}" and run again to check its flows`,
  };
}

/**
 * Picks the environment a group runs with: the one `--env` names, the only one when there is
 * one, none when the group has none. Otherwise returns the diagnostic to report.
 */
export function selectEnvironment(
  group: FlowGroup,
  name: string | undefined,
): Environment | undefined | Diagnostic {
  const names = group.environments.map((environment) => environment.name);
  // Point at the first environment's name, under `environments:`.
  const loc = group.environments[0]?.loc;

  if (group.environments.length === 0) return undefined;
  if (name === undefined) {
    if (group.environments.length === 1) return group.environments[0];
    return {
      category: 'No environment selected',
      message: `flow group "${group.name}" has several environments: ${names.join(', ')}`,
      severity: 'error',
      loc,
      hint: `pass --env with one of: ${names.join(', ')}`,
    };
  }

  const environment = group.environments.find((candidate) => candidate.name === name);
  if (environment) return environment;
  return {
    category: 'Unknown environment',
    message: `flow group "${group.name}" has no environment "${name}"; it has: ${names.join(', ')}`,
    severity: 'error',
    loc,
    hint: suggestionHint(name, names, 'environments'),
  };
}

function filterFlows(flows: Flow[], options: LoadOptions, diagnostics: Diagnostic[]): Flow[] {
  let selected = flows;
  const names = options.flowNames ?? [];
  const tags = options.tags ?? [];

  if (names.length > 0) {
    const known = flows.map((flow) => flow.name);
    for (const name of names) {
      if (known.includes(name)) continue;
      diagnostics.push({
        category: 'Flow not found',
        message: `no flow is named "${name}"`,
        severity: 'error',
        hint: suggestionHint(name, known, 'flow names'),
      });
    }
    selected = selected.filter((flow) => names.includes(flow.name));
  }

  if (tags.length > 0) {
    selected = selected.filter((flow) => flow.tags.some((tag) => tags.includes(tag)));
    if (selected.length === 0 && flows.length > 0) {
      const known = [...new Set(flows.flatMap((flow) => flow.tags))];
      diagnostics.push({
        category: 'No flows found',
        message: `no flow has the tag ${tags.map((tag) => `"${tag}"`).join(' or ')}`,
        severity: 'error',
        hint:
          known.length > 0
            ? `tags in use: ${known.join(', ')}`
            : 'no flow has tags; add "tags:" to a flow',
      });
    }
  }
  return selected;
}

async function readText(
  cwd: string,
  file: string,
  sources: Map<string, string>,
  diagnostics: Diagnostic[],
): Promise<string | undefined> {
  try {
    const text = await readFile(resolve(cwd, file), 'utf8');
    sources.set(file, text);
    return text;
  } catch (error) {
    diagnostics.push({
      category: 'File not found',
      message: `cannot read "${file}": ${error instanceof Error ? error.message : String(error)}`,
      severity: 'error',
      hint: 'check the path and its permissions',
    });
    return undefined;
  }
}
