import type { Translator } from './i18n';
import type { Activity, Application, Project } from './model';
import type { ParsedDocument } from './parse';
import type { FindingData, Locale, RuleId, Severity, Span } from './types';
import type { FieldId } from './vocabulary';

export interface RuleDocs {
  /** One sentence: what the rule checks. */
  readonly summary: string;
  /** What the programme guide requires and how to fix it, in our own words. */
  readonly details: string;
}

/** What every rule declares besides its check. */
interface RuleMeta {
  readonly id: RuleId;
  readonly severity: Severity;
  /** The heading of the programme guide section the rule comes from (the guide is Swedish). */
  readonly guideSection: string;
  readonly docs: Readonly<Record<Locale, RuleDocs>>;
}

/**
 * A rule about one activity at a time: its check sees the project, the
 * partner table, the project's field and ONE activity, nothing else, so its
 * findings about an activity cannot depend on another activity or on the
 * parsed text. The engine loops over the activities; a finding outside the
 * activity's span is recorded as a RuleFailure and dropped. core/incremental
 * keeps these findings per activity.
 */
export interface ActivityRule extends RuleMeta {
  readonly kind: 'activity';
  check(context: ActivityRuleContext): void;
}

/** A rule that looks across the document: it sees the whole model and the parsed document, and runs on every check. */
export interface DocumentRule extends RuleMeta {
  readonly kind: 'document';
  check(context: RuleContext): void;
}

export type Rule = ActivityRule | DocumentRule;

/** The partners as an activity rule sees them: by id, the first of duplicates winning. */
export type PartnerTable = Pick<Application, 'partnerById'>;

/** What a rule reports with: `message` is already localised (through `tr.t`); `data` carries what a quick fix needs. */
export type Report = (span: Span, message: string, data?: FindingData) => void;

export interface RuleContext {
  readonly doc: ParsedDocument;
  readonly app: Application;
  /** The translator of the check's locale. */
  readonly tr: Translator;
  readonly report: Report;
}

export interface ActivityRuleContext {
  readonly project: Project | undefined;
  readonly partners: PartnerTable;
  /** The project's field, when it is one of the format's. */
  readonly field: FieldId | undefined;
  readonly activity: Activity;
  readonly tr: Translator;
  readonly report: Report;
}
