/**
 * Decoding of compressed response bodies by Content-Encoding, bounded so that a small body
 * that inflates to gigabytes stops at the response size limit.
 */
import { constants as bufferConstants } from 'node:buffer';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

import { HttpError } from './types.js';

type Decoder = (input: Buffer, options: zlib.ZlibOptions | zlib.BrotliOptions) => Promise<Buffer>;

const gunzip = promisify(zlib.gunzip) as Decoder;
const inflate = promisify(zlib.inflate) as Decoder;
const inflateRaw = promisify(zlib.inflateRaw) as Decoder;
const brotliDecompress = promisify(zlib.brotliDecompress) as Decoder;

/** The value `accept-encoding` gets unless the user set one. */
export const ACCEPTED_ENCODINGS = 'gzip, deflate, br';

/**
 * Decodes `body` by the codings of a Content-Encoding header, last applied first. Unknown
 * codings leave the body as received. Raises HttpError 'response_too_large' when the output
 * exceeds `maxSize` bytes and 'decompression' when the data is corrupt.
 */
export async function decompressBody(
  body: Buffer,
  contentEncoding: string | undefined,
  maxSize: number,
): Promise<Buffer> {
  if (contentEncoding === undefined || body.length === 0) return body;

  const codings = contentEncoding
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');

  let decoded = body;
  for (const coding of codings.reverse()) {
    const decoder = decoderFor(coding, decoded);
    if (decoder === undefined) return decoded;
    decoded = await runDecoder(decoder, decoded, coding, maxSize);
  }
  return decoded;
}

function decoderFor(coding: string, data: Buffer): Decoder | undefined {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return gunzip;
    case 'deflate':
      return hasZlibHeader(data) ? inflate : inflateRaw;
    case 'br':
      return brotliDecompress;
    default:
      return undefined;
  }
}

// "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw deflate. A zlib
// header has compression method 8 in the low nibble and makes the first two bytes, read as a
// big-endian number, a multiple of 31.
function hasZlibHeader(data: Buffer): boolean {
  if (data.length < 2) return false;
  const cmf = data[0] ?? 0;
  const flg = data[1] ?? 0;
  return (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}

async function runDecoder(
  decoder: Decoder,
  data: Buffer,
  coding: string,
  maxSize: number,
): Promise<Buffer> {
  try {
    // maxOutputLength makes zlib stop as soon as the output passes the limit.
    return await decoder(data, {
      maxOutputLength: Math.min(Math.max(1, maxSize), bufferConstants.MAX_LENGTH),
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new HttpError(
        'response_too_large',
        `Response body is larger than the limit of ${maxSize} bytes once ${coding}-decoded.`,
        { cause: error },
      );
    }
    throw new HttpError(
      'decompression',
      `Response body could not be ${coding}-decoded: ${(error as Error).message}.`,
      { cause: error },
    );
  }
}
