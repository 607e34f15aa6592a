// Nothing in the server or the CLI opens a network connection or runs a child
// process (issue 6), checked twice: statically, in the built bundles (which
// module requires what), and at run time, with a preload that makes every way
// to start a process or open a connection throw and write down who called it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ensureBuilt, LspTestClient, ROOT } from '../helpers/lsp-client';
import { LineIndex } from '../../server/src/core/base/lines';
import { CLI_BUNDLE, scratchFolder } from './helpers/cli';
import { LINE_ENDINGS } from './helpers/hostile-cases';
import { requestMakers } from './helpers/requests';

/** Node modules through which a process can reach the network or start other processes or threads. */
const FORBIDDEN = ['child_process', 'cluster', 'dgram', 'dns', 'http', 'http2', 'https', 'inspector', 'net', 'tls', 'worker_threads'];

/**
 * What the bundles may contain anyway, precisely: library code that is bundled
 * but never runs in our use (the run-time test below proves it).
 * - vscode-languageserver's node/files.js (the `Files` helpers that find a
 *   globally installed Node module by running `npm`/`yarn`): the server never
 *   calls them.
 * - vscode-jsonrpc's node/main.js: the socket and named-pipe transports
 *   (`--socket=N`, `--pipe=NAME`) of `createConnection`; over `--stdio` (and
 *   `--node-ipc`) `net` is never used. A client that asks for a socket
 *   transport chooses it; the server never opens one on its own.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  'dist/server/main.js': [
    'child_process <- node_modules/vscode-languageserver/lib/node/files.js',
    'net <- node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/node/main.js',
  ],
  'dist/cli/main.js': [],
};

/** The bundle's modules: esbuild marks each with a `// path` comment line when it does not minify. */
function modulesOf(bundle: string): { path: string; code: string }[] {
  const marker = /^\/\/ ((?:node_modules|server|package\.json|schemas|l10n)[^\s]*)$/gm;
  const starts = [...bundle.matchAll(marker)];
  return starts.map((match, i) => ({
    path: match[1],
    code: bundle.slice(match.index! + match[0].length, i + 1 < starts.length ? starts[i + 1].index : bundle.length),
  }));
}

