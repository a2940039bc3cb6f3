/**
 * Golden tests of rendered diagnostics: each broken file under test/fixtures-flow/broken is
 * loaded as the CLI would load it, and the rendered text must match exactly, so a change in a
 * category, a position or the caret span shows up here.
 */
import { describe, expect, test } from 'vitest';

import { renderDiagnostics } from '../../src/common/diagnostics.js';
import { loadFlowSet } from '../../src/flow/load.js';

const BROKEN = 'test/fixtures-flow/broken';

const cases: [file: string, environment: string | undefined, expected: string][] = [
  [
    'alias-bomb.flow.yaml',
    undefined,
    `error: Too many aliases
  --> test/fixtures-flow/broken/alias-bomb.flow.yaml:5:8
   |
 5 | e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
   |        ^^ aliases expand to more than 10000 values
   |
   = hint: write the values out instead of nesting aliases of aliases`,
  ],
  [
    'bad-duration.flow.yaml',
    undefined,
    `error: Invalid duration
  --> test/fixtures-flow/broken/bad-duration.flow.yaml:3:12
   |
 3 |     delay: 5 seconds
   |            ^^^^^^^^^ invalid duration "5 seconds" for "delay" of step 1
   |
   = hint: write a number of milliseconds or a string such as "500ms", "10s", "2m" or "1h"`,
  ],
  [
    'bad-jsonpath.flow.yaml',
    undefined,
    `error: Invalid JSONPath
  --> test/fixtures-flow/broken/bad-jsonpath.flow.yaml:5:19
   |
 5 |       id: { json: "$.items[0" }
   |                   ^^^^^^^^^^^ invalid JSONPath "$.items[0": unclosed "["
   |
   = hint: write a path such as "$.items[0].id" or "$..name"`,
  ],
  [
    'bad-regex.flow.yaml',
    undefined,
    `error: Invalid regex
  --> test/fixtures-flow/broken/bad-regex.flow.yaml:5:24
   |
 5 |       body: { matches: "id=(\\\\d+" }
   |                        ^^^^^^^^^^ invalid regular expression: /id=(\\d+/: Unterminated group
   |
   = hint: escape special characters such as "(" and "[" with a backslash`,
  ],
  [
    'bad-threshold.flow.yaml',
    undefined,
    `error: Unknown step
  --> test/fixtures-flow/broken/bad-threshold.flow.yaml:2:13
   |
 2 |   - { step: Pnig, p95: "< 800ms" }
   |             ^^^^ threshold 1 names step "Pnig", which this flow does not have
   |
   = hint: did you mean "Ping"?

error: Invalid threshold
  --> test/fixtures-flow/broken/bad-threshold.flow.yaml:3:18
   |
 3 |   - { errorRate: "under 1%" }
   |                  ^^^^^^^^^^ invalid threshold "under 1%" for "errorRate"
   |
   = hint: write an operator and a percentage, such as "< 1%"`,
  ],
  [
    'duplicate-key.flow.yaml',
    undefined,
    `error: Duplicate key
  --> test/fixtures-flow/broken/duplicate-key.flow.yaml:5:7
   |
 5 |       url: http://127.0.0.1:3000/pong
   |       ^^^ key "url" appears twice in the same mapping
   |
   = hint: remove one of the two entries or rename it`,
  ],
  [
    'duplicate-step.flow.yaml',
    undefined,
    `error: Duplicate step
  --> test/fixtures-flow/broken/duplicate-step.flow.yaml:4:11
   |
 4 |   - name: Ping
   |           ^^^^ step 2 has the same name as step 1: "Ping"
   |
   = hint: give each step of a flow its own name, because reports and thresholds refer to steps by name`,
  ],
  [
    'syntax-error.flow.yaml',
    undefined,
    `error: YAML syntax error
  --> test/fixtures-flow/broken/syntax-error.flow.yaml:4:1
   |
 4 | 
   | ^ Flow map in block collection must be sufficiently indented and end with a }
   |
   = hint: fix the YAML syntax at this position`,
  ],
  [
    'threshold-step.flow.yaml',
    undefined,
    `error: Unknown step
  --> test/fixtures-flow/broken/threshold-step.flow.yaml:2:13
   |
 2 |   - { step: Pnig, p95: "< 800ms" }
   |             ^^^^ threshold 1 names step "Pnig", which this flow does not have
   |
   = hint: did you mean "Ping"?`,
  ],
  [
    'unclosed-template.flow.yaml',
    undefined,
    `error: Unclosed template
  --> test/fixtures-flow/broken/unclosed-template.flow.yaml:3:44
   |
 3 |     request: { url: "http://127.0.0.1:3000/{{ path" }
   |                                            ^^ this "{{" has no matching "}}"
   |
   = hint: close the template with "}}"`,
  ],
  [
    'undefined-variable.flow.yaml',
    undefined,
    `error: Undefined variable
  --> test/fixtures-flow/broken/undefined-variable.flow.yaml:6:41
   |
 6 |       headers: { Authorization: "Bearer {{ tokn }}" }
   |                                         ^^^^^^^^^^ variable "tokn" is not defined before step 1
   |
   = hint: define it under variables, in an environment, or extract it in an earlier step`,
  ],
  [
    'unknown-key.flow.yaml',
    undefined,
    `error: Unknown key
  --> test/fixtures-flow/broken/unknown-key.flow.yaml:4:7
   |
 4 |       methd: POST
   |       ^^^^^ unknown key "methd" in "request" of step 1
   |
   = hint: did you mean "method"?`,
  ],
  [
    'wrong-type.flow.yaml',
    undefined,
    `error: Wrong type
  --> test/fixtures-flow/broken/wrong-type.flow.yaml:1:13
   |
 1 | iterations: many
   |             ^^^^ "iterations" must be an integer, found the string "many"
   |
   = hint: write a whole number without quotes`,
  ],
  [
    'group',
    'prod',
    `error: Unknown environment
  --> test/fixtures-flow/broken/group/flow-group.yaml:3:3
   |
 3 |   dev: { baseUrl: "http://127.0.0.1:3000" }
   |   ^^^ flow group "Shop" has no environment "prod"; it has: dev, staging
   |
   = hint: valid environments: "dev", "staging"

error: Undeclared secret
  --> test/fixtures-flow/broken/group/secret.flow.yaml:3:10
   |
 3 |     if: 'at.secrets.get("API_TOKEN") !== ""'
   |          ^^^^^^^^^^^^^^^^^^^^^^^^^^ secret "API_TOKEN" is not declared in the flow group
   |
   = hint: add "API_TOKEN" to the secrets list of flow-group.yaml

error: Undeclared secret
  --> test/fixtures-flow/broken/group/secret.flow.yaml:6:26
   |
 6 |       headers: { X-Key: "{{ secrets.API_KEYS }}" }
   |                          ^^^^^^^^^^^^^^^^^^^^^^ secret "API_KEYS" is not declared in the flow group
   |
   = hint: did you mean "API_KEY"?`,
  ],
  [
    'group',
    undefined,
    `error: No environment selected
  --> test/fixtures-flow/broken/group/flow-group.yaml:3:3
   |
 3 |   dev: { baseUrl: "http://127.0.0.1:3000" }
   |   ^^^ flow group "Shop" has several environments: dev, staging
   |
   = hint: pass --env with one of: dev, staging

error: Undeclared secret
  --> test/fixtures-flow/broken/group/secret.flow.yaml:3:10
   |
 3 |     if: 'at.secrets.get("API_TOKEN") !== ""'
   |          ^^^^^^^^^^^^^^^^^^^^^^^^^^ secret "API_TOKEN" is not declared in the flow group
   |
   = hint: add "API_TOKEN" to the secrets list of flow-group.yaml

error: Undeclared secret
  --> test/fixtures-flow/broken/group/secret.flow.yaml:6:26
   |
 6 |       headers: { X-Key: "{{ secrets.API_KEYS }}" }
   |                          ^^^^^^^^^^^^^^^^^^^^^^ secret "API_KEYS" is not declared in the flow group
   |
   = hint: did you mean "API_KEY"?`,
  ],
];

describe('rendered diagnostics', () => {
  test.each(cases)('%s (--env %s)', async (file, environment, expected) => {
    const result = await loadFlowSet([`${BROKEN}/${file}`], { cwd: process.cwd(), environment });

    expect(renderDiagnostics(result.diagnostics, { sources: result.sources })).toBe(expected);
    expect(result.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });
});
