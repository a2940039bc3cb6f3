/**
 * `flow-runner envs PATH`: the groups of the flows under PATH, their environments, and for each
 * declared secret the provider its value would come from. Values are never printed: neither
 * secrets nor environment values, whose names are enough to see what an environment sets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ExitCode } from '../common/errors.js';
import { discoverFlows } from '../flow/discover.js';
import { selectEnvironment } from '../flow/load.js';
import type { Environment, FlowGroup } from '../flow/model.js';
import { parseGroup } from '../flow/parse.js';
import type { SecretChain } from '../secrets/chain.js';
import { keychainGroupOf } from '../secrets/keychain.js';
import { printDiagnostics, printError } from './diagnostics.js';
import { useColor, type Runtime } from './runtime.js';
import { createSecretChainFor, type SecretSourceOptions } from './secrets.js';

export interface EnvsCommandOptions extends SecretSourceOptions {
  paths: string[];
  /** `--env`: show only this environment of each group. */
  environment?: string;
  json: boolean;
}

/** One declared secret in one environment and where its value would come from. */
export interface SecretSourceRow {
  name: string;
  /** The provider key, which differs from `name` when the environment maps it. */
  key: string;
  /** Provider name, or undefined when no provider has a value. */
  provider?: string;
  /** True when no provider has a value. */
  missing: boolean;
  /** Variable, file or keychain account that holds it. */
  location?: string;
}

export interface EnvironmentListing {
  /** Undefined for a group without environments. */
  name?: string;
  /** Names of the environment's values, not the values. */
  values: string[];
  secrets: SecretSourceRow[];
}

export interface GroupListing {
  name: string;
  dir: string;
  file?: string;
  /** Group part of this group's keychain accounts: `<keychainGroup>/<KEY>`. */
  keychainGroup: string;
  flows: number;
  environments: EnvironmentListing[];
}

export interface EnvsListing {
  groups: GroupListing[];
  /** Flows outside any group: they have no environments and no secrets. */
  ungroupedFlows: number;
  /** Providers in the order they are tried, with the reason for any that cannot be used. */
  providers: string[];
}

/** Prints the groups, environments and secret sources of the flows under `paths`. */
export async function envsCommand(options: EnvsCommandOptions, runtime: Runtime): Promise<number> {
  try {
    const listing = await listEnvironments(options, runtime);
    if (listing === undefined) return ExitCode.InvalidInput;
    runtime.stdout.write(
      options.json ? `${JSON.stringify(listing, null, 2)}\n` : renderListing(listing),
    );
    // A missing secret would stop `run` with exit 2; here it exits 1, so CI can check first.
    const missing = listing.groups.some((group) =>
      group.environments.some((environment) =>
        environment.secrets.some((secret) => secret.missing),
      ),
    );
    return missing ? ExitCode.Failed : ExitCode.Passed;
  } catch (error) {
    return printError(error, runtime);
  }
}

/**
 * Loads the groups under `paths` and locates every declared secret. Returns undefined after
 * printing the diagnostics when a group file or the `--env` name is invalid.
 */
