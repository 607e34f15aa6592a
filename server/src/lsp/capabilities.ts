import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import { CODE_ACTION_KINDS } from './code-actions';
import { COMPLETION_TRIGGER_CHARACTERS } from './completion';
import { APPLICATION_FIELDS_REQUEST, NEW_APPLICATION_REQUEST } from './new-application';
import { OVERVIEW_REQUEST } from './overview';

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
    completionProvider: { triggerCharacters: [...COMPLETION_TRIGGER_CHARACTERS], resolveProvider: false },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [...CODE_ACTION_KINDS] },
    documentSymbolProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
    inlayHintProvider: { resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
    // The custom requests (docs/language-server.md), so a client can tell whether this server has them.
    experimental: { partnership: { requests: [APPLICATION_FIELDS_REQUEST, NEW_APPLICATION_REQUEST, OVERVIEW_REQUEST] } },
  };
}
