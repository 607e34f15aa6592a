import type { Application } from '../../model/model';
import type { ParsedDocument } from '../../syntax/parse';
import type { Span } from '../../base/types';

/**
 * Completion at a cursor: keys still missing in the mapping, values from the
 * format's enumerations and the rule tables, partner ids, country codes,
 * durations within the allowed range, and snippets for new list items.
 * Plain data; lsp/completion.ts turns it into LSP completion items.
 */
export type CompletionKind = 'key' | 'enum' | 'reference' | 'country' | 'boolean' | 'duration' | 'snippet';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  /** One line shown beside the label: a vocabulary label, a partner's name, `required`... */
  readonly detail?: string;
  /** Markdown, in the requested locale. */
  readonly documentation?: string;
  /** Clients sort by this, then by label. */
  readonly sortText: string;
  /** What the client matches the typed word against, when not the label. */
  readonly filterText?: string;
  /** The text that replaces `replace`; a snippet (`${1:...}` tab stops) when `snippet` is true. */
  readonly insertText: string;
  readonly snippet: boolean;
  readonly replace: Span;
}

/** What completion reads: the parsed text and its model (a CheckResult has both). */
export interface FeatureInput {
  readonly doc: ParsedDocument;
  readonly app: Application;
}
