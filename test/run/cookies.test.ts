import { CookieJar } from 'tough-cookie';
import { describe, expect, it } from 'vitest';

import { UserCookieJar } from '../../src/run/cookies.js';
import { seededRandom } from '../metrics/helpers.js';

const url = 'http://127.0.0.1:8080/api/profile';

describe('UserCookieJar', () => {
  it('sends nothing from an empty jar', () => {
    expect(new UserCookieJar().getCookieStringSync(url)).toBe('');
  });

  it('stores and sends cookies by path', () => {
    const jar = new UserCookieJar();
    jar.setCookieSync('session=abc; Path=/api', url);
    jar.setCookieSync('admin=1; Path=/admin', url);
    expect(jar.getCookieStringSync(url)).toBe('session=abc');
    expect(jar.getCookieStringSync('http://127.0.0.1:8080/admin/x')).toBe('admin=1');
  });

  it('copies an initial jar without sharing it', () => {
    const initial = new UserCookieJar();
    initial.setCookieSync('session=abc; Path=/', url);
    const copy = new UserCookieJar(initial);
    copy.setCookieSync('extra=1; Path=/', url);

    expect(copy.getCookieStringSync(url)).toBe('session=abc; extra=1');
    expect(initial.getCookieStringSync(url)).toBe('session=abc');
    expect(new UserCookieJar(new UserCookieJar()).getCookieStringSync(url)).toBe('');
  });

  it('ignores an invalid cookie when asked', () => {
    const jar = new UserCookieJar();
    jar.setCookieSync('bad=1; Domain=example.com', url, { ignoreError: true });
    expect(jar.getCookieStringSync(url)).toBe('');
  });

  // The store hands the jar every cookie; these cases check that the jar still applies the
  // domain, secure and expiry rules to them.
  it.each([
    ['another host', 'http://api.test/', 'a=1', 'http://other.test/', ''],
    ['a host-only cookie on a subdomain', 'http://api.test/', 'a=1', 'http://www.api.test/', ''],
    [
      'a Domain cookie on a subdomain',
      'http://api.test/',
      'a=1; Domain=api.test',
      'http://www.api.test/',
      'a=1',
    ],
    ['a Secure cookie over http', 'https://api.test/', 'a=1; Secure', 'http://api.test/', ''],
    ['a Secure cookie over https', 'https://api.test/', 'a=1; Secure', 'https://api.test/', 'a=1'],
    ['an expired cookie', 'http://api.test/', 'a=1; Max-Age=0', 'http://api.test/', ''],
    ['a cookie for a longer path', 'http://api.test/', 'a=1; Path=/api', 'http://api.test/', ''],
  ])('does not mix up %s', (_name, setUrl, cookie, getUrl, expected) => {
    const jar = new UserCookieJar();
    jar.setCookieSync(cookie, setUrl);
    expect(jar.getCookieStringSync(getUrl)).toBe(expected);
    expect(jar.getCookieStringSync(new URL(getUrl))).toBe(expected);
  });

  it('orders cookies by path, then age', () => {
    const jar = new UserCookieJar();
    jar.setCookieSync('b=2; Path=/', 'http://api.test/');
    jar.setCookieSync('a=1; Path=/', 'http://api.test/');
    jar.setCookieSync('c=3; Path=/api', 'http://api.test/api/x');

    expect(jar.getCookieStringSync('http://api.test/api/x')).toBe('c=3; b=2; a=1');
    expect(new UserCookieJar(jar).getCookieStringSync('http://api.test/api/x')).toBe(
      'c=3; b=2; a=1',
    );
  });

  it('replaces a cookie with the same name, domain and path', () => {
    const jar = new UserCookieJar();
    jar.setCookieSync('a=1; Path=/', 'http://api.test/');
    jar.setCookieSync('a=2; Path=/', 'http://api.test/');
    expect(jar.getCookieStringSync('http://api.test/')).toBe('a=2');
  });

  it('matches a plain tough-cookie jar', () => {
    // A plain jar with tough-cookie's memory store is the reference: the same Set-Cookie
    // headers in the same order must give the same Cookie header for every URL.
    const random = seededRandom(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const hosts = ['api.test', 'www.api.test', 'other.test', '127.0.0.1', 'localhost', '[::1]'];
    const paths = ['/', '/api', '/api/', '/api/users', '/admin/x', '/%E4%B8%AD'];
    const attributes = [
      '',
      '; Path=/',
      '; Path=/api',
      '; Path=/admin',
      '; Domain=api.test',
      '; Secure',
      '; Max-Age=0',
      '; Max-Age=3600',
      '; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
      '; HttpOnly; SameSite=Lax',
      '; Domain=test',
    ];

    for (let round = 0; round < 200; round++) {
      const ours = new UserCookieJar();
      const reference = new CookieJar();
      for (let i = 0; i < 1 + Math.floor(random() * 8); i++) {
        const origin = `${pick(['http', 'https'])}://${pick(hosts)}`;
        const cookie = `${pick(['a', 'b', 'session', '__Host-x'])}=${i}${pick(attributes)}${pick(attributes)}`;
        const url = `${origin}${pick(paths)}`;
        ours.setCookieSync(cookie, url, { ignoreError: true });
        reference.setCookieSync(cookie, url, { ignoreError: true });
      }
      for (const host of hosts) {
        for (const path of paths) {
          const url = `${pick(['http', 'https'])}://${host}${path}`;
          expect(ours.getCookieStringSync(url), url).toBe(reference.getCookieStringSync(url));
        }
      }
    }
  });

  it('drops an expired cookie from the jar', () => {
    const jar = new UserCookieJar();
    const expires = new Date(Date.now() + 50).toUTCString();
    jar.setCookieSync(`a=1; Expires=${expires}`, 'http://api.test/');
    jar.setCookieSync('b=2', 'http://api.test/');

    expect(jar.getCookieStringSync('http://api.test/')).toContain('b=2');
    const later = Date.now() + 2000;
    const realNow = Date.now;
    Date.now = () => later;
    try {
      expect(jar.getCookieStringSync('http://api.test/')).toBe('b=2');
    } finally {
      Date.now = realNow;
    }
    expect(new UserCookieJar(jar).getCookieStringSync('http://api.test/')).toBe('b=2');
  });
});

describe('UserCookieJar for scripts', () => {
  it('lists the cookies it sends, first one of a name wins', () => {
    const jar = new UserCookieJar();
    jar.setCookieSync('b=root; Path=/', 'http://api.test/');
    jar.setCookieSync('a=1; Path=/', 'http://api.test/');
    jar.setCookieSync('b=api; Path=/api', 'http://api.test/api/x');
    jar.setCookieSync('c=3; Path=/admin', 'http://api.test/admin/x');

    expect(jar.cookiesFor('http://api.test/api/x')).toEqual({ b: 'api', a: '1' });
    expect(Object.keys(jar.cookiesFor(new URL('http://api.test/api/x')))).toEqual(['b', 'a']);
    expect(jar.cookiesFor('http://other.test/')).toEqual({});
    expect(new UserCookieJar().cookiesFor('http://api.test/')).toEqual({});
  });

  it('lists what tough-cookie decides for Secure and expired cookies', () => {
    const jar = new UserCookieJar();
    jar.setCookieSync('s=1; Secure; Path=/', 'https://api.test/');
    jar.setCookieSync('p=2; Path=/', 'http://api.test/');
    jar.setCookieSync('gone=3; Max-Age=0; Path=/', 'http://api.test/');

    expect(jar.cookiesFor('http://api.test/')).toEqual({ p: '2' });
    expect(jar.cookiesFor('https://api.test/')).toEqual({ s: '1', p: '2' });
  });

  it('lists the cookies of a plain tough-cookie jar', () => {
    const random = seededRandom(11);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const hosts = ['api.test', 'www.api.test', '127.0.0.1', 'localhost'];
    const paths = ['/', '/api', '/api/users', '/admin/x'];
    const attributes = [
      '',
      '; Path=/',
      '; Path=/api',
      '; Domain=api.test',
      '; Secure',
      '; Max-Age=0',
    ];

    for (let round = 0; round < 100; round++) {
      const ours = new UserCookieJar();
      const reference = new CookieJar();
      for (let i = 0; i < 1 + Math.floor(random() * 8); i++) {
        const url = `${pick(['http', 'https'])}://${pick(hosts)}${pick(paths)}`;
        const cookie = `${pick(['a', 'b', 'sid'])}=${i}${pick(attributes)}${pick(attributes)}`;
        ours.setCookieSync(cookie, url, { ignoreError: true });
        reference.setCookieSync(cookie, url, { ignoreError: true });
      }
      for (const host of hosts) {
        for (const path of paths) {
          const url = `${pick(['http', 'https'])}://${host}${path}`;
          const expected: Record<string, string> = {};
          for (const cookie of reference.getCookiesSync(url)) expected[cookie.key] ??= cookie.value;
          expect(ours.cookiesFor(url), url).toEqual(expected);
        }
      }
    }
  });

  it('removes a name on every path of the host', () => {
    const jar = new UserCookieJar();
    jar.setCookieSync('sid=1; Path=/', 'http://api.test/');
    jar.setCookieSync('sid=2; Path=/api', 'http://api.test/api/x');
    jar.setCookieSync('sid=3; Domain=api.test; Path=/', 'http://api.test/');
    jar.setCookieSync('keep=4; Path=/', 'http://api.test/');
    jar.setCookieSync('sid=5; Path=/', 'http://other.test/');

    jar.remove('http://api.test/', 'sid');

    expect(jar.cookieValue('sid', 'http://api.test/api/x')).toBeUndefined();
    expect(jar.getCookieStringSync('http://api.test/api/x')).toBe('keep=4');
    expect(jar.cookieValue('sid', 'http://other.test/')).toBe('5');
  });

  it('removes parent-domain cookies for a subdomain', () => {
    const jar = new UserCookieJar();
    jar.setCookieSync('wide=1; Domain=api.test; Path=/', 'http://api.test/');
    jar.setCookieSync('host=2; Path=/', 'http://api.test/');

    jar.remove(new URL('http://www.api.test/'));

    expect(jar.getCookieStringSync('http://api.test/')).toBe('host=2');
  });

  it('removes every cookie of a host', () => {
    const jar = new UserCookieJar();
    jar.setCookieSync('a=1; Path=/', 'http://api.test/');
    jar.setCookieSync('b=2; Path=/admin', 'http://api.test/admin/x');
    jar.setCookieSync('c=3; Path=/', 'http://other.test/');

    jar.remove('http://api.test/');

    expect(jar.getCookieStringSync('http://api.test/admin/x')).toBe('');
    expect(jar.getCookieStringSync('http://other.test/')).toBe('c=3');
    expect(() => new UserCookieJar().remove('http://api.test/')).not.toThrow();
  });

  it('clears everything and stores again afterwards', () => {
    const jar = new UserCookieJar();
    jar.setCookieSync('a=1; Path=/', 'http://api.test/');
    jar.setCookieSync('c=3; Path=/', 'http://other.test/');

    jar.clear();
    expect(jar.getCookieStringSync('http://api.test/')).toBe('');
    expect(jar.getCookieStringSync('http://other.test/')).toBe('');
    expect(new UserCookieJar(jar).getCookieStringSync('http://api.test/')).toBe('');

    jar.setCookieSync('d=4; Path=/', 'http://api.test/');
    expect(jar.getCookieStringSync('http://api.test/')).toBe('d=4');
  });

  it('clears a copy without touching the original', () => {
    const initial = new UserCookieJar();
    initial.setCookieSync('a=1; Path=/', 'http://api.test/');
    const copy = new UserCookieJar(initial);

    copy.clear();
    copy.remove('http://api.test/');

    expect(initial.getCookieStringSync('http://api.test/')).toBe('a=1');
  });
});
