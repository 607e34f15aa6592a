import { TextDocuments, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../../package.json';
import { serverCapabilities } from './capabilities';
import { Configuration } from './configuration';
import { createContext } from './context';
import { DiagnosticsPublisher, type DiagnosticsOptions } from './diagnostics';
import { registerCodeActions } from './code-actions';
import { registerCodeLens } from './code-lens';
import { registerCompletion } from './completion';
import { registerHover } from './hover';
import { registerInlayHints } from './inlay-hints';
import { registerNewApplication } from './new-application';
import { registerOverview } from './overview';
import { registerPartnerReferences } from './references';
import { registerDocumentSymbols } from './symbols';
import { createLog, errorText } from './log';

export const SERVER_NAME = 'partnership-language-server';

export interface StartOptions {
  readonly diagnostics?: DiagnosticsOptions;
}

/**
 * Wires the language server's handlers onto `connection` and starts
 * listening. The transport is the caller's: stdio or IPC from main.ts, or
 * in-memory streams in tests. Each feature lives in its own module and is
 * registered here; capabilities.ts announces it.
 */
export function startServer(connection: Connection, options: StartOptions = {}): void {
  const log = createLog(connection);
  const documents = new TextDocuments(TextDocument);
  const configuration = new Configuration(connection, log);
  const context = createContext(connection, documents, configuration, log);
  const diagnostics = new DiagnosticsPublisher(context, options.diagnostics);

  connection.onInitialize((params): InitializeResult => {
    configuration.initialize(params);
    // After the configuration: a locale change during `initialize` must not send refresh requests yet.
    context.clientCapabilities = params.capabilities ?? {};
    return { capabilities: serverCapabilities(), serverInfo: { name: SERVER_NAME, version } };
  });
  connection.onInitialized(() => configuration.initialized());
  connection.onDidChangeConfiguration((params) =>
    configuration.changed(params).catch((error: unknown) => log.error(`configuration change failed: ${errorText(error)}`)),
  );
  connection.onShutdown(() => diagnostics.stop());

  registerDocumentSymbols(context);
  registerPartnerReferences(context);
  registerInlayHints(context);
  registerCodeLens(context);
  registerCodeActions(context);
  registerCompletion(context);
  registerHover(context);
  registerNewApplication(context);
  registerOverview(context);
  diagnostics.listen();
  documents.listen(connection);
  connection.listen();
}
