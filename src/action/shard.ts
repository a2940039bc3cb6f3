/**
 * Sharding a run over several jobs of a matrix: which flows (or, for one flow, how many
 * iterations) shard i of n runs, and how its results artifact is named so the merge job finds
 * every shard.
 */
import { InputError } from '../common/errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

/** Parses the `shard` input, `i/n` with 1 ≤ i ≤ n. */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || index < 1 || total < 1 || index > total) {
    throw new InputError(
      `invalid shard "${value}": expected i/n with 1 <= i <= n, such as 1/3 (for example shard: \${{ matrix.shard }}/3)`,
    );
  }
  return { index, total };
}

/**
 * Picks the files of one shard. Files are sorted by path and dealt out in turn (the first to
 * shard 1, the second to shard 2, ...), so every job computes the same split from the same
 * checkout and the shards differ in size by at most one flow.
 */
export function selectShardFiles(files: readonly string[], shard: Shard): string[] {
  const sorted = [...new Set(files)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted.filter((_, position) => position % shard.total === shard.index - 1);
}

/**
 * Splits a count (iterations or virtual users) over the shards: each gets the floor of its
 * share and the first `count mod n` shards one more, so the parts add up to `count`.
 */
export function shareOf(count: number, shard: Shard): number {
  const base = Math.floor(count / shard.total);
  const remainder = count % shard.total;
  return base + (shard.index <= remainder ? 1 : 0);
}

/** Returns the artifact name of one shard's results: `<name>-shard-<i>-of-<n>`. */
export function shardArtifactName(baseName: string, shard: Shard): string {
  return `${baseName}-shard-${shard.index}-of-${shard.total}`;
}

/** Parses a shard artifact name of `baseName`, or returns undefined for any other artifact. */
export function parseShardArtifactName(baseName: string, name: string): Shard | undefined {
  if (!name.startsWith(`${baseName}-shard-`)) return undefined;
  const match = /^(\d+)-of-(\d+)$/.exec(name.slice(baseName.length + '-shard-'.length));
  if (!match) return undefined;
  const index = Number(match[1]);
  const total = Number(match[2]);
  return index >= 1 && index <= total ? { index, total } : undefined;
}
