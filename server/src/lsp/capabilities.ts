import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';

/**
 * The capabilities the server announces in its `initialize` result: only
 * what is implemented. A feature added in its own module (completion, hover,
 * code actions...) adds its entry here next to its handler's registration
 * in server.ts.
 */
export function serverCapabilities(): ServerCapabilities {
  return {
    textDocumentSync: {
      openClose: true,
      change: TextDocumentSyncKind.Incremental,
    },
  };
}
