// `npm run test:e2e`: the extension in a real VS Code, checked as a user sees it.
//
//  1. installs the runtime when needed (install.mjs: Debian's chromium and
//     build headers, code-server 4.100.3 and playwright-core into .e2e/);
//  2. packages the extension (scripts/package.mjs) into a .vsix;
//  3. starts code-server on 127.0.0.1 with the .vsix installed, its own user
//     data, extensions and config folders, telemetry, update checks, the
//     extension gallery and workspace trust off, on a temporary copy of
//     examples/;
//  4. drives Debian's Chromium with playwright-core through the scenarios of
//     test/e2e/scenarios.mjs (what a user sees: squiggles, Problems panel,
//     hover, completion list, Quick Fix menu, Swedish through the Settings editor);
//  5. runs the @vscode/test-electron suite (test/vscode/suite/, the same
//     scenarios through the VS Code API) in a second code-server's extension
//     host, since VS Code itself cannot be downloaded here;
//  6. stops every process it started (process groups, then any process that
//     still carries this run's id), also on failure, timeout or Ctrl+C.
//
// On failure: screenshots and the code-server log in test-results/e2e/.
// On success with UPDATE_SCREENSHOTS=1: the README screenshots are copied to docs/images/
// (without it the tracked images are left as they are: a test does not rewrite the tree).
// Where the install is impossible here it prints SKIP and the reason, and exits 0;
// under CI (CI=true) a test that cannot run fails instead.
// E2E_SCENARIOS=a,c runs only those scenarios (and `api` the API suite), and
// then keeps docs/images/ as it is.
//
// Run it as `npm run test:e2e` (node --import tsx: the scenarios read the
// expected texts from the checker's TypeScript sources).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleSuite } from '../vscode-test/bundle.mjs';
import { ensureRuntime, ROOT, Skip } from './install.mjs';
import { ProcessGroup, sleep } from './processes.mjs';

const RESULTS = join(ROOT, 'test-results', 'e2e');
const IMAGES = join(ROOT, 'docs', 'images');
const TEST_TIMEOUT_MS = 10 * 60_000;
const API_SUITE_TIMEOUT_MS = 3 * 60_000;
const VIEWPORT = { width: 1280, height: 800 };
const EXTENSION_FOLDER_PREFIX = 'partnership-tools.partnership-applications-';

const log = (line) => console.log(`[e2e] ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const only = process.env.E2E_SCENARIOS?.split(',').map((id) => id.trim());

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'files.autoSave': 'off',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before answering`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer ${url} within ${seconds(timeoutMs)}`);
    await sleep(200);
  }
}

/**
 * Starts a code-server on loopback with its own folders (under `dir`), the
 * user settings above, a fresh copy of examples/ as its workspace, and the
 * .vsix installed when given. Resolves once it answers.
 */
async function startCodeServer({ name, dir, paths, group, onOutput, vsix, env: extraEnv = {} }) {
  const userData = join(dir, 'user-data');
  const extensions = join(dir, 'extensions');
  const workspace = join(dir, 'workspace');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  const port = await freePort();
  const config = join(dir, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = {
    XDG_CONFIG_HOME: join(dir, 'xdg', 'config'),
    XDG_DATA_HOME: join(dir, 'xdg', 'data'),
    XDG_CACHE_HOME: join(dir, 'xdg', 'cache'),
    // No extension gallery: nothing reaches out.
    EXTENSIONS_GALLERY: '{}',
    ...extraEnv,
  };
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];

  if (vsix) {
    const install = group.start(`${name} --install-extension`, process.execPath, [paths.codeServer, ...common, '--install-extension', vsix], { env, onOutput });
    const status = await new Promise((resolve) => install.on('exit', resolve));
    if (status !== 0) throw new Error(`code-server --install-extension failed (${status})`);
    const installed = readdirSync(extensions).filter((entry) => entry.startsWith(EXTENSION_FOLDER_PREFIX));
    if (installed.length !== 1) throw new Error(`the extension is not in ${extensions}: ${readdirSync(extensions).join(', ')}`);
    log(`${name}: installed ${installed[0]} from the .vsix`);
  }

  const child = group.start(
    name,
    process.execPath,
    [
      paths.codeServer,
      ...common,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      workspace,
    ],
    { env, onOutput },
  );
  const url = `http://127.0.0.1:${port}/`;
  await waitForHttp(`${url}healthz`, 60_000, child);
  log(`${name}: listening on ${url}`);
  return { url, port, workspace };
}

