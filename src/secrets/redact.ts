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

interface Entry {
  value: string;
  source: string;
}

/** Collects secret values during a run and masks them in text and data. */
export class Redactor {
  private readonly entries = new Map<string, Entry>();
  /** Every masked form of every long value, longest first so overlapping values mask fully. */
  private patterns: string[] = [];

  /** Registers a value; `source` names where it came from (a provider, an extraction). */
  add(value: string, options: { source: string }): void {
    if (value === '' || this.entries.has(value)) return;
    this.entries.set(value, { value, source: options.source });
    if (value.length >= MIN_SUBSTRING_LENGTH) this.rebuildPatterns();
  }

  /** Number of registered values. */
  get size(): number {
    return this.entries.size;
  }

  /** Masks every occurrence of a registered value, in each of its encoded forms. */
  redact(text: string): string {
    if (this.entries.size === 0 || text === '') return text;

    let result = text.replace(BASIC_CREDENTIAL, (match, prefix: string, credential: string) =>
      this.basicCredentialHasSecret(credential) ? prefix + MASK : match,
    );
    for (const pattern of this.patterns) {
      if (result.includes(pattern)) result = result.split(pattern).join(MASK);
    }
    return result;
  }

  /** Masks a field whose whole value is a secret (short ones too), else redacts inside it. */
  redactField(text: string): string {
    if (this.entries.has(text)) return MASK;
    return this.redact(text);
  }

  /** Returns a copy of plain data with every string redacted as a field. */
  redactDeep<T>(value: T): T {
    return this.redactUnknown(value) as T;
  }

  private redactUnknown(value: unknown): unknown {
    if (this.entries.size === 0) return value;
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
    if (fields.some((field) => this.entries.has(field))) return true;
    return this.patterns.some((pattern) => decoded.includes(pattern));
  }

  private rebuildPatterns(): void {
    const forms = new Set<string>();
    for (const { value } of this.entries.values()) {
      if (value.length < MIN_SUBSTRING_LENGTH) continue;
      for (const form of encodedForms(value)) forms.add(form);
    }
    this.patterns = [...forms].sort((a, b) => b.length - a.length);
  }
}

/** Creates an empty redactor. */
export function createRedactor(): Redactor {
  return new Redactor();
}

function encodedForms(value: string): string[] {
  const base64 = Buffer.from(value, 'utf8').toString('base64');
  return [
    value,
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    base64,
    base64.replace(/=+$/, ''),
    base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
    // JSON bodies escape quotes, backslashes and control characters.
    JSON.stringify(value).slice(1, -1),
  ].filter((form) => form.length >= MIN_SUBSTRING_LENGTH);
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
