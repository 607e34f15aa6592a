import assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check/check';
import { RULES_BY_ID } from '../../server/src/core/check/rules';
import { isRuleId, type RuleId } from '../../server/src/core/base/types';
import { checkConfig, readFixture, rangeText, type Fixture, type Mark } from './fixture';

function describe(rule: string, range: string, severity: string, message?: string): string {
  return message === undefined ? `${range} ${rule} [${severity}]` : `${range} ${rule} [${severity}]: ${message}`;
}

/** The fixture's marks, each labelled with a rule id (a diagnostics fixture has no other labels). */
export function ruleMarks(fixture: Fixture, where: string): (Mark & { readonly label: RuleId })[] {
  return fixture.marks.map((mark) => {
    if (!isRuleId(mark.label)) throw new Error(`${where} line ${mark.line + 1}: unknown rule id "${mark.label}"`);
    return mark as Mark & { readonly label: RuleId };
  });
}

/**
 * Checks a fixture file and asserts that its diagnostics are exactly the
 * annotated ones: same rule ids, ranges and severities, and the same message
 * where the annotation gives one. Nothing else may be reported.
 */
export function checkDiagnosticsFixture(path: string): void {
  const fixture = readFixture(path);
  assert.deepEqual(fixture.cursors, [], `${path}: a rule fixture has no $0 cursor`);
  const marks = ruleMarks(fixture, path);
  const result = checkText(fixture.text, checkConfig(fixture));
  assert.deepEqual(result.failures, [], `a rule threw while checking ${path}`);
  const expectedSeverity = (rule: RuleId) => fixture.rules[rule] ?? RULES_BY_ID.get(rule)?.severity ?? 'error';
  const expected = marks.map((m) => describe(m.label, m.range, expectedSeverity(m.label), m.text)).sort();
  const byRange = new Map(marks.map((m) => [`${m.range} ${m.label}`, m]));
  const actual = result.findings
    .map((finding) => {
      const range = rangeText(finding.span, result.lines);
      const annotated = byRange.get(`${range} ${finding.rule}`);
      const message = annotated?.text === undefined ? undefined : finding.message;
      return describe(finding.rule, range, finding.severity, message);
    })
    .sort();
  assert.deepEqual(actual, expected, `diagnostics of ${path}`);
}
