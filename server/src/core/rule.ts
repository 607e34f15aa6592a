import type { Translator } from './i18n';
import type { Application } from './model';
import type { ParsedDocument } from './parse';
import type { FindingData, Locale, RuleId, Severity, Span } from './types';

export interface RuleDocs {
  /** One sentence: what the rule checks. */
  readonly summary: string;
  /** What the programme guide requires and how to fix it, in our own words. */
  readonly details: string;
}

export interface Rule {
  readonly id: RuleId;
  readonly severity: Severity;
  /** The heading of the programme guide section the rule comes from (the guide is Swedish). */
  readonly guideSection: string;
  readonly docs: Readonly<Record<Locale, RuleDocs>>;
  /**
   * `activity`: the rule looks at one activity at a time (with the project and the
   * partner table), never at two together, and reports only inside that activity, so
   * the incremental checker may keep its findings per activity. Leave it out when in doubt:
   * such a rule runs on the whole model every time.
   */
  readonly scope?: 'activity';
  check(context: RuleContext): void;
}

export interface RuleContext {
  readonly doc: ParsedDocument;
  readonly app: Application;
  /** The translator of the check's locale. */
  readonly tr: Translator;
  /** `message` is already localised (through `tr.t`); `data` carries what a quick fix needs. */
  report(span: Span, message: string, data?: FindingData): void;
}
