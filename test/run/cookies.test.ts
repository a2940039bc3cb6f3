import { describe, expect, it } from 'vitest';
import { UserCookieJar } from '../../src/run/cookies.js';

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

  it('sends longer paths first, then older cookies first, after a copy too', () => {
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
});
