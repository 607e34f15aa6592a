// Builds the VS Code extension package (.vsix) with @vscode/vsce.
//
// Usage: node scripts/package.mjs [--out FILE.vsix]
//   (default: partnership-applications-<version>.vsix in the project folder)
//
// The work happens in a temporary copy of the project, so that the production
// bundle (minified, no source maps) never replaces the development bundle in
// dist/ that the tests and the CLI run from. In that copy:
//   1. `node esbuild.mjs --production` bundles the client and the server into dist/;
//   2. `vsce package --no-dependencies` packs what .vscodeignore lets through:
//      everything is bundled, so no node_modules go in.
// Prints the package's path and size, and exits non-zero if anything fails.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1] : join(root, `${manifest.name}-${manifest.version}.vsix`));

/** Not copied into the staging folder: installed, built or generated locally, never packaged. */
const SKIP = new Set(['.git', 'node_modules', 'dist', 'out', '.e2e', '.vscode-test', 'test-results', 'bench-results']);

function run(command, commandArgs, cwd) {
  const result = spawnSync(command, commandArgs, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`${basename(commandArgs[0] ?? command)} failed (${result.status ?? result.signal})`);
  }
}

const staging = mkdtempSync(join(tmpdir(), 'partnership-vsix-'));
try {
  cpSync(root, staging, {
    recursive: true,
    filter: (source) => {
      const name = basename(source);
      return source === root || !(SKIP.has(name) || name.endsWith('.vsix'));
    },
  });
  // esbuild resolves the bundled packages from the project's node_modules.
  const modules = join(staging, 'node_modules');
  symlinkSync(join(root, 'node_modules'), modules, 'dir');
  run(process.execPath, ['esbuild.mjs', '--production'], staging);
  unlinkSync(modules);

  const require = createRequire(join(root, 'package.json'));
  const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  run(
    process.execPath,
    [
      vsce,
      'package',
      '--no-dependencies',
      // No public repository yet: no repository URL, and the README's relative
      // links stay as they are (vsce would otherwise need a base URL for them).
      '--allow-missing-repository',
      '--no-rewrite-relative-links',
      '--out',
      out,
    ],
    staging,
  );
  console.log(`package: ${out} (${(statSync(out).size / 1024).toFixed(1)} KB)`);
} catch (error) {
  console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(staging, { recursive: true, force: true });
}
