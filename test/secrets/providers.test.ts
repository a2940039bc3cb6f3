import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSecretProviders, createSecretResolverFor } from '../../src/app/secrets.js';
import type { Runtime } from '../../src/app/runtime.js';
import { InputError } from '../../src/common/errors.js';
import { createSecretChain } from '../../src/secrets/chain.js';
import { createDirectorySecretProvider, secretsDirFrom } from '../../src/secrets/dir-provider.js';
import { createFileSecretProvider } from '../../src/secrets/file-provider.js';
import {
  createKeychainSecretProvider,
  KeychainUnavailableError,
} from '../../src/secrets/keychain.js';
import { createRedactor } from '../../src/secrets/redact.js';
import type { SecretProvider } from '../../src/secrets/types.js';
import { memoryKeychain, textSink } from './support.js';

const root = mkdtempSync(path.join(tmpdir(), 'flow-runner-secrets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('secrets folder provider', () => {
  const dir = folder('run-secrets', {
    API_PASSWORD: 'from-file\n',
    client_secret: 'lower-case-file',
    CRLF_KEY: 'windows\r\n',
    TWO_LINES: 'line one\nline two\n\n',
    EMPTY: '',
  });
  mkdirSync(path.join(dir, 'A_FOLDER'));
  const provider = createDirectorySecretProvider(dir, { cwd: root });

  it.each([
    ['API_PASSWORD', 'from-file', 'one trailing newline is dropped'],
    ['CLIENT_SECRET', 'lower-case-file', 'a lower-case file name is found'],
    ['CRLF_KEY', 'windows', 'a trailing CRLF is dropped'],
    ['TWO_LINES', 'line one\nline two\n', 'only the last newline is dropped'],
    ['EMPTY', '', 'an empty file gives an empty value'],
  ])('reads %s: %s', async (key, expected) => {
    expect(await provider.get(key)).toBe(expected);
  });

  it.each([['MISSING'], ['A_FOLDER'], ['../run-secrets/API_PASSWORD'], ['..'], ['a/b']])(
    'has no value for %s',
    async (key) => {
      expect(await provider.get(key)).toBeUndefined();
    },
  );

  it('names the file a value came from', async () => {
    expect(await provider.lookup('API_PASSWORD')).toEqual({
      value: 'from-file',
      location: path.join(dir, 'API_PASSWORD'),
    });
  });

  it('resolves a relative folder against cwd', async () => {
    const relative = createDirectorySecretProvider('run-secrets', { cwd: root });
    expect(await relative.get('API_PASSWORD')).toBe('from-file');
  });

  it('marks a named folder that does not exist', () => {
    const missing = path.join(root, 'no-such-folder');
    const explicit = createDirectorySecretProvider(missing, { cwd: root, explicit: true });
    const implicit = createDirectorySecretProvider(missing, { cwd: root });
    expect(explicit.unavailable).toContain(missing);
    expect(implicit.unavailable).toBeUndefined();
  });

  it('selects FLOW_RUNNER_SECRETS_DIR, else /run/secrets', () => {
    expect(secretsDirFrom({ FLOW_RUNNER_SECRETS_DIR: '/s' })).toEqual({
      dir: '/s',
      explicit: true,
    });
    expect(secretsDirFrom({ FLOW_RUNNER_SECRETS_DIR: '' })).toEqual({
      dir: '/run/secrets',
      explicit: false,
    });
    expect(secretsDirFrom({})).toEqual({ dir: '/run/secrets', explicit: false });
  });
});

