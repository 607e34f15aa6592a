// Builds what the VS Code test suite runs: the extension (dist/, development
// build) and the suite itself (test/vscode/suite/ bundled into out/vscode-test/,
// `vscode` and `mocha` left to the extension host and node_modules).
// Used by scripts/vscode-test/run.mjs (@vscode/test-electron) and by
// scripts/e2e/run.mjs (the same suite inside code-server).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITE_ENTRY = join(ROOT, 'out', 'vscode-test', 'index.js');

export async function bundleSuite() {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  const esbuild = createRequire(join(ROOT, 'package.json'))('esbuild');
  await esbuild.build({
    entryPoints: [join(ROOT, 'test', 'vscode', 'suite', 'index.ts'), join(ROOT, 'test', 'vscode', 'suite', 'scenarios.ts')],
    outdir: join(ROOT, 'out', 'vscode-test'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return SUITE_ENTRY;
}
