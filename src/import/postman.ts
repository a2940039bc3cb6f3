/**
 * Postman collections (format v2.0 and v2.1) and their environment and globals files.
 *
 * A collection becomes one group and, by default, one flow whose steps keep the collection's
 * order, so a variable a test script sets in one folder reaches the requests of the next, as
 * in a Postman run. `splitFolders` makes one flow per top-level folder instead.
 */
import {
  variableName,
  convertTemplates,
  flowFileName,
  namesSetByScript,
  uniqueName,
} from './names.js';
import { buildPostmanEnvironments } from './postman-environment.js';
import { buildRequest, type RequestContext } from './postman-request.js';
import { findUnsupportedCalls, readsRequest, translateScript } from './postman-scripts.js';
import { asArray, asObject, asText, invalidSource, parseJsonFile, type Json } from './source.js';
import type { FlowDocument, ImportNote, ImportOptions, ImportResult, SourceFile } from './types.js';

/** A folder or the collection itself: what its requests inherit. */
interface Scope {
  name: string;
  auth?: Json;
  prerequest: string[];
  test: string[];
  variables: Json;
  protocol: Json;
}

interface RequestItem {
  item: Json;
  /** Folder names from the top level down. */
  folders: string[];
  /** The collection first, then each folder. */
  scopes: Scope[];
}

/** Imports a Postman collection with its environment and globals files. */
export function importPostman(source: SourceFile, options: ImportOptions): ImportResult {
  const collection = readCollection(source);
  const info = asObject(collection.info) ?? {};
  const fileName = (source.path.split(/[\\/]/).pop() ?? '').replace(
    /(\.postman_collection)?\.json$/i,
    '',
  );
  const name = asText(info.name)?.trim() || fileName || 'Postman collection';
  const skipped: ImportNote[] = [];
  const warnings: ImportNote[] = [];

  const scopes = buildPostmanEnvironments(options.environments, warnings, skipped);
  // Collection variables become group variables below, so the root scope takes none.
  const root = scopeOf(name, { ...collection, variable: undefined }, scopes.secrets, warnings);
  const requests: RequestItem[] = [];
  collectRequests(asArray(collection.item), [], [root], requests, {
    secrets: scopes.secrets,
    skipped,
    warnings,
  });

  const groupVariables: Json = { ...scopes.globals };
  for (const variable of asArray(collection.variable)) {
    const entry = asObject(variable);
    const key = asText(entry?.key);
    if (!entry || key === undefined || entry.disabled === true) continue;
    groupVariables[rename(key, warnings, 'collection variable')] = variableValue(
      entry.value,
      scopes.secrets,
    );
  }

  const context: RequestContext = {
    secrets: scopes.secrets,
    used: new Set(),
    skipped,
    warnings,
    ...(options.locateFile ? { locateFile: options.locateFile } : {}),
    ...(options.dynamicValues ? { dynamicValues: options.dynamicValues } : {}),
  };
  const flows = options.splitFolders
    ? splitByFolder(name, requests, context)
    : [buildFlow(name, requests, context, new Set())];

  const group: Json = { name };
  if (Object.keys(scopes.environments).length > 0) group.environments = scopes.environments;
  if (scopes.secrets.size > 0) group.secrets = [...scopes.secrets].sort();
  if (Object.keys(groupVariables).length > 0) group.variables = groupVariables;

  const known = new Set([
    ...Object.keys(groupVariables),
    ...Object.values(scopes.environments).flatMap((values) => Object.keys(values)),
  ]);
  return {
    group,
    flows,
    skipped,
    warnings,
    requiredVariables: requiredNames(flows, known),
  };
}

