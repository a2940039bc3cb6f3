import { describe, expect, it } from 'vitest';
import {
  mapLayer,
  recordLayer,
  renderString,
  renderValue,
  TemplateError,
  type TemplateContext,
} from '../../src/run/template.js';

function context(overrides: Partial<TemplateContext> = {}): TemplateContext {
  const iteration = new Map<string, unknown>([
    ['token', 'from-iteration'],
    ['userId', 42],
    ['user', { name: 'alice', tags: ['a'] }],
  ]);
  const beforeAll = new Map<string, unknown>([
    ['token', 'from-before-all'],
    ['service', 'svc'],
  ]);
  const environment = recordLayer(
    'environment',
    { host: 'http://127.0.0.1:1', api: '{{ host }}/api', region: 'env-region' },
    true,
  );
  return {
    layers: [
      mapLayer('iteration', iteration, false),
      mapLayer('Before All', beforeAll, false),
      recordLayer(
        'data',
        { email: 'row@example.com', region: 'data-region', 'user.name': 'column' },
        false,
      ),
      recordLayer('overrides', { region: 'override-region', mode: 'cli' }, false),
      environment,
      recordLayer('flow variables', { mode: 'flow', version: 'v1' }, true),
      recordLayer('group variables', { version: 'v0', team: 'core' }, true),
    ],
    environment,
    secret: (name) => (name === 'API_KEY' ? 'k-123456' : undefined),
    iteration: 3,
    vu: 2,
    random: () => 0.5,
    now: () => Date.UTC(2026, 0, 2, 3, 4, 5),
    ...overrides,
  };
}

describe('renderString', () => {
  it.each([
    ['iteration variable wins over Before All', '{{ token }}', 'from-iteration'],
    ['Before All variable', '{{ service }}', 'svc'],
    ['data row', '{{ email }}', 'row@example.com'],
    ['data row wins over overrides', '{{ region }}', 'data-region'],
    ['override wins over flow variables', '{{ mode }}', 'cli'],
    ['flow variable wins over group variable', '{{ version }}', 'v1'],
    ['group variable', '{{ team }}', 'core'],
    ['environment value referring to another', '{{ api }}/users', 'http://127.0.0.1:1/api/users'],
    ['env prefix', '{{ env.region }}', 'env-region'],
    ['secret', 'key={{ secrets.API_KEY }}', 'key=k-123456'],
    ['iteration and vu', '{{ iteration }}-{{ vu }}', '3-2'],
    ['number inside text', 'id={{userId}}', 'id=42'],
    ['object inside text is JSON', '{{ user }}', '{"name":"alice","tags":["a"]}'],
    ['property path', '{{ user.name }}', 'alice'],
    ['timestamp', '{{ $timestamp }}', String(Date.UTC(2026, 0, 2, 3, 4, 5) / 1000)],
    ['ISO timestamp', '{{ $isoTimestamp }}', '2026-01-02T03:04:05.000Z'],
    ['no template', 'plain text', 'plain text'],
  ])('%s', (_name, template, expected) => {
    expect(renderString(template, context())).toBe(expected);
  });

  it('reads a column name with a dot', () => {
    const layers = [recordLayer('data', { 'user.name': 'column' }, false)];
    expect(renderString('{{ user.name }}!', context({ layers }))).toBe('column!');
  });

  it('draws a fresh dynamic value at every use', () => {
    let n = 0;
    const random = () => (n++ % 97) / 97;
    const text = renderString('{{ $uuid }} {{ $uuid }}', context({ random }));
    const [first, second] = text.split(' ');
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).not.toBe(first);
  });

  it.each([
    '$guid',
    '$randomInt',
    '$randomEmail',
    '$randomFirstName',
    '$randomBoolean',
    '$randomAlphaNumeric',
  ])('generates %s', (name) => {
    expect(renderString(`{{ ${name} }}`, context())).not.toBe('');
  });

  it('rejects an undefined variable with its position', () => {
    const error = (() => {
      try {
        renderString(
          '{{ baseUrl }}/x/{{ missing }}',
          context({ layers: [recordLayer('data', { baseUrl: 'u' }, false)] }),
          'request.url',
        );
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).expression).toBe('missing');
    expect((error as TemplateError).column).toBe(17);
    expect((error as TemplateError).message).toContain(
      'undefined variable "missing" (set it with --var missing=VALUE',
    );
    expect((error as TemplateError).message).toContain(
      'in request.url "{{ baseUrl }}/x/{{ missing }}" at column 17',
    );
  });

  it.each([
    ['undeclared secret', '{{ secrets.NOPE }}', 'undeclared secret "NOPE"'],
    ['unknown dynamic value', '{{ $nope }}', 'unknown dynamic value "$nope"'],
    ['missing environment value', '{{ env.nope }}', 'undefined environment value "nope"'],
    ['missing property', '{{ user.age }}', '"user" has no property "age"'],
  ])('rejects %s', (_name, template, message) => {
    expect(() => renderString(template, context())).toThrow(message);
  });

  it('detects environment values that refer to each other', () => {
    const environment = recordLayer('environment', { a: '{{ b }}', b: 'x{{ a }}' }, true);
    expect(() => renderString('{{ a }}', context({ layers: [environment], environment }))).toThrow(
      'values refer to each other in a cycle: a → b → a',
    );
  });
});

describe('renderValue', () => {
  it('keeps the type of a whole template', () => {
    expect(
      renderValue(
        { id: '{{ userId }}', user: '{{ user }}', label: 'user {{ userId }}' },
        context(),
      ),
    ).toEqual({
      id: 42,
      user: { name: 'alice', tags: ['a'] },
      label: 'user 42',
    });
  });

  it('renders arrays and keys', () => {
    expect(renderValue(['{{ team }}', { '{{ team }}-key': true }], context())).toEqual([
      'core',
      { 'core-key': true },
    ]);
  });
});
