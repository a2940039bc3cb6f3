// Lint rules, including the layer boundaries of docs/architecture.md: each folder of src/ may
// import only the layers listed for it, so data flows one way (flow → run → results → report).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layers = {
  common: [],
  flow: ['common'],
  http: ['common'],
  secrets: ['common'],
  metrics: ['common'],
  results: ['common', 'flow', 'metrics'],
  script: ['common', 'flow', 'results'],
  run: ['common', 'flow', 'http', 'secrets', 'metrics', 'results', 'script'],
  report: ['common', 'results', 'metrics', 'secrets'],
  import: ['common', 'flow'],
  app: [
    'common',
    'flow',
    'http',
    'secrets',
    'metrics',
    'results',
    'script',
    'run',
    'report',
    'import',
  ],
  cli: [
    'common',
    'flow',
    'http',
    'secrets',
    'metrics',
    'results',
    'script',
    'run',
    'report',
    'import',
    'app',
  ],
  action: [
    'common',
    'flow',
    'http',
    'secrets',
    'metrics',
    'results',
    'script',
    'run',
    'report',
    'app',
  ],
};
const all = Object.keys(layers);

function layerRule(layer) {
  const forbidden = all.filter((name) => name !== layer && !layers[layer].includes(name));
  const patterns = [];
  if (forbidden.length > 0) {
    patterns.push({
      regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
      message: `src/${layer}/ may import only from: ${layers[layer].join(', ') || 'nothing else in src/'} (see docs/architecture.md).`,
    });
  }
  if (layer === 'report') {
    patterns.push({
      regex: '^(undici|quickjs-emscripten-core|@jitl/.*)$',
      message: 'Reporters render results; they never send requests or run scripts.',
    });
  }
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'lib/**',
      'node_modules/**',
      'coverage/**',
      'test-output/**',
      'flow-runner-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
        URLSearchParams: 'readonly',
        queueMicrotask: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  ...all.map(layerRule),
  {
    // Only the entry points talk to the process; the code below them gets an injected context.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/action/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'stdout', message: 'Write through the injected output.' },
        { object: 'process', property: 'stderr', message: 'Write through the injected output.' },
        { object: 'process', property: 'exit', message: 'Return an exit code to the entry point.' },
        { object: 'process', property: 'argv', message: 'Only the entry points read argv.' },
      ],
    },
  },
  {
    // The `at` declarations are for editors checking users' plain JavaScript scripts: values read
    // from responses and variables are `any` there on purpose, so scripts need no casts.
    files: ['types/*.d.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Flow scripts run in the QuickJS sandbox, where `at`, `vars` and `pm` are the globals.
    files: ['test/fixtures-flow/**/*.js', 'fixtures/**/scripts/**/*.js'],
    languageOptions: { globals: { at: 'readonly', vars: 'readonly', pm: 'readonly' } },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**', 'fixtures/**', '*.config.*'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
