/**
 * Report artifacts: uploading the report folder, and finding and downloading every shard's
 * results for the merge job. The artifact service is reached through `ArtifactStore`, which
 * main.ts implements over @actions/artifact.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

import { parseShardArtifactName, type Shard } from './shard.js';

export interface ArtifactStore {
  upload(
    name: string,
    files: string[],
    rootDirectory: string,
    options: { retentionDays?: number },
  ): Promise<{ id?: number; size?: number }>;
  /** Lists the artifacts of this workflow run, the latest one per name. */
  list(): Promise<{ name: string; id: number }[]>;
  /** Downloads and unpacks an artifact into `directory`. */
  download(id: number, directory: string): Promise<void>;
}

/**
 * Says whether the runner provides the artifact service. The runner sets these two variables
 * for `uses:` steps (JavaScript and container actions) but not for `run:` steps.
 */
export function artifactServiceAvailable(env: Record<string, string | undefined>): boolean {
  return Boolean(env['ACTIONS_RUNTIME_TOKEN']) && Boolean(env['ACTIONS_RESULTS_URL']);
}

/** Returns the web address of an artifact on the workflow run's page, when known. */
export function artifactUrl(
  env: Record<string, string | undefined>,
  id: number | undefined,
): string | undefined {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const runId = env['GITHUB_RUN_ID'];
  if (id === undefined || !server || !repository || !runId) return undefined;
  return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}/artifacts/${id}`;
}

/** Lists every file under a folder, sorted, as absolute paths. */
export async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Uploads every file of the report folder as one artifact. */
export async function uploadReportFolder(
  store: ArtifactStore,
  name: string,
  directory: string,
  retentionDays: number | undefined,
): Promise<{ id?: number; size?: number; files: string[] }> {
  const files = await listFiles(directory);
  const uploaded = await store.upload(
    name,
    files,
    directory,
    retentionDays === undefined ? {} : { retentionDays },
  );
  return { ...uploaded, files };
}

export interface ShardDownload {
  /** results.json of each shard found, in shard order. */
  results: { shard: Shard; file: string }[];
  /** Total shard count the artifacts name, when they agree. */
  total?: number;
  /** Shards whose artifact was not found, such as a shard that had no flows to run. */
  missing: number[];
}

/**
 * Downloads the results of every `<baseName>-shard-i-of-n` artifact of this run into its own
 * folder under `directory`. Throws when no shard artifact exists or the shards disagree on n.
 */
export async function downloadShardResults(
  store: ArtifactStore,
  baseName: string,
  directory: string,
): Promise<ShardDownload> {
  const artifacts = (await store.list())
    .map((artifact) => ({ artifact, shard: parseShardArtifactName(baseName, artifact.name) }))
    .filter(
      (entry): entry is { artifact: { name: string; id: number }; shard: Shard } =>
        entry.shard !== undefined,
    )
    .sort((a, b) => a.shard.index - b.shard.index);

  if (artifacts.length === 0) {
    throw new Error(
      `no shard artifacts named "${baseName}-shard-<i>-of-<n>" in this workflow run: run the shard jobs with the same artifact-name first, and make the merge job depend on them with needs:`,
    );
  }
  const totals = new Set(artifacts.map((entry) => entry.shard.total));
  if (totals.size > 1) {
    throw new Error(
      `the shard artifacts disagree on the shard count (${[...totals].join(', ')}): ${artifacts.map((entry) => entry.artifact.name).join(', ')}`,
    );
  }
  const [total] = totals;

  const results: ShardDownload['results'] = [];
  for (const { artifact, shard } of artifacts) {
    const target = path.join(directory, artifact.name);
    await store.download(artifact.id, target);
    results.push({ shard, file: path.join(target, 'results.json') });
  }

  const found = new Set(artifacts.map((entry) => entry.shard.index));
  const missing: number[] = [];
  for (let index = 1; index <= (total ?? 0); index += 1) if (!found.has(index)) missing.push(index);
  return { results, missing, ...(total === undefined ? {} : { total }) };
}
