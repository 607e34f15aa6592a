/**
 * A small LSP test client for the partnership language server: talks real
 * JSON-RPC, either to the built server in a child process
 * (`node dist/server/main.js --stdio`) or to `startServer` in this process
 * over in-memory streams. Reusable for completion, hover and code-action
 * tests: `request()` sends anything, and the helpers below cover the
 * document lifecycle, settings and diagnostics.
 *
 *     const client = await LspTestClient.spawn();
 *     await client.initialize();
 *     client.open(uri, text);
 *     const published = await client.waitForDiagnostics(uri, 1);
 *     assert.equal(await client.shutdownAndExit(), 0);
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  ConfigurationParams,
  InitializeParams,
  InitializeResult,
  LogMessageParams,
  PublishDiagnosticsParams,
  Range,
  RegistrationParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver';
import {
  createConnection as createServerConnection,
  ProposedFeatures,
  StreamMessageReader as ServerMessageReader,
  StreamMessageWriter as ServerMessageWriter,
  type Connection,
} from 'vscode-languageserver/node';
import { startServer } from '../../server/src/lsp/server';

export const ROOT = join(__dirname, '..', '..');
export const SERVER_BUNDLE = join(ROOT, 'dist', 'server', 'main.js');

export interface InitializeOptions {
  /** The client's UI locale (`initialize` params `locale`). */
  readonly locale?: string;
  readonly initializationOptions?: unknown;
  /** Announce `workspace/configuration` support: the server then pulls `settings`. */
  readonly pullConfiguration?: boolean;
  /** Announce dynamic registration for `workspace/didChangeConfiguration`. */
  readonly dynamicConfigurationRegistration?: boolean;
  /** Extra client capabilities, merged over the defaults. */
  readonly capabilities?: ClientCapabilities;
}

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

interface Waiter {
  readonly matches: (params: PublishDiagnosticsParams) => boolean;
  readonly resolve: (params: PublishDiagnosticsParams) => void;
}

const DEFAULT_TIMEOUT_MS = 5000;

export class LspTestClient {
  /** Every `textDocument/publishDiagnostics`, in arrival order. */
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  /** Every `window/logMessage`. */
  readonly logs: LogMessageParams[] = [];
  /** Every `workspace/configuration` request the server sent. */
  readonly configurationRequests: ConfigurationParams[] = [];
  /** Every `client/registerCapability` request the server sent. */
  readonly registrations: RegistrationParams[] = [];
  /** What the client answers for the `partnership` section of `workspace/configuration`. */
  settings: unknown = null;
  private readonly waiters = new Set<Waiter>();
  private stderrText = '';
  private readonly exited: Promise<Exit> | undefined;
  private exitResult: Exit | undefined;