describe('secrets file provider', () => {
  it('reads a dotenv file', async () => {
    const dir = folder('dotenv', {
      'secrets.env': '# comment\nAPI_PASSWORD=from-dotenv\nQUOTED="a b#c"\nexport EXPORTED=yes\n',
    });
    const provider = createFileSecretProvider('secrets.env', dir);
    expect(await provider.get('API_PASSWORD')).toBe('from-dotenv');
    expect(await provider.get('QUOTED')).toBe('a b#c');
    expect(await provider.get('EXPORTED')).toBe('yes');
    expect(await provider.get('MISSING')).toBeUndefined();
    expect(await provider.lookup('API_PASSWORD')).toEqual({
      value: 'from-dotenv',
      location: 'secrets.env',
    });
  });

  it('reads a JSON file of strings', async () => {
    const dir = folder('json', {
      'secrets.json': '\uFEFF{ "API_PASSWORD": "from-json", "PORT": 8080 }',
    });
    const provider = createFileSecretProvider('secrets.json', dir);
    expect(await provider.get('API_PASSWORD')).toBe('from-json');
    // Only strings count; a number is more likely a mistake than a secret.
    expect(await provider.get('PORT')).toBeUndefined();
  });

  it('rejects invalid JSON without quoting it', () => {
    const dir = folder('bad-json', { 'secrets.json': '{ "API_PASSWORD": leaked-value }' });
    const read = () => createFileSecretProvider('secrets.json', dir);
    expect(read).toThrow(InputError);
    expect(read).toThrow(/invalid JSON in --secrets-file secrets.json/);
    expect(read).not.toThrow(/leaked-value/);
  });

  it('rejects a JSON array', () => {
    const dir = folder('array-json', { 'secrets.json': '["a"]' });
    expect(() => createFileSecretProvider('secrets.json', dir)).toThrow(/expected an object/);
  });

  it('rejects a missing file', () => {
    expect(() => createFileSecretProvider('nope.env', root)).toThrow(
      /cannot read --secrets-file nope.env/,
    );
  });
});

describe('keychain provider', () => {
  it('reads the group account before the shared one', async () => {
    const store = memoryKeychain({
      'auth-api/API_PASSWORD': 'group-value',
      API_PASSWORD: 'shared',
    });
    const provider = createKeychainSecretProvider({ cwd: root, open: async () => store });
    expect(await provider.lookup('API_PASSWORD', { group: 'flows/auth-api' })).toEqual({
      value: 'group-value',
      location: 'flow-runner account auth-api/API_PASSWORD',
    });
    expect(await provider.get('API_PASSWORD')).toBe('shared');
    expect(await provider.lookup('API_PASSWORD', { group: 'flows/other' })).toEqual({
      value: 'shared',
      location: 'flow-runner account API_PASSWORD',
    });
  });

  it('records why an unusable keychain has no values', async () => {
    let opened = 0;
    const provider = createKeychainSecretProvider({
      cwd: root,
      open: async () => {
        opened += 1;
        throw new KeychainUnavailableError('no D-Bus session');
      },
    });
    expect(await provider.get('A')).toBeUndefined();
    expect(await provider.get('B')).toBeUndefined();
    expect(provider.unavailable).toBe('no D-Bus session');
    expect(opened).toBe(1);
  });
});

describe('provider chain', () => {
  const fixed = (name: string, values: Record<string, string>): SecretProvider => ({
    name,
    get: (key) => values[key],
  });

  it('uses the first provider with a value', async () => {
    const chain = createSecretChain([
      fixed('first', { A: 'one' }),
      fixed('second', { A: 'two', B: 'two-b' }),
    ]);
    expect(await chain.resolve('A', { group: '.' })).toEqual({ value: 'one', provider: 'first' });
    expect(await chain.resolve('B', { group: '.' })).toEqual({
      value: 'two-b',
      provider: 'second',
    });
    expect(await chain.resolve('C', { group: '.' })).toBeUndefined();
  });

  it('treats an empty value as unset', async () => {
    const chain = createSecretChain([fixed('first', { A: '' }), fixed('second', { A: 'two' })]);
    expect(await chain.resolve('A', { group: '.' })).toEqual({ value: 'two', provider: 'second' });
  });

  it('reads the mapped key of an environment', async () => {
    const chain = createSecretChain([fixed('first', { STAGING_A: 'staging' })]);
    const scope = { group: '.', environment: 'staging', key: 'STAGING_A' };
    expect(await chain.resolve('A', scope)).toEqual({ value: 'staging', provider: 'first' });
  });

  it('locates every provider holding a key', async () => {
    const chain = createSecretChain([fixed('first', { A: 'one' }), fixed('second', { A: 'two' })]);
    expect(await chain.locateAll('A', { group: '.' })).toEqual([
      { provider: 'first', location: 'first' },
      { provider: 'second', location: 'second' },
    ]);
  });
});

