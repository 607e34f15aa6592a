import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
} from 'vscode-languageserver';
import { completionsAt, snippetToText, type CompletionEntry, type CompletionKind } from '../core';
import type { LineIndex } from '../core';
import type { ServerContext } from './context';
import { toRange } from './convert';

/**
 * Characters that open completion by themselves: `:` (a value follows a key),
 * ` ` (after `key: `, `- `, or `[` / `,` in a flow list; a space anywhere else
 * is answered at once with nothing, without checking the document), and `-`
 * (a new list item, and the next part of a kebab-case value such as `short-term-`).
 */
export const COMPLETION_TRIGGER_CHARACTERS = [':', ' ', '-'];

const KINDS: Readonly<Record<CompletionKind, CompletionItemKind>> = {
  key: CompletionItemKind.Property,
  enum: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  country: CompletionItemKind.Value,
  boolean: CompletionItemKind.Value,
  duration: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
};

export function registerCompletion(context: ServerContext): void {
  context.connection.onCompletion((params) => provideCompletion(context, params));
}

export function provideCompletion(context: ServerContext, params: CompletionParams): CompletionList | null {
  const document = context.documents.get(params.textDocument.uri);
  if (!document) return null;
  if (params.context?.triggerCharacter === ' ') {
    // A space typed in prose (a title, a summary) is no place for completion: only after `:`, `-`, `[` or `,`.
    const before = document.getText({
      start: { line: params.position.line, character: Math.max(0, params.position.character - 2) },
      end: params.position,
    });
    if (!/[:,[-] $/.test(before)) return null;
  }
  const result = context.analyse(document);
  const offset = document.offsetAt(params.position);
  const entries = completionsAt(result, offset, context.configuration.config.locale);
  const snippets = context.clientCapabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
  return { isIncomplete: false, items: entries.map((entry) => toCompletionItem(entry, result.lines, snippets)) };
}

/**
 * One core entry as an LSP item. Multi-line text is already indented for the
 * cursor's place, so it is inserted as is; without snippet support in the
 * client a snippet becomes its plain text.
 */
export function toCompletionItem(entry: CompletionEntry, lines: LineIndex, snippetSupport: boolean): CompletionItem {
  const asSnippet = entry.snippet && snippetSupport;
  const newText = entry.snippet && !snippetSupport ? snippetToText(entry.insertText) : entry.insertText;
  const item: CompletionItem = {
    label: entry.label,
    kind: KINDS[entry.kind],
    sortText: entry.sortText,
    textEdit: { range: toRange(entry.replace, lines), newText },
    insertTextFormat: asSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (entry.detail !== undefined) item.detail = entry.detail;
  if (entry.documentation !== undefined) item.documentation = { kind: MarkupKind.Markdown, value: entry.documentation };
  if (entry.filterText !== undefined) item.filterText = entry.filterText;
  if (newText.includes('\n')) item.insertTextMode = InsertTextMode.asIs;
  return item;
}
