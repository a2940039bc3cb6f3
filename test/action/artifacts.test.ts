import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import {
  artifactServiceAvailable,
  artifactUrl,
  downloadShardResults,
  listFiles,
  uploadReportFolder,
  type ArtifactStore,
} from '../../src/action/artifacts.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function temporaryFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'flow-runner-artifacts-'));
  folders.push(folder);
  return folder;
}

/** Creates a store that records uploads and writes a results.json for each download. */
function recordingStore(names: string[]) {
  const uploads: { name: string; files: string[]; root: string; options: object }[] = [];
  const downloads: { id: number; directory: string }[] = [];
  const store: ArtifactStore = {
    async upload(name, files, root, options) {
      uploads.push({ name, files, root, options });
      return { id: 7, size: 100 };
    },
    async list() {
      return names.map((name, index) => ({ name, id: index + 1 }));
    },
    async download(id, directory) {
      downloads.push({ id, directory });
      mkdirSync(directory, { recursive: true });
      writeFileSync(path.join(directory, 'results.json'), '{}');
    },
  };
  return { store, uploads, downloads };
}

describe('artifacts', () => {
  it('needs both runtime variables', () => {
    expect(
      artifactServiceAvailable({
        ACTIONS_RUNTIME_TOKEN: 't',
        ACTIONS_RESULTS_URL: 'http://127.0.0.1/',
      }),
    ).toBe(true);
    expect(artifactServiceAvailable({ ACTIONS_RUNTIME_TOKEN: 't' })).toBe(false);
    expect(artifactServiceAvailable({ ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: 'x' })).toBe(
      false,
    );
  });

  it('links the artifact on the run page', () => {
    const env = {
      GITHUB_SERVER_URL: 'https://github.com/',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '12',
    };
    expect(artifactUrl(env, 5)).toBe('https://github.com/o/r/actions/runs/12/artifacts/5');
    expect(artifactUrl(env, undefined)).toBeUndefined();
    expect(artifactUrl({}, 5)).toBeUndefined();
  });

  it('uploads the whole report folder', async () => {
    const folder = temporaryFolder();
    mkdirSync(path.join(folder, 'exports'));
    for (const file of ['results.json', 'report.html', 'exports/run.json'])
      writeFileSync(path.join(folder, file), 'x');
    const { store, uploads } = recordingStore([]);

    const uploaded = await uploadReportFolder(store, 'flow-runner-report', folder, 3);
    expect(uploaded.id).toBe(7);
    expect(uploads).toEqual([
      {
        name: 'flow-runner-report',
        files: ['exports/run.json', 'report.html', 'results.json']
          .map((file) => path.join(folder, file))
          .sort(),
        root: folder,
        options: { retentionDays: 3 },
      },
    ]);
    expect(await listFiles(folder)).toHaveLength(3);
  });

  it('downloads every shard in order', async () => {
    const folder = temporaryFolder();
    const { store, downloads } = recordingStore([
      'report-shard-3-of-3',
      'other',
      'report',
      'report-shard-1-of-3',
    ]);

    const found = await downloadShardResults(store, 'report', folder);
    expect(found.total).toBe(3);
    expect(found.missing).toEqual([2]);
    expect(found.results).toEqual([
      {
        shard: { index: 1, total: 3 },
        file: path.join(folder, 'report-shard-1-of-3', 'results.json'),
      },
      {
        shard: { index: 3, total: 3 },
        file: path.join(folder, 'report-shard-3-of-3', 'results.json'),
      },
    ]);
    expect(downloads.map((download) => download.id)).toEqual([4, 1]);
  });

  it('fails without shard artifacts', async () => {
    const { store } = recordingStore(['report', 'other-shard-1-of-2']);
    await expect(downloadShardResults(store, 'report', temporaryFolder())).rejects.toThrow(
      'no shard artifacts named "report-shard-<i>-of-<n>"',
    );
  });

  it('fails when shard counts disagree', async () => {
    const { store } = recordingStore(['report-shard-1-of-2', 'report-shard-2-of-3']);
    await expect(downloadShardResults(store, 'report', temporaryFolder())).rejects.toThrow(
      'disagree on the shard count (2, 3)',
    );
  });
});
