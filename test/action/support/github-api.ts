/**
 * A local server that responds like GitHub's REST API for issue comments: list (with Link
 * header pagination), create and update. `forbidden` makes every call return 403, as a
 * fork's read-only token does.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredComment {
  id: number;
  body: string;
  issue: number;
}

export interface GitHubApiMock {
  url: string;
  comments: StoredComment[];
  /** Every request as `METHOD path?query`, in order. */
  requests: string[];
  /** Authorization headers seen. */
  authorizations: string[];
  forbidden: boolean;
  close(): Promise<void>;
}

/** Page size the mock uses whatever per_page requests, so a few comments span several pages. */
export const PAGE_SIZE = 2;

export async function startGitHubApi(repository: string): Promise<GitHubApiMock> {
  let nextId = 1000;
  const state: Omit<GitHubApiMock, 'url' | 'close'> = {
    comments: [],
    requests: [],
    authorizations: [],
    forbidden: false,
  };

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      respond(response, 500, { message: String(error) });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    state.requests.push(`${request.method} ${url.pathname}${url.search}`);
    state.authorizations.push(request.headers.authorization ?? '');
    const body = await readBody(request);

    if (state.forbidden) {
      respond(response, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments',
      });
      return;
    }

    const list = new RegExp(`^/repos/${repository}/issues/(\\d+)/comments$`).exec(url.pathname);
    const single = new RegExp(`^/repos/${repository}/issues/comments/(\\d+)$`).exec(url.pathname);

    if (list && request.method === 'GET') {
      const issue = Number(list[1]);
      const all = state.comments.filter((comment) => comment.issue === issue);
      const page = Number(url.searchParams.get('page') ?? '1');
      const slice = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
      if (page < pages) {
        const next = new URL(url);
        next.host = request.headers.host ?? next.host;
        next.searchParams.set('page', String(page + 1));
        response.setHeader(
          'link',
          `<${next.toString()}>; rel="next", <${next.toString().replace(/page=\d+/, `page=${pages}`)}>; rel="last"`,
        );
      }
      respond(response, 200, slice.map(toJson));
      return;
    }
    if (list && request.method === 'POST') {
      const comment = {
        id: nextId++,
        issue: Number(list[1]),
        body: (JSON.parse(body) as { body: string }).body,
      };
      state.comments.push(comment);
      respond(response, 201, toJson(comment));
      return;
    }
    if (single && request.method === 'PATCH') {
      const comment = state.comments.find((item) => item.id === Number(single[1]));
      if (!comment) {
        respond(response, 404, { message: 'Not Found' });
        return;
      }
      comment.body = (JSON.parse(body) as { body: string }).body;
      respond(response, 200, toJson(comment));
      return;
    }
    respond(response, 404, { message: 'Not Found' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

function toJson(comment: StoredComment): Record<string, unknown> {
  return { id: comment.id, body: comment.body, user: { login: 'github-actions[bot]' } };
}

function respond(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(value));
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
