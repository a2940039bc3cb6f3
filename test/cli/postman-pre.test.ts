/**
 * Postman pre-request scripts run before the request's templates are resolved, as in Postman,
 * so a script can set a variable that its own request uses.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support.js';

let server: Server;
let baseUrl: string;
let work: string;
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'flow-runner-postman-pre-'));
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

describe('Postman pre-request scripts', () => {
  it('set variables their own request uses', async () => {
    const flow = path.join(work, 'signed.flow.yaml');
    writeFileSync(
      flow,
      [
        'name: Signed',
        'steps:',
        '  - name: Signed call',
        '    request:',
        '      url: "{{ baseUrl }}/items?stamp={{ stamp }}"',
        '      headers: { X-Stamp: "{{ stamp }}", X-Drop: "gone" }',
        '    pre:',
        '      postman: |',
        '        pm.environment.set("stamp", "s-" + (40 + 2));',
        '        pm.request.headers.add({ key: "X-Added", value: "{{ stamp }}-added" });',
        '        pm.request.headers.remove("X-Drop");',
        '    assert:',
        '      status: 200',
        '',
      ].join('\n'),
    );

    const result = await runCli([
      'run',
      flow,
      '--var',
      `baseUrl=${baseUrl}`,
      '--out',
      path.join(work, 'out'),
    ]);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const request = seen.at(-1);
    expect(request?.url).toBe('/items?stamp=s-42');
    expect(request?.headers['x-stamp']).toBe('s-42');
    expect(request?.headers['x-added']).toBe('s-42-added');
    expect(request?.headers['x-drop']).toBeUndefined();
  });
});
