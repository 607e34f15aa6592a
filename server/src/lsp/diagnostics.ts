import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import { toDiagnostic } from './convert';
import { errorText } from './log';

export interface DiagnosticsOptions {
  /** Within a burst of changes: quiet time after the last change before a document is checked. */
  readonly debounceMs?: number;
  /** A document being edited without pause is still checked this often. */
  readonly maxWaitMs?: number;
  /**
   * A change this long after the previous change and after the previous check
   * ends is not part of a burst: it is checked at once.
   */
  readonly idleMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 50;
const DEFAULT_MAX_WAIT_MS = 250;
const DEFAULT_IDLE_MS = 20;

interface Pending {
  readonly timer: ReturnType<typeof setTimeout>;
  /** When the oldest change not yet checked arrived. */
  readonly since: number;
}

/**
 * Pushes diagnostics for open documents, on open and on change, for the
 * newest version only. A change that comes after a quiet moment (no change and
 * no check for `idleMs`) is checked at once: a keystroke gets its squiggles as
 * soon as the check is done. The connection handles one message per
 * event-loop turn, so a burst of `didChange` notifications (fast typing,
 * changes that queued up during a long check, a client replaying edits) would
 * otherwise mean one check per keystroke: a change within a burst (re)starts a
 * short per-document timer instead, and the check reads the document as it is
 * when the timer fires (at least every `maxWaitMs` while the burst lasts).
 * Checks are synchronous, so what is published is always the latest version; a
 * version older than one already published is never sent.
 */
export class DiagnosticsPublisher {
  private readonly pending = new Map<string, Pending>();
  private readonly published = new Map<string, number>();
  /** When each document last changed, or its last check ended, whichever is later. */
  private readonly lastActivity = new Map<string, number>();
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly idleMs: number;
  private stopped = false;

  constructor(
    private readonly context: ServerContext,
    options: DiagnosticsOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  }

  /** Wires the document and configuration events. */
  listen(): void {
    const { documents, configuration } = this.context;
    documents.onDidChangeContent(({ document }) => this.schedule(document.uri));
    documents.onDidClose(({ document }) => this.clear(document.uri));
    configuration.onDidChange(() => this.scheduleAll());
  }

  /** Checks `uri` soon: at once after a quiet moment or when `immediate`, else when a burst of changes pauses. */
  schedule(uri: string, immediate = false): void {
    if (this.stopped) return;
    const now = performance.now();
    const pending = this.pending.get(uri);
    const last = this.lastActivity.get(uri);
    this.lastActivity.set(uri, now);
    if (pending) {
      // Edits without pause: let the running timer fire rather than postponing the check forever.
      if (now - pending.since >= this.maxWaitMs) return;
      clearTimeout(pending.timer);
    }
    // After a quiet moment, at once (a timer of 0 still lets changes that already arrived come first).
    const quiet = immediate || (!pending && (last === undefined || now - last >= this.idleMs));
    const timer = setTimeout(() => this.run(uri), quiet ? 0 : this.debounceMs);
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
    this.lastActivity.delete(uri);
    if (!this.stopped) this.send({ uri, diagnostics: [] });
  }

  private run(uri: string): void {
    this.pending.delete(uri);
    if (this.stopped) return;
    const { configuration, documents } = this.context;
    if (!configuration.isReady) {
      // The first settings are on their way: check once with them rather than twice.
      void configuration.ready.then(() => this.schedule(uri, true));
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
    // Changes that queued up while this check ran arrive next: they are a burst.
    this.lastActivity.set(uri, performance.now());
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