export async function listEnvironments(
  options: EnvsCommandOptions,
  runtime: Runtime,
): Promise<EnvsListing | undefined> {
  const cwd = path.resolve(runtime.cwd);
  const color = useColor(runtime, runtime.stderr);
  const discovered = await discoverFlows(options.paths, cwd);
  const diagnostics = [...discovered.diagnostics];
  const sources = new Map<string, string>();

  // Only the group files are parsed: a broken flow file does not hide its group's secrets.
  const flowCounts = new Map<string | undefined, number>();
  for (const flow of discovered.flows) {
    flowCounts.set(flow.groupFile, (flowCounts.get(flow.groupFile) ?? 0) + 1);
  }

  const groups: { group: FlowGroup; flows: number; environments: (Environment | undefined)[] }[] =
    [];
  for (const [groupFile, flows] of flowCounts) {
    if (groupFile === undefined) continue;
    const text = readFileSync(path.resolve(cwd, groupFile), 'utf8');
    sources.set(groupFile, text);
    const parsed = parseGroup(
      { cwd, readFile: (file) => readFileSync(file, 'utf8') },
      groupFile,
      text,
    );
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.value) continue;

    const group = parsed.value;
    let environments: (Environment | undefined)[] =
      group.environments.length > 0 ? group.environments : [undefined];
    if (options.environment !== undefined && group.environments.length > 0) {
      const selected = selectEnvironment(group, options.environment);
      if (selected !== undefined && 'category' in selected) {
        diagnostics.push(selected);
        continue;
      }
      environments = [selected];
    }
    groups.push({ group, flows, environments });
  }

  printDiagnostics(diagnostics, runtime, color, sources);
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return undefined;

  const chain = createSecretChainFor(runtime, options);
  const listings: GroupListing[] = [];
  for (const { group, flows, environments } of groups) {
    const rows: EnvironmentListing[] = [];
    for (const environment of environments) {
      rows.push(await listEnvironment(group, environment, chain));
    }
    listings.push({
      name: group.name,
      dir: group.dir,
      ...(group.file === undefined ? {} : { file: group.file }),
      keychainGroup: keychainGroupOf(group.dir, cwd),
      flows,
      environments: rows,
    });
  }

  return {
    groups: listings.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0)),
    ungroupedFlows: flowCounts.get(undefined) ?? 0,
    // Read after the lookups, so a keychain that failed is named with its reason.
    providers: [...chain.providers],
  };
}

async function listEnvironment(
  group: FlowGroup,
  environment: Environment | undefined,
  chain: SecretChain,
): Promise<EnvironmentListing> {
  const secrets: SecretSourceRow[] = [];
  for (const secret of group.secrets) {
    const key = environment?.secretKeys[secret.name] ?? secret.name;
    const found = await chain.locate(secret.name, {
      group: group.dir,
      key,
      ...(environment ? { environment: environment.name } : {}),
    });
    secrets.push({ name: secret.name, key, missing: found === undefined, ...(found ?? {}) });
  }
  return {
    ...(environment ? { name: environment.name } : {}),
    values: environment ? Object.keys(environment.values) : [],
    secrets,
  };
}

/** Renders the listing as indented text, one line per environment and per secret. */
export function renderListing(listing: EnvsListing): string {
  const lines: string[] = [];
  const missing: string[] = [];
  for (const group of listing.groups) {
    const flows = `${group.flows} flow${group.flows === 1 ? '' : 's'}`;
    lines.push(`${group.name} (${group.file ?? group.dir}, ${flows})`);
    if (group.environments.every((environment) => environment.name === undefined)) {
      lines.push('  no environments');
    }

    for (const environment of group.environments) {
      const indent = environment.name === undefined ? '  ' : '    ';
      if (environment.name !== undefined) {
        const values = environment.values.length > 0 ? `: ${environment.values.join(', ')}` : '';
        lines.push(`  environment ${environment.name}${values}`);
      }
      if (environment.secrets.length === 0) continue;

      const labels = environment.secrets.map((secret) =>
        secret.key === secret.name ? secret.name : `${secret.name} (key ${secret.key})`,
      );
      const width = Math.max(...labels.map((label) => label.length));
      environment.secrets.forEach((secret, index) => {
        const label = (labels[index] ?? secret.name).padEnd(width);
        const source =
          secret.provider === undefined
            ? 'missing'
            : `${secret.provider}: ${secret.location ?? secret.provider}`;
        lines.push(`${indent}secret ${label}  ${source}`);
        if (secret.provider === undefined) {
          missing.push(`flow-runner secrets set ${secret.key} --group ${group.keychainGroup}`);
        }
      });
    }
    lines.push('');
  }

  if (listing.ungroupedFlows > 0) {
    const count = listing.ungroupedFlows;
    lines.push(
      `${count} flow${count === 1 ? '' : 's'} outside any group: no environments, no secrets.`,
      '',
    );
  }
  lines.push(`Secret providers, in the order tried: ${listing.providers.join(', ')}`);
  if (missing.length > 0) {
    lines.push(
      `Give a missing secret a value with FLOW_RUNNER_SECRET_<KEY>, a file named <KEY> in the secrets folder, --secrets-file, or the keychain:`,
      ...[...new Set(missing)].map((command) => `  ${command}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
