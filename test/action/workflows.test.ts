/**
 * The workflows cannot run on a development machine, so this checks what can go stale: every
 * `with:` key passed to this action exists in action.yml, and every script, file and npm
 * script a `run:` step calls exists in the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { repositoryRoot } from './support/run-action.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Workflow {
  name: string;
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>;
}

const folder = path.join(repositoryRoot, '.github', 'workflows');
const files = readdirSync(folder)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort();
const action = parse(readFileSync(path.join(repositoryRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
};
const packageScripts = (
  JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

function load(file: string): Workflow {
  return parse(readFileSync(path.join(folder, file), 'utf8')) as Workflow;
}

function steps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

/** Repository paths a shell script names: ./x, .ci/x, scripts/x, fixtures/x and node FILE. */
function referencedFiles(script: string): string[] {
  const found = new Set<string>();
  for (const match of script.matchAll(
    /(?:^|[\s"'])(\.?\.?\/?(?:\.ci|scripts|fixtures|bin|bench)\/[\w./-]+)/g,
  )) {
    found.add(match[1]?.replace(/^\.\//, '') ?? '');
  }
  for (const match of script.matchAll(/\bnode\s+([\w./-]+\.m?js)\b/g)) found.add(match[1] ?? '');
  return [...found].filter((file) => file !== '');
}

describe('workflows', () => {
  it('has the action workflows', () => {
    expect(files).toEqual(
      expect.arrayContaining(['check-dist.yml', 'ci.yml', 'release.yml', 'self-test.yml']),
    );
  });

  it.each(files)('%s passes only declared inputs', (file) => {
    for (const step of steps(load(file))) {
      if (step.uses !== './') continue;
      for (const key of Object.keys(step.with ?? {})) {
        expect(Object.keys(action.inputs), `${file}: with.${key}`).toContain(key);
      }
    }
  });

  it.each(files)('%s calls existing scripts', (file) => {
    for (const step of steps(load(file))) {
      if (step.run === undefined) continue;
      for (const referenced of referencedFiles(step.run)) {
        expect(existsSync(path.join(repositoryRoot, referenced)), `${file}: ${referenced}`).toBe(
          true,
        );
      }
      for (const match of step.run.matchAll(/\bnpm run ([\w:-]+)/g)) {
        expect(Object.keys(packageScripts), `${file}: npm run ${match[1]}`).toContain(match[1]);
      }
      if (/\bnpm test\b/.test(step.run)) expect(packageScripts['test']).toBeDefined();
    }
  });

  it.each(files)('%s pins actions to a major version', (file) => {
    for (const step of steps(load(file))) {
      if (step.uses === undefined || step.uses === './') continue;
      expect(step.uses, file).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
    }
  });

  it('self-test uses the action', () => {
    const workflow = load('self-test.yml');
    const own = steps(workflow).filter((step) => step.uses === './');
    expect(own.length).toBeGreaterThanOrEqual(3);
    expect(own.some((step) => typeof step.with?.['shard'] === 'string')).toBe(true);
    expect(own.some((step) => step.with?.['merge'] === true)).toBe(true);
    expect(
      steps(workflow).some((step) =>
        step.run?.includes('node fixtures/demo-api/server.mjs --port 3000 &'),
      ),
    ).toBe(true);
    expect(workflow.jobs['run']?.permissions?.['pull-requests']).toBe('write');
  });

  it('check-dist rebuilds and diffs dist', () => {
    const runs = steps(load('check-dist.yml'))
      .map((step) => step.run ?? '')
      .join('\n');
    expect(runs).toContain('npm run bundle');
    expect(runs).toContain('git diff --quiet --ignore-space-at-eol --text -- dist/');
  });

  it('release moves the major tag', () => {
    const workflow = load('release.yml');
    expect(workflow.on).toEqual({ release: { types: ['published'] } });
    expect(workflow.permissions?.['contents']).toBe('write');
    const runs = steps(workflow)
      .map((step) => step.run ?? '')
      .join('\n');
    expect(runs).toContain('MAJOR="${TAG%%.*}"');
    expect(runs).toContain('git push --force origin "refs/tags/$MAJOR"');
  });

  it('finds script references', () => {
    expect(
      referencedFiles(
        'node fixtures/demo-api/server.mjs --port 3000 &\n./.ci/run\nnode scripts/x.mjs',
      ),
    ).toEqual(['fixtures/demo-api/server.mjs', '.ci/run', 'scripts/x.mjs']);
  });
});
