/**
 * The real files of fixtures/corpus (other tools' files, copied with their licenses): each Postman, HAR and OpenAPI file imports or is rejected
 * with a clear error, and the Postman collections that call postman-echo run against Debian's
 * python3-httpbin on 127.0.0.1 with the host rewritten.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

import { decodeText } from '../../src/import/source.js';
import { assertionsOf, corpus, readResults, root, runCli, runImport, scratch } from './support.js';

const REJECTED: Record<string, string> = {
  'newman/multi-level-folders-v1.postman_collection.json':
    'this is a Postman collection in format v1, which is not supported',
  'newman/v1.postman_collection.json':
    'this is a Postman collection in format v1, which is not supported',
  'har/mitmproxy/broken_headers.json': 'not a HAR file: the top-level "log" object is missing',
  'har/mitmproxy/brokenfile.har': 'HAR file is not valid JSON',
};

function corpusFiles(): [string, 'postman' | 'har' | 'openapi'][] {
  const files: [string, 'postman' | 'har' | 'openapi'][] = [];
  for (const name of readdirSync(join(corpus, 'newman')).sort()) {
    if (name.endsWith('.postman_collection.json') || name === 'sample-collection.json') {
      files.push([`newman/${name}`, 'postman']);
    }
  }
  for (const folder of ['mitmproxy', 'har-to-k6']) {
    for (const name of readdirSync(join(corpus, 'har', folder)).sort())
      files.push([`har/${folder}/${name}`, 'har']);
  }
  files.push(['stepci/petstore-openapi.yaml', 'openapi']);
  return files;
}

describe.skipIf(!existsSync(corpus))('corpus files', () => {
  test.each(corpusFiles())('%s', async (file, format) => {
    const work = scratch();
    try {
      const result = await runImport({ format, source: join(corpus, file) }, work.dir);
      const rejection = REJECTED[file];
      if (rejection === undefined) {
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
      } else {
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(rejection);
        expect(result.stderr).toContain('hint:');
      }
    } finally {
      work.remove();
    }
  });

  test.each([
    'disabled-and-duplicates',
    'esc-formdata',
    'globals-env-data-files',
    'inherited-entities',
    'slashed-variable-names',
    'utf16-le-encoding-in-env',
  ])('%s environment imports', async (name) => {
    const work = scratch();
    try {
      const environments = readdirSync(join(corpus, 'newman'))
        .filter(
          (file) =>
            file.startsWith(`${name}.postman_`) &&
            !file.endsWith('collection.json') &&
            !file.includes('_data'),
        )
        .map((file) => join(corpus, 'newman', file));
      const result = await runImport(
        {
          format: 'postman',
          source: join(corpus, 'newman', `${name}.postman_collection.json`),
          envFiles: environments,
        },
        work.dir,
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    } finally {
      work.remove();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Runs against httpbin

interface EchoRun {
  collection: string;
  /** Tests the run records, passed or failed. */
  tests: number;
  envFiles?: string[];
  data?: string;
  /** Tests expected to fail against httpbin, as `step: test` → the reason. */
  failing?: Record<string, string>;
  /** Steps whose script is expected to stop with an error → the reason. */
  scriptErrors?: Record<string, string>;
  /** Steps expected to fail before a request is sent → the reason. */
  notSent?: Record<string, string>;
}

const DIGEST_PATH =
  'httpbin serves digest auth at /digest-auth/QOP/USER/PASSWORD, postman-echo at /digest-auth';
const BASIC_PATH =
  'httpbin serves basic auth at /basic-auth/USER/PASSWORD, postman-echo at /basic-auth';
const HEADER_CASE = 'httpbin echoes header names in Title-Case, postman-echo in lower case';
const CLEAR_SCOPE = 'clearing a whole variable scope (clearEnvironmentVariables) is not supported';
const NOT_CLEARED =
  'the scopes were not cleared, since clearing them is not supported, so the values are still set';

