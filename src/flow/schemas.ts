/**
 * JSON Schemas (draft-07) of flow files and flow-group.yaml. This module is their source:
 * schema/flow.schema.json and schema/flow-group.schema.json are written from it for editors
 * (test/flow/schema-files.test.ts keeps them equal). The custom formats (`duration`, `size`,
 * `duration-threshold`, `rate-threshold`) are checked by validate.ts and ignored by editors.
 */

type Schema = Record<string, unknown>;

const NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';

const duration: Schema = {
  type: ['number', 'string'],
  minimum: 0,
  format: 'duration',
  description: 'Milliseconds as a number, or a string with a unit: "500ms", "10s", "2m", "1h".',
};

const size: Schema = {
  type: ['integer', 'string'],
  minimum: 0,
  format: 'size',
  description: 'Bytes as a number, or a string with a unit: "512KiB", "50MB", "1GiB".',
};

const script: Schema = {
  type: ['string', 'object'],
  description:
    'JavaScript source, { file: path } relative to this file, or { postman: source } for a script imported from Postman (runs with the pm object).',
  properties: { file: { type: 'string', minLength: 1 }, postman: { type: 'string' } },
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
};

const scalar = { type: ['string', 'number', 'boolean'] };
const scalarMap: Schema = { type: 'object', additionalProperties: scalar };
const variables: Schema = {
  type: 'object',
  propertyNames: { pattern: NAME_PATTERN },
  description: 'Variable name → value.',
};

const auth: Schema = {
  type: 'object',
  minProperties: 1,
  maxProperties: 1,
  properties: {
    basic: {
      type: 'object',
      properties: { username: { type: 'string' }, password: { type: 'string' } },
      required: ['username', 'password'],
      additionalProperties: false,
    },
    bearer: { type: 'string' },
    apiKey: {
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 1 },
        value: { type: 'string' },
        in: { enum: ['header', 'query'] },
      },
      required: ['name', 'value'],
      additionalProperties: false,
    },
    oauth2: {
      type: 'object',
      properties: {
        tokenUrl: { type: 'string', minLength: 1 },
        clientId: { type: 'string' },
        clientSecret: { type: 'string' },
        scope: { type: 'string' },
        audience: { type: 'string' },
      },
      required: ['tokenUrl', 'clientId', 'clientSecret'],
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

/** Options a group's `defaults` may set and a step's request may override. */
const requestOptions: Record<string, Schema> = {
  headers: scalarMap,
  timeout: duration,
  redirects: {
    type: ['boolean', 'object'],
    description: 'false to not follow redirects, or { follow, max }.',
    properties: { follow: { type: 'boolean' }, max: { type: 'integer', minimum: 0 } },
    additionalProperties: false,
  },
  tls: {
    type: 'object',
    properties: {
      insecure: { type: 'boolean' },
      ca: { type: 'string' },
      cert: { type: 'string' },
      key: { type: 'string' },
      passphrase: { type: 'string' },
    },
    additionalProperties: false,
  },
  proxy: { type: 'string' },
  auth,
  maxResponseSize: size,
};

const request: Schema = {
  type: 'object',
  properties: {
    method: { type: 'string', pattern: '^[A-Za-z]+$' },
    url: { type: 'string', minLength: 1 },
    query: {
      type: 'object',
      additionalProperties: { type: ['string', 'number', 'boolean', 'array'], items: scalar },
    },
    json: {},
    form: scalarMap,
    multipart: {
      type: 'object',
      additionalProperties: {
        type: ['string', 'number', 'boolean', 'object'],
        properties: {
          file: { type: 'string', minLength: 1 },
          filename: { type: 'string' },
          contentType: { type: 'string' },
        },
        required: ['file'],
        additionalProperties: false,
      },
    },
    body: {
      type: ['string', 'object'],
      properties: { text: { type: 'string' }, contentType: { type: 'string' } },
      required: ['text'],
      additionalProperties: false,
    },
    file: {
      type: ['string', 'object'],
      properties: { path: { type: 'string', minLength: 1 }, contentType: { type: 'string' } },
      required: ['path'],
      additionalProperties: false,
    },
    graphql: {
      type: 'object',
      properties: {
        query: { type: 'string', minLength: 1 },
        variables: { type: 'object' },
        operationName: { type: 'string' },
      },
      required: ['query'],
      additionalProperties: false,
    },
    ...requestOptions,
  },
  required: ['url'],
  additionalProperties: false,
};

const extraction: Schema = {
  type: 'object',
  description: 'Exactly one source (json, header, regex, status, cookie, body, duration).',
  properties: {
    json: { type: 'string', minLength: 1 },
    header: { type: 'string', minLength: 1 },
    regex: { type: 'string', minLength: 1 },
    group: { type: 'integer', minimum: 0 },
    flags: { type: 'string', pattern: '^[imsu]*$' },
    status: { const: true },
    cookie: { type: 'string', minLength: 1 },
    body: { const: true },
    duration: { const: true },
    secret: { type: 'boolean' },
  },
  additionalProperties: false,
};

function matchers(value: Schema): Record<string, Schema> {
  return {
    equals: value,
    notEquals: value,
    lessThan: value,
    lessThanOrEqual: value,
    greaterThan: value,
    greaterThanOrEqual: value,
    contains: {},
    notContains: {},
    matches: { type: 'string' },
    exists: { type: 'boolean' },
    type: { enum: ['string', 'number', 'boolean', 'object', 'array', 'null'] },
    length: { type: 'integer', minimum: 0 },
    oneOf: { type: 'array' },
  };
}

/** A value to compare with `equals`, or an object of matchers. */
function assertion(shorthand: string[], value: Schema = {}): Schema {
  return {
    type: [...shorthand, 'object'],
    properties: matchers(value),
    minProperties: 1,
    additionalProperties: false,
  };
}

const assert: Schema = {
  type: 'object',
  properties: {
    status: { ...assertion(['integer', 'array']), items: { type: 'integer' } },
    headers: {
      type: 'object',
      additionalProperties: assertion(['string', 'number', 'boolean']),
    },
    json: {
      type: 'object',
      additionalProperties: assertion(['string', 'number', 'boolean', 'null', 'array']),
    },
    body: assertion(['string']),
    duration: { ...assertion(['number', 'string'], duration), minimum: 0, format: 'duration' },
    size: { ...assertion(['integer', 'string'], size), minimum: 0, format: 'size' },
    schema: {
      type: ['object', 'string'],
      description: 'An inline JSON Schema, or the path of a JSON or YAML file holding one.',
    },
  },
  additionalProperties: false,
};

const step: Schema = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1 },
    request,
    extract: {
      type: 'object',
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: extraction,
    },
    assert,
    pre: script,
    post: script,
    if: {
      type: 'string',
      minLength: 1,
      description: 'A JavaScript expression; false skips the step.',
    },
    retry: {
      type: 'object',
      properties: { count: { type: 'integer', minimum: 0 }, interval: duration },
      required: ['count'],
      additionalProperties: false,
    },
    delay: duration,
    continueOnFailure: { type: 'boolean' },
  },
  required: ['name', 'request'],
  additionalProperties: false,
};

