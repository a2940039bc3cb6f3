/**
 * Golden-file tests of the CLI: each folder under test/cli/golden/ contains `args` (one argument
 * per line), and the expected `stdout`, `stderr` and `exit`. Expected text may contain
 * wildcards: `{{*}}` matches any text within a line, `{{n}}` a number with an optional unit
 * (`12`, `3.5 ms`, `1.2 KiB`), and a line holding only `{{line?}}` matches one line or none
 * (for lines that depend on timing, such as the bottleneck). `{{BASE_URL}}` in args is
 * replaced by the demo API's URL.
 *
 * Set UPDATE_GOLDEN=1 to write the actual output as the new expectation (then add wildcards
 * for the volatile parts by hand).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, startDemoApi } from './support.js';

const goldenDir = path.join(repoRoot, 'test', 'cli', 'golden');
const cases = readdirSync(goldenDir).filter((name) =>
  existsSync(path.join(goldenDir, name, 'args')),
);

let api: Awaited<ReturnType<typeof startDemoApi>>;
let outRoot: string;

beforeAll(async () => {
  api = await startDemoApi();
  outRoot = mkdtempSync(path.join(tmpdir(), 'flow-runner-golden-'));
});

afterAll(async () => {
  await api.close();
  rmSync(outRoot, { recursive: true, force: true });
});

/** Turns expected text with wildcards into a regular expression matching the whole output. */
export function goldenPattern(expected: string): RegExp {
  const escaped = expected
    .split(/(\{\{\*\}\}|\{\{n\}\}|\{\{line\?\}\}\n)/)
    .map((part) => {
      if (part === '{{*}}') return '[^\\n]*?';
      if (part === '{{line?}}\n') return '(?:[^\\n]*\\n)?';
      if (part === '{{n}}') return '-?[\\d.,]+(?: ?[a-zA-Zµ/%]+)?';
      // Table columns are padded to their widest value, so runs of spaces and rules may change length.
      return part
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/ {2,}/g, ' +')
        .replace(/─{2,}/g, '─+');
    })
    .join('');
  return new RegExp(`^${escaped}$`);
}

describe('CLI golden files', () => {
  it.each(cases)('%s', async (name) => {
    const folder = path.join(goldenDir, name);
    const outDir = path.join(outRoot, name);
    const args = readFileSync(path.join(folder, 'args'), 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.replaceAll('{{BASE_URL}}', api.baseUrl).replaceAll('{{OUT}}', outDir));

    const result = await runCli(args, {
      env: { FLOW_RUNNER_SECRET_API_PASSWORD: 'demo-password' },
    });
    const actual = {
      stdout: normalize(result.stdout, api.baseUrl, outDir),
      stderr: normalize(result.stderr, api.baseUrl, outDir),
      exit: `${result.code}\n`,
    };

    if (process.env['UPDATE_GOLDEN']) {
      for (const [file, text] of Object.entries(actual)) {
        writeFileSync(path.join(folder, file), file === 'exit' ? text : wildcardMeasurements(text));
      }
    }

    expect(actual.exit).toBe(readFileSync(path.join(folder, 'exit'), 'utf8'));
    for (const stream of ['stdout', 'stderr'] as const) {
      const expected = readFileSync(path.join(folder, stream), 'utf8');
      expect(actual[stream], `${name}/${stream}`).toMatch(goldenPattern(expected));
    }
  });
});

/** Replaces measured values (times, sizes, rates, shares) with the `{{n}}` wildcard. */
function wildcardMeasurements(text: string): string {
  return text.replace(/\d+(?:[.,]\d+)*(?: ?(?:ms|s|B|KiB|MiB)\b|%|\/s)/g, '{{n}}');
}

/** Replaces the parts that change from run to run with stable names. */
function normalize(text: string, baseUrl: string, outDir: string): string {
  return text.replaceAll(baseUrl, '{{BASE_URL}}').replaceAll(outDir, '{{OUT}}');
}
