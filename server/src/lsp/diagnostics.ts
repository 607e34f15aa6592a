import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import { toDiagnostic } from './convert';
import { errorText } from './log';

export interface DiagnosticsOptions {
  /** Quiet time after the last change before a document is checked. */
  readonly debounceMs?: number;
  /** A document being edited without pause is still checked this often. */
  readonly maxWaitMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 50;
const DEFAULT_MAX_WAIT_MS = 250;

interface Pending {
  readonly timer: ReturnType<typeof setTimeout>;
  /** When the oldest change not yet checked arrived. */
  readonly since: number;
}

/**
 * Pushes diagnostics for open documents, on open and on change, for the
 * newest version only. The connection handles one message per event-loop
 * turn, so a burst of `didChange` notifications would otherwise mean one check
 * per keystroke: each change (re)starts a short per-document timer, and the
 * check reads the document as it is when the timer fires. Checks are
 * synchronous, so what is published is always the latest version; a version
 * older than one already published is never sent.
 */
export class DiagnosticsPublisher {
  private readonly pending = new Map<string, Pending>();
  private readonly published = new Map<string, number>();
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private stopped = false;

  constructor(
    private readonly context: ServerContext,
    options: DiagnosticsOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  }

  /** Wires the document and configuration events. */
  listen(): void {
    const { documents, configuration } = this.context;
    documents.onDidChangeContent(({ document }) => this.schedule(document.uri));
    documents.onDidClose(({ document }) => this.clear(document.uri));
    configuration.onDidChange(() => this.scheduleAll());
  }

  schedule(uri: string): void {
    if (this.stopped) return;
    const now = Date.now();
    const pending = this.pending.get(uri);
    if (pending) {
      // Edits without pause: let the running timer fire rather than postponing the check forever.
      if (now - pending.since >= this.maxWaitMs) return;
      clearTimeout(pending.timer);
    }
    const timer = setTimeout(() => this.run(uri), this.debounceMs);
    this.pending.set(uri, { timer, since: pending?.since ?? now });
  }

  scheduleAll(): void {
    for (const document of this.context.documents.all()) this.schedule(document.uri);
  }

  /** Stops checking (on `shutdown`): no timer stays behind, nothing more is published. */
  stop(): void {
    this.stopped = true;
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private clear(uri: string): void {
    const pending = this.pending.get(uri);
    if (pending) clearTimeout(pending.timer);
    this.pending.delete(uri);
    this.published.delete(uri);
    if (!this.stopped) this.send({ uri, diagnostics: [] });
  }

  private run(uri: string): void {
    this.pending.delete(uri);
    if (this.stopped) return;
    const { configuration, documents } = this.context;
    if (!configuration.isReady) {
      // The first settings are on their way: check once with them rather than twice.
      void configuration.ready.then(() => this.schedule(uri));
      return;
    }
    const document = documents.get(uri);
    if (!document) return;
    const last = this.published.get(uri);
    if (last !== undefined && document.version < last) return;
    try {
      this.publish(document);
    } catch (error) {
      this.context.log.once(`diagnostics:${errorText(error)}`, 'error', `checking ${uri} failed: ${errorText(error)}`);
    }
  }

  private publish(document: TextDocument): void {
    const result = this.context.analyse(document);
    const diagnostics = result.findings.map((finding) => toDiagnostic(finding, result.lines));
    this.published.set(document.uri, document.version);
    this.send({ uri: document.uri, version: document.version, diagnostics });
  }

  private send(params: Parameters<ServerContext['connection']['sendDiagnostics']>[0]): void {
    this.context.connection.sendDiagnostics(params).catch((error: unknown) => {
      this.context.log.once(`send:${errorText(error)}`, 'error', `could not publish diagnostics: ${errorText(error)}`);
    });
  }
}
