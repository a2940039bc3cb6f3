/** Discovery rules: files, folders, globs, group lookup, order, and paths that match nothing. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { discoverFlows } from '../../src/flow/discover.js';

let cwd: string;

const FLOW = 'steps:\n  - name: Ping\n    request: { url: "http://127.0.0.1:1/" }\n';

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'flow-discover-'));
  const files: Record<string, string> = {
    'flows/api/flow-group.yaml': 'name: API\n',
    'flows/api/login.flow.yaml': FLOW,
    'flows/api/billing/refunds.flow.yml': FLOW,
    'flows/api/billing/notes.yaml': 'not a flow\n',
    'flows/api/node_modules/dep/x.flow.yaml': FLOW,
    'flows/smoke.flow.yaml': FLOW,
    'flows/b.flow.yaml': FLOW,
    'empty/readme.md': '',
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(dirname(join(cwd, file)), { recursive: true });
    await writeFile(join(cwd, file), text);
  }
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('discoverFlows', () => {
  test('folder is searched recursively in path order', async () => {
    const { flows, diagnostics } = await discoverFlows(['flows'], cwd);
    expect(diagnostics).toEqual([]);
    expect(flows).toEqual([
      { file: 'flows/api/billing/refunds.flow.yml', groupFile: 'flows/api/flow-group.yaml' },
      { file: 'flows/api/login.flow.yaml', groupFile: 'flows/api/flow-group.yaml' },
      { file: 'flows/b.flow.yaml', groupFile: undefined },
      { file: 'flows/smoke.flow.yaml', groupFile: undefined },
    ]);
  });

  test('file, glob and duplicates', async () => {
    const { flows } = await discoverFlows(
      ['flows/smoke.flow.yaml', 'flows/*.flow.yaml', 'flows/smoke.flow.yaml'],
      cwd,
    );
    expect(flows.map((flow) => flow.file)).toEqual(['flows/b.flow.yaml', 'flows/smoke.flow.yaml']);
  });

  test('glob over nested folders finds the group', async () => {
    const { flows } = await discoverFlows(['flows/**/refunds.*'], cwd);
    expect(flows).toEqual([
      { file: 'flows/api/billing/refunds.flow.yml', groupFile: 'flows/api/flow-group.yaml' },
    ]);
  });

  test('group lookup walks above cwd', async () => {
    const { flows } = await discoverFlows(['billing'], join(cwd, 'flows/api'));
    expect(flows).toEqual([{ file: 'billing/refunds.flow.yml', groupFile: 'flow-group.yaml' }]);
  });

  test.each([
    ['missing', '"missing" does not exist'],
    ['empty', 'the folder "empty" holds no *.flow.yaml or *.flow.yml files'],
    ['flows/*.json', 'the pattern "flows/*.json" matches no flow files'],
    ['flows/api/flow-group.yaml', '"flows/api/flow-group.yaml" is a flow group file, not a flow'],
  ])('%s matches nothing', async (path, message) => {
    const { flows, diagnostics } = await discoverFlows([path], cwd);
    expect(flows).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.category).toBe('No flows found');
    expect(diagnostics[0]?.message).toBe(message);
  });
});