const RUNS: EchoRun[] = [
  { collection: 'sample-collection.json', tests: 2 },
  { collection: 'bom-in-collection-file.postman_collection.json', tests: 2 },
  {
    collection: 'case-insen-header-sandbox.postman_collection.json',
    tests: 1,
    failing: {
      'Get json response: Case-insensitive header checking':
        'httpbin sends "application/json" without the "; charset=utf-8" postman-echo adds',
    },
  },
  {
    collection: 'disabled-and-duplicates.postman_collection.json',
    tests: 3,
    envFiles: ['disabled-and-duplicates.postman_environment.json'],
  },
  {
    collection: 'esc-formdata.postman_collection.json',
    tests: 2,
    envFiles: ['esc-formdata.postman_environment.json'],
  },
  {
    collection: 'slashed-variable-names.postman_collection.json',
    tests: 3,
    envFiles: ['slashed-variable-names.postman_environment.json'],
  },
  {
    collection: 'utf16-le-encoding-in-env.postman_collection.json',
    tests: 2,
    envFiles: ['utf16-le-encoding-in-env.postman_environment.json'],
  },
  {
    collection: 'inherited-entities.postman_collection.json',
    tests: 6,
    envFiles: ['inherited-entities.postman_environment.json'],
    failing: {
      'Collection level stuff / Auth: request can be authenticated with collection level auth':
        BASIC_PATH,
      'Auth override: request should be able disable collection auth by setting noauth': BASIC_PATH,
    },
  },
  {
    collection: 'set-next-request.postman_collection.json',
    tests: 4,
    failing: {
      'post: postman.setNextRequest': 'postman.setNextRequest is not supported',
      'html: _.parseInt': 'lodash (_) is not supported',
      'method: _.parseInt': 'lodash (_) is not supported',
      'method: postman.setNextRequest': 'postman.setNextRequest is not supported',
    },
  },
  {
    collection: 'clear-vars-sandbox.postman_collection.json',
    tests: 7,
    failing: {
      'Before clearing: postman.clearEnvironmentVariables': CLEAR_SCOPE,
      'Before clearing: postman.clearGlobalVariables': CLEAR_SCOPE,
      'After clearing: Variable substitution from env not working after clearing': NOT_CLEARED,
      'After clearing: Variable substitution from global not working after clearing': NOT_CLEARED,
    },
    notSent: {
      'After clearing (2)':
        'its URL uses variables the previous test script unset; an undefined variable fails the step instead of sending "{{e}}" as Postman does',
    },
  },
  {
    collection: 'echo-v2.postman_collection.json',
    tests: 52,
    failing: {
      'Auth: Digest / DigestAuth Success: body contains authenticated': DIGEST_PATH,
      'Auth: Digest / DigestAuth Success: response code is 200': DIGEST_PATH,
      'Auth: Others / Basic Auth: Body contains authenticated': BASIC_PATH,
      'Auth: Others / Basic Auth: response code is 200': BASIC_PATH,
      'Headers / Request Headers: Header contains host': HEADER_CASE,
      'Request Methods / POST Request: content-type equals text/plain': HEADER_CASE,
      'Utilities / Delay Response: response body has key delay':
        'httpbin /delay/N answers without a "delay" key',
    },
    scriptErrors: {
      'Auth: Digest / DigestAuth Request': `${DIGEST_PATH}, so no WWW-Authenticate header comes back`,
      'Auth: Others / OAuth1.0 Verify Signature':
        'httpbin has no /oauth1 endpoint; its HTML 404 page is not JSON',
      'Utilities / Response Status Code':
        'httpbin /status/200 answers with an empty body, postman-echo with JSON',
      '[draft] Auth: OAuth2.0 / OAuth2.0 Get Access Token':
        'httpbin has no OAuth 2.0 endpoints; its HTML 404 page is not JSON',
      '[draft] Auth: OAuth2.0 / OAuth2.0 Get Resource':
        'httpbin has no OAuth 2.0 endpoints; its HTML 404 page is not JSON',
    },
  },
  {
    collection: 'globals-env-data-files.postman_collection.json',
    tests: 9,
    envFiles: [
      'globals-env-data-files.postman_environment.json',
      'globals-env-data-files.postman_globals.json',
    ],
    data: 'globals-env-data-files.postman_data.json',
  },
];

let httpbin: { url: string; stateDir: ReturnType<typeof scratch> } | undefined;

