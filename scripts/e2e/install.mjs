// Installs what the end-to-end test needs, outside the project's own
// `npm install`, into .e2e/ (gitignored):
//
// - Debian packages: chromium (the browser), ripgrep (code-server's search
//   binary, see below), and the headers code-server's native modules build
//   against: libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev, plus
//   build-essential and python3 for node-gyp. Installed with apt-get when
//   missing and running as root.
// - code-server 4.100.3 (VS Code 1.100.3, the newest release that runs on
//   Node 20) and playwright-core, pinned by scripts/e2e/runtime/package-lock.json,
//   with `npm ci` in .e2e/.
//
// code-server's install needs, on a machine that reaches only the npm
// registry and Debian's packages:
// - its install scripts, and those of the native modules its postinstall
//   installs in nested `npm install`s (argon2, kerberos, node-pty,
//   @vscode/spdlog, ...). npm 11 blocks dependency install scripts unless
//   approved; `allow-scripts` cannot reach the nested installs (npm passes it
//   on as an environment setting, which project installs reject), so this one
//   `npm ci` of a lockfile-pinned tree runs with npm_config_dangerously_allow_all_scripts.
// - npm_config_unsafe_perm=true (its postinstall refuses to run as root
//   otherwise) and npm_config_yes=true (a nested `npx node-gyp` asks otherwise);
// - Node's headers from the local installation (npm_config_nodedir), since
//   node-gyp would download them;
// - @vscode/ripgrep's postinstall downloads ripgrep from GitHub unless it
//   finds the release tarball in $TMPDIR/vscode-ripgrep-cache-1.15.11/: a
//   tarball of Debian's /usr/bin/rg put there satisfies it.
//
// Usage: node scripts/e2e/install.mjs   (run.mjs calls ensureRuntime() itself)
// Prints SKIP with the reason and exits 0 where the install is impossible
// here (not Linux, Node other than 20, packages missing and no root/apt, no
// registry); any other failure exits 1.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const E2E_DIR = join(ROOT, '.e2e');
const RUNTIME_SPEC = join(ROOT, 'scripts', 'e2e', 'runtime');

const APT_PACKAGES = [
  'chromium',
  'ripgrep',
  'libkrb5-dev',
  'libx11-dev',
  'libxkbfile-dev',
  'libsecret-1-dev',
  'build-essential',
  'python3',
];
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export class Skip extends Error {}

/** The last lines of a command's output, for a message. */
function tail(text, lines = 8) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  return {
    status: result.error ? -1 : (result.status ?? -1),
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
  };
}

function missingDebianPackages() {
  return APT_PACKAGES.filter((name) => {
    const result = sh('dpkg-query', ['-W', '-f=${Status}', name]);
    return result.status !== 0 || !result.output.includes('install ok installed');
  });
}

function ensureDebianPackages(log) {
  if (!existsSync('/usr/bin/dpkg-query')) throw new Skip('not a Debian system (no dpkg): cannot install chromium and the build headers');
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Skip(`Debian packages missing and not running as root to install them: ${missing.join(' ')}`);
  if (!existsSync('/usr/bin/apt-get')) throw new Skip(`Debian packages missing and no apt-get: ${missing.join(' ')}`);
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = sh('apt-get', ['update', '-q'], { env, timeout: 300_000 });
  if (update.status !== 0) throw new Skip(`apt-get update failed (no access to Debian's packages?):\n${tail(update.output)}`);
  const install = sh('apt-get', ['install', '-y', '-q', ...missing], { env, timeout: 900_000 });
  if (install.status !== 0) throw new Error(`apt-get install failed:\n${tail(install.output)}`);
}

function nodeHeadersDir() {
  // node-gyp's --nodedir: a prefix with include/node/common.gypi.
  for (const prefix of [resolve(dirname(process.execPath), '..'), '/usr', '/usr/local']) {
    if (existsSync(join(prefix, 'include', 'node', 'common.gypi'))) return prefix;
  }
  return undefined;
}

function lockHash() {
  const hash = createHash('sha256');
  for (const name of ['package.json', 'package-lock.json']) hash.update(readFileSync(join(RUNTIME_SPEC, name)));
  return hash.digest('hex').slice(0, 16);
}

