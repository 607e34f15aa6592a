import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkText } from '../../server/src/core/check';
import { RULES_BY_ID } from '../../server/src/core/rules';
import type { Finding } from '../../server/src/core/types';
import type { LineIndex } from '../../server/src/core/lines';
import { parseFixture, type Expectation } from './annotations';

function rangeText(finding: Finding, lines: LineIndex): string {
  const start = lines.position(finding.span.start);
  const end = lines.position(finding.span.end);
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

function describe(rule: string, range: string, severity: string, message?: string): string {
  return message === undefined ? `${range} ${rule} [${severity}]` : `${range} ${rule} [${severity}]: ${message}`;
}

/**
 * Checks a fixture file and asserts that its diagnostics are exactly the
 * annotated ones: same rule ids, ranges and severities, and the same message
 * where the annotation gives one. Nothing else may be reported.
 */
export function checkDiagnosticsFixture(path: string): void {
  const fixture = parseFixture(readFileSync(path, 'utf8'));
  const result = checkText(fixture.text, fixture.config);
  assert.deepEqual(result.failures, [], `a rule threw while checking ${path}`);
  const expectedSeverity = (expectation: Expectation) =>
    fixture.config.rules[expectation.rule] ?? RULES_BY_ID.get(expectation.rule)?.severity ?? 'error';
  const expected = fixture.expectations
    .map((e) => describe(e.rule, e.range, expectedSeverity(e), e.message))
    .sort();
  const byRange = new Map(fixture.expectations.map((e) => [`${e.range} ${e.rule}`, e]));
  const actual = result.findings
    .map((finding) => {
      const range = rangeText(finding, result.lines);
      const annotated = byRange.get(`${range} ${finding.rule}`);
      const message = annotated?.message === undefined ? undefined : finding.message;
      return describe(finding.rule, range, finding.severity, message);
    })
    .sort();
  assert.deepEqual(actual, expected, `diagnostics of ${path}`);
}