/** The scenarios of test/e2e/scenarios.mjs in a code-server with the packaged extension. */
async function runScenarios({ run, paths, group, onOutput, browser, results, shots }) {
  const vsix = join(run, 'partnership-applications.vsix');
  const packaged = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
  if (packaged.status !== 0) throw new Error(`npm run package failed:\n${packaged.stdout}${packaged.stderr}`);
  const server = await startCodeServer({ name: 'code-server', dir: join(run, 'editor'), paths, group, onOutput, vsix });

  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  page.on('pageerror', (error) => onOutput('page', `${error.message}\n`));
  const { Workbench } = await import(pathToFileURL(join(ROOT, 'test', 'e2e', 'workbench.mjs')).href);
  const { SCENARIOS, readExample } = await import(pathToFileURL(join(ROOT, 'test', 'e2e', 'scenarios.mjs')).href);
  const wb = new Workbench(page);
  const loadStarted = Date.now();
  await wb.load(server.url);
  log(`workbench ready in ${seconds(Date.now() - loadStarted)}`);
  const text = readExample(ROOT);

  for (const scenario of SCENARIOS.filter((candidate) => !only || only.includes(candidate.id))) {
    const started = Date.now();
    const shot = async (name) => wb.screenshot(join(shots, `${name}.png`));
    try {
      const note = await scenario.run({ wb, text, shot, root: ROOT });
      results.push({ id: scenario.id, ok: true });
      console.log(`ok (${scenario.id}) ${scenario.title} [${seconds(Date.now() - started)}]${note ? `\n    ${note}` : ''}`);
    } catch (error) {
      results.push({ id: scenario.id, ok: false });
      mkdirSync(RESULTS, { recursive: true });
      const path = join(RESULTS, `scenario-${scenario.id}.png`);
      await page.screenshot({ path }).catch(() => {});
      console.log(`not ok (${scenario.id}) ${scenario.title} [${seconds(Date.now() - started)}]`);
      console.log(`    ${String(error instanceof Error ? error.message : error).split('\n').join('\n    ')}`);
      console.log(`    screenshot: ${path}`);
      // Leave the editor as the next scenario expects it.
      await page.keyboard.press('Escape').catch(() => {});
      await page.keyboard.press('Escape').catch(() => {});
    }
  }
  await page.close();
}

/**
 * The @vscode/test-electron suite (test/vscode/suite/) in a second code-server:
 * the workbench's `payload` query names the extension under development (this
 * project, as built in dist/) and the suite, which VS Code then runs in the
 * extension host; the suite writes its results to PARTNERSHIP_VSCODE_TEST_RESULT.
 */
async function runApiSuite({ run, paths, group, onOutput, browser, results }) {
  const suite = await bundleSuite();
  const resultFile = join(run, 'api-suite-result.json');
  const server = await startCodeServer({
    name: 'code-server (API suite)',
    dir: join(run, 'api'),
    paths,
    group,
    onOutput,
    env: { PARTNERSHIP_VSCODE_TEST_RESULT: resultFile },
  });
  const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(ROOT)],
    ['extensionTestsPath', remote(suite)],
  ]);
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.on('console', (message) => onOutput('api suite', `${message.text()}\n`));
  const started = Date.now();
  await page.goto(`${server.url}?folder=${encodeURIComponent(server.workspace)}&payload=${encodeURIComponent(payload)}`);
  while (!existsSync(resultFile)) {
    if (Date.now() - started > API_SUITE_TIMEOUT_MS) throw new Error(`the VS Code API suite wrote no result within ${seconds(API_SUITE_TIMEOUT_MS)}`);
    await sleep(250);
  }
  const { outcomes } = JSON.parse(readFileSync(resultFile, 'utf8'));
  if (outcomes.length === 0) throw new Error('the VS Code API suite ran no test');
  for (const outcome of outcomes) {
    results.push({ id: 'api', ok: outcome.ok });
    console.log(`${outcome.ok ? 'ok' : 'not ok'} (api) ${outcome.title}`);
    if (!outcome.ok) console.log(`    ${outcome.error.split('\n').join('\n    ')}`);
  }
  log(`VS Code API suite ran in ${seconds(Date.now() - started)}`);
  await page.close().catch(() => {});
}