  private constructor(
    readonly connection: MessageConnection,
    readonly child?: ChildProcessWithoutNullStreams,
    private readonly serverConnection?: Connection,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.push(params);
      for (const waiter of [...this.waiters]) {
        if (waiter.matches(params)) {
          this.waiters.delete(waiter);
          waiter.resolve(params);
        }
      }
    });
    connection.onNotification('window/logMessage', (params: LogMessageParams) => {
      this.logs.push(params);
    });
    connection.onRequest('workspace/configuration', (params: ConfigurationParams) => {
      this.configurationRequests.push(params);
      return params.items.map((item) => (item.section === 'partnership' ? this.settings : null));
    });
    connection.onRequest('client/registerCapability', (params: RegistrationParams) => {
      this.registrations.push(params);
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    if (child) {
      child.stderr.on('data', (chunk: Buffer) => (this.stderrText += chunk.toString('utf8')));
      this.exited = new Promise((resolve) =>
        child.on('exit', (code, signal) => {
          this.exitResult = { code, signal };
          resolve(this.exitResult);
        }),
      );
    }
    connection.listen();
  }

  /**
   * Starts the built server (`node dist/server/main.js --stdio`), building it
   * first when missing or stale; `script` may name another entry, such as
   * bin/partnership-language-server.js.
   */
  static spawn(args: readonly string[] = ['--stdio'], script = SERVER_BUNDLE): LspTestClient {
    ensureBuilt();
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'pipe' });
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    // A server that died mid-write must fail the test, not the test runner.
    child.stdin.on('error', () => undefined);
    return new LspTestClient(connection, child);
  }

  /** Runs `startServer` in this process, connected through in-memory streams: no child process. */
  static inProcess(): LspTestClient {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Reader and writer objects, not bare streams: given streams, vscode-languageserver
    // would end the whole process when they close.
    const serverConnection = createServerConnection(
      ProposedFeatures.all,
      new ServerMessageReader(toServer),
      new ServerMessageWriter(toClient),
    );
    startServer(serverConnection);
    const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    return new LspTestClient(connection, undefined, serverConnection);
  }

  /** `initialize` then `initialized`. */
  async initialize(options: InitializeOptions = {}): Promise<InitializeResult> {
    const params: InitializeParams = {
      // In process, a process id would start the server's parent watchdog on the test runner itself.
      processId: this.child ? process.pid : null,
      rootUri: null,
      locale: options.locale,
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: {
          configuration: options.pullConfiguration ?? false,
          didChangeConfiguration: { dynamicRegistration: options.dynamicConfigurationRegistration ?? false },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, dataSupport: true, codeDescriptionSupport: true },
        },
        ...options.capabilities,
      },
    };
    const result = (await this.request('initialize', params)) as InitializeResult;
    await this.notify('initialized', {});
    return result;
  }

  request(method: string, params?: unknown): Promise<unknown> {
    return this.connection.sendRequest(method, params);
  }

  notify(method: string, params?: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  open(uri: string, text: string, version = 1, languageId = 'partnership-application'): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): Promise<void> {
    return this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** One incremental edit: `text` replaces `range`. */
  edit(uri: string, version: number, range: Range, text: string): Promise<void> {
    return this.change(uri, version, [{ range, text }]);
  }

  close(uri: string): Promise<void> {
    return this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** `workspace/didChangeConfiguration` with `settings` as given (push model; `null` asks the server to pull). */
  changeConfiguration(settings: unknown): Promise<void> {
    return this.notify('workspace/didChangeConfiguration', { settings });
  }

  /** The first publish for `uri` with `version` (already received or still to come). */
  waitForDiagnostics(uri: string, version: number, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<PublishDiagnosticsParams> {
    const matches = (params: PublishDiagnosticsParams) => params.uri === uri && params.version === version;
    const known = this.diagnostics.find(matches);
    return known ? Promise.resolve(known) : this.waitFor(matches, `diagnostics for ${uri} version ${version}`, timeoutMs);
  }

  /**
   * The next publish for `uri` after this call. Call it before the message
   * that causes the publish: `const next = client.nextDiagnostics(uri); await client.close(uri); await next;`
   */
  nextDiagnostics(uri: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<PublishDiagnosticsParams> {
    return this.waitFor((params) => params.uri === uri, `the next diagnostics for ${uri}`, timeoutMs);
  }

  /** Every publish received for `uri`, in order. */
  diagnosticsFor(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.filter((params) => params.uri === uri);
  }

  get stderr(): string {
    return this.stderrText;
  }

  /** Waits for the child process to end; rejects after `timeoutMs`. */
  waitForExit(timeoutMs = 2000): Promise<Exit> {
    if (!this.exited) return Promise.reject(new Error('the server runs in process; it has no exit'));
    return withTimeout(this.exited, timeoutMs, `the server to exit within ${timeoutMs} ms`);
  }

  /** `shutdown` then `exit`: resolves with the exit code, which should be 0, within `timeoutMs`. */
  async shutdownAndExit(timeoutMs = 2000): Promise<number | null> {
    await this.request('shutdown');
    await this.notify('exit');
    return (await this.waitForExit(timeoutMs)).code;
  }

  /** Stops everything this client started; safe to call twice and after the server exited. */
  dispose(): void {
    for (const waiter of this.waiters) this.waiters.delete(waiter);
    this.connection.dispose();
    this.serverConnection?.dispose();
    if (this.child && !this.exitResult) this.child.kill();
  }

  private waitFor(
    matches: (params: PublishDiagnosticsParams) => boolean,
    what: string,
    timeoutMs: number,
  ): Promise<PublishDiagnosticsParams> {
    let waiter!: Waiter;
    const promise = new Promise<PublishDiagnosticsParams>((resolve) => {
      waiter = { matches, resolve };
      this.waiters.add(waiter);
    });
    return withTimeout(promise, timeoutMs, what).finally(() => this.waiters.delete(waiter));
  }
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Builds the bundles (`node esbuild.mjs`) when the server bundle is missing or older than its sources. */
export function ensureBuilt(): void {
  if (existsSync(SERVER_BUNDLE) && statSync(SERVER_BUNDLE).mtimeMs >= newestSource()) return;
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

function newestSource(): number {
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
      const path = join(dir, entry.name);
      return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  return Math.max(
    newest(join(ROOT, 'server', 'src')),
    statSync(join(ROOT, 'l10n', 'bundle.l10n.sv.json')).mtimeMs,
    statSync(join(ROOT, 'package.json')).mtimeMs,
  );
}
