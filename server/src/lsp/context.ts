import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, type CheckResult } from '../core/check';
import type { CheckConfig } from '../core/types';
import type { Configuration } from './configuration';
import type { Log } from './log';

/** What every feature handler gets: the connection, the open documents, the settings, and the checks. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly configuration: Configuration;
  readonly log: Log;
  /**
   * The core's result for the document's current text under the current
   * configuration, computed once per version and configuration.
   */
  analyse(document: TextDocument): CheckResult;
}

export function createContext(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  configuration: Configuration,
  log: Log,
): ServerContext {
  const cache = new Map<string, { version: number; config: CheckConfig; result: CheckResult }>();
  documents.onDidClose(({ document }) => cache.delete(document.uri));
  return {
    connection,
    documents,
    configuration,
    log,
    analyse(document) {
      const config = configuration.config;
      const cached = cache.get(document.uri);
      if (cached && cached.version === document.version && cached.config === config) return cached.result;
      const result = checkText(document.getText(), config);
      for (const failure of result.failures) {
        log.once(`rule-failure:${failure.rule}`, 'error', `rule ${failure.rule} failed and was skipped: ${failure.error}`);
      }
      if (documents.get(document.uri) === document) {
        cache.set(document.uri, { version: document.version, config, result });
      }
      return result;
    },
  };
}
