/** `flow-runner envs`: where each declared secret would come from, and its exit code. */
import { describe, expect, it } from 'vitest';
import { runCli } from './support.js';

describe('envs', () => {
  it('exits 1 and marks a missing secret', async () => {
    const text = await runCli(['envs', 'test/cli/flows/ok']);
    const json = await runCli(['envs', 'test/cli/flows/ok', '--json']);

    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/secret API_PASSWORD +missing/);
    expect(json.code).toBe(1);
    const listing = JSON.parse(json.stdout) as {
      groups: { environments: { secrets: { name: string; missing: boolean }[] }[] }[];
    };
    const secret = listing.groups[0]?.environments[0]?.secrets[0];
    expect(secret).toMatchObject({ name: 'API_PASSWORD', missing: true });
  });

  it('names the provider and never the value', async () => {
    const result = await runCli(['envs', 'test/cli/flows/ok'], {
      env: { FLOW_RUNNER_SECRET_API_PASSWORD: 'envs-canary-value' },
    });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('env: FLOW_RUNNER_SECRET_API_PASSWORD');
    expect(result.stdout).not.toContain('envs-canary-value');
  });
});
