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
  check(context: RuleContext): void;
}

export interface RuleContext {
  readonly doc: ParsedDocument;
  readonly app: Application;
  /** `message` is already localised (through `t`); `data` carries what a quick fix needs. */
  report(span: Span, message: string, data?: FindingData): void;
}
