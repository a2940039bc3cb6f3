/**
 * Sharding a run over the jobs of a matrix: the `shard` input, and the name of each shard's
 * results artifact, which the merge job looks for. The run command picks each shard's flows
 * (or, for a single flow, its share of the iterations).
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
