import { translator } from './i18n';
import { LineIndex } from './lines';
import { buildModel, type Application } from './model';
import { parseApplication, type ParsedDocument } from './parse';
import type { Rule, RuleContext } from './rule';
import { RULES } from './rules';
import { findSuppressions } from './suppress';
import type { CheckConfig, Finding, FindingData, RuleId, Span } from './types';
import { DEFAULT_CONFIG } from './types';

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
    { doc, app, tr: translator(config.locale) },
    raw,
    failures,
  );
  const findings = finalise(raw, doc, lines, config);
  return { findings, failures, doc, app, lines };
}

/** Runs one rule on `input`; a rule that throws is recorded once in `failures` and its other findings are kept. */
export function runRule(rule: Rule, input: RuleInput, out: Finding[], failures: RuleFailure[]): void {
  const report = (span: Span, message: string, data?: FindingData) => {
    out.push({ rule: rule.id, severity: rule.severity, message, span, data });
  };
  try {
    rule.check({ ...input, report });
  } catch (error) {
    failures.push({ rule: rule.id, error: describeError(error) });
  }
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
  const suppressions = findSuppressions(doc.text, lines);
  const result: Finding[] = [];
  for (const finding of raw) {
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
