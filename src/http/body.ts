/**
 * Encoding of a step's request body, after template resolution, into the bytes and the
 * Content-Type to send. The caller sets Content-Type from the result unless the user set one.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';

/**
 * A request body as the flow model describes it. The shape equals the model's RequestBody;
 * it is repeated here because the HTTP layer does not import the flow layer.
 */
export type BodySpec =
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; fields: [string, string][] }
  | { kind: 'multipart'; parts: MultipartPartSpec[] }
  | { kind: 'text'; text: string; contentType?: string }
  | { kind: 'file'; path: string; contentType?: string }
  | { kind: 'graphql'; query: string; variables?: unknown; operationName?: string };

export type MultipartPartSpec =
  | { kind: 'field'; name: string; value: string }
  | { kind: 'file'; name: string; path: string; filename?: string; contentType?: string };

export interface EncodedBody {
  body?: Uint8Array | string;
  contentType?: string;
}

/** A body file that could not be read; the step fails with this message. */
export class RequestBodyError extends Error {
  readonly code = 'FR_HTTP_BODY_FILE';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RequestBodyError';
  }
}

/**
 * Encodes `body` for the wire. Relative file paths are resolved against `options.baseDir`,
 * the folder of the flow file.
 */
export async function encodeBody(
  body: BodySpec,
  options: { baseDir: string },
): Promise<EncodedBody> {
  switch (body.kind) {
    case 'json':
      // JSON.stringify(undefined) returns undefined; an absent value is sent as null.
      return { body: JSON.stringify(body.value ?? null), contentType: 'application/json' };
    case 'form':
      return {
        body: new URLSearchParams(body.fields).toString(),
        contentType: 'application/x-www-form-urlencoded',
      };
    case 'multipart':
      return encodeMultipart(body.parts, options.baseDir);
    case 'text':
      return { body: body.text, contentType: body.contentType ?? 'text/plain; charset=utf-8' };
    case 'file': {
      const bytes = await readBodyFile(body.path, options.baseDir);
      return { body: bytes, contentType: body.contentType ?? contentTypeFor(body.path) };
    }
    case 'graphql':
      return { body: JSON.stringify(graphqlPayload(body)), contentType: 'application/json' };
  }
}

function graphqlPayload(body: Extract<BodySpec, { kind: 'graphql' }>): Record<string, unknown> {
  const payload: Record<string, unknown> = { query: body.query };
  if (body.variables !== undefined) payload.variables = body.variables;
  if (body.operationName !== undefined) payload.operationName = body.operationName;
  return payload;
}

/** Encodes multipart/form-data (RFC 7578) with a random boundary. */
async function encodeMultipart(parts: MultipartPartSpec[], baseDir: string): Promise<EncodedBody> {
  const boundary = `----flow-runner-${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];

  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(part.name)}"`;
    if (part.kind === 'field') {
      chunks.push(Buffer.from(`${head}\r\n\r\n`), Buffer.from(part.value), Buffer.from('\r\n'));
      continue;
    }

    const content = await readBodyFile(part.path, baseDir);
    const filename = part.filename ?? basename(part.path);
    const contentType = part.contentType ?? contentTypeFor(filename);
    head += `; filename="${escapeQuoted(filename)}"\r\nContent-Type: ${contentType}\r\n\r\n`;
    chunks.push(Buffer.from(head), content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));

  const bytes = Buffer.concat(chunks);
  return {
    body: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

// Browsers percent-encode these three in form-data names and filenames (HTML's "multipart/
// form-data encoding algorithm"); a raw quote or newline would end the header early.
function escapeQuoted(value: string): string {
  return value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

async function readBodyFile(path: string, baseDir: string): Promise<Buffer> {
  const absolute = resolve(baseDir, path);
  try {
    return await readFile(absolute);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new RequestBodyError(
      `Could not read body file ${path} (resolved to ${absolute}): ${reason}.`,
      {
        cause: error,
      },
    );
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.ndjson': 'application/x-ndjson',
  '.xml': 'application/xml',
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.md': 'text/markdown',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.gz': 'application/gzip',
  '.tar': 'application/x-tar',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
};

/** Guesses a media type from a file name's extension; unknown ones are application/octet-stream. */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
