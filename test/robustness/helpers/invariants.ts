/**
 * What every check must satisfy, whatever the text: the invariants of the
 * robustness issue, asserted on the core's result through its public API
 * (`checkText`). Positions are recomputed here independently of the core's
 * LineIndex, so a wrong line table is caught too.
 */
import assert from 'node:assert/strict';
import type { CheckResult } from '../../../server/src/core/check/check';
import { isRuleId, type CheckConfig, type Finding } from '../../../server/src/core/base/types';

export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Line and UTF-16 character of `offset` as LSP counts them (line breaks: CRLF, LF, CR), computed from scratch. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** A short description of a finding for assertion messages. */
export function describeFinding(finding: Finding): string {
  return `${finding.rule} [${finding.span.start}, ${finding.span.end}) ${JSON.stringify(finding.message.slice(0, 120))}`;
}

function isJsonSafe(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJsonSafe(item, depth + 1));
  if (typeof value === 'object') {
    return Object.values(value as object).every((item) => item === undefined || isJsonSafe(item, depth + 1));
  }
  return false;
}

/**
 * The invariants: no rule failed, every code is a rule id with a severity,
 * every span lies inside the text on whole characters (never between the two
 * halves of a surrogate pair, never between CR and LF), its LSP positions are
 * valid lines and UTF-16 columns that lead back to the same offsets, and the
 * data that travels with a diagnostic is plain JSON.
 */
export function assertInvariants(text: string, result: CheckResult, config?: CheckConfig): void {
  assert.deepEqual(result.failures, [], 'no rule may fail');
  assert.equal(result.doc.text, text, 'the result belongs to the text checked');
  const lineCount = result.lines.lineCount;
  for (const finding of result.findings) {
    const what = describeFinding(finding);
    assert.ok(isRuleId(finding.rule), `unknown code: ${what}`);
    assert.ok((SEVERITIES as readonly string[]).includes(finding.severity), `unknown severity ${finding.severity}: ${what}`);
    if (config?.rules[finding.rule] === 'off') assert.fail(`a rule turned off still reports: ${what}`);
    const setting = config?.rules[finding.rule];
    if (setting !== undefined) assert.equal(finding.severity, setting, `severity override ignored: ${what}`);
    assert.equal(typeof finding.message, 'string');
    assert.ok(finding.message.trim().length > 0, `empty message: ${what}`);
    const { start, end } = finding.span;
    assert.ok(Number.isInteger(start) && Number.isInteger(end), `span not integral: ${what}`);
    assert.ok(0 <= start && start <= end && end <= text.length, `span outside the document (length ${text.length}): ${what}`);
    for (const offset of [start, end]) {
      const before = text.charCodeAt(offset - 1);
      const at = text.charCodeAt(offset);
      assert.ok(!(isHigh(before) && isLow(at)), `span splits a surrogate pair at ${offset}: ${what}`);
      assert.ok(!(before === 13 && at === 10), `span splits a CRLF at ${offset}: ${what}`);
      const position = result.lines.position(offset);
      assert.deepEqual(position, positionOf(text, offset), `position of ${offset}: ${what}`);
      assert.ok(position.line >= 0 && position.line < lineCount, `line out of range: ${what}`);
      const lineLength = result.lines.lineEnd(position.line) - result.lines.lineStart(position.line);
      assert.ok(position.character >= 0 && position.character <= lineLength, `character beyond the line: ${what}`);
      assert.equal(result.lines.offset(position), offset, `position does not lead back to the offset: ${what}`);
    }
    if (finding.data !== undefined) assert.ok(isJsonSafe(finding.data), `data is not plain JSON: ${what}`);
  }
}

/** Everything a check reports, as plain data: what must be equal for equal texts. */
export function reported(result: CheckResult): unknown {
  return {
    findings: result.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, span: f.span, data: f.data })),
    failures: result.failures,
  };
}