function httpbinAvailable(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import httpbin'], { stdio: 'ignore' });
    execFileSync('sh', ['-c', 'command -v gunicorn'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const canRun = existsSync(corpus) && httpbinAvailable();

describe.skipIf(!canRun)('collections against httpbin', () => {
  beforeAll(() => {
    const stateDir = scratch();
    const output = execFileSync(join(root, 'scripts/httpbin.sh'), ['start', '0'], {
      env: { ...process.env, HTTPBIN_STATE: join(stateDir.dir, 'state.env') },
      encoding: 'utf8',
    });
    const url = /HTTPBIN_URL=(\S+)/.exec(output)?.[1];
    if (url === undefined) throw new Error(`httpbin did not start: ${output}`);
    httpbin = { url, stateDir };
  }, 30_000);

  afterAll(() => {
    if (!httpbin) return;
    execFileSync(join(root, 'scripts/httpbin.sh'), ['stop'], {
      env: { ...process.env, HTTPBIN_STATE: join(httpbin.stateDir.dir, 'state.env') },
    });
    httpbin.stateDir.remove();
  });

  /** Copies a corpus file with every postman-echo and httpbin.org host pointed at the local httpbin. */
  function localCopy(file: string, dir: string): string {
    const base = httpbin?.url ?? '';
    const text = decodeText(readFileSync(join(corpus, 'newman', file)))
      .replaceAll('https://postman-echo.com', base)
      .replaceAll('https://httpbin.org', base)
      // Some collections write the host without a scheme; Postman then uses http.
      .replaceAll(/(?<![\w/.])postman-echo\.com(?=\/)/g, base);
    writeFileSync(join(dir, file), text);
    return file;
  }

  /**
   * Fails unless every step's URL, with a leading variable resolved, points at the local httpbin.
   * A variable that only a script sets is checked through the flow file: every URL in it, scripts
   * included, must be local.
   */
  function expectLocalUrls(dir: string): void {
    const group = parse(readFileSync(join(dir, 'out/flow-group.yaml'), 'utf8')) as {
      variables?: Record<string, unknown>;
      environments?: Record<string, Record<string, unknown>>;
    };
    for (const file of readdirSync(join(dir, 'out')).filter((name) =>
      name.endsWith('.flow.yaml'),
    )) {
      const flow = parse(readFileSync(join(dir, 'out', file), 'utf8')) as {
        variables?: Record<string, unknown>;
        steps: { request: { url: string } }[];
      };
      let scriptSet = false;
      for (const step of flow.steps) {
        const url = step.request.url.replace(/^\{\{ (\w+) \}\}/, (_match, name: string) => {
          const scopes = [
            flow.variables,
            group.variables,
            ...Object.values(group.environments ?? {}),
          ];
          return String(scopes.find((scope) => scope?.[name] !== undefined)?.[name] ?? '');
        });
        if (url !== '') expect(url.startsWith(httpbin?.url ?? '-'), url).toBe(true);
        else scriptSet = true;
      }
      if (!scriptSet) continue;
      const text = readFileSync(join(dir, 'out', file), 'utf8');
      for (const url of text.match(/https?:\/\/[^\s"'/]+/g) ?? []) expect(url).toBe(httpbin?.url);
    }
  }

  test.each(RUNS.map((run) => [run.collection, run] as const))('%s', async (_name, run) => {
    const work = scratch();
    try {
      const source = localCopy(run.collection, work.dir);
      const envFiles = (run.envFiles ?? []).map((file) => localCopy(file, work.dir));
      const imported = await runImport({ format: 'postman', source, envFiles }, work.dir);
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expectLocalUrls(work.dir);

      const data = run.data === undefined ? [] : ['--data', localCopy(run.data, work.dir)];
      const result = await runCli(['run', 'out', '--out', 'report', ...data], work.dir);
      const results = readResults(join(work.dir, 'report/results.json'));
      const records = assertionsOf(results);
      const failed = records
        .filter((record) => !record.passed)
        .map((record) => `${record.step}: ${record.name}`);
      expect(failed.sort()).toEqual(Object.keys(run.failing ?? {}).sort());
      expect(records).toHaveLength(run.tests);

      const failures = results.flows.flatMap((flow) => flow.failures);
      const scriptErrors = failures
        .filter((failure) => failure.error?.kind === 'script')
        .map((failure) => failure.step);
      const notSent = failures
        .filter((failure) => failure.error?.kind === 'template')
        .map((failure) => failure.step);
      expect(scriptErrors.sort()).toEqual(Object.keys(run.scriptErrors ?? {}).sort());
      expect(notSent.sort()).toEqual(Object.keys(run.notSent ?? {}).sort());

      const expectFailure = failed.length + scriptErrors.length + notSent.length > 0;
      expect(result.code).toBe(expectFailure ? 1 : 0);
    } finally {
      work.remove();
    }
  });
});
