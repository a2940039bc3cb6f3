/** "Did you mean" suggestions for misspelt keys and names. */

/** Computes the Levenshtein edit distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);

  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
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
