/** A span in a flow or group file: 1-based line and column, end exclusive. */
export interface SourceLocation {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Formats a location as `file:line:column`, the form editors and CI logs link. */
export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}
