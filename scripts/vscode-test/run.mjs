// `npm run test:vscode`: the conventional @vscode/test-electron suite, for
// machines that can download VS Code (a developer's laptop, hosted CI).
//
//  1. downloads VS Code (VSCODE_VERSION, default 1.100.0: the oldest version
//     engines.vscode accepts) into .vscode-test/, or uses VSCODE_EXECUTABLE;
//     where the download fails it prints SKIP with the reason and exits 0;
//  2. builds the extension (dist/) and bundles test/vscode/suite/ into out/vscode-test/;
//  3. runs VS Code with the extension under development on a temporary copy
//     of examples/, with its own user data and extensions folders and other
//     extensions disabled; the suite runs in its extension host.
//
// On Linux without a display it runs VS Code under xvfb-run when that exists
// (apt-get install xvfb). `npm run test:e2e` also runs this suite, inside
// code-server, on machines that cannot download VS Code.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSuite, ROOT } from './bundle.mjs';

const require = createRequire(join(ROOT, 'package.json'));
const VERSION = process.env.VSCODE_VERSION ?? '1.100.0';
const DOWNLOAD_IDLE_TIMEOUT_MS = 15_000;

function skip(reason) {
  console.log(`SKIP test:vscode: ${reason}`);
  console.log('It needs a VS Code download (or VSCODE_EXECUTABLE=/path/to/code). `npm run test:e2e` runs the same suite inside code-server.');
  console.log('vscode: 0 passed, 0 failed, 5 skipped');
  process.exit(0);
}

const { downloadAndUnzipVSCode, runTests } = require('@vscode/test-electron');

// 1. VS Code.
let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
if (!vscodeExecutablePath) {
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version: VERSION, cachePath: join(ROOT, '.vscode-test'), timeout: DOWNLOAD_IDLE_TIMEOUT_MS });
  } catch (error) {
    skip(`could not download VS Code ${VERSION}: ${error instanceof Error ? error.message : String(error)}`);
  }
} else if (!existsSync(vscodeExecutablePath)) {
  console.error(`VSCODE_EXECUTABLE=${vscodeExecutablePath} does not exist`);
  process.exit(1);
}

// Electron needs a display: without one, run this script again under xvfb-run.
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.PARTNERSHIP_UNDER_XVFB) {
  if (spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0) {
    const again = spawnSync('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, PARTNERSHIP_UNDER_XVFB: '1', VSCODE_EXECUTABLE: vscodeExecutablePath },
    });
    process.exit(again.status ?? 1);
  }
  console.log('test:vscode: no DISPLAY and no xvfb-run (apt-get install xvfb): VS Code may fail to start');
}

// 2. The extension and the suite.
const extensionTestsPath = await bundleSuite();

// 3. Run.
const run = mkdtempSync(join(tmpdir(), 'partnership-vscode-test-'));
let status = 1;
try {
  const workspace = join(run, 'workspace');
  cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath,
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${join(run, 'user-data')}`,
      `--extensions-dir=${join(run, 'extensions')}`,
    ],
  });
  status = 0;
} catch (error) {
  console.error(`test:vscode failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  rmSync(run, { recursive: true, force: true });
}
process.exit(status);
