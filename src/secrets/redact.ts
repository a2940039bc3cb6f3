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
 * Masked forms are kept in one set per length, so a text position is checked with one set
 * lookup per distinct length, however many values are registered. A bitmap of the hashes of
 * every form's first PREFIX_LENGTH characters rejects most positions before any lookup.
 */
const PREFIX_LENGTH = MIN_SUBSTRING_LENGTH;
/** Bits in the prefix bitmap: 2^20, so 100,000 forms set at most a tenth of them. */
const FILTER_BITS = 1 << 20;

/** Collects secret values during a run and masks them in text and data. */
export class Redactor {
  /** Registered value → where it came from. */
  private readonly sources = new Map<string, string>();
  /** Masked forms by length. */
  private readonly forms = new Map<number, Set<string>>();
  /** Keys of `forms`, longest first, so a value that contains another masks fully. */
  private lengths: number[] = [];
  private readonly prefixFilter = new Uint32Array(FILTER_BITS / 32);

  /**
   * Registers a value; `source` names where it came from (a provider, an extraction).
   * NOTE: values stay registered for the whole run. A 32-character token takes about 320 bytes
   * with its forms (measured on Node 20), so a flow that gets a new token every iteration grows
   * by that much per iteration.
   */
  add(value: string, options: { source: string }): void {
    if (value === '' || this.sources.has(value)) return;
    this.sources.set(value, options.source);
    if (value.length < MIN_SUBSTRING_LENGTH) return;
    for (const form of encodedForms(value)) this.addForm(form);
  }

  /** Number of registered values. */
  get size(): number {
    return this.sources.size;
  }

  /** Masks every occurrence of a registered value, in each of its encoded forms. */
  redact(text: string): string {
    if (this.sources.size === 0 || text === '') return text;

    const result = text.replace(BASIC_CREDENTIAL, (match, prefix: string, credential: string) =>
      this.basicCredentialHasSecret(credential) ? prefix + MASK : match,
    );
    return this.maskPatterns(result);
  }

  /** Masks a field whose whole value is a secret (short ones too), else redacts inside it. */
  redactField(text: string): string {
    if (this.sources.has(text)) return MASK;
    return this.redact(text);
  }

  /** Returns a copy of plain data with every string redacted as a field. */
  redactDeep<T>(value: T): T {
    return this.redactUnknown(value) as T;
  }

  private redactUnknown(value: unknown): unknown {
    if (this.sources.size === 0) return value;
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
    if (fields.some((field) => this.sources.has(field))) return true;
    for (let position = 0; position <= decoded.length - PREFIX_LENGTH; position++) {
      if (this.findMatch(decoded, position) !== undefined) return true;
    }
    return false;
  }

  private addForm(form: string): void {
    const hash = prefixHash(form, 0) & (FILTER_BITS - 1);
    this.prefixFilter[hash >>> 5] = (this.prefixFilter[hash >>> 5] ?? 0) | (1 << (hash & 31));

    const sameLength = this.forms.get(form.length);
    if (sameLength) {
      sameLength.add(form);
      return;
    }
    this.forms.set(form.length, new Set([form]));
    this.lengths = [...this.forms.keys()].sort((a, b) => b - a);
  }

  /**
   * Replaces every matched span with one mask. Spans of different values that overlap merge
   * into a single mask, so no part of either value stays visible.
   */
  private maskPatterns(text: string): string {
    if (this.forms.size === 0) return text;
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
      if (this.forms.get(length)?.has(text.slice(position, position + length)))
        return position + length;
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

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
