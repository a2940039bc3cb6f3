/**
 * Credentials found in recorded or pasted requests. The imported flows never contain them:
 * each distinct value becomes a declared secret of the group, read from the secret providers.
 */

/** Headers whose values are credentials: written as declared secrets, never as text. */
export const CREDENTIAL_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'x-api-key',
  'x-auth-token',
]);

/** Names a declared secret per distinct credential value: `AUTHORIZATION`, `AUTHORIZATION_2`... */
export class Credentials {
  readonly names: string[] = [];
  readonly headers: string[] = [];
  private readonly byValue = new Map<string, string>();

  /** Returns the secret name for this value of `header` (or of another credential's label). */
  secretFor(header: string, value: string): string {
    const key = `${header.toLowerCase()}\n${value}`;
    const known = this.byValue.get(key);
    if (known !== undefined) return known;

    const base = header.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
    let name = base;
    for (let n = 2; this.names.includes(name); n++) name = `${base}_${n}`;
    this.byValue.set(key, name);
    this.names.push(name);
    if (!this.headers.includes(header)) this.headers.push(header);
    return name;
  }
}
