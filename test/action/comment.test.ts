import { describe, expect, it } from 'vitest';

import {
  commentMarker,
  pullRequestOf,
  upsertComment,
  type IssueCommentsApi,
} from '../../src/action/comment.js';

/** Creates an in-memory issue with pages of two comments; `failWith` makes every call throw that status. */
function memoryIssue(bodies: string[], failWith?: number) {
  const comments = bodies.map((body, index) => ({ id: index + 1, body }));
  const calls: string[] = [];
  const fail = (): void => {
    if (failWith !== undefined)
      throw Object.assign(new Error(`HTTP ${failWith}`), { status: failWith });
  };
  const api: IssueCommentsApi = {
    async *list() {
      for (let start = 0; start < comments.length || start === 0; start += 2) {
        calls.push(`list ${start / 2 + 1}`);
        fail();
        yield comments.slice(start, start + 2);
      }
    },
    async create(body) {
      calls.push('create');
      fail();
      comments.push({ id: comments.length + 1, body });
      return { id: comments.length };
    },
    async update(id, body) {
      calls.push(`update ${id}`);
      fail();
      const comment = comments.find((item) => item.id === id);
      if (comment) comment.body = body;
      return { id };
    },
  };
  return { api, comments, calls };
}

const marker = commentMarker('CI', 'api');

describe('PR comment', () => {
  it.each([
    ['CI', 'api', '<!-- flow-runner:CI:api -->'],
    ['a -- b', 'x>y', '<!-- flow-runner:a - b:xy -->'],
  ])('marks %s / %s', (workflow, job, expected) => {
    expect(commentMarker(workflow, job)).toBe(expected);
  });

  it('creates the first comment', async () => {
    const issue = memoryIssue([]);
    expect(await upsertComment(issue.api, marker, `${marker}\nfirst`, { fromFork: false })).toEqual(
      { action: 'created', id: 1 },
    );
    expect(issue.comments).toEqual([{ id: 1, body: `${marker}\nfirst` }]);
  });

  it('updates the marked comment on a later page', async () => {
    const issue = memoryIssue(['one', 'two', 'three', `${marker}\nold`, 'five']);
    const outcome = await upsertComment(issue.api, marker, `${marker}\nnew`, { fromFork: false });

    expect(outcome).toEqual({ action: 'updated', id: 4 });
    expect(issue.comments[3]?.body).toBe(`${marker}\nnew`);
    expect(issue.comments).toHaveLength(5);
    expect(issue.calls).toEqual(['list 1', 'list 2', 'update 4']);
  });

  it('ignores other jobs’ comments', async () => {
    const issue = memoryIssue([`${commentMarker('CI', 'web')}\nweb`]);
    expect(
      (await upsertComment(issue.api, marker, `${marker}\napi`, { fromFork: false })).action,
    ).toBe('created');
    expect(issue.comments).toHaveLength(2);
  });

  it.each([
    [403, false, 'pull-requests: write'],
    [403, true, 'forks get a read-only token'],
    [404, false, 'HTTP 404'],
  ])('turns HTTP %i into a warning', async (status, fromFork, text) => {
    const outcome = await upsertComment(memoryIssue([], status).api, marker, 'body', { fromFork });
    expect(outcome.action).toBe('skipped');
    expect(outcome.action === 'skipped' ? outcome.warning : '').toContain(text);
  });

  it('throws other errors', async () => {
    await expect(
      upsertComment(memoryIssue([], 500).api, marker, 'body', { fromFork: false }),
    ).rejects.toThrow('HTTP 500');
  });

  it('finds the pull request of an event', () => {
    const same = { full_name: 'o/r' };
    expect(
      pullRequestOf('pull_request', {
        number: 3,
        pull_request: { number: 3, head: { repo: same }, base: { repo: same } },
      }),
    ).toEqual({ number: 3, fromFork: false });
    expect(
      pullRequestOf('pull_request_target', {
        pull_request: { number: 4, head: { repo: { full_name: 'fork/r' } }, base: { repo: same } },
      }),
    ).toEqual({ number: 4, fromFork: true });
    expect(pullRequestOf('push', { number: 3 })).toBeUndefined();
    expect(pullRequestOf('pull_request', {})).toBeUndefined();
    expect(pullRequestOf('pull_request', undefined)).toBeUndefined();
  });
});
