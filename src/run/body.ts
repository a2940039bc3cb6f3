/**
 * Encoding of request bodies once their templates are resolved. Files are read relative to
 * the flow file's folder.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { RequestBody } from '../flow/model.js';

export interface EncodedBody {
  body?: Uint8Array | string;
  /** Content type to send when the user set none. */
  contentType?: string;
}

/** Encodes a body: JSON, form, multipart, raw text, a file, or a GraphQL query. */
export async function encodeRequestBody(
  body: RequestBody,
  options: { baseDir: string },
): Promise<EncodedBody> {
  switch (body.kind) {
    case 'json':
      return { body: JSON.stringify(body.value), contentType: 'application/json' };
    case 'form':
      return {
        body: new URLSearchParams(body.fields).toString(),
        contentType: 'application/x-www-form-urlencoded',
      };
    case 'text':
      return { body: body.text, contentType: body.contentType ?? 'text/plain; charset=utf-8' };
    case 'file':
      return {
        body: await readFile(resolve(options.baseDir, body.path)),
        contentType: body.contentType ?? 'application/octet-stream',
      };
    case 'graphql': {
      const payload: Record<string, unknown> = { query: body.query };
      if (body.variables !== undefined) payload.variables = body.variables;
      if (body.operationName !== undefined) payload.operationName = body.operationName;
      return { body: JSON.stringify(payload), contentType: 'application/json' };
    }
    case 'multipart':
      return encodeMultipart(body.parts, options.baseDir);
  }
}

async function encodeMultipart(
  parts: Extract<RequestBody, { kind: 'multipart' }>['parts'],
  baseDir: string,
): Promise<EncodedBody> {
  const form = new FormData();
  for (const part of parts) {
    if (part.kind === 'field') {
      form.append(part.name, part.value);
      continue;
    }
    const content = await readFile(resolve(baseDir, part.path));
    const blob = new Blob([content], { type: part.contentType ?? 'application/octet-stream' });
    form.append(part.name, blob, part.filename ?? basename(part.path));
  }

  // The fetch Response serializes FormData with a fresh boundary and names it in the header.
  const encoded = new Response(form);
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  return { body: bytes, contentType: encoded.headers.get('content-type') ?? 'multipart/form-data' };
}
