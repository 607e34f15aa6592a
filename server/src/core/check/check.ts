import { formatMessage } from '../base/i18n';
import { LineIndex } from '../base/lines';
import { buildModel, type Activity, type Application } from '../model/model';
import { parseApplication, type ParsedDocument } from '../syntax/parse';
import type { ActivityRule, ActivityRuleContext, MessageRef, Messages, Rule, RuleContext, RuleTranslator } from './rule';
import { RULES } from './rules';
import { reportUnusedSuppressions, suppression } from './rules/suppression';
import { suppressionComments, suppressionsOf } from '../syntax/suppress';
import type { CheckConfig, Finding, FindingData, Locale, RuleId, Severity, Span } from '../base/types';
import { DEFAULT_CONFIG } from '../base/types';

/** A rule that threw: the other rules still ran; the caller logs this once. */
export interface RuleFailure {
  readonly rule: RuleId;
  readonly error: string;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly failures: readonly RuleFailure[];
  readonly doc: ParsedDocument;
  readonly app: Application;
  readonly lines: LineIndex;
}

/** Checks an application's text. Never throws. */
export function checkText(text: string, config: CheckConfig = DEFAULT_CONFIG): CheckResult {
  const doc = parseApplication(text);
  return checkParsed(doc, config);
}

export function checkParsed(doc: ParsedDocument, config: CheckConfig = DEFAULT_CONFIG): CheckResult {
  return checkModel(doc, buildModel(doc), new LineIndex(doc.text), config);
}

export type RuleInput = Pick<RuleContext, 'doc' | 'app' | 'tr'>;

/** A rule's `tr.t` only names the message; `report` renders it with the rule's own texts. */
const RULE_TRANSLATORS: Readonly<Record<Locale, RuleTranslator<Messages>>> = {
  en: { locale: 'en', t: (id: string, args?: MessageRef['args']) => ({ id, args }) },
  sv: { locale: 'sv', t: (id: string, args?: MessageRef['args']) => ({ id, args }) },
};

export function ruleTranslator(locale: Locale): RuleTranslator<Messages> {
  return RULE_TRANSLATORS[locale] ?? RULE_TRANSLATORS.en;
}

/**
 * The text of a rule's message in `locale`: its `{name}` placeholders filled
 * with the arguments, an argument that is itself a message rendered first.
 * Never throws: an unknown id gives the id (the rule types make that impossible).
 */
export function renderMessage(messages: Messages, ref: MessageRef, locale: Locale): string {
  const text = Object.hasOwn(messages, ref.id) ? messages[ref.id][locale] : ref.id;
  const args: Record<string, string> = {};
  for (const [name, value] of Object.entries(ref.args ?? {})) {
    args[name] = typeof value === 'object' ? renderMessage(messages, value, locale) : String(value);
  }
  return formatMessage(text, args);
}

/**
 * Runs the enabled rules (in the input's locale), adding their findings to
 * `out`. The default runs each on the whole input; core/incremental passes one
 * that reuses what it found for unchanged activities.
 */
export type RuleRunner = (rules: readonly Rule[], input: RuleInput, out: Finding[], failures: RuleFailure[]) => void;

const runAll: RuleRunner = (rules, input, out, failures) => {
  for (const rule of rules) runRule(rule, input, out, failures);
};

/** Runs the rules on a parsed document and its model (core/incremental composes both from cached pieces). */
export function checkModel(
  doc: ParsedDocument,
  app: Application,
  lines: LineIndex,
  config: CheckConfig,
  runner: RuleRunner = runAll,
): CheckResult {
  const failures: RuleFailure[] = [];
  const raw: Finding[] = [];
  runner(
    RULES.filter((rule) => config.rules[rule.id] !== 'off'),
    { doc, app, tr: ruleTranslator(config.locale) },
    raw,
    failures,
  );
  const findings = finalise(raw, doc, lines, config);
  return { findings, failures: oncePerRule(failures), doc, app, lines };
}

/**
 * Runs one rule on `input`: a document rule once, an activity rule on each
 * activity. A rule that throws is recorded once in `failures` and its other
 * findings are kept.
 */
