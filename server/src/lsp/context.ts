import type { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core';
import { checkIncremental, type IncrementalState } from '../core';
import type { CheckConfig } from '../core';
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
  /**
   * What the client announced in `initialize` (empty until then): set by
   * server.ts after the configuration has read the initialize params.
   */
  clientCapabilities: ClientCapabilities;
}

export function createContext(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  configuration: Configuration,
  log: Log,
): ServerContext {
  // Per document: the last result, and the incremental state the next version starts from
  // (parsed pieces of the text; the configuration does not enter it).
  const cache = new Map<string, { version: number; config: CheckConfig; result: CheckResult; state: IncrementalState }>();
  documents.onDidClose(({ document }) => cache.delete(document.uri));
  return {
    connection,
    documents,
    configuration,
    log,
    clientCapabilities: {},
    analyse(document) {
      const config = configuration.config;
      const cached = cache.get(document.uri);
      if (cached && cached.version === document.version && cached.config === config) return cached.result;
      const { result, state, stats } = checkIncremental(cached?.state, document.getText(), config);
      if (stats.failure !== undefined) {
        log.once('incremental-failure', 'error', `incremental checking failed and the whole text was checked instead: ${stats.failure}`);
      }
      for (const failure of result.failures) {
        log.once(`rule-failure:${failure.rule}`, 'error', `rule ${failure.rule} failed and was skipped: ${failure.error}`);
      }
      if (documents.get(document.uri) === document) {
        cache.set(document.uri, { version: document.version, config, result, state });
      }
      return result;
    },
  };
}
