import { describe, expect, it } from 'vitest';

import { escapeMarkdown, joinWithinLimit } from '../../src/action/markdown.js';
import { renderComment, renderSummary } from '../../src/action/summary.js';
import { compareResults } from '../../src/results/compare.js';
import { sampleResults } from '../report/support/sample-results.js';

describe('job summary', () => {
  it('shows flows, steps, percentiles and failures', () => {
    const results = sampleResults();
    const summary = renderSummary(results, {
      artifact: {
        name: 'flow-runner-report',
        id: 42,
        url: 'https://github.com/o/r/actions/runs/1/artifacts/42',
      },
    });

    expect(summary).toContain(`flow-runner: ${results.run.status}`);
    for (const flow of results.flows) {
      expect(summary).toContain(escapeMarkdown(flow.name));
      for (const step of flow.steps) expect(summary).toContain(escapeMarkdown(step.name));
    }
    expect(summary).toContain(
      '| Step | Runs | Passed | Failed | Flaky | Skipped | p50 | p90 | p95 | p99 | Max |',
    );
    expect(summary).toContain('**Bottleneck:**');
    expect(summary).toContain('**Thresholds**');
    expect(summary).toContain('**Failures**');
    expect(summary).toContain(
      '[<code>flow-runner-report</code>](https://github.com/o/r/actions/runs/1/artifacts/42)',
    );
  });

  it('escapes names from flows', () => {
    const results = sampleResults();
    const flow = results.flows[0];
    if (!flow) throw new Error('sample has no flow');
    flow.name = '<img src=x onerror=alert(1)> | @octo-team **bold**';
    const summary = renderSummary(results);

    expect(summary).not.toContain('<img');
    expect(summary).not.toContain('@octo-team');
    expect(summary).toContain(
      '&lt;img src=x onerror=alert\\(1\\)&gt; \\| &#64;octo\\-team \\*\\*bold\\*\\*',
    );
  });

  it('notes omitted annotations', () => {
    const summary = renderSummary(sampleResults(), {
      omittedAnnotations: { errors: 3, warnings: 1 },
    });
    expect(summary).toContain('3 error and 1 warning annotations were not shown');
  });

  it('says why there is no artifact', () => {
    const summary = renderSummary(sampleResults(), {
      artifactNote: 'The reports were not uploaded.',
    });
    expect(summary).toContain('📦 The reports were not uploaded.');
  });

  it('compares with a baseline', () => {
    const base = sampleResults();
    const next = sampleResults();
    for (const step of next.flows[0]?.steps ?? []) {
      step.duration = {
        ...step.duration,
        p50: step.duration.p50 * 3 + 50,
        p95: step.duration.p95 * 3 + 50,
        p99: step.duration.p99 * 3 + 50,
        mean: step.duration.mean * 3 + 50,
      };
    }
    const comparison = compareResults(base, next);
    const summary = renderSummary(next, { comparison });

    expect(comparison.counts.regressed).toBeGreaterThan(0);
    expect(summary).toContain('**Compared with the baseline**');
    expect(summary).toContain(`${comparison.counts.regressed} regressed`);
    expect(summary).toContain('🔺 regressed');
    expect(summary).toContain('<details><summary>Every step</summary>');
  });

  it('stays within the size limit', () => {
    const results = sampleResults();
    const [flow] = results.flows;
    if (!flow) throw new Error('sample has no flow');
    results.flows = Array.from({ length: 300 }, (_, index) => ({
      ...flow,
      name: `${flow.name} ${index}`,
    }));
    const maxBytes = 64 * 1024;
    const summary = renderSummary(results, { maxBytes });

    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(maxBytes);
    expect(summary).toMatch(
      /The summary reached GitHub's size limit: \d+ more sections were left out/,
    );
    expect(summary).toContain('| Flow | File |');
  });

  it('is complete under the default limit', () => {
    const summary = renderSummary(sampleResults());
    expect(summary).not.toContain('size limit');
  });
});

describe('joinWithinLimit', () => {
  const note = (omitted: number): string => `[${omitted} left out]`;

  it('keeps everything that fits', () => {
    expect(joinWithinLimit(['a', 'b'], 100, note)).toEqual({ text: 'a\n\nb\n', omitted: 0 });
  });

  it('stops with a note at the first section that does not fit', () => {
    const result = joinWithinLimit(['aaaa', 'bbbbbbbbbbbbbbbbbbbb', 'c'], 24, note);
    expect(result).toEqual({ text: 'aaaa\n\n[2 left out]\n', omitted: 2 });
  });
});

describe('PR comment', () => {
  it('starts with the marker and stays short', () => {
    const results = sampleResults();
    const marker = '<!-- flow-runner:CI:api -->';
    const comment = renderComment(results, marker, {
      runUrl: 'https://github.com/o/r/actions/runs/5',
    });

    expect(comment.startsWith(marker)).toBe(true);
    expect(comment).toContain(
      '[Workflow run and job summary](https://github.com/o/r/actions/runs/5)',
    );
    expect(comment).toContain('**Failures**');
    expect(comment).not.toContain('| Step | Runs |');
    expect(Buffer.byteLength(comment)).toBeLessThanOrEqual(65_536);
  });
});
