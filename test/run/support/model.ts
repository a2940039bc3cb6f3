/** Builders for flow models, so tests state only what they are about. */
import type { SourceLocation } from '../../../src/common/source.js';
import type {
  Assertion,
  Extraction,
  Flow,
  FlowGroup,
  FlowSet,
  RequestSpec,
  Step,
} from '../../../src/flow/model.js';

export function loc(line = 1, column = 1, file = 'flows/test.flow.yaml'): SourceLocation {
  return { file, line, column };
}

export function group(overrides: Partial<FlowGroup> = {}): FlowGroup {
  return {
    dir: 'flows',
    name: 'Test group',
    environments: [],
    secrets: [],
    variables: {},
    defaults: { headers: {} },
    ...overrides,
  };
}

export function request(overrides: Partial<RequestSpec> = {}): RequestSpec {
  return {
    method: 'GET',
    url: '{{ baseUrl }}/',
    query: [],
    headers: [],
    timeout: 5000,
    redirects: { follow: true, max: 5 },
    tls: {},
    maxResponseSize: 10 * 1024 * 1024,
    loc: loc(),
    ...overrides,
  };
}

export function step(name: string, overrides: Partial<Step> = {}): Step {
  return {
    name,
    index: 0,
    loc: loc(),
    request: request(),
    extract: [],
    assert: [],
    continueOnFailure: false,
    ...overrides,
  };
}

export function extraction(name: string, source: Extraction['source'], secret = false): Extraction {
  return { name, source, secret, loc: loc() };
}

export function assertion(target: Assertion['target'], matcher?: Assertion['matcher']): Assertion {
  return matcher ? { target, matcher, loc: loc(7, 9) } : { target, loc: loc(7, 9) };
}

export function flow(steps: Step[], overrides: Partial<Flow> = {}): Flow {
  return {
    file: 'flows/test.flow.yaml',
    name: 'Test flow',
    loc: loc(),
    group: group(),
    tags: [],
    cookies: 'iteration',
    thresholds: [],
    variables: {},
    scriptLimits: { memoryBytes: 16 * 1024 * 1024, stackBytes: 256 * 1024, timeout: 1000 },
    ...overrides,
    steps: steps.map((s, index) => ({ ...s, index })),
  };
}

export function flowSet(...flows: Flow[]): FlowSet {
  const groups = [...new Map(flows.map((f) => [f.group.dir, f.group])).values()];
  return { groups, flows };
}
