/**
 * What one shard job runs. Several flows are dealt out by path; a single flow has its
 * iterations (or, for a run bounded by duration, its virtual users) split instead.
 */
import { InputError } from '../common/errors.js';
import { loadFlowSet } from '../flow/load.js';
import { selectShardFiles, shareOf, type Shard } from './shard.js';

export type ShardPlan =
  /** Run these flow files. */
  | { kind: 'flows'; paths: string[] }
  /** Run the one flow with this share of its iterations or virtual users. */
  | { kind: 'split'; paths: string[]; iterations?: number; virtualUsers?: number }
  /** Nothing falls to this shard. */
  | { kind: 'empty'; reason: string }
  /** The flows do not load; the run command reports why, exactly as without sharding. */
  | { kind: 'unplanned' };

export interface ShardPlanOptions {
  cwd: string;
  environment?: string;
  tags: string[];
  iterations?: number;
  virtualUsers?: number;
  duration?: number;
  data?: string;
}

/** Plans the part of the run that falls to `shard`. */
export async function planShard(
  paths: string[],
  shard: Shard,
  options: ShardPlanOptions,
): Promise<ShardPlan> {
  const loaded = await loadFlowSet(paths, {
    cwd: options.cwd,
    tags: options.tags,
    ...(options.environment === undefined ? {} : { environment: options.environment }),
  });
  const flows = loaded.set.flows;
  if (loaded.diagnostics.some((d) => d.severity === 'error') || flows.length === 0) {
    return { kind: 'unplanned' };
  }

  if (flows.length > 1) {
    const selected = selectShardFiles(
      flows.map((flow) => flow.file),
      shard,
    );
    return selected.length > 0
      ? { kind: 'flows', paths: selected }
      : {
          kind: 'empty',
          reason: `${flows.length} flows for ${shard.total} shards: shard ${shard.index} has none`,
        };
  }

  const [flow] = flows;
  if (flow === undefined) return { kind: 'unplanned' };
  const byDuration =
    (options.duration ?? flow.duration) !== undefined && options.iterations === undefined;
  if (byDuration) {
    // Every shard runs for the whole duration, with its share of the virtual users.
    const virtualUsers = shareOf(options.virtualUsers ?? flow.virtualUsers ?? 1, shard);
    return virtualUsers > 0
      ? { kind: 'split', paths: [flow.file], virtualUsers }
      : { kind: 'empty', reason: `${flow.name} has fewer virtual users than there are shards` };
  }

  const total = options.iterations ?? flow.iterations;
  if (total === undefined && (options.data ?? flow.data) !== undefined) {
    // NOTE: the row count of a data file is known only to the run; iteration numbers also
    // restart at 1 in each shard, so rows would repeat rather than continue.
    throw new InputError(
      `cannot shard the iterations of ${flow.file}: it takes one iteration per data row; set the iterations input (or iterations: in the flow) to the row count`,
    );
  }
  const iterations = shareOf(total ?? 1, shard);
  if (iterations === 0) {
    return {
      kind: 'empty',
      reason: `${flow.name} has ${total ?? 1} iterations for ${shard.total} shards`,
    };
  }
  return {
    kind: 'split',
    paths: [flow.file],
    iterations,
    ...(options.virtualUsers === undefined
      ? {}
      : { virtualUsers: Math.min(options.virtualUsers, iterations) }),
  };
}
