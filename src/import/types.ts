/**
 * Importer results: the flow group and flow files as plain YAML data, and a record of what was
 * imported and what was left out, with the reason for each item.
 */

export type ImportFormat = 'postman' | 'har' | 'curl' | 'openapi';

/** A file the importer read: its path as the user gave it, and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export interface ImportOptions {
  /** Postman only: environment and globals files. */
  environments: SourceFile[];
  /** Postman only: a flow per top-level folder instead of one flow for the collection. */
  splitFolders: boolean;
  /**
   * Finds a file a request uploads (`src` as the source names it). Returns its path relative to
   * the output folder, or undefined when the file does not exist.
   */
  locateFile?: (src: string) => string | undefined;
  /** Dynamic values the run generates (`$guid`...); others used by the source are reported. */
  dynamicValues?: readonly string[];
}

/** One flow file to write, by its path inside the output folder. */
export interface FlowDocument {
  file: string;
  value: Record<string, unknown>;
}

/** An item of the source that was left out or changed, with the reason. */
export interface ImportNote {
  /** The item in the source's own terms: `request "Users / Create"`, `entry 4`, `line 12`. */
  item: string;
  reason: string;
}

export interface ImportResult {
  group: Record<string, unknown>;
  flows: FlowDocument[];
  /** Items left out of the flows. */
  skipped: ImportNote[];
  /** Items imported with a change the user should know about. */
  warnings: ImportNote[];
  /** Variables the flows use that no file defines: the run needs `--var` or an environment. */
  requiredVariables: string[];
}
