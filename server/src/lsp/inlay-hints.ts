import { InlayHintRefreshRequest, type InlayHint } from 'vscode-languageserver';
import { durationHints } from '../core';
import type { ServerContext } from './context';
import { guarded } from './handler-guard';
import { errorText } from './log';

/**
 * `textDocument/inlayHint`: `= 60 days` after durations written in weeks,
 * months or years, within the requested range. Hints are in the user's
 * language, so a change of `partnership.locale` asks the client to refresh
 * them (when it supports `workspace/inlayHint/refresh`).
 */
export function registerInlayHints(context: ServerContext): void {
  context.connection.languages.inlayHint.on(
    guarded(context, 'inlayHint', null, (params): InlayHint[] | null => {
      const document = context.documents.get(params.textDocument.uri);
      if (!document) return null;
      const result = context.analyse(document);
      const range = { start: result.lines.offset(params.range.start), end: result.lines.offset(params.range.end) };
      return durationHints(result, range, context.configuration.config.locale).map((hint) => ({
        position: result.lines.position(hint.offset),
        label: hint.label,
        tooltip: hint.tooltip,
        paddingLeft: true,
      }));
    }),
  );
  let locale = context.configuration.config.locale;
  context.configuration.onDidChange(() => {
    const next = context.configuration.config.locale;
    if (next === locale) return;
    locale = next;
    if (context.clientCapabilities.workspace?.inlayHint?.refreshSupport !== true) return;
    context.connection
      .sendRequest(InlayHintRefreshRequest.type)
      .catch((error: unknown) => context.log.warn(`workspace/inlayHint/refresh failed: ${errorText(error)}`));
  });
}
