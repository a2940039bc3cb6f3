/**
 * The OS keychain for real, through @napi-rs/keyring. On Linux it needs a D-Bus session with an
 * unlocked Secret Service; CI provides one with:
 *   dbus-run-session -- sh -c 'echo pass | gnome-keyring-daemon --unlock --components=secrets \
 *     && npx vitest run test/secrets/keychain.test.ts'
 * Without one, the tests that need it are skipped and the skip names the reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/common/errors.js';
import {
  KeychainUnavailableError,
  openKeychain,
  type KeychainStore,
} from '../../src/secrets/keychain.js';
import { repoRoot, runFlowRunner, startDemoApi, type DemoApi } from './support.js';

// A service of its own per test process, so no developer's flow-runner entries are touched.
const SERVICE = `flow-runner-test-${process.pid}`;

async function probeKeychain(): Promise<{ store?: KeychainStore; reason?: string }> {
  try {
    const store = await openKeychain(SERVICE);
    // Writing is the real test: a locked keyring still answers reads with "no entry".
    await store.set('probe', 'probe-value');
    await store.delete('probe');
    return { store };
  } catch (error) {
    return { reason: error instanceof KeychainUnavailableError ? error.reason : String(error) };
  }
}

const probe = await probeKeychain();
const title = probe.store
  ? 'OS keychain'
  : `OS keychain (skipped: ${probe.reason}; run under dbus-run-session with gnome-keyring unlocked)`;
const sessionEnv: Record<string, string> = {
  FLOW_RUNNER_KEYCHAIN_SERVICE: SERVICE,
  ...(process.env['DBUS_SESSION_BUS_ADDRESS']
    ? { DBUS_SESSION_BUS_ADDRESS: process.env['DBUS_SESSION_BUS_ADDRESS'] }
    : {}),
  ...(process.env['HOME'] ? { HOME: process.env['HOME'] } : {}),
};

describe.skipIf(probe.store === undefined)(title, { timeout: 60_000 }, () => {
  const store = probe.store as KeychainStore;
  let work: string;

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'flow-runner-keychain-'));
  });

  afterAll(async () => {
    for (const account of await store.accounts()) await store.delete(account);
    rmSync(work, { recursive: true, force: true });
  });

  it('stores, reads, lists and deletes entries', async () => {
    await store.set('auth-api/API_PASSWORD', 'keychain-value-1');
    await store.set('SHARED', 'keychain-value-2');

    expect(await store.get('auth-api/API_PASSWORD')).toBe('keychain-value-1');
    expect(await store.get('MISSING')).toBeUndefined();
    expect(await store.accounts()).toEqual(['SHARED', 'auth-api/API_PASSWORD']);
    expect(await store.delete('SHARED')).toBe(true);
    expect(await store.delete('SHARED')).toBe(false);
    expect(await store.accounts()).toEqual(['auth-api/API_PASSWORD']);
    await store.delete('auth-api/API_PASSWORD');
  });

  it('sets a value from standard input, never printing it', async () => {
    const set = await runFlowRunner(['secrets', 'set', 'CLI_SECRET', '--group', 'auth-api'], {
      cwd: work,
      env: sessionEnv,
      input: 'value-from-stdin-9921\n',
    });
    expect(set.code).toBe(ExitCode.Passed);
    expect(set.stdout).toBe(`Stored auth-api/CLI_SECRET in the keychain (service ${SERVICE}).\n`);
    // One trailing newline is dropped, as `echo value |` adds it.
    expect(await store.get('auth-api/CLI_SECRET')).toBe('value-from-stdin-9921');

    const get = await runFlowRunner(['secrets', 'get', 'CLI_SECRET', '--group', 'auth-api'], {
      cwd: work,
      env: sessionEnv,
    });
    expect(get.code).toBe(ExitCode.Passed);
    expect(get.stdout).toBe(
      `CLI_SECRET is set by keychain (${SERVICE} account auth-api/CLI_SECRET).\n`,
    );

    const list = await runFlowRunner(['secrets', 'list', '--group', 'auth-api'], {
      cwd: work,
      env: sessionEnv,
    });
    expect(list.stdout).toBe('CLI_SECRET\n');

    const removed = await runFlowRunner(
      ['secrets', 'delete', 'CLI_SECRET', '--group', 'auth-api'],
      {
        cwd: work,
        env: sessionEnv,
      },
    );
    expect(removed.code).toBe(ExitCode.Passed);
    expect(await store.get('auth-api/CLI_SECRET')).toBeUndefined();

    for (const run of [set, get, list, removed]) {
      expect(run.stdout + run.stderr).not.toContain('value-from-stdin-9921');
    }
  });

  it('rejects an empty value', async () => {
    const set = await runFlowRunner(['secrets', 'set', 'EMPTY'], {
      cwd: work,
      env: sessionEnv,
      input: '\n',
    });
    expect(set.code).toBe(ExitCode.InvalidInput);
    expect(set.stderr).toContain('the value of EMPTY is empty; nothing was stored');
    expect(await store.get('EMPTY')).toBeUndefined();
  });

  describe('demo flows with keychain secrets', () => {
    let api: DemoApi;
    const secrets = {
      API_PASSWORD: 'keychain-password-6610',
      CLIENT_SECRET: 'keychain-client-3307',
      SIGNING_KEY: 'keychain-signing-8812',
    };

    beforeAll(async () => {
      api = await startDemoApi({
        password: secrets.API_PASSWORD,
        clientSecret: secrets.CLIENT_SECRET,
        signingKey: secrets.SIGNING_KEY,
      });
      // One group account and two shared ones, so both account forms are read.
      await store.set('auth-api/API_PASSWORD', secrets.API_PASSWORD);
      await store.set('scripted/API_PASSWORD', secrets.API_PASSWORD);
      await store.set('CLIENT_SECRET', secrets.CLIENT_SECRET);
      await store.set('SIGNING_KEY', secrets.SIGNING_KEY);
    });

    afterAll(async () => {
      await api.close();
    });

    it('run with every secret from the keychain', async () => {
      const result = await runFlowRunner(
        [
          'run',
          'fixtures/flows/auth-api',
          'fixtures/flows/scripted',
          '--env',
          'dev',
          '--var',
          `baseUrl=${api.baseUrl}`,
          '-o',
          path.join(work, 'out'),
        ],
        { cwd: repoRoot, env: sessionEnv },
      );
      expect(result.stderr).not.toContain('Missing secret');
      expect(result.code).toBe(ExitCode.Passed);
    });

    it('are listed by envs with their accounts', async () => {
      const result = await runFlowRunner(['envs', 'fixtures/flows/auth-api'], {
        cwd: repoRoot,
        env: sessionEnv,
      });
      expect(result.code).toBe(ExitCode.Passed);
      expect(result.stdout).toContain(
        `secret API_PASSWORD   keychain: ${SERVICE} account auth-api/API_PASSWORD`,
      );
      expect(result.stdout).toContain(
        `secret CLIENT_SECRET  keychain: ${SERVICE} account CLIENT_SECRET`,
      );
      for (const value of Object.values(secrets)) expect(result.stdout).not.toContain(value);
    });
  });
});

describe('without a keychain', { timeout: 60_000 }, () => {
  // No DBUS_SESSION_BUS_ADDRESS: the situation of CI machines and containers.
  const noSession = { FLOW_RUNNER_KEYCHAIN_SERVICE: SERVICE };

  it('secrets set explains the other providers', async () => {
    const result = await runFlowRunner(['secrets', 'set', 'API_PASSWORD'], {
      cwd: repoRoot,
      env: noSession,
      input: 'never-stored\n',
    });
    expect(result.code).toBe(ExitCode.InternalError);
    expect(result.stderr).toContain('error: no OS keychain is usable here: no D-Bus session');
    expect(result.stderr).toContain('the variable FLOW_RUNNER_SECRET_API_PASSWORD');
    expect(result.stderr).toContain('the file /run/secrets/API_PASSWORD');
    expect(result.stderr).toContain('--secrets-file');
    expect(result.stderr).not.toContain('never-stored');
  });

  it('secrets get still checks the other providers', async () => {
    const result = await runFlowRunner(['secrets', 'get', 'API_PASSWORD'], {
      cwd: repoRoot,
      env: { ...noSession, FLOW_RUNNER_SECRET_API_PASSWORD: 'from-env-4410' },
    });
    expect(result.code).toBe(ExitCode.Passed);
    expect(result.stdout).toBe('API_PASSWORD is set by env (FLOW_RUNNER_SECRET_API_PASSWORD).\n');
  });

  it('secrets get names the providers tried', async () => {
    const result = await runFlowRunner(['secrets', 'get', 'API_PASSWORD'], {
      cwd: repoRoot,
      env: noSession,
    });
    expect(result.code).toBe(ExitCode.Failed);
    expect(result.stdout).toContain(
      'API_PASSWORD is not set. Providers tried: env, secrets-dir, keychain (not usable: no D-Bus session',
    );
    expect(result.stdout).toContain('flow-runner secrets set API_PASSWORD');
  });

  it('secrets list fails with the reason', async () => {
    const result = await runFlowRunner(['secrets', 'list'], { cwd: repoRoot, env: noSession });
    expect(result.code).toBe(ExitCode.InternalError);
    expect(result.stderr).toContain('no OS keychain is usable here');
  });
});
