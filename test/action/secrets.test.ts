import { describe, expect, it } from 'vitest';

import { describeThrown, exitMessage } from '../../src/action/failure.js';
import {
  createInputSecretProvider,
  parseSecretsInput,
  valuesToMask,
} from '../../src/action/secrets.js';
import { sampleResults } from '../report/support/sample-results.js';

describe('secrets input', () => {
  it('parses toJSON(secrets)', () => {
    expect(parseSecretsInput('{"API_PASSWORD":"pw","github_token":"ghs_x"}')).toEqual({
      API_PASSWORD: 'pw',
      github_token: 'ghs_x',
    });
    expect(parseSecretsInput('  ')).toEqual({});
  });

  it.each([
    ['{"API_PASSWORD": "hunter2"', 'invalid JSON in the secrets input'],
    ['["hunter2"]', 'expected a JSON object'],
    ['{"PIN": 1234}', 'the value of "PIN" is a number'],
  ])('rejects %s without quoting it', (text, message) => {
    expect(() => parseSecretsInput(text)).toThrow(message);
    try {
      parseSecretsInput(text);
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
      expect((error as Error).message).not.toContain('1234');
    }
  });

  it('looks names up regardless of case', async () => {
    const provider = createInputSecretProvider({ API_PASSWORD: 'pw', mixed_Case: 'm' });
    expect(await provider.get('API_PASSWORD')).toBe('pw');
    expect(await provider.get('api_password')).toBe('pw');
    expect(await provider.get('MIXED_CASE')).toBe('m');
    expect(await provider.get('MISSING')).toBeUndefined();
  });

  it('masks input, environment and each line', () => {
    const values = valuesToMask(
      { A: 'alpha', B: '-----BEGIN KEY-----\nline-two\n-----END KEY-----', EMPTY: '' },
      {
        FLOW_RUNNER_SECRET_TOKEN: 'from-env',
        FLOW_RUNNER_VAR_USER: 'not-secret',
        PATH: '/usr/bin',
      },
    );
    expect(values).toEqual([
      'alpha',
      '-----BEGIN KEY-----\nline-two\n-----END KEY-----',
      '-----BEGIN KEY-----',
      'line-two',
      '-----END KEY-----',
      'from-env',
    ]);
  });
});

describe('failure messages', () => {
  it.each([
    [new TypeError('boom'), 'boom'],
    ['a plain string', 'a plain string'],
    [{ code: 42 }, 'flow-runner failed: {"code":42} was thrown'],
    [undefined, 'flow-runner failed: undefined was thrown'],
    [null, 'flow-runner failed: null was thrown'],
    [7, 'flow-runner failed: 7 was thrown'],
  ])('describes %o', (value, message) => {
    expect(describeThrown(value)).toBe(message);
  });

  it('describes a circular value', () => {
    const value: Record<string, unknown> = {};
    value['self'] = value;
    expect(describeThrown(value)).toBe('flow-runner failed: [object Object] was thrown');
  });

  it('explains exit codes', () => {
    const results = sampleResults();
    expect(exitMessage(0, results)).toBeUndefined();
    expect(exitMessage(1, results)).toBe(
      `flow-runner: ${results.summary.steps.failed} failed step runs, ${results.summary.flows.failed} of ${results.summary.flows.total} flows failed, ${results.summary.thresholds.crossed} thresholds crossed; see the job summary and the annotations`,
    );
    expect(exitMessage(2, undefined)).toContain('invalid input');
    expect(exitMessage(3, undefined)).toContain('internal error (exit code 3)');
    expect(exitMessage(130, results)).toContain('interrupted');
  });
});
