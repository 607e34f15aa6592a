import { withLocale } from './i18n';
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
  return withLocale(config.locale, () => {
    const app = buildModel(doc);
    const lines = new LineIndex(doc.text);
    const failures: RuleFailure[] = [];
    const raw: Finding[] = [];
    for (const rule of RULES) {
      if (config.rules[rule.id] === 'off') continue;
      runRule(rule, { doc, app }, raw, failures);
    }
    const findings = finalise(raw, doc, lines, config);
    return { findings, failures, doc, app, lines };
  });
}

function runRule(
  rule: Rule,
  input: Pick<RuleContext, 'doc' | 'app'>,
  out: Finding[],
  failures: RuleFailure[],
): void {
  const report = (span: Span, message: string, data?: FindingData) => {
    out.push({ rule: rule.id, severity: rule.severity, message, span, data });
  };
  try {
    rule.check({ ...input, report });
  } catch (error) {
    failures.push({ rule: rule.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
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
    if (finding.rule !== 'yaml-syntax' && syntaxSpans.some((span) => overlaps(finding.span, span))) continue;
    if (suppressions.isSuppressed(finding.rule, lines.position(finding.span.start).line)) continue;
    const setting = config.rules[finding.rule];
    if (setting === 'off') continue;
    result.push(setting ? { ...finding, severity: setting } : finding);
  }
  return result.sort(
    (a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule),
  );
}
