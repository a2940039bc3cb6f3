/**
 * Shared pieces of the script tests: the worker compiled from src/script, a ScriptHost backed by
 * plain maps and the run's cookie jar, whose sendRequest hits a real server, and script and
 * limit builders.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { request } from 'undici';

import type { Script, ScriptLimits } from '../../src/flow/model.js';
import { UserCookieJar } from '../../src/run/cookies.js';
import { scriptCookies } from '../../src/run/script-cookies.js';
import type {
  ScriptExportOptions,
  ScriptHost,
  ScriptPhase,
  ScriptResponse,
  ScriptSendRequest,
} from '../../src/script/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Compiles src/script to JavaScript under test-output so node can start the real worker entry.
 * The output sits inside the repository so that package imports resolve from its node_modules.
 */
export function compileWorker(): URL {
  const source = join(root, 'src/script');
  const files = readdirSync(source)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(source, name), 'utf8') }));

  // One folder per version of the sources: test files running in parallel share it, and each
  // file is written through a rename so a starting worker never reads a half-written module.
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.name).update(file.text);
  const target = join(root, 'test-output/script-worker', hash.digest('hex').slice(0, 16));
  mkdirSync(target, { recursive: true });
  const write = (name: string, text: string): void => {
    const temporary = join(target, `${name}.${process.pid}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, join(target, name));
  };

  write('package.json', '{"type":"module"}');
  for (const file of files) {
    const output = ts.transpileModule(file.text, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
      fileName: file.name,
    });
    write(file.name.replace(/\.ts$/, '.js'), output.outputText);
  }
  return pathToFileURL(join(target, 'worker.js'));
}

export const limits: ScriptLimits = {
  memoryBytes: 16 * 1024 * 1024,
  stackBytes: 256 * 1024,
  timeout: 1000,
};

/** Builds an inline script of `flows/test.flow.yaml` that starts at line 10, column 7. */
export function inline(source: string): Script {
  return {
    source,
    file: 'flows/test.flow.yaml',
    loc: { file: 'flows/test.flow.yaml', line: 10, column: 7 },
    kind: 'inline',
  };
}

export interface FakeHost extends ScriptHost {
  variables: Map<string, unknown>;
  secretNames: Set<string>;
  exports: ScriptExportOptions[];
  sent: ScriptSendRequest[];
  /** The jar behind `cookies`: the run's own jar and its script methods. */
  jar: UserCookieJar;
}

/**
 * Builds a ScriptHost over maps whose sendRequest sends the request with undici. Its cookies are
 * the run's `scriptCookies` over a new jar, which `sendRequest` does not use.
 */
export function fakeHost(phase: ScriptPhase, overrides: Partial<ScriptHost> = {}): FakeHost {
  const variables = new Map<string, unknown>([
    ['user', 'alice'],
    ['count', 3],
  ]);
  const secrets = new Map([['API_KEY', 's3cr3t']]);
  const jar = new UserCookieJar();
  const host: FakeHost = {
    phase,
    flow: 'Login flow',
    step: 'Log in',
    iteration: 2,
    vu: 1,
    variables,
    secretNames: new Set(),
    exports: [],
    sent: [],
    jar,
    cookies: scriptCookies(jar),
    environment: { baseUrl: 'http://127.0.0.1:1', region: 'eu', limits: { rps: 5 } },
    getVariable: (name) => variables.get(name),
    hasVariable: (name) => variables.has(name),
    setVariable(name, value, options) {
      variables.set(name, value);
      if (options.secret) host.secretNames.add(name);
    },
    unsetVariable: (name) => void variables.delete(name),
    getSecret: (name) => secrets.get(name),
    async sendRequest(spec) {
      host.sent.push(spec);
      return send(spec);
    },
    ...overrides,
  };
  return host;
}

async function send(spec: ScriptSendRequest): Promise<ScriptResponse> {
  const started = performance.now();
  const headers = { ...spec.headers };
  let body = spec.body;
  if (spec.json !== undefined) {
    body = JSON.stringify(spec.json);
    headers['content-type'] = 'application/json';
  }
  const response = await request(spec.url, {
    method: (spec.method ?? 'GET') as 'GET',
    headers,
    body,
  });
  const text = await response.body.text();
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(response.headers)) {
    for (const item of Array.isArray(value) ? value : [value])
      if (item !== undefined) pairs.push([name, item]);
  }
  return {
    status: response.statusCode,
    statusText: '',
    headers: pairs,
    body: text,
    durationMs: performance.now() - started,
    size: Buffer.byteLength(text),
    url: spec.url,
  };
}

export function postResponse(
  body: string,
  headers: [string, string][] = [['Content-Type', 'application/json']],
  url = 'http://127.0.0.1:1/api/items',
): ScriptResponse {
  return {
    status: 200,
    statusText: 'OK',
    headers,
    body,
    durationMs: 42,
    size: Buffer.byteLength(body),
    url,
  };
}

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Starts a 127.0.0.1 server that echoes requests as JSON; `/slow?ms=N` responds after N ms. */
export async function startServer(): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const delay = Number(url.searchParams.get('ms') ?? 0);
      setTimeout(() => {
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('X-Request-Id', 'req-7');
        res.end(
          JSON.stringify({
            method: req.method,
            path: url.pathname,
            headers: req.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      }, delay);
    });
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolveClose) => server.close(() => resolveClose())),
  };
}
