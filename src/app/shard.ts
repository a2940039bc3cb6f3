/**
 * `--shard i/n`: a stable slice of the run for one of n parallel jobs. With several flows, shard
 * i takes every n-th flow in path order, starting at the i-th. With one flow, each shard runs
 * its share of that flow's iterations instead, so a large flow still spreads over the jobs.
 */
import { InputError } from '../common/errors.js';
import type { FlowSet } from '../flow/model.js';

export interface Shard {
  index: number;
  total: number;
}

/**
 * Returns the part of `set` that shard `shard.index` of `shard.total` runs. `iterations` is the
 * `--iterations` override, which wins over the flow's own count.
 */
export function selectShard(set: FlowSet, shard: Shard, iterations?: number): FlowSet {
  if (set.flows.length === 1) {
    const [flow] = set.flows;
    if (flow === undefined) return set;
    const total = iterations ?? flow.iterations ?? 1;
    if (total < shard.total) {
      throw new InputError(
        `--shard ${shard.index}/${shard.total}: flow "${flow.name}" has ${total} iteration(s), fewer than the ${shard.total} shards; use fewer shards or more iterations`,
      );
    }
    const base = Math.floor(total / shard.total);
    const share = base + (shard.index <= total % shard.total ? 1 : 0);
    return { ...set, flows: [{ ...flow, iterations: share }] };
  }

  const flows = set.flows.filter((_, position) => position % shard.total === shard.index - 1);
  return { ...set, flows };
}
