import { RULE_IDS } from './rule-ids';

/** A half-open range of UTF-16 offsets into the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Replace the text of `span` (an empty span inserts) with `newText`: the one edit type of quick fixes, rename and formatting. Offsets are into the text the edit was computed for. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Locale = 'en' | 'sv';

export { RULE_IDS };

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

/** What a check reports: plain data, no LSP types. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  /** Structured facts for quick fixes; never parsed from the message. */
  readonly data?: FindingData;
}

export type FindingData = Readonly<Record<string, unknown>>;

export interface CheckConfig {
  readonly locale: Locale;
  /** Per-rule severity overrides: rule id to severity or `off`. */
  readonly rules: Readonly<Partial<Record<RuleId, SeveritySetting>>>;
}

export const DEFAULT_CONFIG: CheckConfig = { locale: 'en', rules: {} };
