import type { Application } from '../../model/model';
import type { LineIndex } from '../../base/lines';
import type { ParsedDocument } from '../../syntax/parse';
import type { Translator } from '../../base/i18n';
import type { CheckConfig, Finding, FindingData, TextEdit } from '../../base/types';

export type { TextEdit } from '../../base/types';

/** One way to fix one finding: plain edits, a localised title. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix an editor may apply on its own ("auto fix"): the single candidate, or the closest of several. */
  readonly isPreferred: boolean;
  /**
   * Whether "Fix all" applies it: the fix is unambiguous (the finding's only candidate, or the only
   * one the rules accept) and corrects what was written instead of inventing content the user must
   * supply or choose (a placeholder text, a number of adults, ECTS recognition, which partner
   * coordinates, which of two dates is wrong). See docs/language-server.md.
   */
  readonly fixAll: boolean;
  /**
   * Two fixes with the same claim must not both be applied by "Fix all" (two unknown keys of one
   * mapping renamed to the same key would make a duplicate key).
   */
  readonly claim?: string;
  /**
   * The same edits (same spans) with the value the user must fill in written as a snippet
   * placeholder (`${1:value}`, `${1|a,b|}`), for clients that take snippet edits: the cursor lands
   * on the value. `edits` holds the plain text for every other client and for "Fix all".
   */
  readonly snippet?: readonly TextEdit[];
}

/** What a fix provider gets: the checked document, the finding to fix and its data as the rule declares it. */
export interface FixInput<D extends FindingData = FindingData> {
  readonly text: string;
  readonly finding: Finding;
  readonly doc: ParsedDocument;
  readonly app: Application;
  readonly lines: LineIndex;
  readonly config: CheckConfig;
  /** The translator of `config.locale`, for the fix titles. */
  readonly tr: Translator;
  /** The finding's data, of the type its rule reports (undefined when it reported none). */
  readonly data?: D;
}

/** The fixes for one rule's findings, best first; none when the finding's facts allow no safe edit. */
export type FixProvider<D extends FindingData = FindingData> = (input: FixInput<D>) => Fix[];
