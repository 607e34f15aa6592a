import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { hoverAt } from '../core';
import type { ServerContext } from './context';
import { toRange } from './convert';

export function registerHover(context: ServerContext): void {
  context.connection.onHover((params) => provideHover(context, params));
}

/** Markdown help for the node under the cursor, from the cached check of the document's current version. */
export function provideHover(context: ServerContext, params: HoverParams): Hover | null {
  const document = context.documents.get(params.textDocument.uri);
  if (!document) return null;
  const result = context.analyse(document);
  const hover = hoverAt(result, document.offsetAt(params.position), context.configuration.config.locale);
  if (!hover) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: hover.markdown },
    range: toRange(hover.span, result.lines),
  };
}
