// "Partnership: Open Overview to the Side": a webview beside the editor that
// shows what the server renders (partnership/overview) and follows the
// document as the user types. The page is the server's; the client only
// places it and answers its clicks by moving the editor's selection.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const OVERVIEW_VIEW_TYPE = 'partnership.overview';

/** Typing pauses shorter than this do not ask for a new overview; the server answers in well under it. */
const DEBOUNCE_MS = 60;

interface OverviewAnswer {
  readonly version: number;
  readonly html: string;
}

/** What the page posts when a timeline row, partner or diagnostic is clicked: its 0-based line (and its file, unused: one file a panel). */
interface RevealMessage {
  readonly type: 'reveal';
  readonly line: number;
}

export class OverviewPanel {
  private static readonly open = new Map<string, OverviewPanel>();
  private timer: NodeJS.Timeout | undefined;
  private shown = -1;
  /**
   * The page shown, without its nonce (fresh in every answer): an edit that
   * leaves the page as it was (a comment, a space) keeps it and its scroll position.
   */
  private shownPage = '';
  private readonly disposables: vscode.Disposable[] = [];

  static show(client: LanguageClient, document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const existing = OverviewPanel.open.get(key);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    OverviewPanel.open.set(key, new OverviewPanel(client, document));
  }

  private readonly panel: vscode.WebviewPanel;

  private constructor(
    private readonly client: LanguageClient,
    private readonly document: vscode.TextDocument,
  ) {
    const name = document.uri.path.split('/').pop() ?? '';
    this.panel = vscode.window.createWebviewPanel(
      OVERVIEW_VIEW_TYPE,
      vscode.l10n.t('Overview: {0}', name),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // Scripts run only as the page's Content-Security-Policy and nonce allow; it loads nothing.
      { enableScripts: true, localResourceRoots: [], enableFindWidget: true, retainContextWhenHidden: false },
    );
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((closed) => {
        if (closed === this.document) this.panel.dispose();
      }),
      this.panel.webview.onDidReceiveMessage((message: unknown) => this.reveal(message)),
      this.panel.onDidDispose(() => this.dispose()),
    );
    void this.update();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), DEBOUNCE_MS);
  }

  private async update(): Promise<void> {
    try {
      const answer = await this.client.sendRequest<OverviewAnswer | null>('partnership/overview', {
        textDocument: { uri: this.document.uri.toString() },
        cspSource: this.panel.webview.cspSource,
        overview: false,
      });
      // An answer for an older version than the one shown arrives late: keep the newer page.
      if (!answer || answer.version < this.shown) return;
      this.shown = answer.version;
      const page = withoutNonce(answer.html);
      if (page === this.shownPage) return;
      this.shownPage = page;
      this.panel.webview.html = answer.html;
    } catch (error) {
      this.client.warn(`partnership/overview failed: ${String(error)}`);
    }
  }

  private async reveal(message: unknown): Promise<void> {
    if (!isReveal(message)) return;
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: this.editorColumn(), preserveFocus: false });
    const line = Math.min(Math.max(0, message.line), this.document.lineCount - 1);
    const text = this.document.lineAt(line);
    const start = new vscode.Position(line, text.firstNonWhitespaceCharacterIndex);
    // The line selected, the cursor (the active end) at its first character: where the user goes on typing.
    editor.selection = new vscode.Selection(text.range.end, start);
    editor.revealRange(text.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** The column of an editor already showing the document, so a click does not open it a second time. */
  private editorColumn(): vscode.ViewColumn | undefined {
    return vscode.window.visibleTextEditors.find((editor) => editor.document === this.document)?.viewColumn;
  }

  private dispose(): void {
    clearTimeout(this.timer);
    OverviewPanel.open.delete(this.document.uri.toString());
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function withoutNonce(html: string): string {
  const nonce = /<script nonce="([^"]+)"/.exec(html)?.[1];
  return nonce ? html.split(nonce).join('') : html;
}

function isReveal(message: unknown): message is RevealMessage {
  const candidate = message as Partial<RevealMessage> | null;
  return candidate?.type === 'reveal' && typeof candidate.line === 'number' && Number.isInteger(candidate.line);
}
