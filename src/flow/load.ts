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
import { implicitGroup, type BuildHost } from './build.js';
import { discoverFlows } from './discover.js';
import type { Environment, Flow, FlowGroup, FlowSet } from './model.js';
import { parseFlow, parseGroup } from './parse.js';

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
  /** Text of every file read, by path relative to cwd, for rendering diagnostics. */
  sources: Map<string, string>;
}

/** Loads, validates and filters the flows named by `paths`. */
export async function loadFlowSet(paths: string[], options: LoadOptions): Promise<LoadResult> {
  const cwd = resolve(options.cwd);
  const sources = new Map<string, string>();
  const host: BuildHost = {
    cwd,
    readFile: (path) => readFileSync(path, 'utf8'),
  };

  const discovered = await discoverFlows(paths, cwd);
  const diagnostics = [...discovered.diagnostics];

  // Groups first: a flow is built against its group's secrets, variables and defaults.
  const groups = new Map<string, FlowGroup | undefined>();
  const implicit = implicitGroup();
  for (const groupFile of new Set(discovered.flows.map((flow) => flow.groupFile))) {
    if (groupFile === undefined) continue;
    const text = await readText(cwd, groupFile, sources, diagnostics);
    if (text === undefined) {
      groups.set(groupFile, undefined);
      continue;
    }

    const parsed = parseGroup(host, groupFile, text);
    diagnostics.push(...parsed.diagnostics);
    const group = parsed.value && !hasErrors(parsed.diagnostics) ? parsed.value : undefined;
    if (group) {
      const selection = selectEnvironment(group, options.environment);
      if (typeof selection === 'object' && 'category' in selection) diagnostics.push(selection);
      else group.selectedEnvironment = selection;
    }
    groups.set(groupFile, group);
  }

  const flows: Flow[] = [];
  for (const { file, groupFile } of discovered.flows) {
    const group = groupFile === undefined ? implicit : groups.get(groupFile);
    // A broken group is already reported; its flows would only repeat the same problems.
    if (!group) continue;

    const text = await readText(cwd, file, sources, diagnostics);
    if (text === undefined) continue;
    const parsed = parseFlow(host, file, text, group, {
      environment: group.selectedEnvironment,
      overrideNames: options.overrideNames ?? [],
    });
    diagnostics.push(...parsed.diagnostics);
    if (parsed.value) flows.push(parsed.value);
  }

  const selected = filterFlows(flows, options, diagnostics);
  const usedGroups = [...new Set(selected.map((flow) => flow.group))];
  return { set: { groups: usedGroups, flows: selected }, diagnostics, sources };
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

function hasErrors(diagnostics: Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
