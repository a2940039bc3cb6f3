// Bundles the GitHub Action into dist/ with ncc: the action entry, the script sandbox's worker
// as its own entry, and playwright-core copied beside them (it reads its own package files at
// run time, so it cannot be inlined). CI rebuilds dist/ and fails when it differs from git.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

function build(entry, outDir, extra = []) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', outDir, '--license', 'licenses.txt', ...extra], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

rmSync(dist, { recursive: true, force: true });
build('src/action/index.ts', dist);

// The worker runs scripts in its own thread; the runner looks for worker.js next to index.js.
const workerOut = path.join(root, 'node_modules', '.cache', 'flow-runner-worker');
rmSync(workerOut, { recursive: true, force: true });
build('src/script/worker.ts', workerOut);
renameSync(path.join(workerOut, 'index.js'), path.join(dist, 'worker.js'));
if (existsSync(path.join(workerOut, 'licenses.txt'))) {
  renameSync(path.join(workerOut, 'licenses.txt'), path.join(dist, 'worker-licenses.txt'));
}
rmSync(workerOut, { recursive: true, force: true });

// playwright-core, without its type declarations, for the PDF report.
const playwright = path.join(root, 'node_modules', 'playwright-core');
const target = path.join(dist, 'node_modules', 'playwright-core');
mkdirSync(path.dirname(target), { recursive: true });
cpSync(playwright, target, {
  recursive: true,
  filter: (source) => !source.includes(`${path.sep}types${path.sep}`) && !source.endsWith(`${path.sep}types`),
});

console.log('dist/ bundled');