function readCollection(source: SourceFile): Json {
  const value = asObject(parseJsonFile(source, 'Postman collection'));
  if (!value) {
    invalidSource(
      source.path,
      'Invalid collection',
      'the file is not a JSON object',
      'export the collection from Postman as Collection v2.1',
    );
  }
  const info = asObject(value.info);
  if (!info && Array.isArray(value.requests)) {
    invalidSource(
      source.path,
      'Unsupported format',
      'this is a Postman collection in format v1, which is not supported',
      'open it in Postman and export it again as Collection v2.1 (Export → Collection v2.1)',
    );
  }
  const schema = asText(info?.schema) ?? '';
  // Newman runs collections without "info" too, so only the item list is required.
  if (!Array.isArray(value.item)) {
    invalidSource(
      source.path,
      'Invalid collection',
      'not a Postman collection: the "item" list is missing',
      'pass a collection exported from Postman as Collection v2.1 (or v2.0)',
    );
  }
  if (schema !== '' && !/collection\/v2\.[01]\.\d/.test(schema)) {
    invalidSource(
      source.path,
      'Unsupported format',
      `unsupported collection schema ${JSON.stringify(schema)}`,
      'export the collection from Postman as Collection v2.1',
    );
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// The item tree

function scopeOf(
  name: string,
  node: Json,
  secrets: ReadonlySet<string>,
  warnings: ImportNote[],
): Scope {
  const scope: Scope = {
    name,
    prerequest: [],
    test: [],
    variables: {},
    protocol: asObject(node.protocolProfileBehavior) ?? {},
  };
  const auth = asObject(node.auth);
  if (auth) scope.auth = auth;
  for (const event of asArray(node.event)) {
    const entry = asObject(event);
    const script = asObject(entry?.script);
    if (!entry || !script || script.disabled === true) continue;
    const text = scriptText(script.exec);
    if (text.trim() === '') continue;
    if (entry.listen === 'prerequest') scope.prerequest.push(text);
    if (entry.listen === 'test') scope.test.push(text);
  }
  for (const variable of asArray(node.variable)) {
    const entry = asObject(variable);
    const key = asText(entry?.key);
    if (!entry || key === undefined || entry.disabled === true) continue;
    scope.variables[rename(key, warnings, 'folder variable')] = variableValue(entry.value, secrets);
  }
  return scope;
}

function collectRequests(
  items: unknown[],
  folders: string[],
  scopes: Scope[],
  out: RequestItem[],
  notes: { secrets: ReadonlySet<string>; skipped: ImportNote[]; warnings: ImportNote[] },
): void {
  for (const value of items) {
    const item = asObject(value);
    if (!item) continue;
    const name = asText(item.name)?.trim() || 'Unnamed';

    if (Array.isArray(item.item)) {
      const scope = scopeOf(name, item, notes.secrets, notes.warnings);
      collectRequests(item.item, [...folders, name], [...scopes, scope], out, notes);
      continue;
    }
    if (item.request === undefined) {
      notes.skipped.push({
        item: `item "${[...folders, name].join(' / ')}"`,
        reason: 'neither a request nor a folder',
      });
      continue;
    }
    out.push({ item, folders, scopes });
  }
}

// ---------------------------------------------------------------------------------------------
// Flows

function splitByFolder(
  name: string,
  requests: RequestItem[],
  context: RequestContext,
): FlowDocument[] {
  const files = new Set<string>();
  const flows: FlowDocument[] = [];
  const topLevel = requests.filter((request) => request.folders.length === 0);
  if (topLevel.length > 0) flows.push(buildFlow(name, topLevel, context, files));

  // Folders are keyed by their scope object, not their name, so two top-level folders with one name stay two flows.
  const byFolder = new Map<Scope, RequestItem[]>();
  for (const request of requests) {
    const folder = request.scopes[1];
    if (request.folders.length === 0 || !folder) continue;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), request]);
  }
  for (const [folder, items] of byFolder) {
    const trimmed = items.map((request) => ({ ...request, folders: request.folders.slice(1) }));
    flows.push(buildFlow(folder.name, trimmed, context, files, `${name} / ${folder.name}`));
  }
  return flows;
}

function buildFlow(
  name: string,
  requests: RequestItem[],
  context: RequestContext,
  files: Set<string>,
  title = name,
): FlowDocument {
  const stepNames = new Set<string>();
  const variables: Json = {};
  const steps: Json[] = [];

  for (const request of requests) {
    // Folder variables become flow variables; a deeper folder's value wins, as in Postman.
    for (const scope of request.scopes.slice(1)) Object.assign(variables, scope.variables);
    const requestName = asText(request.item.name)?.trim() || 'Unnamed request';
    const stepName = uniqueName([...request.folders, requestName].join(' / '), stepNames);
    const step = buildStep(stepName, request, context);
    if (step) steps.push(step);
  }

  const flow: Json = { name: title };
  // Newman keeps one cookie jar for the whole run, so a collection may log in once and rely on
  // the session cookie in later iterations.
  flow.cookies = 'persist';
  if (Object.keys(variables).length > 0) flow.variables = variables;
  flow.steps = steps;
  return { file: flowFileName(name, files), value: flow };
}

