/**
 * Redaction of secret values in everything the run emits. A value is masked as written and in
 * the encoded forms it takes on the wire: URL-encoded, form-encoded, base64, and inside an
 * `Authorization: Basic` credential.
 */

export const MASK = '****';

/**
 * Values shorter than this are masked only where they fill a whole field, because masking
 * every "ab" or "1" inside longer text would garble a report and reveal where the value is.
 */
export const MIN_SUBSTRING_LENGTH = 4;

const BASIC_CREDENTIAL = /\b(Basic\s+)([A-Za-z0-9+/_-]+={0,2})/gi;

/**
 * Masked forms are kept as 64-bit hashes, grouped by length, so a text position is checked
 * with one hash lookup per distinct length, however many values are registered. A bitmap of
 * the hashes of every form's first PREFIX_LENGTH characters rejects most positions before any
 * lookup. Hashes take less memory than strings in runs that register a new token every
 * iteration. Two different strings get the same two 32-bit hashes only by chance (about 2^-64
 * per pair if the hashes mix well), and then text is masked needlessly, never shown.
 */
const PREFIX_LENGTH = MIN_SUBSTRING_LENGTH;
/** Bits in the prefix bitmap: 2^20, so 100,000 forms set at most a tenth of them. */
const FILTER_BITS = 1 << 20;

/** Collects secret values during a run and masks them in text and data. */
export class Redactor {
  private count = 0;
  /** Values shorter than MIN_SUBSTRING_LENGTH, masked only where they fill a whole field. */
  private readonly shortValues = new Set<string>();
  /** Hashes of the registered values themselves, for exact field matches. */
  private readonly values = new HashSet();
  /** Hashes of every masked form; each form's length is part of its hash. */
  private readonly forms = new HashSet();
  /** Lengths of the masked forms, longest first, so a value that contains another masks fully. */
  private lengths: number[] = [];
  private readonly prefixFilter = new Uint32Array(FILTER_BITS / 32);

  /**
   * Registers a value. Callers name its source (a provider, an extraction) for readers of the
   * call; the redactor does not keep it.
   * NOTE: values stay registered for the whole run. A 32-character token takes 84 to 210 bytes,
   * depending on how full the tables are (measured on Node 20), so a flow that gets a new token
   * every iteration grows by that much per iteration.
   */
  add(value: string, _options: { source: string }): void {
    if (value === '' || this.isRegistered(value)) return;
    this.count++;
    if (value.length < MIN_SUBSTRING_LENGTH) {
      this.shortValues.add(value);
      return;
    }
    this.values.add(value, 0, value.length);
    for (const form of encodedForms(value)) this.addForm(form);
  }

  /** Number of registered values. */
  get size(): number {
    return this.count;
  }

  /** Masks every occurrence of a registered value, in each of its encoded forms. */
  redact(text: string): string {
    if (this.count === 0 || text === '') return text;

    const result = text.replace(BASIC_CREDENTIAL, (match, prefix: string, credential: string) =>
      this.basicCredentialHasSecret(credential) ? prefix + MASK : match,
    );
    return this.maskPatterns(result);
  }

  /** Masks a field whose whole value is a secret (short ones too), else redacts inside it. */
  redactField(text: string): string {
    if (this.isRegistered(text)) return MASK;
    return this.redact(text);
  }

  /** Returns a copy of plain data with every string redacted as a field. */
  redactDeep<T>(value: T): T {
    return this.redactUnknown(value) as T;
  }

  private redactUnknown(value: unknown): unknown {
    if (this.count === 0) return value;
    if (typeof value === 'string') return this.redactField(value);
    if (Array.isArray(value)) return value.map((item) => this.redactUnknown(item));
    if (value !== null && typeof value === 'object' && isPlainObject(value)) {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) copy[key] = this.redactUnknown(item);
      return copy;
    }
    return value;
  }

  private basicCredentialHasSecret(credential: string): boolean {
    const decoded = Buffer.from(credential, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const fields = colon === -1 ? [decoded] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
    if (fields.some((field) => this.isRegistered(field))) return true;
    for (let position = 0; position <= decoded.length - PREFIX_LENGTH; position++) {
      if (this.findMatch(decoded, position) !== undefined) return true;
    }
    return false;
  }

  private isRegistered(text: string): boolean {
    if (text.length < MIN_SUBSTRING_LENGTH) return this.shortValues.has(text);
    return this.values.has(text, 0, text.length);
  }

  private addForm(form: string): void {
    const hash = prefixHash(form, 0) & (FILTER_BITS - 1);
    this.prefixFilter[hash >>> 5] = (this.prefixFilter[hash >>> 5] ?? 0) | (1 << (hash & 31));

    this.forms.add(form, 0, form.length);
    if (!this.lengths.includes(form.length))
      this.lengths = [...this.lengths, form.length].sort((a, b) => b - a);
  }

  /**
   * Replaces every matched span with one mask. Spans of different values that overlap merge
   * into a single mask, so no part of either value stays visible.
   */
  private maskPatterns(text: string): string {
    if (this.lengths.length === 0) return text;
    let output = '';
    let copied = 0;
    let spanStart = -1;
    let spanEnd = -1;

    for (let position = 0; position <= text.length - PREFIX_LENGTH; position++) {
      const end = this.findMatch(text, position);
      if (end === undefined) continue;
      if (position < spanEnd) {
        spanEnd = Math.max(spanEnd, end);
        continue;
      }
      if (spanStart !== -1) {
        output += text.slice(copied, spanStart) + MASK;
        copied = spanEnd;
      }
      spanStart = position;
      spanEnd = end;
    }

    if (spanStart === -1) return text;
    return output + text.slice(copied, spanStart) + MASK + text.slice(spanEnd);
  }

  /** Returns the end of the longest form that starts at `position`, if any. */
  private findMatch(text: string, position: number): number | undefined {
    const hash = prefixHash(text, position) & (FILTER_BITS - 1);
    if (((this.prefixFilter[hash >>> 5] ?? 0) & (1 << (hash & 31))) === 0) return undefined;

    for (const length of this.lengths) {
      if (position + length > text.length) continue;
      if (this.forms.has(text, position, position + length)) return position + length;
    }
    return undefined;
  }
}

