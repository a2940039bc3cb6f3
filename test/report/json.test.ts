import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';

import { jsonRenderer, renderJson } from '../../src/report/json.js';
import { createReporters } from '../../src/report/registry.js';
import { recordingContext } from './support/context.js';
import { sampleResults } from './support/sample-results.js';

let outDir: string | undefined;
afterEach(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
  outDir = undefined;
});

test('renderJson round-trips the document', () => {
  const results = sampleResults();
  const text = renderJson(results);
  expect(JSON.parse(text)).toEqual(results);
  expect(text.endsWith('}\n')).toBe(true);
  expect(text.split('\n')[1]).toBe('  "schemaVersion": 1,');
});

test('renderer matches renderJson', async () => {
  const results = sampleResults();
  expect(jsonRenderer.format).toBe('json');
  expect(jsonRenderer.contentType).toBe('application/json');
  expect(await jsonRenderer.render(results, recordingContext())).toBe(renderJson(results));
});

test('reporter writes results.json', async () => {
  outDir = await mkdtemp(join(tmpdir(), 'flow-runner-json-'));
  const results = sampleResults();
  const [reporter] = createReporters(
    ['json'],
    recordingContext({ outDir: join(outDir, 'nested') }),
  );

  const files = await reporter?.onEnd?.(results);
  const path = join(outDir, 'nested', 'results.json');
  expect(files).toEqual([{ reporter: 'json', path, contentType: 'application/json' }]);
  expect(await readFile(path, 'utf8')).toBe(renderJson(results));
  // The temporary file was renamed into place, not left beside it.
  expect(await readdir(join(outDir, 'nested'))).toEqual(['results.json']);
});

test('concurrent writes leave one whole file', async () => {
  outDir = await mkdtemp(join(tmpdir(), 'flow-runner-json-'));
  const results = sampleResults();
  const reporters = createReporters(['json'], recordingContext({ outDir }));
  const second = createReporters(['json'], recordingContext({ outDir }));

  await Promise.all([...reporters, ...second].map((reporter) => reporter.onEnd?.(results)));
  expect(JSON.parse(await readFile(join(outDir, 'results.json'), 'utf8'))).toEqual(results);
  expect(await readdir(outDir)).toEqual(['results.json']);
});
