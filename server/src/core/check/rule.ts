import type { Activity, Application, Project } from '../model/model';
import type { ParsedDocument } from '../syntax/parse';
import type { FindingData, Locale, RuleId, Severity, Span } from '../base/types';
import type { Fix, FixInput } from './fixes/types';
import type { FieldId } from '../format/vocabulary';

export interface RuleDocs {
  /** One sentence: what the rule checks. */
  readonly summary: string;
  /** What the programme guide requires and how to fix it, in our own words. */
  readonly details: string;
}

/** A rule message in both languages. Placeholders are named, `{role}`, and both texts use the same ones. */
export interface MessageText {
  readonly en: string;
  readonly sv: string;
}

/** A rule's messages by id, as ESLint's `meta.messages` (declared `as const` so that ids and placeholders are typed). */
export type Messages = Readonly<Record<string, MessageText>>;

/** The names of the `{name}` placeholders of a message text. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** A placeholder's value: text, a number, or another of the rule's messages (a phrase rendered in the same locale). */
export type MessageArg = string | number | MessageRef;

/** A message of the rule, by id, with its arguments: the engine renders it once, in the check's locale. */
export interface MessageRef {
  readonly id: string;
  readonly args?: Readonly<Record<string, MessageArg>>;
}

type ArgsOf<T extends MessageText> = [Placeholders<T['en']>] extends [never] ? [] : [args: Readonly<Record<Placeholders<T['en']>, MessageArg>>];

/**
 * What a rule words its findings with: `t` names one of the rule's own
 * messages and gives its arguments (a typo in either is a type error); the
 * locale is for arguments that are themselves worded (labels, country names,
 * lists).
 */
export interface RuleTranslator<M extends Messages> {
  readonly locale: Locale;
  t<K extends keyof M & string>(id: K, ...args: ArgsOf<M[K]>): MessageRef;
}

/** What every rule declares besides its check: `M` its messages, `D` the data its findings carry for the fixes. */
interface RuleMeta<M extends Messages, D extends FindingData> {
  readonly id: RuleId;
  readonly severity: Severity;
  /** Every message the rule reports, in English and Swedish. */
  readonly messages: M;
  /** The heading of the programme guide section the rule comes from (the guide is Swedish). */
  readonly guideSection: string;
  readonly docs: Readonly<Record<Locale, RuleDocs>>;
  /**
   * What the rule's quick fixes do, or, for a rule without fixes, why no edit
   * can be right (or that none is written yet). docs/rules.md shows it.
   */
  readonly fixDocs: Readonly<Record<Locale, string>>;
  /**
   * The quick fixes for one of the rule's findings, best first; none when its
   * facts allow no safe edit. (A method, so that a rule with its own data type
   * still fits the table of all rules.)
   */
  fixes?(input: FixInput<D>): Fix[];
}

/**
 * A rule about one activity at a time: its check sees the project, the
 * partner table, the project's field and ONE activity, nothing else, so its
 * findings about an activity cannot depend on another activity or on the
 * parsed text. The engine loops over the activities; a finding outside the
 * activity's span is recorded as a RuleFailure and dropped. core/incremental
 * keeps these findings per activity.
 */
export interface ActivityRule<M extends Messages = Messages, D extends FindingData = FindingData> extends RuleMeta<M, D> {
  readonly kind: 'activity';
  check(context: ActivityRuleContext<M, D>): void;
}

/** A rule that looks across the document: it sees the whole model and the parsed document, and runs on every check. */
export interface DocumentRule<M extends Messages = Messages, D extends FindingData = FindingData> extends RuleMeta<M, D> {
  readonly kind: 'document';
  check(context: RuleContext<M, D>): void;
}

export type Rule = ActivityRule | DocumentRule;

/** The data of a rule whose findings carry none. */
export type NoData = Readonly<Record<string, never>>;

/** The partners as an activity rule sees them: by id, the first of duplicates winning. */
export type PartnerTable = Pick<Application, 'partnerById' | 'partnersReadable'>;

/**
 * What a rule reports with: one of its messages (from `tr.t`), the span, and what a quick fix needs.
 * `severity` lowers one finding below the rule's default where the spec rates that mistake lower
 * (an unresolved tag is a yaml-syntax warning); the user's setting for the rule still wins.
 */
export type Report<D extends FindingData = FindingData> = (span: Span, message: MessageRef, data?: D, severity?: Severity) => void;

export interface RuleContext<M extends Messages = Messages, D extends FindingData = FindingData> {
  readonly doc: ParsedDocument;
  readonly app: Application;
  readonly tr: RuleTranslator<M>;
  readonly report: Report<D>;
}

export interface ActivityRuleContext<M extends Messages = Messages, D extends FindingData = FindingData> {
  readonly project: Project | undefined;
  readonly partners: PartnerTable;
  /** The project's field, when it is one of the format's. */
  readonly field: FieldId | undefined;
  readonly activity: Activity;
  readonly tr: RuleTranslator<M>;
  readonly report: Report<D>;
}
