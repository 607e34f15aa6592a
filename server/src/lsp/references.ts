import {
  DocumentHighlightKind,
  LSPErrorCodes,
  ResponseError,
  type DocumentHighlight,
  type Location,
  type LocationLink,
  type Position,
  type TextDocumentIdentifier,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core';
import {
  documentHighlights,
  findDefinition,
  findReferences,
  prepareRename,
  renamePartner,
  type TextEdit,
} from '../core';
import type { ServerContext } from './context';
import { toRange } from './convert';
import { guarded } from './handler-guard';

/**
 * Partner ids across the file: go to definition from `host` / `from`, find
 * references, document highlights, and rename (with `prepareRename`). A
 * refused rename is a ResponseError (RequestFailed) whose message, in the
 * user's language, the editor shows.
 */
export function registerPartnerReferences(context: ServerContext): void {
  const { connection } = context;
  const at = (textDocument: TextDocumentIdentifier, position: Position) => {
    const document = context.documents.get(textDocument.uri);
    if (!document) return undefined;
    const result = context.analyse(document);
    return { document, result, offset: result.lines.offset(position) };
  };

  connection.onDefinition(
    guarded(context, 'definition', null, (params): LocationLink[] | Location[] | null => {
      const found = at(params.textDocument, params.position);
      const target = found && findDefinition(found.result, found.offset);
      if (!found || !target) return null;
      const { lines } = found.result;
      const uri = found.document.uri;
      if (context.clientCapabilities.textDocument?.definition?.linkSupport !== true) {
        return [{ uri, range: toRange(target.targetSelectionSpan, lines) }];
      }
      return [
        {
          originSelectionRange: toRange(target.origin, lines),
          targetUri: uri,
          targetRange: toRange(target.targetSpan, lines),
          targetSelectionRange: toRange(target.targetSelectionSpan, lines),
        },
      ];
    }),
  );

  connection.onReferences(
    guarded(context, 'references', null, (params): Location[] | null => {
      const found = at(params.textDocument, params.position);
      if (!found) return null;
      const spans = findReferences(found.result, found.offset, params.context?.includeDeclaration ?? true);
      return spans.map((span) => ({ uri: found.document.uri, range: toRange(span, found.result.lines) }));
    }),
  );

  connection.onDocumentHighlight(
    guarded(context, 'documentHighlight', null, (params): DocumentHighlight[] | null => {
      const found = at(params.textDocument, params.position);
      if (!found) return null;
      return documentHighlights(found.result, found.offset).map((highlight) => ({
        range: toRange(highlight.span, found.result.lines),
        kind: highlight.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    }),
  );

  connection.onPrepareRename(
    guarded(context, 'prepareRename', null, (params) => {
      const found = at(params.textDocument, params.position);
      if (!found) return null;
      const outcome = prepareRename(found.result, found.offset, context.configuration.config.locale);
      if (!outcome.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, outcome.message);
      return { range: toRange(outcome.value.span, found.result.lines), placeholder: outcome.value.placeholder };
    }),
  );

  connection.onRenameRequest(
    guarded(context, 'rename', null, (params): WorkspaceEdit | null => {
      const found = at(params.textDocument, params.position);
      if (!found) return null;
      const outcome = renamePartner(found.result, found.offset, params.newName, context.configuration.config.locale);
      if (!outcome.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, outcome.message);
      return toWorkspaceEdit(context, found.document, found.result, outcome.value);
    }),
  );
}

/**
 * The rename as a WorkspaceEdit: `documentChanges` for the document's
 * current version when the client supports them (so a stale rename is
 * refused rather than misapplied), else plain `changes`.
 */
function toWorkspaceEdit(
  context: ServerContext,
  document: TextDocument,
  result: CheckResult,
  edits: readonly TextEdit[],
): WorkspaceEdit {
  const textEdits = edits.map((edit) => ({ range: toRange(edit.span, result.lines), newText: edit.newText }));
  if (context.clientCapabilities.workspace?.workspaceEdit?.documentChanges === true) {
    return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: textEdits }] };
  }
  return { changes: { [document.uri]: textEdits } };
}
