/**
 * The cookie jar of one virtual user. Most iterations of an API flow start with an empty jar,
 * so the tough-cookie jar is created on the first stored cookie: sending to an empty jar costs
 * no domain and path matching, and a new iteration costs no copy.
 */
import {
  CookieJar,
  MemoryCookieStore,
  type Callback,
  type Cookie,
  type Nullable,
} from 'tough-cookie';

import type { CookieJarLike } from '../http/types.js';

export class UserCookieJar implements CookieJarLike {
  private jar: CookieJar | undefined;
  private store: UserCookieStore | undefined;

  /** Starts with a copy of `initial`'s cookies, or empty. */
  constructor(initial?: UserCookieJar) {
    const cookies = initial?.store?.all() ?? [];
    if (cookies.length === 0) return;

    const store = this.open();
    for (const cookie of cookies) {
      const copy = cookie.clone();
      if (copy !== undefined) store.putCookie(copy, () => {});
    }
  }

  getCookieStringSync(url: string | URL): string {
    return this.jar ? this.jar.getCookieStringSync(url) : '';
  }

  setCookieSync(cookie: string, url: string | URL, options?: { ignoreError?: boolean }): unknown {
    this.open();
    return this.jar?.setCookieSync(cookie, url, options);
  }

  private open(): UserCookieStore {
    if (this.store === undefined) {
      this.store = new UserCookieStore();
      this.jar = new CookieJar(this.store);
    }
    return this.store;
  }
}

/**
 * tough-cookie's memory store, except that `findCookies` hands the jar every cookie instead of
 * those under the permutations of the host's domain. The jar applies the domain, path, secure
 * and expiry rules to what the store returns, as tough-cookie's Store contract allows. A user's
 * jar contains a few cookies, and filtering them costs less than the public-suffix lookup the
 * permutations need on every request.
 */
class UserCookieStore extends MemoryCookieStore {
  /** Returns the stored cookies, oldest first. */
  all(): Cookie[] {
    let cookies: Cookie[] = [];
    this.getAllCookies((error, result) => {
      if (error === null) cookies = result ?? [];
    });
    return cookies;
  }

  override findCookies(
    domain: string,
    path: string,
    allowSpecialUseDomain?: boolean,
  ): Promise<Cookie[]>;
  override findCookies(
    domain: string,
    path: string,
    allowSpecialUseDomain?: boolean,
    callback?: Callback<Cookie[]>,
  ): void;
  override findCookies(
    domain: Nullable<string>,
    _path: Nullable<string>,
    allowSpecialUseDomain?: boolean | Callback<Cookie[]>,
    callback?: Callback<Cookie[]>,
  ): unknown {
    const done = typeof allowSpecialUseDomain === 'function' ? allowSpecialUseDomain : callback;
    const cookies: Cookie[] = [];
    if (domain) {
      for (const paths of Object.values(this.idx)) {
        for (const keys of Object.values(paths)) cookies.push(...Object.values(keys));
      }
    }
    if (done === undefined) return Promise.resolve(cookies);
    done(null, cookies);
    return undefined;
  }
}
