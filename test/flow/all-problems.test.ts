/**
 * Golden tests of files with several problems: every problem is reported once, in file order,
 * including those in referenced script and schema files and in a group with errors.
 */
import { describe, expect, test } from 'vitest';

import { renderDiagnostics } from '../../src/common/diagnostics.js';
import { loadFlowSet } from '../../src/flow/load.js';

const BROKEN = 'test/fixtures-flow/broken';

const cases: [file: string, environment: string | undefined, expected: string][] = [
  [
    'several-problems.flow.yaml',
    undefined,
    `error: Unknown key
  --> test/fixtures-flow/broken/several-problems.flow.yaml:6:7
   |
 6 |       hedaers: { Accept: '{{ insideUnknownKey }}' }
   |       ^^^^^^^ unknown key "hedaers" in "request" of step 1
   |
   = hint: did you mean "headers"?

error: Invalid duration
  --> test/fixtures-flow/broken/several-problems.flow.yaml:7:16
   |
 7 |       timeout: soon
   |                ^^^^ invalid duration "soon" for "timeout" of step 1
   |
   = hint: write a number of milliseconds or a string such as "500ms", "10s", "2m" or "1h"

error: Unknown key
  --> test/fixtures-flow/broken/several-problems.flow.yaml:9:16
   |
 9 |       token: { jsn: '$.token' }
   |                ^^^ unknown key "jsn" in "token" of step 1
   |
   = hint: did you mean "json"?

error: Duplicate step
   --> test/fixtures-flow/broken/several-problems.flow.yaml:12:11
    |
 12 |   - name: First
    |           ^^^^^ step 2 has the same name as step 1: "First"
    |
    = hint: give each step of a flow its own name, because reports and thresholds refer to steps by name

error: Undefined variable
   --> test/fixtures-flow/broken/several-problems.flow.yaml:14:32
    |
 14 |       url: 'http://127.0.0.1:9/{{ missing }}?id={{ $notAThing }}'
    |                                ^^^^^^^^^^^^^ variable "missing" is not defined before step 2
    |
    = hint: define it under variables, in an environment, or extract it in an earlier step

error: Unknown dynamic value
   --> test/fixtures-flow/broken/several-problems.flow.yaml:14:49
    |
 14 |       url: 'http://127.0.0.1:9/{{ missing }}?id={{ $notAThing }}'
    |                                                 ^^^^^^^^^^^^^^^^ "$notAThing" is not a dynamic value
    |
    = hint: valid dynamic values: "$guid", "$uuid", "$randomUUID", "$timestamp", "$isoTimestamp", "$randomInt", "$randomAlphaNumeric", "$randomBoolean", "$randomFirstName", "$randomLastName", "$randomFullName", "$randomUserName", "$randomEmail", "$randomPassword", "$randomWord", "$randomWords", "$randomLoremWord", "$randomColor", "$randomHexColor", "$randomCity", "$randomCountry", "$randomPhoneNumber", "$randomIP", "$randomPrice", "$randomDomainName", "$randomUrl", "$randomDatePast", "$randomDateFuture"

error: Invalid JSONPath
   --> test/fixtures-flow/broken/several-problems.flow.yaml:17:19
    |
 17 |       id: { json: '$.[' }
    |                   ^^^^^ invalid JSONPath "$.[": unclosed "["
    |
    = hint: write a path such as "$.items[0].id" or "$..name"

error: Invalid JSON Schema
   --> test/fixtures-flow/broken/several-problems.flow.yaml:19:57
    |
 19 |       schema: { type: object, properties: { id: { type: integr } } }
    |                                                         ^^^^^^ invalid JSON Schema: "/properties/id/type" must be equal to one of the allowed values ("array", "boolean", "integer", "null", "number", "object", "string")
    |
    = hint: fix the schema so it follows JSON Schema draft-07`,
  ],
  [
    'script-file.flow.yaml',
    undefined,
    `error: Invalid JSON Schema
  --> test/fixtures-flow/broken/schemas/bad-profile.json:6:47
   |
 6 |     "email": { "type": "string", "minLength": -1 }
   |                                               ^^ invalid JSON Schema: "/properties/email/minLength" must be >= 0
   |
   = hint: fix the schema so it follows JSON Schema draft-07

error: Undeclared secret
  --> test/fixtures-flow/broken/scripts/after-login.js:3:35
   |
 3 | at.variables.set('token', token + at.secrets.get('SIGNING_KEY'));
   |                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ secret "SIGNING_KEY" is not declared in the flow group
   |
   = hint: add "SIGNING_KEY" to the secrets list of flow-group.yaml`,
  ],
  [
    'partial-group',
    'dev',
    `error: Unknown key
  --> test/fixtures-flow/broken/partial-group/flow-group.yaml:6:3
   |
 6 |   retries: 3
   |   ^^^^^^^ unknown key "retries" in "defaults"
   |
   = hint: valid keys: "headers", "timeout", "redirects", "tls", "proxy", "auth", "maxResponseSize"

error: Invalid duration
  --> test/fixtures-flow/broken/partial-group/flow-group.yaml:7:12
   |
 7 |   timeout: 3 parsecs
   |            ^^^^^^^^^ invalid duration "3 parsecs" for "timeout"
   |
   = hint: write a number of milliseconds or a string such as "500ms", "10s", "2m" or "1h"

error: Undefined variable
  --> test/fixtures-flow/broken/partial-group/flow-group.yaml:9:15
   |
 9 |     X-Trace: '{{ traceid }}'
   |               ^^^^^^^^^^^^^ variable "traceid" is not defined by the group or any of its flows
   |
   = hint: define it under variables, in an environment, or extract it in an earlier step

error: Undeclared secret
   --> test/fixtures-flow/broken/partial-group/flow-group.yaml:11:13
    |
 11 |     X-Key: '{{ secrets.API_KEYS }}'
    |             ^^^^^^^^^^^^^^^^^^^^^^ secret "API_KEYS" is not declared in the flow group
    |
    = hint: did you mean "API_KEY"?

error: Duplicate step
  --> test/fixtures-flow/broken/partial-group/orders.flow.yaml:6:11
   |
 6 |   - name: Log in
   |           ^^^^^^ step 2 has the same name as step 1: "Log in"
   |
   = hint: give each step of a flow its own name, because reports and thresholds refer to steps by name`,
  ],
  [
    'unparsable-group',
    undefined,
    `error: YAML syntax error
  --> test/fixtures-flow/broken/unparsable-group/flow-group.yaml:3:1
   |
 3 | 
   | ^ Flow map in block collection must be sufficiently indented and end with a }
   |
   = hint: fix the YAML syntax at this position

warning: Flows not checked
   = the flow of the group in "test/fixtures-flow/broken/unparsable-group/flow-group.yaml" was not checked, because the group file could not be parsed
   = hint: fix "test/fixtures-flow/broken/unparsable-group/flow-group.yaml" and run again to check its flows`,
  ],
];

describe('every problem reported', () => {
  test.each(cases)('%s (--env %s)', async (file, environment, expected) => {
    const result = await loadFlowSet([`${BROKEN}/${file}`], { cwd: process.cwd(), environment });

    expect(renderDiagnostics(result.diagnostics, { sources: result.sources })).toBe(expected);
  });
});
