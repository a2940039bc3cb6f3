import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

import { InputError } from '../../src/common/errors.js';
import type { RunEvent } from '../../src/results/events.js';
import { ReporterMultiplexer } from '../../src/report/multiplex.js';
import {
  createReporters,
  getRenderer,
  registerRenderer,
  registerReporter,
  rendererFormats,
  reporterNames,
} from '../../src/report/registry.js';
import type { Reporter } from '../../src/report/types.js';
import { recordingContext } from './support/context.js';
import { sampleRun } from './support/sample-results.js';

describe('registry', () => {
  test('pre-registers console, json and junit', () => {
    expect(reporterNames()).toEqual(expect.arrayContaining(['console', 'json', 'junit']));
    expect(rendererFormats()).toEqual(expect.arrayContaining(['json', 'junit']));
  });

  test('builds reporters in order, once each', () => {
    const reporters = createReporters(['junit', ' console', 'junit', ''], recordingContext());
    expect(reporters.map((reporter) => reporter.name)).toEqual(['junit', 'console']);
  });

  test('unknown name lists the valid ones', () => {
    let caught: unknown;
    try {
      createReporters(['console', 'junt'], recordingContext());
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const error = caught as InputError;
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('Unknown reporter "junt".');
    expect(error.message).toContain(`Valid reporters: ${reporterNames().join(', ')}.`);
    expect(error.message).toContain('Did you mean "junit"?');
    expect(error.diagnostics[0]?.hint).toBe('did you mean "junit"?');
  });

  test('unknown name without a close match', () => {
    expect(() => createReporters(['teamcity'], recordingContext())).toThrow(
      /Valid reporters: console, json, junit/,
    );
  });

  test('rejects a duplicate or invalid name', () => {
    expect(() => registerReporter('console', () => ({ name: 'console' }))).toThrow(
      /already registered/,
    );
    expect(() => registerReporter('Bad Name', () => ({ name: 'x' }))).toThrow(
      /Invalid reporter name/,
    );
    expect(() =>
      registerRenderer({ format: 'json', contentType: 'x', fileName: 'x', render: async () => '' }),
    ).toThrow(/already registered/);
  });

  test('registered reporter is created with the context', () => {
    const context = recordingContext({ options: { marker: 7 } });
    registerReporter('registry-test', (given) => ({
      name: `registry-test-${String(given.options.marker)}`,
    }));
    expect(createReporters(['registry-test'], context)[0]?.name).toBe('registry-test-7');
  });

  test('renderers by format', async () => {
    const { results } = sampleRun();
    expect(getRenderer('pdf-not-here')).toBeUndefined();

    const json = getRenderer('json');
    expect(json?.fileName).toBe('results.json');
    expect(JSON.parse(String(await json?.render(results, recordingContext())))).toEqual(results);

    const junit = getRenderer('junit');
    expect(junit?.contentType).toBe('application/xml');
    expect(String(await junit?.render(results, recordingContext()))).toMatch(/^<\?xml/);
  });
});

describe('multiplexer', () => {
  let outDir: string | undefined;
  afterEach(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
    outDir = undefined;
  });

  /** A reporter that records every hook call. */
  function recorder(name: string) {
    const calls: string[] = [];
    const reporter: Reporter = {
      name,
      onBegin: () => void calls.push('begin'),
      onEvent: (event) => void calls.push(event.type),
      onEnd: async () => {
        calls.push('end');
        return [{ reporter: name, path: `${name}.txt`, contentType: 'text/plain' }];
      },
    };
    return { reporter, calls };
  }

  test('throwing reporter never stops the others', async () => {
    const { results, events } = sampleRun();
    const context = recordingContext();
    const before = recorder('before');
    const after = recorder('after');
    const broken: Reporter = {
      name: 'broken',
      onBegin: () => {
        throw new Error('begin exploded');
      },
      onEvent: () => {
        throw new Error('event exploded');
      },
      onEnd: () => Promise.reject(new Error('end exploded')),
    };

    const multiplexer = new ReporterMultiplexer([before.reporter, broken, after.reporter], context);
    await multiplexer.onBegin();
    for (const event of events) multiplexer.onEvent(event);
    const files = await multiplexer.onEnd(results);

    const expectedCalls = ['begin', ...events.map((event) => event.type), 'end'];
    expect(before.calls).toEqual(expectedCalls);
    expect(after.calls).toEqual(expectedCalls);
    expect(files.map((file) => file.reporter)).toEqual(['before', 'after']);
    expect(context.warnings).toEqual([
      'report broken failed: begin exploded',
      'report broken failed: event exploded',
      `report broken failed on ${events.length - 1} more run events`,
      'report broken failed: end exploded',
    ]);
  });

  test('async event hook rejection is a warning', async () => {
    const context = recordingContext();
    const asyncReporter = {
      name: 'async',
      onEvent: async () => {
        throw new Error('late failure');
      },
    } as unknown as Reporter;
    const multiplexer = new ReporterMultiplexer([asyncReporter], context);

    multiplexer.onEvent({ type: 'runEnd', time: 0, interrupted: false } satisfies RunEvent);
    await new Promise((resolve) => setImmediate(resolve));
    expect(context.warnings).toEqual(['report async failed: late failure']);
  });

  test('synchronous onEnd throw and non-Error values', async () => {
    const context = recordingContext();
    const reporters = [
      {
        name: 'sync',
        onEnd: () => {
          throw 'plain string';
        },
      } as unknown as Reporter,
      { name: 'quiet' } as Reporter,
    ];
    const files = await new ReporterMultiplexer(reporters, context).onEnd(sampleRun().results);
    expect(files).toEqual([]);
    expect(context.warnings).toEqual(['report sync failed: plain string']);
  });

  test('file reporters write through the multiplexer', async () => {
    outDir = await mkdtemp(join(tmpdir(), 'flow-runner-registry-'));
    const context = recordingContext({ outDir });
    const multiplexer = new ReporterMultiplexer(
      createReporters(['json', 'junit'], context),
      context,
    );

    const files = await multiplexer.onEnd(sampleRun().results);
    expect(files).toEqual([
      { reporter: 'json', path: join(outDir, 'results.json'), contentType: 'application/json' },
      { reporter: 'junit', path: join(outDir, 'junit.xml'), contentType: 'application/xml' },
    ]);
    expect((await readdir(outDir)).sort()).toEqual(['junit.xml', 'results.json']);
    expect(context.warnings).toEqual([]);
  });

  test('unwritable folder becomes a warning', async () => {
    outDir = await mkdtemp(join(tmpdir(), 'flow-runner-registry-'));
    // A file where the output folder should be: mkdir fails with ENOTDIR or EEXIST.
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(outDir, 'blocked'), 'not a folder');
    const context = recordingContext({ outDir: join(outDir, 'blocked', 'reports') });
    const multiplexer = new ReporterMultiplexer(
      createReporters(['json', 'console'], context),
      context,
    );

    const files = await multiplexer.onEnd(sampleRun().results);
    expect(files).toEqual([]);
    expect(context.warnings).toHaveLength(1);
    expect(context.warnings[0]).toMatch(/^report json failed: .*(ENOTDIR|EEXIST)/);
    expect(context.output()).toContain('FAILED (exit code 1)');
  });
});