function buildStep(
  stepName: string,
  request: RequestItem,
  context: RequestContext,
): Json | undefined {
  const item = request.item;
  const label = `request "${stepName}"`;
  const own = scopeOf(stepName, item, context.secrets, context.warnings);
  // A request's own auth sits inside `request`; `null` or `inherit` there means the parent's.
  const requestAuth = asObject(asObject(item.request)?.auth);
  if (requestAuth) own.auth = requestAuth;
  const chain = [...request.scopes, own];

  const auth = [...chain]
    .reverse()
    .find((scope) => scope.auth !== undefined && scope.auth.type !== 'inherit')?.auth;
  const protocol = Object.assign({}, ...chain.map((scope) => scope.protocol)) as Json;
  const built = buildRequest(item.request, auth, protocol, label, context);
  if (!built) return undefined;

  const step: Json = { name: stepName, request: built };
  const pre = combineScripts(chain, 'prerequest', label, context);
  const post = combineScripts(chain, 'test', label, context);
  if (pre !== undefined) step.pre = { postman: pre };
  else if (post !== undefined && readsRequest(post)) {
    // pm.request in a test script reads the request that a pre script kept.
    step.pre = { postman: '// Keeps the sent request for pm.request in the test script.\n' };
  }
  if (post !== undefined) step.post = { postman: post };

  // A Postman run goes on after a failed test or script, so every step continues on failure.
  step.continueOnFailure = true;
  return step;
}

/** Joins the collection's, folders' and request's scripts; each in a block so `const` names stay apart. */
function combineScripts(
  chain: Scope[],
  listen: 'prerequest' | 'test',
  label: string,
  context: RequestContext,
): string | undefined {
  const parts: { owner: string; source: string }[] = [];
  chain.forEach((scope, index) => {
    for (const script of scope[listen]) {
      const owner =
        index === 0
          ? `collection "${scope.name}"`
          : index === chain.length - 1
            ? label
            : `folder "${scope.name}"`;
      for (const call of findUnsupportedCalls(script)) {
        context.warnings.push({
          item: `${owner} ${listen === 'test' ? 'test' : 'pre-request'} script, line ${call.line}`,
          reason: `${call.name} is not supported; the test that calls it fails at run time`,
        });
      }
      const translated = translateScript(script);
      for (const line of translated.lines) {
        context.warnings.push({
          item: `${owner} ${listen === 'test' ? 'test' : 'pre-request'} script, line ${line}`,
          reason: 'responseBody.has(...) (from Sugar.js) is written as responseBody.includes(...)',
        });
      }
      parts.push({ owner, source: translated.source });
    }
  });
  if (parts.length === 0) return undefined;
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.owner === label) return ensureNewline(only.source);
  if (only) return `// From ${only.owner}.\n${ensureNewline(only.source)}`;
  return parts
    .map((part) => `// From ${part.owner}.\n{\n${ensureNewline(part.source)}}\n`)
    .join('');
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function scriptText(exec: unknown): string {
  if (typeof exec === 'string') return exec;
  return asArray(exec)
    .map((line) => (typeof line === 'string' ? line : ''))
    .join('\n');
}

function rename(key: string, warnings: ImportNote[], what: string): string {
  const name = variableName(key);
  if (name !== key)
    warnings.push({
      item: `${what} "${key}"`,
      reason: `renamed to "${name}": flow variable names are identifiers`,
    });
  return name;
}

function variableValue(value: unknown, secrets: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return convertTemplates(value, secrets);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

// ---------------------------------------------------------------------------------------------
// Variables the flows use but no file defines

/**
 * Walks each flow's steps in order as the validator does: a name is known once a variable, an
 * environment or an earlier script sets it. The others must come from the run (`--var`).
 */
function requiredNames(flows: FlowDocument[], known: Set<string>): string[] {
  const required = new Set<string>();
  for (const flow of flows) {
    const names = new Set([...known, ...Object.keys(asObject(flow.value.variables) ?? {})]);
    for (const value of asArray(flow.value.steps)) {
      const step = asObject(value) ?? {};
      for (const name of literalNames(scriptOf(step.pre))) names.add(name);
      for (const name of templateNames(JSON.stringify(step.request))) {
        if (!names.has(name)) required.add(name);
      }
      for (const name of literalNames(scriptOf(step.post))) names.add(name);
    }
  }
  return [...required].sort();
}

/**
 * Counts a name a script sets only when the literal is already an identifier, as the validator
 * does. The `pm` layer renames the other names at run time, which the validator cannot see.
 */
function literalNames(source: string): string[] {
  return namesSetByScript(source).filter((name) => variableName(name) === name);
}

function scriptOf(value: unknown): string {
  return asText(asObject(value)?.postman) ?? '';
}

function templateNames(text: string): string[] {
  return [...text.matchAll(/\{\{ ([A-Za-z_][A-Za-z0-9_]*) \}\}/g)]
    .map((match) => match[1] ?? '')
    .filter((name) => name !== 'iteration' && name !== 'vu');
}
