// The VS Code client: starts the bundled language server and lets it do the work.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { newApplication } from './new-application';
import { OverviewPanel } from './overview-panel';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server', 'main.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'partnership-application' }],
    synchronize: { configurationSection: 'partnership' },
  };
  const started = new LanguageClient('partnership', 'Partnership Applications', serverOptions, clientOptions);
  client = started;
  context.subscriptions.push(
    vscode.commands.registerCommand('partnership.newApplication', () => newApplication(started)),
    vscode.commands.registerCommand('partnership.openOverviewToSide', (uri?: vscode.Uri) => openOverview(started, uri)),
  );
  await started.start();
}

/** The overview of the application in the editor (or of `uri`, when the editor title button passes it). */
async function openOverview(started: LanguageClient, uri?: vscode.Uri): Promise<void> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (document?.languageId !== 'partnership-application') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a partnership application (*.partnership.yaml) to see its overview.'));
    return;
  }
  OverviewPanel.show(started, document);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
