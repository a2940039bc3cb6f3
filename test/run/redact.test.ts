import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/secrets/redact.js';
import { createEnvSecretProvider } from '../../src/secrets/env-provider.js';
import { createSecretResolver } from '../../src/secrets/types.js';

describe('Redactor', () => {
  const secret = 's3cr+t/value&x';
  const redactor = createRedactor();
  redactor.add(secret, { source: 'test' });
  redactor.add('ab', { source: 'short' });
  redactor.add('', { source: 'empty' });

  it.each([
    ['plain', `token=${secret};`, 'token=****;'],
    ['URL-encoded', `?k=${encodeURIComponent(secret)}`, '?k=****'],
    ['form-encoded', new URLSearchParams({ k: secret }).toString(), 'k=****'],
    ['base64', Buffer.from(secret).toString('base64'), '****'],
    [
      'Basic credential',
      `Authorization: Basic ${Buffer.from(`user:${secret}`).toString('base64')}`,
      'Authorization: Basic ****',
    ],
    ['short value inside text stays', 'cabbage', 'cabbage'],
    ['empty value never masks', 'text', 'text'],
  ])('masks the %s form', (_name, text, expected) => {
    expect(redactor.redact(text)).toBe(expected);
  });

  it('masks a short value that fills a whole field', () => {
    expect(redactor.redactField('ab')).toBe('****');
    expect(redactor.redactDeep({ headers: [['x-key', 'ab']], note: `is ${secret}` })).toEqual({
      headers: [['x-key', '****']],
      note: 'is ****',
    });
  });
});

describe('Redactor with many values', () => {
  it.each([
    [
      'value sharing a prefix with a longer one',
      ['abcd-1', 'abcd-12345'],
      'x abcd-12345 y',
      'x **** y',
    ],
    ['overlapping values', ['abcdef', 'xabc'], 'xabcdef!', '****!'],
    ['adjacent values', ['left-value', 'right-value'], 'left-valueright-value', '********'],
    ['repeated value', ['aaaa'], 'aaaaaa aaaa', '**** ****'],
    ['value at the very end', ['tail-secret'], 'ends with tail-secret', 'ends with ****'],
    ['text shorter than any value', ['long-value'], 'abc', 'abc'],
  ])('masks a %s', (_name, values, text, expected) => {
    const redactor = createRedactor();
    for (const value of values) redactor.add(value, { source: 'test' });
    expect(redactor.redact(text)).toBe(expected);
  });

  it('masks every one of 20,000 tokens', () => {
    const redactor = createRedactor();
    const tokens = Array.from(
      { length: 20_000 },
      (_, i) => `tok-${i.toString(16).padStart(8, '0')}`,
    );
    for (const token of tokens) redactor.add(token, { source: 'bearer token' });

    expect(redactor.size).toBe(20_000);
    expect(redactor.redact(`Bearer ${tokens[0]}`)).toBe('Bearer ****');
    expect(redactor.redact(`a=${tokens[12_345]}&b=${tokens[19_999]}`)).toBe('a=****&b=****');
    expect(redactor.redact(Buffer.from(tokens[777] as string).toString('base64'))).toBe('****');
    expect(redactor.redact('tok-zzzzzzzz')).toBe('tok-zzzzzzzz');
  });

  it('counts each value once', () => {
    const redactor = createRedactor();
    for (const value of ['token-1234', 'token-1234', 'ab', 'ab', '']) {
      redactor.add(value, { source: 'test' });
    }
    expect(redactor.size).toBe(2);
    expect(redactor.redactField('token-1234')).toBe('****');
    expect(redactor.redactField('token-123')).toBe('token-123');
  });

  it('masks a Basic credential that contains a value', () => {
    const redactor = createRedactor();
    redactor.add('inner-secret', { source: 'test' });
    const credential = Buffer.from('user:prefix-inner-secret-suffix').toString('base64');
    expect(redactor.redact(`Basic ${credential}`)).toBe('Basic ****');
    expect(redactor.redact(`Basic ${Buffer.from('user:other').toString('base64')}`)).toBe(
      `Basic ${Buffer.from('user:other').toString('base64')}`,
    );
  });
});

describe('secret providers', () => {
  it('resolves the first provider with a value', async () => {
    const resolver = createSecretResolver([
      createEnvSecretProvider({ FLOW_RUNNER_SECRET_API_PASSWORD: 'from-env' }),
      { name: 'file', get: (key) => (key === 'OTHER' ? 'from-file' : undefined) },
    ]);
    expect(resolver.providers).toEqual(['env', 'file']);
    expect(await resolver.resolve('api-password', { group: '.' })).toEqual({
      value: 'from-env',
      provider: 'env',
    });
    expect(await resolver.resolve('OTHER', { group: '.' })).toEqual({
      value: 'from-file',
      provider: 'file',
    });
    expect(await resolver.resolve('X', { group: '.', key: 'OTHER' })).toEqual({
      value: 'from-file',
      provider: 'file',
    });
    expect(await resolver.resolve('NONE', { group: '.' })).toBeUndefined();
  });
});
