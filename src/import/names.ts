/**
 * Names in the flow format: variable names are identifiers, step names are unique in a flow and
 * file names are lower-case slugs. Sources allow more, so names are rewritten here, one way.
 */

/**
 * Rewrites a source variable name (`base-url`, `a/b`, `2fa`) into a flow variable name. The
 * sandbox's `pm` layer applies the same rule, so scripts keep reading the names they set.
 */
export function variableName(name: string): string {
  const text = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(text) || text === '' ? `_${text}` : text;
}

/** Returns `base`, or `base (2)`, `base (3)`... for the first one not in `used`, and records it. */
export function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base} (${n})`;
  used.add(name);
  return name;
}

/** Turns a name into a file-name slug: `Users & Roles` → `users-roles`. */
export function slug(name: string): string {
  const text = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return text === '' ? 'flow' : text.slice(0, 60);
}

/** Returns `<slug>.flow.yaml`, numbered when the slug is already taken. */
export function flowFileName(name: string, used: Set<string>): string {
  const base = slug(name);
  let file = `${base}.flow.yaml`;
  for (let n = 2; used.has(file); n++) file = `${base}-${n}.flow.yaml`;
  used.add(file);
  return file;
}

const POSTMAN_TEMPLATE = /\{\{\s*([^{}]+?)\s*\}\}/g;

/**
 * Rewrites Postman's `{{name}}` into the flow's `{{ name }}`: names become identifiers, declared
 * secrets read `secrets.NAME`, and dynamic values (`{{$guid}}`) keep their name. Adds every
 * plain name it converts to `used`, and every dynamic value to `dynamic`.
 */
export function convertTemplates(
  text: string,
  secrets: ReadonlySet<string>,
  used?: Set<string>,
  dynamic?: Set<string>,
): string {
  return text.replace(POSTMAN_TEMPLATE, (_match, name: string) => {
    if (name.startsWith('$')) {
      dynamic?.add(name);
      return `{{ ${name} }}`;
    }
    const flowName = variableName(name);
    if (secrets.has(flowName)) return `{{ secrets.${flowName} }}`;
    used?.add(flowName);
    return `{{ ${flowName} }}`;
  });
}

/** Returns the names, as written, that a script sets with a literal name through `pm` or `postman`. */
export function namesSetByScript(source: string): string[] {
  const pattern =
    /\b(?:pm\.(?:variables|environment|collectionVariables|globals)\.set|postman\.set(?:Environment|Global)Variable)\(\s*(['"`])([^'"`]+)\1/g;
  return [...source.matchAll(pattern)].map((match) => match[2] ?? '');
}
