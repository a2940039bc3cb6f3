/**
 * The bottleneck of a flow: the step holding the largest share of the time its steps took,
 * named only when its share is clearly larger than the others'.
 */
import type { DurationStats } from './stats.js';

export interface Bottleneck {
  step: string;
  /** Share of the flow's summed step time, 0..1. */
  share: number;
  meanMs: number;
}

/** A step's share counts as standing out at this share of the total or more. */
export const BOTTLENECK_MIN_SHARE = 0.5;
/** ... or when its share is at least this multiple of the next largest share. */
export const BOTTLENECK_LEAD = 1.5;

/**
 * Finds the step with the largest summed response time, if its share is at
 * least half of the flow's step time, or at least 1.5 times the next step's share. A flow
 * with fewer than two timed steps has no bottleneck.
 */
export function findBottleneck(
  steps: { name: string; duration: DurationStats }[],
): Bottleneck | undefined {
  const timed = steps.filter((step) => step.duration.count > 0 && step.duration.sum > 0);
  if (timed.length < 2) return undefined;

  const total = timed.reduce((sum, step) => sum + step.duration.sum, 0);
  const ranked = [...timed].sort((a, b) => b.duration.sum - a.duration.sum);
  const [first, second] = ranked as [(typeof ranked)[0], (typeof ranked)[0]];
  const share = first.duration.sum / total;
  const nextShare = second.duration.sum / total;
  if (share < BOTTLENECK_MIN_SHARE && share < BOTTLENECK_LEAD * nextShare) return undefined;

  return { step: first.name, share, meanMs: first.duration.mean };
}
