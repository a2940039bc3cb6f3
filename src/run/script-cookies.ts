/**
 * `at.cookies` on the run's side: a user's cookie jar as the ScriptCookies of a script host.
 * Scripts pass plain strings, so URLs, names, values and attributes are checked here before a
 * Set-Cookie header is built from them.
 */
import type { ScriptCookieOptions, ScriptCookies } from '../script/types.js';
import type { UserCookieJar } from './cookies.js';

/**
 * Gives scripts a user's cookie jar. tough-cookie decides what is stored, as for a response, so
 * a cookie that it rejects throws with its reason.
 */
export function scriptCookies(jar: UserCookieJar): ScriptCookies {
  return {
    get: (name, url) => jar.cookieValue(name, cookieUrl(url)),
    toObject: (url) => jar.cookiesFor(cookieUrl(url)),
    set(name, value, options) {
      const url = cookieUrl(options.url);
      let stored: unknown;
      try {
        stored = jar.setCookieSync(setCookieHeader(name, value, options), url);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`cookie "${name}" was not stored for ${url.origin}: ${reason}`);
      }
      // In tough-cookie 6.1 a __Secure- or __Host- cookie that breaks its prefix rules is the
      // only one dropped without an error.
      if (stored === undefined) {
        throw new Error(
          `cookie "${name}" was not stored for ${url.origin}: a __Secure- cookie needs secure: true and an https URL, and a __Host- cookie also needs path "/" and no domain`,
        );
      }
    },
    unset: (name, url) => jar.remove(cookieUrl(url), name),
    clear: (url) => (url === undefined ? jar.clear() : jar.remove(cookieUrl(url))),
  };
}

function cookieUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`invalid URL ${JSON.stringify(text)}: pass an absolute http or https URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`invalid URL ${JSON.stringify(text)}: cookies belong to http and https URLs`);
  }
  return url;
}

/** Builds the Set-Cookie header for `at.cookies.set`, rejecting text that would change its meaning. */
function setCookieHeader(name: string, value: string, options: ScriptCookieOptions): string {
  // A separator, whitespace or control character would end the name early or start an attribute.
  if (name === '' || /[=;,\s]/.test(name) || hasControlCharacter(name)) {
    throw new Error(
      `invalid cookie name ${JSON.stringify(name)}: a name cannot be empty or contain "=", ";", ",", whitespace or control characters`,
    );
  }
  // tough-cookie cuts a value at ";" and trims the whitespace around it.
  if (value.includes(';') || hasControlCharacter(value) || value.trim() !== value) {
    throw new Error(
      `invalid value for cookie "${name}": a value cannot contain ";" or control characters, or start or end with whitespace`,
    );
  }

  const parts = [`${name}=${value}`];
  if (options.path !== undefined) {
    if (
      !options.path.startsWith('/') ||
      options.path.includes(';') ||
      hasControlCharacter(options.path)
    ) {
      throw new Error(
        `invalid path ${JSON.stringify(options.path)} for cookie "${name}": a path starts with "/" and contains no ";" or control characters`,
      );
    }
    parts.push(`Path=${options.path}`);
  }
  if (options.domain !== undefined) {
    if (
      options.domain === '' ||
      /[;\s]/.test(options.domain) ||
      hasControlCharacter(options.domain)
    ) {
      throw new Error(
        `invalid domain ${JSON.stringify(options.domain)} for cookie "${name}": pass a host name such as "example.com"`,
      );
    }
    parts.push(`Domain=${options.domain}`);
  }
  if (options.secure === true) parts.push('Secure');
  if (options.httpOnly === true) parts.push('HttpOnly');
  if (options.maxAge !== undefined) {
    if (!Number.isSafeInteger(options.maxAge)) {
      throw new Error(
        `invalid maxAge ${String(options.maxAge)} for cookie "${name}": pass a whole number of seconds`,
      );
    }
    parts.push(`Max-Age=${options.maxAge}`);
  }
  if (options.expires !== undefined) {
    const expires = new Date(options.expires);
    if (Number.isNaN(expires.getTime())) {
      throw new Error(
        `invalid expires ${JSON.stringify(options.expires)} for cookie "${name}": pass a date string or a number of milliseconds since the epoch`,
      );
    }
    parts.push(`Expires=${expires.toUTCString()}`);
  }
  return parts.join('; ');
}

/** Reports a character below U+0020 or U+007F, which would end or break a header line. */
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
