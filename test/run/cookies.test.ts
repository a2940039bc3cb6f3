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
});
