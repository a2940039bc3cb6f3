/** "Did you mean" suggestions for misspelt keys and names. */

/**
 * Computes the edit distance between two strings: insertions, deletions, substitutions and
 * swaps of two neighbouring characters each count as one (optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const cell = (i: number, j: number): number => rows[i]?.[j] ?? 0;

  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] ?? [];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(cell(i - 1, j) + 1, cell(i, j - 1) + 1, cell(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, cell(i - 2, j - 2) + 1);
      }
      row[j] = best;
    }
  }
  return cell(a.length, b.length);
}

/**
 * Finds the candidate closest to `input`, ignoring case, when it is close enough to be a typo:
 * at most a third of the input's length, and at least one edit allowed.
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(input.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;

  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Builds the hint for an unknown name: a suggestion when one is close, else the valid names. */
export function suggestionHint(
  input: string,
  candidates: readonly string[],
  noun = 'keys',
): string {
  const match = closestMatch(input, candidates);
  if (match !== undefined) return `did you mean "${match}"?`;
  if (candidates.length === 0) return `no ${noun} are defined here`;
  return `valid ${noun}: ${candidates.map((name) => `"${name}"`).join(', ')}`;
}
