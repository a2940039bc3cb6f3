/**
 * Markdown for GitHub's job summary and PR comments. Everything that comes from flows or
 * responses goes through `escapeMarkdown`, because both places render HTML as well.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // An escaped @ cannot mention a user or a team from a flow or step name.
  '@': '&#64;',
};

/** Escapes text for HTML: inside `<pre>`, `<summary>` and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'@]/g, (char) => HTML_ENTITIES[char] ?? char);
}

/**
 * Escapes text for one line of Markdown or one table cell: HTML characters become entities,
 * Markdown punctuation gets a backslash, and line breaks become spaces so a table row stays
 * one row.
 */
export function escapeMarkdown(text: string): string {
  // Backslashes first: escaping after the entities would break `&#64;` into `&\#64;`.
  return escapeHtml(text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()#+\-!|~]/g, '\\$&'));
}

/** Escapes text and wraps it as inline code that cannot end early. */
export function inlineCode(text: string): string {
  return `<code>${escapeHtml(text.replace(/[\r\n]+/g, ' '))}</code>`;
}

/** Builds a Markdown table; cells are used as given, so escape them first. */
export function table(header: string[], rows: string[][], align?: ('left' | 'right')[]): string {
  const rule = header.map((_, column) => (align?.[column] === 'right' ? '---:' : '---'));
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** Returns the UTF-8 size of text in bytes, the unit of GitHub's size limits. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Joins sections in order while they fit in `maxBytes`. At the first one that does not fit, it
 * appends `note(omitted)` instead and stops, so no table or tag is ever cut in the middle.
 */
export function joinWithinLimit(
  sections: string[],
  maxBytes: number,
  note: (omitted: number) => string,
): { text: string; omitted: number } {
  const separator = '\n\n';
  const kept: string[] = [];
  let size = 0;

  for (const [position, section] of sections.entries()) {
    const omitted = sections.length - position;
    const added = byteLength(section) + (kept.length > 0 ? byteLength(separator) : 0);
    const remaining = sections.length - position - 1;
    // The last section needs no room for the note; every other one keeps room for it.
    const reserve = remaining > 0 ? byteLength(separator + note(remaining)) : 0;
    if (size + added + reserve > maxBytes) {
      kept.push(note(omitted));
      return { text: kept.join(separator) + '\n', omitted };
    }
    kept.push(section);
    size += added;
  }
  return { text: kept.join(separator) + '\n', omitted: 0 };
}