describe('provider order', () => {
  const dir = folder('order-dir', {
    ACTION: 'dir',
    ENV: 'dir',
    DIR: 'dir',
  });
  folder('order-file', {
    'secrets.env': 'ACTION=file\nENV=file\nDIR=file\nFILE=file\n',
  });
  const keychain = memoryKeychain({
    ACTION: 'keychain',
    ENV: 'keychain',
    DIR: 'keychain',
    FILE: 'keychain',
    KEYCHAIN: 'keychain',
  });
  const runtime: Runtime = {
    cwd: path.join(root, 'order-file'),
    env: {
      FLOW_RUNNER_SECRETS_DIR: dir,
      FLOW_RUNNER_SECRET_ACTION: 'env',
      FLOW_RUNNER_SECRET_ENV: 'env',
    },
    stdout: textSink(),
    stderr: textSink(),
    secretProviders: [{ name: 'action', get: (key) => (key === 'ACTION' ? 'action' : undefined) }],
  };

  // Each key is set in its own provider and in every later one, so the expected winner is the
  // provider that the key is named after.
  it.each([
    ['ACTION', 'action', 'action'],
    ['ENV', 'env', 'env'],
    ['DIR', 'secrets-dir', 'dir'],
    ['FILE', 'secrets-file', 'file'],
    ['KEYCHAIN', 'keychain', 'keychain'],
  ])('%s comes from %s', async (key, provider, value) => {
    const chain = createSecretChain(
      createSecretProviders(runtime, {
        secretsFile: 'secrets.env',
        openKeychain: async () => keychain,
      }),
    );
    expect(await chain.resolve(key, { group: '.' })).toEqual({ value, provider });
  });

  it('lists the providers in order', () => {
    const chain = createSecretChain(
      createSecretProviders(runtime, {
        secretsFile: 'secrets.env',
        openKeychain: async () => keychain,
      }),
    );
    expect(chain.providers).toEqual(['action', 'env', 'secrets-dir', 'secrets-file', 'keychain']);
  });

  it('names a keychain turned off by FLOW_RUNNER_KEYCHAIN', async () => {
    const chain = createSecretChain(
      createSecretProviders(
        { ...runtime, env: { ...runtime.env, FLOW_RUNNER_KEYCHAIN: 'off' } },
        { openKeychain: async () => keychain },
      ),
    );
    expect(await chain.resolve('KEYCHAIN', { group: '.' })).toBeUndefined();
    expect(chain.providers.at(-1)).toBe(
      'keychain (not usable: turned off by FLOW_RUNNER_KEYCHAIN=off)',
    );
  });
});

describe('run resolver', () => {
  it('registers values for redaction and warns about short ones', async () => {
    const stderr = textSink();
    const redactor = createRedactor();
    const resolver = createSecretResolverFor(
      {
        cwd: root,
        env: { FLOW_RUNNER_SECRET_LONG: 'long-secret-value', FLOW_RUNNER_SECRET_PIN: '123' },
        stdout: textSink(),
        stderr,
      },
      undefined,
      redactor,
      { openKeychain: async () => memoryKeychain({}) },
    );

    expect(await resolver.resolve('LONG', { group: '.' })).toEqual({
      value: 'long-secret-value',
      provider: 'env',
    });
    expect(await resolver.resolve('PIN', { group: '.' })).toEqual({
      value: '123',
      provider: 'env',
    });
    await resolver.resolve('PIN', { group: 'other' });

    expect(redactor.redact('x long-secret-value y')).toBe('x **** y');
    expect(redactor.redactField('123')).toBe('****');
    expect(redactor.redact('a 1234 b')).toBe('a 1234 b');
    expect(stderr.text).toBe(
      'warning: secret PIN (from env) is shorter than 4 characters, so it is masked only where it fills a whole field (a header value, a variable), not inside other text.\n',
    );
    expect(stderr.text).not.toContain('123');
  });
});
