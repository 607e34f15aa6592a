import { CodeLensRefreshRequest, type CodeLens } from 'vscode-languageserver';
import { activityLenses } from '../core';
import type { ServerContext } from './context';
import { toRange } from './convert';
import { guarded } from './handler-guard';
import { errorText } from './log';

/**
 * The command of every lens: an empty id. The lenses are information
 * (participants, sending countries, durations), not actions, and the server
 * must not name a command nobody registered. LSP requires `command` to be a
 * string; VS Code renders a lens whose command id is empty as plain text (its
 * code-lens widget makes a clickable link only `if (lens.command.id)`, and the
 * extension host skips falsy ids: "this command won't run anyways"). Other
 * clients show the title; running it does nothing useful, and nothing harmful.
 */
export const NO_COMMAND = '';

/**
 * `textDocument/codeLens`: above each activity its participant count, sending
 * countries and the durations used, fully resolved (no `codeLens/resolve`).
 * A change of `partnership.locale` asks the client to refresh them.
 */
export function registerCodeLens(context: ServerContext): void {
  context.connection.onCodeLens(
    guarded(context, 'codeLens', null, (params): CodeLens[] | null => {
      const document = context.documents.get(params.textDocument.uri);
      if (!document) return null;
      const result = context.analyse(document);
      return activityLenses(result, context.configuration.config.locale).map((lens) => {
        const command = lens.tooltip === undefined
          ? { title: lens.title, command: NO_COMMAND }
          : { title: lens.title, command: NO_COMMAND, tooltip: lens.tooltip };
        return { range: toRange(lens.span, result.lines), command };
      });
    }),
  );
  let locale = context.configuration.config.locale;
  context.configuration.onDidChange(() => {
    const next = context.configuration.config.locale;
    if (next === locale) return;
    locale = next;
    if (context.clientCapabilities.workspace?.codeLens?.refreshSupport !== true) return;
    context.connection
      .sendRequest(CodeLensRefreshRequest.type)
      .catch((error: unknown) => context.log.warn(`workspace/codeLens/refresh failed: ${errorText(error)}`));
  });
}