/** Creates an empty redactor. */
export function createRedactor(): Redactor {
  return new Redactor();
}

/** Characters that URL, form and JSON encoding all leave as they are. */
const UNRESERVED = /^[A-Za-z0-9._~-]*$/;

/** Returns the forms a value takes on the wire; each is as long as the value or longer. */
function encodedForms(value: string): Set<string> {
  const forms = new Set([value]);
  // Tokens are usually unreserved characters only, so the three text encodings are skipped.
  if (!UNRESERVED.test(value)) {
    forms.add(encodeURIComponent(value));
    forms.add(new URLSearchParams({ v: value }).toString().slice(2));
    // JSON bodies escape quotes, backslashes and control characters.
    forms.add(JSON.stringify(value).slice(1, -1));
  }

  const base64 = Buffer.from(value, 'utf8').toString('base64');
  const unpadded = base64.replace(/=+$/, '');
  forms.add(base64);
  forms.add(unpadded);
  forms.add(unpadded.replace(/\+/g, '-').replace(/\//g, '_'));
  return forms;
}

/** Hashes the PREFIX_LENGTH UTF-16 code units at `position` into an unsigned 32-bit integer. */
function prefixHash(text: string, position: number): number {
  let hash = 0;
  for (let i = 0; i < PREFIX_LENGTH; i++)
    hash = Math.imul(hash, 31) + text.charCodeAt(position + i);
  return hash >>> 0;
}

/**
 * A set of strings stored as two 32-bit hashes each, in one open-addressing table with linear
 * probing. Each member takes an 8-byte slot, and the table stays at most half full, so a member
 * costs 16 to 32 bytes. No string is kept.
 */
class HashSet {
  private slots = new Uint32Array(2 * 1024);
  private members = 0;

  /** Adds the hash of `text.slice(start, end)`. */
  add(text: string, start: number, end: number): void {
    hashRange(text, start, end);
    if (this.find(scratch[0] ?? 0, scratch[1] ?? 0) >= 0) return;
    if (2 * (this.members + 1) > this.slots.length / 2) this.grow();
    this.insert(scratch[0] ?? 0, scratch[1] ?? 0);
    this.members++;
  }

  /** Reports whether the hash of `text.slice(start, end)` was added. */
  has(text: string, start: number, end: number): boolean {
    if (this.members === 0) return false;
    hashRange(text, start, end);
    return this.find(scratch[0] ?? 0, scratch[1] ?? 0) >= 0;
  }

  /** Returns the slot index of the hash, or -1. */
  private find(high: number, low: number): number {
    const mask = this.slots.length / 2 - 1;
    for (let slot = high & mask; ; slot = (slot + 1) & mask) {
      const slotHigh = this.slots[2 * slot] ?? 0;
      const slotLow = this.slots[2 * slot + 1] ?? 0;
      if (slotHigh === 0 && slotLow === 0) return -1;
      if (slotHigh === high && slotLow === low) return slot;
    }
  }

  private insert(high: number, low: number): void {
    const mask = this.slots.length / 2 - 1;
    let slot = high & mask;
    while (this.slots[2 * slot] !== 0 || this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    this.slots[2 * slot] = high;
    this.slots[2 * slot + 1] = low;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      const high = old[i] ?? 0;
      const low = old[i + 1] ?? 0;
      if (high !== 0 || low !== 0) this.insert(high, low);
    }
  }
}

/** Output of hashRange, reused so that hashing allocates nothing. */
const scratch = new Uint32Array(2);

/**
 * Hashes the UTF-16 code units of `text.slice(start, end)` and its length into `scratch`, with
 * FNV-1a and a multiply-xorshift hash. The pair (0, 0) marks an empty slot, so it never occurs.
 */
function hashRange(text: string, start: number, end: number): void {
  let high = 0x811c9dc5 ^ (end - start);
  let low = 0x9747b28c ^ Math.imul(end - start, 0x85ebca6b);
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x5bd1e995);
    low ^= low >>> 15;
  }
  scratch[0] = high;
  scratch[1] = low === 0 && high === 0 ? 1 : low;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
