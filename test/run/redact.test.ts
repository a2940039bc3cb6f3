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