export function runtimePaths() {
  const modules = join(E2E_DIR, 'node_modules');
  return {
    dir: E2E_DIR,
    codeServer: join(modules, 'code-server', 'out', 'node', 'entry.js'),
    playwright: join(modules, 'playwright-core', 'index.mjs'),
    chromium: CHROMIUM_PATHS.find((path) => existsSync(path)),
  };
}

/**
 * Makes sure the runtime is installed; returns its paths. Throws Skip when the
 * install is impossible on this machine, Error when it fails otherwise.
 */
export function ensureRuntime(log = (line) => console.log(`[e2e install] ${line}`)) {
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Skip(`needs Linux x64 (this is ${process.platform} ${process.arch})`);
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) throw new Skip(`code-server 4.100.3 needs Node 20 (this is Node ${process.versions.node})`);

  ensureDebianPackages(log);
  const paths = runtimePaths();
  if (!paths.chromium) throw new Error(`no Chromium at ${CHROMIUM_PATHS.join(' or ')} after installing the chromium package`);

  const marker = join(E2E_DIR, 'installed.json');
  const wanted = { lock: lockHash(), node: process.versions.node };
  if (existsSync(marker) && existsSync(paths.codeServer) && existsSync(paths.playwright)) {
    const have = JSON.parse(readFileSync(marker, 'utf8'));
    if (have.lock === wanted.lock && have.node === wanted.node) {
      log(`runtime already installed in ${E2E_DIR}`);
      return paths;
    }
  }

  const ping = sh('npm', ['ping', '--fetch-retries=0', '--fetch-timeout=15000'], { cwd: ROOT, timeout: 60_000 });
  if (ping.status !== 0) throw new Skip(`the npm registry cannot be reached (npm ping):\n${tail(ping.output)}`);
  const nodedir = nodeHeadersDir();
  if (!nodedir) throw new Skip(`no Node headers next to ${process.execPath} (include/node/common.gypi): node-gyp would have to download them`);

  rmSync(join(E2E_DIR, 'node_modules'), { recursive: true, force: true });
  rmSync(marker, { force: true });
  const tmp = join(E2E_DIR, 'tmp');
  mkdirSync(join(tmp, RIPGREP_CACHE), { recursive: true });
  for (const name of ['package.json', 'package-lock.json']) copyFileSync(join(RUNTIME_SPEC, name), join(E2E_DIR, name));

  const rg = sh('tar', ['-czf', join(tmp, RIPGREP_CACHE, RIPGREP_TARBALL), '-C', '/usr/bin', 'rg']);
  if (rg.status !== 0) throw new Error(`could not pack /usr/bin/rg for @vscode/ripgrep:\n${rg.output}`);

  log(`npm ci in ${E2E_DIR} (code-server and playwright-core; builds native modules, about a minute)`);
  const started = Date.now();
  const install = sh('npm', ['ci', '--no-audit', '--no-fund', '--foreground-scripts'], {
    cwd: E2E_DIR,
    timeout: 1_200_000,
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      TMPDIR: tmp,
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      npm_config_nodedir: nodedir,
      npm_config_dangerously_allow_all_scripts: 'true',
      npm_config_update_notifier: 'false',
    },
  });
  writeFileSync(join(E2E_DIR, 'install.log'), install.output);
  if (install.status !== 0) {
    // npm's own fetch from the registry failed (not a download inside an install script:
    // that is a broken install recipe, and fails).
    if (/^npm error code E(NOTFOUND|AI_AGAIN|CONNREFUSED|TIMEDOUT|CONNRESET)$/m.test(install.output) && /^npm error network /m.test(install.output)) {
      throw new Skip(`npm could not download the e2e runtime:\n${tail(install.output)}`);
    }
    throw new Error(`npm ci of the e2e runtime failed (log: .e2e/install.log):\n${tail(install.output)}`);
  }
  if (!existsSync(paths.codeServer) || !existsSync(join(E2E_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'))) {
    throw new Error('code-server was installed without its VS Code dependencies (see .e2e/install.log)');
  }
  writeFileSync(marker, `${JSON.stringify({ ...wanted, seconds: Math.round((Date.now() - started) / 1000) }, null, 2)}\n`);
  log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return paths;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const paths = ensureRuntime();
    console.log(`e2e runtime ready: ${JSON.stringify(paths)}`);
  } catch (error) {
    if (error instanceof Skip) {
      console.log(`SKIP e2e install: ${error.message}`);
      process.exit(0);
    }
    console.error(`e2e install failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
