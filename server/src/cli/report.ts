import type { Translator } from '../core';
import type { LineIndex, Position } from '../core';
import type { Finding, RuleId, Severity } from '../core';

/** One diagnostic with LSP positions: 0-based lines, UTF-16 characters. */
export interface Diagnostic {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly range: { readonly start: Position; readonly end: Position };
}

/** The result for one file that was read and checked. */
export interface FileReport {
  /** The path as given on the command line (or joined onto the folder given). */
  readonly file: string;
  readonly absolute: string;
  readonly diagnostics: readonly Diagnostic[];
}

export function toDiagnostics(findings: readonly Finding[], lines: LineIndex): Diagnostic[] {
  return findings.map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    range: { start: lines.position(finding.span.start), end: lines.position(finding.span.end) },
  }));
}

// ---- text -------------------------------------------------------------------

/** `file:line:column: severity: message [rule-id]`, 1-based; one line each, so a message's line breaks become spaces. */
export function textLines(report: FileReport): string[] {
  return report.diagnostics.map((d) => {
    const message = d.message.replace(/\s*[\r\n]+\s*/g, ' ');
    return `${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity}: ${message} [${d.rule}]`;
  });
}

export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly information: number;
  readonly hint: number;
}

export function countSeverities(reports: readonly FileReport[]): Counts {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const report of reports) for (const d of report.diagnostics) counts[d.severity]++;
  return counts;
}

/**
 * The last line of the text format, e.g. "3 errors, 1 warning in 2 files (5 files checked)".
 * Errors and warnings are always counted; information and hints only when there are some.
 */
export function summaryLine(reports: readonly FileReport[], tr: Translator): string {
  const checked = reports.length;
  if (checked === 0) return tr.t('No files checked');
  const checkedText = checked === 1 ? tr.t('1 file checked') : tr.t('{0} files checked', checked);
  const withProblems = reports.filter((report) => report.diagnostics.length > 0).length;
  if (withProblems === 0) return tr.t('No problems ({0})', checkedText);
  const counts = countSeverities(reports);
  const parts = [
    counts.error === 1 ? tr.t('1 error') : tr.t('{0} errors', counts.error),
    counts.warning === 1 ? tr.t('1 warning') : tr.t('{0} warnings', counts.warning),
  ];
  if (counts.information > 0) {
    parts.push(counts.information === 1 ? tr.t('1 information message') : tr.t('{0} information messages', counts.information));
  }
  if (counts.hint > 0) parts.push(counts.hint === 1 ? tr.t('1 hint') : tr.t('{0} hints', counts.hint));
  const filesText = withProblems === 1 ? tr.t('1 file') : tr.t('{0} files', withProblems);
  return tr.t('{0} in {1} ({2})', parts.join(', '), filesText, checkedText);
}

// ---- json -------------------------------------------------------------------

/** The spec's JSON shape, exactly: one entry per checked file, positions 0-based as in LSP. */
export function jsonOutput(reports: readonly FileReport[]): string {
  const data = reports.map((report) => ({
    file: report.file,
    diagnostics: report.diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      range: {
        start: { line: d.range.start.line, character: d.range.start.character },
        end: { line: d.range.end.line, character: d.range.end.character },
      },
    })),
  }));
  return JSON.stringify(data, null, 2) + '\n';
}