export function runRule(rule: Rule, input: RuleInput, out: Finding[], failures: RuleFailure[]): void {
  if (rule.kind === 'activity') {
    const activityInput = activityInputOf(input);
    for (const activity of input.app.activities?.items ?? []) runActivityRule(rule, activityInput, activity, out, failures);
    return;
  }
  const report = (span: Span, message: MessageRef, data?: FindingData, severity: Severity = rule.severity) => {
    out.push({ rule: rule.id, severity, message: renderMessage(rule.messages, message, input.tr.locale), span, data });
  };
  try {
    rule.check({ ...input, report });
  } catch (error) {
    failures.push({ rule: rule.id, error: describeError(error) });
  }
}

/** What an activity rule sees besides its activity: made once per check and shared by every activity. */
export type ActivityInput = Omit<ActivityRuleContext, 'activity' | 'report'>;

export function activityInputOf({ app, tr }: RuleInput): ActivityInput {
  return { project: app.project, partners: { partnerById: app.partnerById, partnersReadable: app.partnersReadable }, field: app.project?.field?.value, tr };
}

/**
 * Runs an activity rule on one activity. A finding outside the activity is a
 * broken promise (the incremental checker would keep it with the wrong
 * activity): it is dropped and recorded as a failure of the rule.
 */
export function runActivityRule(
  rule: ActivityRule,
  input: ActivityInput,
  activity: Activity,
  out: Finding[],
  failures: RuleFailure[],
): void {
  let outside = false;
  const report = (span: Span, message: MessageRef, data?: FindingData, severity: Severity = rule.severity) => {
    const text = renderMessage(rule.messages, message, input.tr.locale);
    if (span.start < activity.span.start || span.end > activity.span.end) {
      if (!outside) failures.push({ rule: rule.id, error: `reported outside its activity (at ${span.start}-${span.end}, the activity is ${activity.span.start}-${activity.span.end}): ${text}` });
      outside = true;
      return;
    }
    out.push({ rule: rule.id, severity, message: text, span, data });
  };
  try {
    rule.check({ ...input, activity, report });
  } catch (error) {
    failures.push({ rule: rule.id, error: describeError(error) });
  }
}

/** The first failure of each rule: an activity rule that throws may throw on every activity. */
function oncePerRule(failures: readonly RuleFailure[]): RuleFailure[] {
  const seen = new Set<RuleId>();
  return failures.filter((failure) => !seen.has(failure.rule) && seen.add(failure.rule));
}

/**
 * The text of whatever a rule threw. Describing it must not throw in turn (an
 * object without prototype or with a throwing `toString`, a Proxy), or
 * checkText would break its promise never to throw.
 */
function describeError(error: unknown): string {
  try {
    return error instanceof Error ? (error.stack ?? error.message) : String(error);
  } catch {
    return 'a value that cannot be shown as text';
  }
}

function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end || b.start === b.end) return a.start >= b.start && a.start <= b.end;
  return a.start < b.end && b.start < a.end;
}

function finalise(raw: Finding[], doc: ParsedDocument, lines: LineIndex, config: CheckConfig): Finding[] {
  const syntaxSpans = doc.problems.map((problem) => problem.span);
  const comments = suppressionComments(doc.text, lines, doc.yaml);
  const suppressions = suppressionsOf(comments);
  const unused: Finding[] = [];
  if (config.rules['suppression'] !== 'off') {
    reportUnusedSuppressions(comments, raw, lines, ruleTranslator(config.locale), (span, message, data) => {
      unused.push({ rule: 'suppression', severity: 'information', message: renderMessage(suppression.messages, message, config.locale), span, data });
    });
  }
  const result: Finding[] = [];
  for (const finding of [...raw, ...unused]) {
    // Where the parser failed, the parser's message is the one mistake to report.
    if (syntaxSpans.length > 0 && finding.rule !== 'yaml-syntax' && syntaxSpans.some((span) => overlaps(finding.span, span))) continue;
    if (suppressions.isSuppressed(finding.rule, lines.position(finding.span.start).line)) continue;
    const setting = config.rules[finding.rule];
    if (setting === 'off') continue;
    result.push(setting ? { ...finding, severity: setting } : finding);
  }
  return result.sort(
    (a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule),
  );
}
