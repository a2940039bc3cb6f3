/**
 * A local server that responds like the GitHub Actions artifact service (v4 protocol used by
 * @actions/artifact 2 and later): the twirp methods CreateArtifact, FinalizeArtifact,
 * ListArtifacts and GetSignedArtifactURL, plus Azure block-blob uploads (block and
 * blocklist PUTs) and the zip download.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredArtifact {
  id: number;
  name: string;
  /** Retention requested by the client, as an ISO timestamp, when any. */
  expiresAt?: string;
  zip: Buffer;
  finalized: boolean;
}

export interface ArtifactServiceMock {
  url: string;
  /** A runtime token whose `scp` claim names the run and job backend ids. */
  token: string;
  artifacts: StoredArtifact[];
  close(): Promise<void>;
}

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

export async function startArtifactService(): Promise<ArtifactServiceMock> {
  let nextId = 4242;
  const artifacts: StoredArtifact[] = [];
  const blocks = new Map<string, Map<string, Buffer>>();
  let origin = '';

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const body = await readBytes(request);

    if (url.pathname.startsWith(TWIRP)) {
      const method = url.pathname.slice(TWIRP.length);
      const input = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
      twirp(method, input, response);
      return;
    }

    const upload = /^\/upload\/(\d+)$/.exec(url.pathname);
    if (upload && request.method === 'PUT') {
      const id = Number(upload[1]);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        const stored = blocks.get(String(id)) ?? new Map<string, Buffer>();
        stored.set(url.searchParams.get('blockid') ?? '', body);
        blocks.set(String(id), stored);
      } else if (comp === 'blocklist') {
        const ids = [
          ...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g),
        ].map((match) => match[1] ?? '');
        const stored = blocks.get(String(id)) ?? new Map<string, Buffer>();
        const artifact = artifacts.find((item) => item.id === id);
        if (artifact)
          artifact.zip = Buffer.concat(
            ids.map((blockId) => stored.get(blockId) ?? Buffer.alloc(0)),
          );
      } else {
        const artifact = artifacts.find((item) => item.id === id);
        if (artifact) artifact.zip = body;
      }
      response.writeHead(201, {
        etag: '"0x1"',
        'last-modified': new Date().toUTCString(),
        'x-ms-request-server-encrypted': 'true',
        'x-ms-version': '2023-11-03',
      });
      response.end();
      return;
    }

    const download = /^\/download\/(\d+)$/.exec(url.pathname);
    if (download && request.method === 'GET') {
      const artifact = artifacts.find((item) => item.id === Number(download[1]));
      if (!artifact) {
        response.writeHead(404);
        response.end();
        return;
      }
      response.writeHead(200, {
        'content-type': 'application/zip',
        'content-length': artifact.zip.length,
      });
      response.end(artifact.zip);
      return;
    }

    response.writeHead(404);
    response.end();
  }

  function twirp(method: string, input: Record<string, unknown>, response: ServerResponse): void {
    const reply = (value: unknown): void => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    const name = String(input['name'] ?? '');

    switch (method) {
      case 'CreateArtifact': {
        const id = nextId++;
        const expiresAt = input['expires_at'] ?? input['expiresAt'];
        artifacts.push({
          id,
          name,
          zip: Buffer.alloc(0),
          finalized: false,
          ...(typeof expiresAt === 'string' ? { expiresAt } : {}),
        });
        reply({ ok: true, signed_upload_url: `${origin}/upload/${id}?sig=local` });
        return;
      }
      case 'FinalizeArtifact': {
        const artifact = [...artifacts]
          .reverse()
          .find((item) => item.name === name && !item.finalized);
        if (!artifact) {
          response.writeHead(404, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ code: 'not_found', msg: `no artifact ${name}` }));
          return;
        }
        artifact.finalized = true;
        reply({ ok: true, artifact_id: String(artifact.id) });
        return;
      }
      case 'ListArtifacts': {
        const idFilter = input['id_filter'] ?? input['idFilter'];
        const nameFilter = input['name_filter'] ?? input['nameFilter'];
        const listed = artifacts
          .filter((item) => item.finalized)
          .filter((item) => idFilter === undefined || String(idFilter) === String(item.id))
          .filter((item) => nameFilter === undefined || String(nameFilter) === item.name)
          .map((item) => ({
            workflow_run_backend_id: 'run-id',
            workflow_job_run_backend_id: 'job-id',
            database_id: String(item.id),
            name: item.name,
            size: String(item.zip.length),
            created_at: new Date().toISOString(),
          }));
        reply({ artifacts: listed });
        return;
      }
      case 'GetSignedArtifactURL': {
        const artifact = [...artifacts]
          .reverse()
          .find((item) => item.name === name && item.finalized);
        reply({ signed_url: artifact ? `${origin}/download/${artifact.id}` : '' });
        return;
      }
      default:
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ code: 'bad_route', msg: `no method ${method}` }));
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  const encode = (value: object): string =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  return {
    url: `${origin}/`,
    token: `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ scp: 'Actions.ExampleScope Actions.Results:run-id:job-id' })}.signature`,
    artifacts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function readBytes(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
