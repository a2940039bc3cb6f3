/**
 * The sticky PR comment: one per workflow job, found again by a hidden marker, created on the
 * first run and updated on every rerun. Missing permissions give a warning, never a failure.
 */

/** The issue-comment calls the action needs, implemented over Octokit in main.ts. */
export interface IssueCommentsApi {
  /** Yields the pull request's comments page by page, following the Link header. */
  list(): AsyncIterable<{ id: number; body?: string | null }[]>;
  create(body: string): Promise<{ id: number }>;
  update(id: number, body: string): Promise<{ id: number }>;
}

export type CommentOutcome =
  { action: 'created' | 'updated'; id: number } | { action: 'skipped'; warning: string };

/** Returns the hidden marker of one workflow job: `<!-- flow-runner:{workflow}:{job} -->`. */
export function commentMarker(workflow: string, job: string): string {
  // `--` would end the HTML comment early; workflow names may contain anything.
  const clean = (text: string): string => text.replace(/--+/g, '-').replace(/>/g, '');
  return `<!-- flow-runner:${clean(workflow)}:${clean(job)} -->`;
}

/** The pull request of a `pull_request` or `pull_request_target` event, from its payload. */
export interface PullRequestTarget {
  number: number;
  /** True when the head branch lives in a fork, where the token is usually read-only. */
  fromFork: boolean;
}

/** Reads the pull request number from the event, or undefined for other events. */
export function pullRequestOf(
  eventName: string | undefined,
  payload: unknown,
): PullRequestTarget | undefined {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return undefined;
  const pullRequest = (payload as { pull_request?: unknown } | undefined)?.pull_request as
    | {
        number?: unknown;
        head?: { repo?: { full_name?: unknown } | null };
        base?: { repo?: { full_name?: unknown } };
      }
    | undefined;
  const number = (payload as { number?: unknown } | undefined)?.number ?? pullRequest?.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) return undefined;

  const head = pullRequest?.head?.repo?.full_name;
  const base = pullRequest?.base?.repo?.full_name;
  return {
    number,
    fromFork: typeof head === 'string' && typeof base === 'string' && head !== base,
  };
}

/**
 * Updates the comment that holds `marker`, or creates one. Permission and not-found errors
 * (a fork's read-only token, a missing `pull-requests: write`) become a warning to show once;
 * other errors are thrown.
 */
export async function upsertComment(
  api: IssueCommentsApi,
  marker: string,
  body: string,
  context: { fromFork: boolean },
): Promise<CommentOutcome> {
  try {
    let existing: number | undefined;
    for await (const page of api.list()) {
      const found = page.find((comment) => comment.body?.includes(marker));
      if (found) {
        existing = found.id;
        break;
      }
    }

    if (existing !== undefined) {
      const updated = await api.update(existing, body);
      return { action: 'updated', id: updated.id };
    }
    const created = await api.create(body);
    return { action: 'created', id: created.id };
  } catch (error) {
    const status = (error as { status?: unknown } | null)?.status;
    if (status !== 401 && status !== 403 && status !== 404) throw error;

    const reason = context.fromFork
      ? 'pull requests from forks get a read-only token'
      : 'the job needs `permissions: pull-requests: write` (and a github-token that has it)';
    return {
      action: 'skipped',
      warning: `flow-runner could not write the PR comment (HTTP ${status}): ${reason}. The job summary has the same results.`,
    };
  }
}
