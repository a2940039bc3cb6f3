import { describe, expect, it } from 'vitest';

import {
  capAnnotations,
  collectAnnotations,
  escapeData,
  escapeProperty,
  formatAnnotation,
  toWorkspacePath,
  type Annotation,
} from '../../src/action/annotations.js';
import { sampleResults } from '../report/support/sample-results.js';

const folders = { cwd: '/work/repo/services/api', workspace: '/work/repo' };

function item(level: Annotation['level'], line: number): Annotation {
  return { level, file: 'flows/a.flow.yaml', line, column: 3, title: 't', message: 'm' };
}

describe('annotations', () => {
  it.each([
    ['50% done', '50%25 done'],
    ['two\nlines\r\n', 'two%0Alines%0D%0A'],
    ['a: b, c', 'a: b, c'],
  ])('escapes data %j', (text, escaped) => {
    expect(escapeData(text)).toBe(escaped);
  });

  it.each([
    ['Flow: a, b', 'Flow%3A a%2C b'],
    ['100%\n', '100%25%0A'],
  ])('escapes property %j', (text, escaped) => {
    expect(escapeProperty(text)).toBe(escaped);
  });

  it('formats a workflow command', () => {
    const command = formatAnnotation({
      level: 'error',
      file: 'flows/a,b.flow.yaml',
      line: 12,
      column: 7,
      endColumn: 18,
      title: 'Step failed: Login › Log in',
      message: 'status equals 200: expected 200 (number)\nactual 500 (number), 100%',
    });
    expect(command).toBe(
      '::error file=flows/a%2Cb.flow.yaml,line=12,col=7,endColumn=18,title=Step failed%3A Login › Log in::' +
        'status equals 200: expected 200 (number)%0Aactual 500 (number), 100%25',
    );
  });

  it('rewrites paths relative to the workspace', () => {
    expect(toWorkspacePath('flows/login.flow.yaml', folders)).toBe(
      'services/api/flows/login.flow.yaml',
    );
    expect(toWorkspacePath('../../../outside.flow.yaml', folders)).toBe('/work/outside.flow.yaml');
  });

  it('collects failures, thresholds, flaky steps and anomalies', () => {
    const results = sampleResults();
    const annotations = collectAnnotations(results, folders);
    const errors = annotations.filter((annotation) => annotation.level === 'error');
    const warnings = annotations.filter((annotation) => annotation.level === 'warning');

    // Every failed attempt's reason is annotated at a location inside the workspace.
    for (const flow of results.flows) {
      for (const attempt of flow.failures.filter((failure) => failure.status === 'failed')) {
        expect(errors.some((annotation) => annotation.title.endsWith(`› ${attempt.step}`))).toBe(
          true,
        );
      }
    }
    for (const annotation of annotations)
      expect(annotation.file.startsWith('services/api/')).toBe(true);

    const crossed = results.flows.flatMap((flow) =>
      flow.thresholds.filter((threshold) => !threshold.passed),
    );
    expect(
      errors.filter((annotation) => annotation.title.startsWith('Threshold crossed')).length,
    ).toBe(crossed.length);

    const flaky = results.flows.flatMap((flow) => flow.steps.filter((step) => step.flaky > 0));
    expect(flaky.length).toBeGreaterThan(0);
    expect(warnings.filter((annotation) => annotation.title.startsWith('Flaky step')).length).toBe(
      flaky.length,
    );
    const flakyStep = flaky[0];
    const flakyWarning = warnings.find((annotation) =>
      annotation.title.endsWith(`› ${flakyStep?.name}`),
    );
    expect(flakyWarning?.line).toBe(flakyStep?.loc.line);

    const flags = results.flows.flatMap((flow) => flow.anomalies.flags);
    expect(warnings.filter((annotation) => annotation.title.startsWith('Anomaly')).length).toBe(
      flags.length,
    );
  });

  it('annotates a failed assertion at its own line', () => {
    const results = sampleResults();
    const attempt = results.flows
      .flatMap((flow) => flow.failures)
      .find((failure) =>
        failure.assertions.some((assertion) => !assertion.passed && assertion.loc),
      );
    const assertion = attempt?.assertions.find((candidate) => !candidate.passed && candidate.loc);
    expect(assertion).toBeDefined();

    const annotation = collectAnnotations(results, folders).find((candidate) =>
      candidate.message.startsWith(assertion?.name ?? '-'),
    );
    expect(annotation?.line).toBe(assertion?.loc?.line);
    expect(annotation?.column).toBe(assertion?.loc?.column);
    expect(annotation?.message).toContain('expected');
    expect(annotation?.message).toContain('actual');
  });

  it('caps per level and per job', () => {
    const many = [
      ...Array.from({ length: 14 }, (_, index) => item('warning', index)),
      ...Array.from({ length: 12 }, (_, index) => item('error', index)),
    ];
    const { shown, omitted } = capAnnotations(many);
    expect(shown.filter((annotation) => annotation.level === 'error')).toHaveLength(10);
    expect(shown.filter((annotation) => annotation.level === 'warning')).toHaveLength(10);
    expect(shown[0]?.level).toBe('error');
    expect(omitted).toEqual({ errors: 2, warnings: 4 });

    const small = capAnnotations(many, { errors: 10, warnings: 10, total: 12 });
    expect(small.shown).toHaveLength(12);
    expect(small.omitted).toEqual({ errors: 2, warnings: 12 });
  });
});