const durationThreshold = { type: 'string', format: 'duration-threshold' };
const rateThreshold = { type: 'string', format: 'rate-threshold' };

const threshold: Schema = {
  type: 'object',
  properties: {
    step: { type: 'string', minLength: 1 },
    min: durationThreshold,
    mean: durationThreshold,
    p50: durationThreshold,
    p90: durationThreshold,
    p95: durationThreshold,
    p99: durationThreshold,
    max: durationThreshold,
    errorRate: rateThreshold,
    successRate: rateThreshold,
  },
  minProperties: 1,
  additionalProperties: false,
};

export const flowSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'flow-runner flow',
  description: 'A flow: ordered HTTP steps run by flow-runner.',
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    tags: { type: 'array', items: { type: 'string', minLength: 1 } },
    iterations: { type: 'integer', minimum: 1 },
    virtualUsers: { type: 'integer', minimum: 1 },
    duration,
    rampUp: duration,
    data: { type: 'string', minLength: 1, description: 'CSV or JSON file, relative to this file.' },
    cookies: { enum: ['iteration', 'persist'] },
    thresholds: { type: 'array', items: threshold },
    variables,
    scriptLimits: {
      type: 'object',
      properties: { memoryBytes: size, stackBytes: size, timeout: duration },
      additionalProperties: false,
    },
    beforeAll: script,
    afterAll: script,
    steps: { type: 'array', minItems: 1, items: step },
  },
  required: ['steps'],
  additionalProperties: false,
};

export const flowGroupSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'flow-runner flow group',
  description:
    'flow-group.yaml: environments, secrets, variables and defaults of a folder of flows.',
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1 },
    environments: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9_.-]+$' },
      additionalProperties: {
        type: 'object',
        properties: {
          secrets: {
            type: 'object',
            propertyNames: { pattern: NAME_PATTERN },
            additionalProperties: { type: 'string', minLength: 1 },
            description: 'Declared secret name → the provider key this environment reads.',
          },
        },
        propertyNames: { pattern: NAME_PATTERN },
      },
    },
    secrets: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', pattern: NAME_PATTERN },
    },
    variables,
    defaults: { type: 'object', properties: requestOptions, additionalProperties: false },
  },
  additionalProperties: false,
};