function forbiddenUses(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/\brequire\(\s*["'](?:node:)?([\w/]+)["']\s*\)|\bimport\(\s*["'](?:node:)?([\w/]+)["']\s*\)/g)) {
    const name = (match[1] ?? match[2]).split('/')[0];
    if (FORBIDDEN.includes(name)) found.add(name);
  }
  // Ways around `require` that a bundle should never need.
  if (/\bprocess\.binding\(|\bprocess\.dlopen\(|\bglobalThis\.fetch\b|\bnew WebSocket\(|\bXMLHttpRequest\b/.test(code)) found.add('process.binding/dlopen/fetch/WebSocket');
  return [...found];
}

describe('the built bundles require no network or process modules', () => {
  for (const bundle of Object.keys(ALLOWED)) {
    test(`${bundle}: only the allow-listed library transports`, () => {
      ensureBuilt();
      const text = readFileSync(join(ROOT, bundle), 'utf8');
      const modules = modulesOf(text);
      assert.ok(modules.length > 10, `${bundle} has module markers (build it without --production)`);
      assert.ok(modules.some((module) => module.path.startsWith('server/src/')), 'our own code is in it');
      const uses = modules.flatMap((module) => forbiddenUses(module.code).map((name) => `${name} <- ${module.path}`));
      assert.deepEqual(uses.sort(), [...ALLOWED[bundle]].sort());
      // Nothing outside the marked modules (esbuild's own prelude) requires anything forbidden.
      assert.deepEqual(forbiddenUses(text.slice(0, text.search(/^\/\/ (node_modules|server)/m))), []);
    });
  }
});

/** A preload that makes starting a process or opening a connection throw, and logs the attempt. */
function writePreload(dir: string, name: string): { preload: string; log: string } {
  const preload = join(dir, `${name}-preload.cjs`);
  const log = join(dir, `${name}.log`);
  writeFileSync(
    preload,
    `'use strict';
const fs = require('node:fs');
const LOG = ${JSON.stringify(log)};
function refuse(what) {
  return function refused() {
    fs.appendFileSync(LOG, what + '\\n' + new Error().stack.split('\\n').slice(2, 6).join('\\n') + '\\n');
    throw new Error('isolation test: ' + what + ' is not allowed');
  };
}
function forbid(moduleName, names) {
  const mod = require(moduleName);
  for (const name of names) {
    if (typeof mod[name] !== 'function') continue;
    try { mod[name] = refuse(moduleName + '.' + name); } catch { Object.defineProperty(mod, name, { value: refuse(moduleName + '.' + name) }); }
  }
}
forbid('child_process', ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']);
forbid('net', ['connect', 'createConnection', 'createServer']);
require('net').Socket.prototype.connect = refuse('net.Socket.connect');
forbid('tls', ['connect', 'createServer']);
forbid('http', ['request', 'get', 'createServer']);
forbid('https', ['request', 'get', 'createServer']);
forbid('http2', ['connect', 'createServer', 'createSecureServer']);
forbid('dgram', ['createSocket']);
forbid('dns', ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']);
forbid('cluster', ['fork']);
forbid('worker_threads', ['Worker']);
globalThis.fetch = refuse('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = refuse('WebSocket');
`,
  );
  return { preload, log };
}

function attempts(log: string): string {
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
}

describe('at run time: a normal session starts no process and opens no connection', () => {
  const dir = scratchFolder('isolation');
  const { preload, log } = writePreload(dir, 'session');
  const clients: LspTestClient[] = [];
  after(() => clients.forEach((client) => client.dispose()));

  test('the preload works: a child process or a connection is refused and logged', () => {
    const control = writePreload(dir, 'control');
    const script = `require('child_process').execSync('true')`;
    const run = spawnSync(process.execPath, ['--require', control.preload, '-e', script], { encoding: 'utf8' });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /isolation test: child_process\.execSync is not allowed/);
    const net = spawnSync(process.execPath, ['--require', control.preload, '-e', `require('node:net').connect(9, '127.0.0.1')`], { encoding: 'utf8' });
    assert.match(net.stderr, /isolation test: net\.connect is not allowed/);
    const fetchRun = spawnSync(process.execPath, ['--require', control.preload, '-e', `fetch('http://127.0.0.1:9')`], { encoding: 'utf8' });
    assert.match(fetchRun.stderr, /isolation test: fetch is not allowed/);
    assert.match(attempts(control.log), /child_process\.execSync[\s\S]*net\.connect[\s\S]*fetch/);
  });

  test('the language server over stdio: every announced feature, settings pulled, documents edited and closed, shutdown', async () => {
    ensureBuilt();
    writeFileSync(log, '');
    const saved = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = `${saved ?? ''} --require ${preload}`.trim();
    let client: LspTestClient;
    try {
      client = LspTestClient.spawn();
    } finally {
      if (saved === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = saved;
    }
    clients.push(client);
    client.settings = { rules: { 'unknown-partner': 'warning' }, locale: 'sv' };
    const { capabilities } = await client.initialize({ pullConfiguration: true, dynamicConfigurationRegistration: true, locale: 'sv' });
    const uri = 'file:///isolation/app.partnership.yaml';
    const example = readFileSync(join(ROOT, 'examples', 'typical-mistakes.partnership.yaml'), 'utf8');
    await client.open(uri, example);
    const published = await client.waitForDiagnostics(uri, 1);
    assert.ok(published.diagnostics.length > 0);
    const lines = new LineIndex(example);
    const makers = requestMakers(capabilities, uri);
    for (const maker of makers) {
      for (const at of [0, 137, 600, 1200]) {
        const { method, params } = maker(example, lines, at);
        await client.request(method, params).catch(() => undefined);
      }
    }
    if (capabilities.codeActionProvider) {
      // Code actions for the published diagnostics themselves (quick fixes).
      for (const diagnostic of published.diagnostics) {
        await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      }
    }
    await client.edit(uri, 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '# edited\n');
    await client.waitForDiagnostics(uri, 2);
    await client.changeConfiguration(null);
    await client.open('file:///isolation/other.partnership.yaml', LINE_ENDINGS);
    await client.waitForDiagnostics('file:///isolation/other.partnership.yaml', 1);
    await client.close(uri);
    assert.equal(await client.shutdownAndExit(), 0);
    assert.equal(attempts(log), '', 'the server tried to start a process or open a connection');
    assert.doesNotMatch(client.stderr, /isolation test/);
  });

  test('the CLI: folders, every format, Swedish, rule options, an unreadable path', () => {
    ensureBuilt();
    writeFileSync(log, '');
    const runs = [
      ['examples'],
      ['--format', 'json', '--locale', 'sv', 'examples', 'test/fixtures'],
      ['--format', 'sarif', '--rule', 'schema=warning', 'examples'],
      ['no-such-file.partnership.yaml'],
      ['--help'],
    ];
    for (const args of runs) {
      const run = spawnSync(process.execPath, ['--require', preload, CLI_BUNDLE, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.ok(run.status === 0 || run.status === 1 || run.status === 2, `${args.join(' ')}: status ${run.status}`);
      assert.doesNotMatch(run.stderr, /isolation test/, args.join(' '));
    }
    assert.equal(attempts(log), '', 'the CLI tried to start a process or open a connection');
  });
});
