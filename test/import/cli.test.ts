import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { runCli, scratch } from './support.js';

let work: ReturnType<typeof scratch>;

beforeEach(() => {
  work = scratch();
});

afterEach(() => {
  work.remove();
});

describe('import command line', () => {
  test('writes a group from curl', async () => {
    writeFileSync(join(work.dir, 'cmd.sh'), "curl -H 'X-A: 1' http://127.0.0.1:9/x\n");
    const result = await runCli(['import', 'curl', 'cmd.sh', '--out', 'flows/api'], work.dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote flows/api/commands.flow.yaml');

    const validate = await runCli(['validate', 'flows'], work.dir);
    expect(validate.code).toBe(0);
  });

  test('unknown format lists the formats', async () => {
    const result = await runCli(['import', 'insomnia', 'a.json', '--out', 'o'], work.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Allowed choices are postman, har, curl, openapi');
  });

  test('out folder is required', async () => {
    const result = await runCli(['import', 'har', 'a.har'], work.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("required option '-o, --out <dir>' not specified");
  });

  test('env files only for Postman', async () => {
    writeFileSync(join(work.dir, 'a.har'), '{"log":{"entries":[]}}');
    writeFileSync(join(work.dir, 'e.json'), '{"values":[]}');
    for (const flag of ['--environment', '--env-file']) {
      const result = await runCli(
        ['import', 'har', 'a.har', flag, 'e.json', '--out', 'o'],
        work.dir,
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--environment applies to Postman imports only, not har');
    }
  });

  test('missing source is reported', async () => {
    const result = await runCli(['import', 'openapi', 'nope.yaml', '--out', 'o'], work.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope.yaml: file not found');
  });

  test('schema modeline points at a real file', async () => {
    writeFileSync(join(work.dir, 'c.sh'), 'curl http://127.0.0.1:9/health\n');
    const result = await runCli(['import', 'curl', 'c.sh', '--out', 'out'], work.dir);
    expect(result.code).toBe(0);

    for (const file of readdirSync(join(work.dir, 'out')).filter((name) =>
      name.endsWith('.yaml'),
    )) {
      const firstLine = readFileSync(join(work.dir, 'out', file), 'utf8').split('\n')[0] ?? '';
      const schema = /\$schema=(\S+)/.exec(firstLine)?.[1] ?? '';
      expect(existsSync(resolve(dirname(join(work.dir, 'out', file)), schema)), file).toBe(true);
    }
  });
});
