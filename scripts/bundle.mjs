// Bundles the GitHub Action into dist/ with ncc: the action entry, the script sandbox's worker
// as its own entry, and playwright-core copied beside them (it reads its own package files at
// run time, so it cannot be inlined). CI rebuilds dist/ and fails when it differs from git.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

function build(entry, outDir, extra = []) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', outDir, '--license', 'licenses.txt', ...extra],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

rmSync(dist, { recursive: true, force: true });
build('src/action/index.ts', dist);

// The worker runs scripts in its own thread, so it is its own entry. Its chunk files keep their
// own folder (their numbered names could collide with the action's), and dist/worker.js, where
// the script runner looks for it next to index.js, only loads it.
build('src/script/worker.ts', path.join(dist, 'worker'));
writeFileSync(
  path.join(dist, 'worker.js'),
  "// The script sandbox's worker thread; the bundle lives in worker/.\nimport './worker/index.js';\n",
);

// playwright-core, without its type declarations, for the PDF report.
const playwright = path.join(root, 'node_modules', 'playwright-core');
const target = path.join(dist, 'node_modules', 'playwright-core');
mkdirSync(path.dirname(target), { recursive: true });
cpSync(playwright, target, {
  recursive: true,
  filter: (source) =>
    !source.includes(`${path.sep}types${path.sep}`) && !source.endsWith(`${path.sep}types`),
});

console.log('dist/ bundled');
