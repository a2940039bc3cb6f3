/** The run: templates, extraction, assertions, the step executor and the scheduler. */
export { runFlows } from './scheduler.js';
export { MissingSecretsError, resolveGroupSecrets, selectEnvironment } from './secrets.js';
export type { ExportReport, RunDependencies, RunOptions, RunOutcome } from './types.js';
export { DEFAULT_DETAIL } from './types.js';
export {
  renderString,
  renderValue,
  TemplateError,
  type TemplateContext,
  type VariableLayer,
} from './template.js';
export { applyMatcher, looseEquals, typeName, MATCHER_NAMES } from './matchers.js';
export { extractValue, queryJsonPath } from './extract.js';
export { DYNAMIC_VALUE_NAMES } from './dynamic.js';
