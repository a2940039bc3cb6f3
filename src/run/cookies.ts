/**
 * The cookie jar of one virtual user. Most iterations of an API flow start with an empty jar,
 * so the tough-cookie jar is created on the first stored cookie: sending to an empty jar costs
 * no domain and path matching, and a new iteration costs no clone.
 */
import { CookieJar } from 'tough-cookie';
import type { CookieJarLike } from '../http/types.js';

export class UserCookieJar implements CookieJarLike {
  private jar: CookieJar | undefined;

  /** Starts with a copy of `initial`'s cookies, or empty. */
  constructor(initial?: UserCookieJar) {
    this.jar = initial?.jar?.cloneSync();
  }

  getCookieStringSync(url: string): string {
    return this.jar ? this.jar.getCookieStringSync(url) : '';
  }

  setCookieSync(cookie: string, url: string, options?: { ignoreError?: boolean }): unknown {
    this.jar ??= new CookieJar();
    return this.jar.setCookieSync(cookie, url, options);
  }
}
