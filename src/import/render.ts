/**
 * Renders imported documents as YAML in the flow format: the editor modeline first, scripts
 * and other multi-line strings as literal blocks, keys in the order the importers built them.
 */
import { stringify } from 'yaml';

/** Renders a flow or group document; `schema` is the modeline's path to its JSON Schema. */
export function renderYaml(value: Record<string, unknown>, schema: string): string {
  const body = stringify(value, {
    lineWidth: 0,
    blockQuote: 'literal',
    defaultKeyType: 'PLAIN',
    aliasDuplicateObjects: false,
  });
  return `# yaml-language-server: $schema=${schema}\n${body}`;
}
