/**
 * The `at.crypto` helpers, computed with node:crypto in the worker and returned to the sandbox as
 * data. Each result is an envelope so a bad argument becomes a TypeError inside the script.
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';

import type { SyncReply } from './protocol.js';

const HMAC_ALGORITHMS = ['sha256', 'sha1', 'sha512'];
const ENCODINGS = ['hex', 'base64'];

/** Upper bound for at.crypto.randomBytes, large enough for keys and nonces. */
const MAX_RANDOM_BYTES = 65_536;

/** Computes one at.crypto operation; `args` come from the sandbox as JSON data. */
export function computeCrypto(op: string, args: unknown[]): SyncReply {
  try {
    return { ok: true, value: compute(op, args) };
  } catch (error) {
    return { ok: false, error: { name: 'TypeError', message: (error as Error).message } };
  }
}

function compute(op: string, args: unknown[]): string {
  switch (op) {
    case 'uuid':
      return randomUUID();
    case 'randomBytes': {
      const size = args[0];
      if (
        typeof size !== 'number' ||
        !Number.isInteger(size) ||
        size < 1 ||
        size > MAX_RANDOM_BYTES
      ) {
        throw new Error(
          `at.crypto.randomBytes: size must be an integer from 1 to ${MAX_RANDOM_BYTES}, got ${String(size)}`,
        );
      }
      return randomBytes(size).toString('hex');
    }
    case 'sha256':
      return createHash('sha256')
        .update(String(args[0]), 'utf8')
        .digest(encoding(args[1], 'at.crypto.sha256'));
    case 'hmac': {
      const algorithm = String(args[0]);
      if (!HMAC_ALGORITHMS.includes(algorithm)) {
        throw new Error(
          `at.crypto.hmac: algorithm must be one of ${HMAC_ALGORITHMS.join(', ')}, got "${algorithm}"`,
        );
      }
      return createHmac(algorithm, String(args[1]))
        .update(String(args[2]), 'utf8')
        .digest(encoding(args[3], 'at.crypto.hmac'));
    }
    case 'base64Encode':
      return Buffer.from(String(args[0]), 'utf8').toString('base64');
    case 'base64Decode': {
      const text = String(args[0]);
      if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text.replace(/\s/g, ''))) {
        throw new Error('at.crypto.base64.decode: the input is not valid base64');
      }
      return Buffer.from(text, 'base64').toString('utf8');
    }
    default:
      throw new Error(`unknown at.crypto operation "${op}"`);
  }
}

function encoding(value: unknown, where: string): 'hex' | 'base64' {
  if (typeof value === 'string' && ENCODINGS.includes(value)) return value as 'hex' | 'base64';
  throw new Error(`${where}: encoding must be "hex" or "base64", got ${JSON.stringify(value)}`);
}
