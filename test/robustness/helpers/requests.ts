/** Requests for every feature a server announces, at chosen offsets of a document's current text. */
import type { Position, ServerCapabilities } from 'vscode-languageserver';
import type { LineIndex } from '../../../server/src/core/base/lines';

export type RequestMaker = (text: string, lines: LineIndex, at: number) => { method: string; params: unknown };

/** One request for each feature the server announces; `at` is an offset of the current text (taken modulo its length). */
export function requestMakers(capabilities: ServerCapabilities, uri: string): RequestMaker[] {
  const textDocument = { uri };
  const position = (lines: LineIndex, text: string, at: number): Position => lines.position(at % (text.length + 1));
  const whole = (lines: LineIndex) => ({ start: { line: 0, character: 0 }, end: { line: lines.lineCount, character: 0 } });
  const makers: RequestMaker[] = [];
  const add = (announced: unknown, maker: RequestMaker) => {
    if (announced) makers.push(maker);
  };
  add(capabilities.hoverProvider, (text, lines, at) => ({ method: 'textDocument/hover', params: { textDocument, position: position(lines, text, at) } }));
  add(capabilities.completionProvider, (text, lines, at) => ({
    method: 'textDocument/completion',
    params: { textDocument, position: position(lines, text, at) },
  }));
  add(capabilities.documentSymbolProvider, () => ({ method: 'textDocument/documentSymbol', params: { textDocument } }));
  add(capabilities.definitionProvider, (text, lines, at) => ({ method: 'textDocument/definition', params: { textDocument, position: position(lines, text, at) } }));
  add(capabilities.referencesProvider, (text, lines, at) => ({
    method: 'textDocument/references',
    params: { textDocument, position: position(lines, text, at), context: { includeDeclaration: true } },
  }));
  add(capabilities.documentHighlightProvider, (text, lines, at) => ({
    method: 'textDocument/documentHighlight',
    params: { textDocument, position: position(lines, text, at) },
  }));
  add(capabilities.renameProvider, (text, lines, at) => ({
    method: 'textDocument/prepareRename',
    params: { textDocument, position: position(lines, text, at) },
  }));
  add(capabilities.renameProvider, (text, lines, at) => ({
    method: 'textDocument/rename',
    params: { textDocument, position: position(lines, text, at), newName: 'renamed-id' },
  }));
  add(capabilities.inlayHintProvider, (_text, lines) => ({ method: 'textDocument/inlayHint', params: { textDocument, range: whole(lines) } }));
  add(capabilities.codeLensProvider, () => ({ method: 'textDocument/codeLens', params: { textDocument } }));
  add(capabilities.foldingRangeProvider, () => ({ method: 'textDocument/foldingRange', params: { textDocument } }));
  add(capabilities.selectionRangeProvider, (text, lines, at) => ({
    method: 'textDocument/selectionRange',
    params: { textDocument, positions: [position(lines, text, at)] },
  }));
  add(capabilities.signatureHelpProvider, (text, lines, at) => ({
    method: 'textDocument/signatureHelp',
    params: { textDocument, position: position(lines, text, at) },
  }));
  add(capabilities.documentFormattingProvider, () => ({
    method: 'textDocument/formatting',
    params: { textDocument, options: { tabSize: 2, insertSpaces: true } },
  }));
  add(capabilities.documentLinkProvider, () => ({ method: 'textDocument/documentLink', params: { textDocument } }));
  add(capabilities.semanticTokensProvider, () => ({ method: 'textDocument/semanticTokens/full', params: { textDocument } }));
  add(capabilities.workspaceSymbolProvider, () => ({ method: 'workspace/symbol', params: { query: 'school' } }));
  add(capabilities.codeActionProvider, (text, lines, at) => {
    const start = position(lines, text, at);
    return { method: 'textDocument/codeAction', params: { textDocument, range: { start, end: start }, context: { diagnostics: [] } } };
  });
  return makers;
}

