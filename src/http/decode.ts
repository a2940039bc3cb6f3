/**
 * Reading response bodies as text and JSON for extractions, assertions and scripts.
 */

/** A response body that cannot be read the way a step asked for. */
export class ResponseBodyError extends Error {
  readonly code: 'FR_HTTP_EMPTY_BODY' | 'FR_HTTP_INVALID_JSON';

  constructor(code: ResponseBodyError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ResponseBodyError';
    this.code = code;
  }
}

/**
 * Decodes a body by the charset of its Content-Type: UTF-8 when absent, with a leading BOM
 * removed. ISO-8859-1 (latin1) is decoded byte for byte; an unknown charset falls back to UTF-8.
 */
export function decodeText(body: Uint8Array, contentType?: string): string {
  const charset = charsetOf(contentType);

  if (
    charset === 'iso-8859-1' ||
    charset === 'latin1' ||
    charset === 'l1' ||
    charset === 'us-ascii'
  ) {
    // TextDecoder maps these labels to windows-1252, which differs in 0x80-0x9F.
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  }

  // TextDecoder drops a BOM that matches its encoding unless ignoreBOM is set.
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/**
 * Parses a response body as JSON. An empty body, such as that of a 204, raises
 * ResponseBodyError 'FR_HTTP_EMPTY_BODY' instead of a parser error about the end of input.
 */
export function parseJsonBody(text: string, status?: number): unknown {
  if (status === 204 || text.trim() === '') {
    const what = status === 204 ? 'The response is 204 No Content' : 'The response body is empty';
    throw new ResponseBodyError('FR_HTTP_EMPTY_BODY', `${what}, so it contains no JSON.`);
  }

  try {
    return JSON.parse(text);
  } catch (error) {
    const excerpt = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    throw new ResponseBodyError(
      'FR_HTTP_INVALID_JSON',
      `The response body is not valid JSON (${(error as Error).message}); it starts with: ${excerpt}`,
      { cause: error },
    );
  }
}

function charsetOf(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match?.[1]?.toLowerCase();
}
