/**
 * schema/*.json are what editors load through the yaml-language-server modeline; they must
 * equal the schemas validation uses. Run with FLOW_RUNNER_UPDATE_SCHEMAS=1 to rewrite them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import { flowGroupSchema, flowSchema } from '../../src/flow/schemas.js';

describe('schema files', () => {
  test.each([
    ['schema/flow.schema.json', flowSchema],
    ['schema/flow-group.schema.json', flowGroupSchema],
  ])('%s matches src/flow/schemas.ts', (file, schema) => {
    const expected = `${JSON.stringify(schema, null, 2)}\n`;
    if (process.env.FLOW_RUNNER_UPDATE_SCHEMAS === '1') writeFileSync(file, expected);

    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});
