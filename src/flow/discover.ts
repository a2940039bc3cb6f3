/**
 * Finding flow files from the paths given on the command line, and the group of each: the
 * nearest ancestor folder that holds flow-group.yaml.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

import type { Diagnostic } from '../common/errors.js';
import { toRelative } from './build.js';

export const GROUP_FILE = 'flow-group.yaml';
const FLOW_FILE = /\.flow\.ya?ml$/;
const IGNORED_FOLDERS = ['**/node_modules/**', '**/.git/**'];

export interface DiscoveredFlow {
  /** Path relative to cwd, with forward slashes. */
  file: string;
  /** The group's flow-group.yaml relative to cwd, or undefined for the implicit group. */
  groupFile?: string;
}

/**
 * Finds the flow files named by `paths` (files, folders searched recursively for `*.flow.yaml`
 * and `*.flow.yml`, and glob patterns), sorted by path with duplicates removed. A path that
 * matches no flow is an error.
 */
export async function discoverFlows(
  paths: string[],
  cwd: string,
): Promise<{ flows: DiscoveredFlow[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const found = new Set<string>();

  for (const path of paths) {
    const matches = await expandPath(path, cwd);
    if (typeof matches === 'string') {
      diagnostics.push({
        category: 'No flows found',
        message: matches,
        severity: 'error',
        hint: 'name a flow file, a folder holding *.flow.yaml files, or a glob such as "flows/**/*.flow.yaml"',
      });
      continue;
    }
    for (const match of matches) found.add(toRelative(cwd, match));
  }

  const groupOf = groupFinder(cwd);
  const flows = [...found]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => ({ file, groupFile: groupOf(dirname(resolve(cwd, file))) }));
  return { flows, diagnostics };
}

/** Returns the absolute paths a command-line path stands for, or why it stands for none. */
async function expandPath(path: string, cwd: string): Promise<string[] | string> {
  const absolute = resolve(cwd, path);
  const info = await stat(absolute).catch(() => undefined);

  if (info?.isFile()) {
    if (absolute.endsWith(`/${GROUP_FILE}`) || absolute.endsWith(`\\${GROUP_FILE}`)) {
      return `"${path}" is a flow group file, not a flow`;
    }
    return [absolute];
  }
  if (info?.isDirectory()) {
    const files = await glob(['**/*.flow.yaml', '**/*.flow.yml'], {
      cwd: absolute,
      absolute: true,
      ignore: IGNORED_FOLDERS,
    });
    return files.length > 0
      ? files
      : `the folder "${path}" holds no *.flow.yaml or *.flow.yml files`;
  }
  if (isDynamicPattern(path)) {
    const files = (await glob([path], { cwd, absolute: true, ignore: IGNORED_FOLDERS })).filter(
      (file) => FLOW_FILE.test(file),
    );
    return files.length > 0 ? files : `the pattern "${path}" matches no flow files`;
  }
  return `"${path}" does not exist`;
}

/** Returns a function from a folder to its group file, caching each folder's answer. */
function groupFinder(cwd: string): (folder: string) => string | undefined {
  const cache = new Map<string, string | undefined>();

  const find = (folder: string): string | undefined => {
    if (cache.has(folder)) return cache.get(folder);
    const candidate = join(folder, GROUP_FILE);
    const parent = dirname(folder);
    // The walk ends at the root of the file system, where dirname returns its input.
    const result = existsSync(candidate)
      ? toRelative(cwd, candidate)
      : parent === folder
        ? undefined
        : find(parent);
    cache.set(folder, result);
    return result;
  };
  return find;
}
