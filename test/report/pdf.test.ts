import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChrome } from '../../src/report/chrome.js';
import { formatMs } from '../../src/report/html/units.js';
import { createPdfReporter, PdfUnavailableError, pdfRenderer } from '../../src/report/pdf.js';
import type { ReportContext } from '../../src/report/types.js';
import { sampleResults } from './sample-run.js';

const run = promisify(execFile);

function context(
  outDir: string,
  env: Record<string, string | undefined>,
  options: Record<string, unknown> = {},
) {
  const warnings: string[] = [];
  const value: ReportContext = {
    outDir,
    stdout: { write: () => {} },
    stderr: { write: () => {} },
    interactive: false,
    color: false,
    verbose: false,
    env,
    options,
    warn: (message) => warnings.push(message),
  };
  return { context: value, warnings };
}

let outDir: string;
beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'pdf-report-'));
});
afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('findChrome', () => {
  it('prefers the option, then CHROME_PATH, then the default list', async () => {
    const file = join(outDir, 'chrome');
    await writeFile(file, '');

    expect(
      findChrome({ chromePath: file, env: { CHROME_PATH: '/nope' }, defaultPaths: [] }),
    ).toEqual({ found: true, path: file });
    expect(findChrome({ env: { CHROME_PATH: file }, defaultPaths: ['/nope'] })).toEqual({
      found: true,
      path: file,
    });
    expect(findChrome({ env: {}, defaultPaths: ['/nope', file] })).toEqual({
      found: true,
      path: file,
    });
  });

  it('reports a configured path that does not exist', async () => {
    const file = join(outDir, 'chrome');
    await writeFile(file, '');

    const fromOption = findChrome({ chromePath: '/a', env: {}, defaultPaths: [file] });
    const fromEnv = findChrome({ env: { CHROME_PATH: '/b' }, defaultPaths: [file] });

    expect(fromOption).toMatchObject({ found: false, tried: ['/a'] });
    expect(fromEnv).toMatchObject({ found: false, tried: ['/b'] });
    expect(fromEnv.found === false && fromEnv.reason).toContain('CHROME_PATH names /b');
  });

  it('lists the default paths when none exists', () => {
    const result = findChrome({ env: {}, defaultPaths: ['/c', '/d'] });

    expect(result).toMatchObject({ found: false, tried: ['/c', '/d'] });
    expect(result.found === false && result.reason).toContain('tried /c, /d');
  });
});

describe('pdf reporter without a browser', () => {
  it('warns once and writes no file', async () => {
    const { context: ctx, warnings } = context(
      outDir,
      {},
      { chromeDefaultPaths: ['/nonexistent/chromium', '/nonexistent/chrome'] },
    );

    const files = await createPdfReporter(ctx).onEnd!(sampleResults());

    expect(files).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('PDF skipped: no Chromium or Chrome executable found');
    expect(warnings[0]).toContain('tried /nonexistent/chromium, /nonexistent/chrome');
    expect(warnings[0]).toContain('set CHROME_PATH');
    await expect(access(join(outDir, 'report.pdf'))).rejects.toThrow();
  });

  it('makes the renderer reject with the same reason', async () => {
    const { context: ctx } = context(outDir, {}, { chromeDefaultPaths: [] });
    await expect(pdfRenderer.render(sampleResults(), ctx)).rejects.toBeInstanceOf(
      PdfUnavailableError,
    );
  });
});

const chrome = findChrome({ env: process.env });

describe.skipIf(!chrome.found)('pdf reporter with Chromium', () => {
  it('prints the summary numbers and step names', async () => {
    const results = sampleResults();
    const { context: ctx, warnings } = context(outDir, {
      CHROME_PATH: chrome.found ? chrome.path : undefined,
    });

    const files = await createPdfReporter(ctx).onEnd!(results);

    expect(warnings).toEqual([]);
    expect(files).toEqual([
      { reporter: 'pdf', path: join(outDir, 'report.pdf'), contentType: 'application/pdf' },
    ]);
    const bytes = await readFile(join(outDir, 'report.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const { stdout: text } = await run('pdftotext', ['-layout', join(outDir, 'report.pdf'), '-']);
    // The first page holds the summary; cards print side by side, so check values, not rows.
    const summary = text.split('\f')[0]!;
    expect(summary).toContain('Requests');
    expect(summary).toMatch(/\s32\s/);
    expect(summary).toContain('90.0%');
    expect(summary).toContain('35.3 KiB');
    expect(summary).toContain('passed 9, failed 1');
    expect(summary).toContain('passed 29, failed 1');
    for (const step of results.flows[0]!.steps) {
      expect(text).toContain(step.name);
      expect(text).toContain(formatMs(step.duration.p95));
    }
    expect(text).toContain('expected status 200 but got 502');
    // Interactive-only parts are hidden in print.
    expect(text).not.toContain('Expand all');
  });
});
