import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { LineIndex } from '../core';
import { documentSymbols, type OutlineKind, type OutlineSymbol } from '../core';
import type { ServerContext } from './context';
import { toRange } from './convert';
import { guarded } from './handler-guard';

const KINDS: Readonly<Record<OutlineKind, SymbolKind>> = {
  project: SymbolKind.Module,
  section: SymbolKind.Namespace,
  partner: SymbolKind.Class,
  activity: SymbolKind.Event,
  'youth-initiative': SymbolKind.Event,
};

/** `textDocument/documentSymbol`: the outline and breadcrumbs, as hierarchical DocumentSymbols. */
export function registerDocumentSymbols(context: ServerContext): void {
  context.connection.onDocumentSymbol(
    guarded(context, 'documentSymbol', null, (params) => {
      const document = context.documents.get(params.textDocument.uri);
      if (!document) return null;
      const result = context.analyse(document);
      return documentSymbols(result, context.configuration.config.locale).map((symbol) => toSymbol(symbol, result.lines));
    }),
  );
}

function toSymbol(symbol: OutlineSymbol, lines: LineIndex): DocumentSymbol {
  const converted: DocumentSymbol = {
    name: symbol.name,
    kind: KINDS[symbol.kind],
    range: toRange(symbol.span, lines),
    selectionRange: toRange(symbol.selectionSpan, lines),
    children: symbol.children.map((child) => toSymbol(child, lines)),
  };
  if (symbol.detail !== undefined) converted.detail = symbol.detail;
  return converted;
}
