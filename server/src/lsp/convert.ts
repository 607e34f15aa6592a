import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { LineIndex } from '../core';
import type { Finding, Severity, Span } from '../core';

/** Every diagnostic the server publishes carries this `source`. */
export const DIAGNOSTIC_SOURCE = 'partnership';

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITIES[severity];
}

export function toRange(span: Span, lines: LineIndex): Range {
  return { start: lines.position(span.start), end: lines.position(span.end) };
}

/**
 * What travels in `Diagnostic.data`: the finding's own data plus its rule id,
 * so a code action can pick its fix from structured facts, never from the message.
 */
export interface DiagnosticData {
  readonly rule: Finding['rule'];
  readonly [key: string]: unknown;
}

export function toDiagnostic(finding: Finding, lines: LineIndex): Diagnostic {
  const data: DiagnosticData = { ...finding.data, rule: finding.rule };
  return {
    range: toRange(finding.span, lines),
    severity: toSeverity(finding.severity),
    code: finding.rule,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}
