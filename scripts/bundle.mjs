// Bundles the GitHub Action into dist/ with ncc, from the JavaScript that `tsc -p
// tsconfig.build.json` writes to lib/ (so only src/ is type-checked, and ncc needs no
// TypeScript loader). It writes the action entry, the script sandbox's worker as its own entry,
// and playwright-core beside them, which reads its own package files at run time and so cannot
// be inlined. The new dist/ replaces the old one only once every step has succeeded. CI
// rebuilds dist/ and fails when it differs from git.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const staging = path.join(root, 'node_modules', '.cache', 'flow-runner-dist');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function run(args) {
  execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

function bundle(entry, outDir) {
  run([ncc, 'build', entry, '-o', outDir, '--license', 'licenses.txt']);
}

run([tsc, '-p', 'tsconfig.build.json']);
rmSync(staging, { recursive: true, force: true });
bundle('lib/action/index.js', staging);

// The worker runs scripts in its own thread, so it is its own entry. Its chunk files keep their
// own folder (their numbered names could collide with the action's), and dist/worker.js, where
// the script runner looks for it next to index.js, only loads it.
bundle('lib/script/worker.js', path.join(staging, 'worker'));
writeFileSync(
  path.join(staging, 'worker.js'),
  "// The script sandbox's worker thread; the bundle lives in worker/.\nimport './worker/index.js';\n",
);

// playwright-core for the PDF report, without its type declarations and without lib/vite,
// the web apps of the trace viewer and recorder (3.9 MB), which printing a page never loads.
const playwright = path.join(root, 'node_modules', 'playwright-core');
const target = path.join(staging, 'node_modules', 'playwright-core');
const skipped = [path.join(playwright, 'types'), path.join(playwright, 'lib', 'vite')];
mkdirSync(path.dirname(target), { recursive: true });
cpSync(playwright, target, {
  recursive: true,
  filter: (source) =>
    !skipped.some((folder) => source === folder || source.startsWith(folder + path.sep)),
});

rmSync(dist, { recursive: true, force: true });
cpSync(staging, dist, { recursive: true });
rmSync(staging, { recursive: true, force: true });
console.log('dist/ bundled');