async function main() {
  const started = Date.now();
  let paths;
  try {
    paths = ensureRuntime((line) => log(line));
  } catch (error) {
    if (error instanceof Skip) {
      console.log(`SKIP e2e: ${error.message}`);
      console.log('e2e: 0 passed, 0 failed, 10 skipped');
      if (process.env.CI === 'true') {
        console.log('e2e: CI=true, and a test that cannot run counts as failed there');
        return 1;
      }
      return 0;
    }
    throw error;
  }
  const installMs = Date.now() - started;
  log(`runtime ready in ${seconds(installMs)}`);

  const run = mkdtempSync(join(tmpdir(), 'partnership-e2e-'));
  const group = new ProcessGroup(randomUUID(), log);
  const output = [];
  const onOutput = (name, text) => output.push(`[${name}] ${text}`);
  const context = { run, paths, group, onOutput, browser: undefined, results: [], shots: join(run, 'shots') };
  mkdirSync(context.shots, { recursive: true });
  let watchdog;
  let cleaning;
  // One cleanup, however many callers (the end of the run, a signal, the watchdog) ask for it.
  const cleanup = () =>
    (cleaning ??= (async () => {
      clearTimeout(watchdog);
      if (context.browser) await Promise.race([context.browser.close().catch(() => {}), sleep(10_000)]);
      try {
        await group.stopAll();
      } finally {
        rmSync(run, { recursive: true, force: true });
      }
    })());
  const onSignal = (signal) => {
    log(`${signal}: stopping every process of this run`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  // Whatever ends this process, nothing it started outlives it.
  process.once('exit', () => group.killAllSync());
  watchdog = setTimeout(() => {
    console.error(`[e2e] still running after ${seconds(TEST_TIMEOUT_MS)}: stopping`);
    cleanup().finally(() => process.exit(1));
  }, TEST_TIMEOUT_MS);

  const testStarted = Date.now();
  try {
    const { chromium } = await import(pathToFileURL(paths.playwright).href);
    context.browser = await chromium.launch({
      executablePath: paths.chromium,
      env: group.env(),
      // This runner stops the browser itself (cleanup), also on a signal.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    if (!only || only.some((id) => id !== 'api')) await runScenarios(context);
    if (!only || only.includes('api')) await runApiSuite(context);
  } catch (error) {
    context.results.push({ id: 'setup', ok: false });
    console.log(`not ok (setup) ${error instanceof Error ? error.stack : String(error)}`);
  }
  const testMs = Date.now() - testStarted;

  const failed = context.results.filter((result) => !result.ok);
  if (failed.length > 0) {
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'code-server.log'), output.join(''));
    log(`code-server's output: ${join(RESULTS, 'code-server.log')}`);
  } else if (!only && process.env.UPDATE_SCREENSHOTS === '1' && readdirSync(context.shots).length > 0) {
    // Only a full run: a partial one would leave the editor in another state (no Problems panel).
    mkdirSync(IMAGES, { recursive: true });
    for (const name of readdirSync(context.shots)) copyFileSync(join(context.shots, name), join(IMAGES, name));
    log(`README screenshots saved in docs/images/: ${readdirSync(context.shots).join(', ')}`);
  }
  const stopStarted = Date.now();
  await cleanup();
  log(`stopped every process of this run in ${seconds(Date.now() - stopStarted)}`);
  log(`timings: install check ${seconds(installMs)}, tests ${seconds(testMs)}, total ${seconds(Date.now() - started)}`);
  const passed = context.results.length - failed.length;
  console.log(`e2e: ${passed} passed, ${failed.length} failed`);
  return failed.length === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[e2e] ${error instanceof Error ? error.stack : String(error)}`);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
