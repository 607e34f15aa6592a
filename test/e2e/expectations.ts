/**
 * What a user should see for examples/typical-mistakes.partnership.yaml in a
 * real VS Code: shared by the code-server end-to-end test (test/e2e/scenarios.mjs,
 * through the workbench's DOM) and the @vscode/test-electron suite
 * (test/vscode/suite/scenarios.ts, through the VS Code API).
 *
 * The texts come from the checker itself, so the editor is compared with the
 * core the extension bundles; the rule ids and lines are also written out
 * here, so that a change of the example or the core that moves them fails loudly.
 */
import { checkText } from '../../server/src/core/check/check';
import { formatDays } from '../../server/src/core/format/duration';
import { fixesFor } from '../../server/src/core/check/fixes/index';
import { RULES_BY_ID } from '../../server/src/core/check/rules/index';
import type { Locale, Severity } from '../../server/src/core/base/types';
import { ACTIVITY_TYPES, durationBounds } from '../../server/src/core/format/vocabulary';

export const FILE = 'typical-mistakes.partnership.yaml';

/** [line (1-based), rule id, severity] of every diagnostic the example gives, by position. */
export const EXPECTED: ReadonlyArray<readonly [number, string, Severity]> = [
  [18, 'unknown-country', 'error'],
  [27, 'accompanying-adults', 'warning'],
  [28, 'unknown-partner', 'error'],
  [29, 'duration-range', 'error'],
  [40, 'pupil-schools', 'error'],
  [43, 'pupil-min-age', 'error'],
  [44, 'long-term-abroad', 'error'],
  [45, 'participant-role', 'error'],
  [49, 'blended-virtual', 'error'],
  [51, 'duration-format', 'error'],
];

/** `    duration: 2 days` of C1, a short-term pupil exchange: below its 3-day minimum. */
export const DURATION_LINE = 29;
export const DURATION_TEXT = '2 days';
/** `    type: blended-mobility` of C3, where the completion scenario types `type: `. */
export const TYPE_LINE = 49;
export const ACTIVITY_TYPE_IDS: readonly string[] = Object.keys(ACTIVITY_TYPES);

export interface Problem {
  readonly severity: Severity;
  readonly message: string;
  readonly source: string;
  readonly code: string;
  /** 1-based, as the Problems panel shows them. */
  readonly line: number;
  readonly column: number;
}

export function byPosition(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column;
}

/** The diagnostics the checker gives for the example. Throws when they no longer match EXPECTED. */
export function expectedProblems(text: string, locale: Locale): Problem[] {
  const result = checkText(text, { locale, rules: {} });
  const problems = result.findings
    .map((finding): Problem => {
      const start = result.lines.position(finding.span.start);
      return {
        severity: finding.severity,
        message: finding.message,
        source: 'partnership',
        code: finding.rule,
        line: start.line + 1,
        column: start.character + 1,
      };
    })
    .sort(byPosition);
  const summary = problems.map((problem) => [problem.line, problem.code, problem.severity]);
  if (JSON.stringify(summary) !== JSON.stringify(EXPECTED)) {
    throw new Error(`the checker's findings for ${FILE} changed; update EXPECTED in test/e2e/expectations.ts:\n${JSON.stringify(summary)}`);
  }
  return problems;
}

/** Whether two lists hold the same problems, in any order. */
export function sameProblems(actual: readonly Problem[], expected: readonly Problem[]): boolean {
  const normalise = (problems: readonly Problem[]) =>
    JSON.stringify(
      [...problems].sort(byPosition).map(({ severity, message, source, code, line, column }) => ({ severity, message, source, code, line, column })),
    );
  return normalise(actual) === normalise(expected);
}

/** The one-sentence explanation of a rule, as its hover shows it. */
export function ruleSummary(rule: string, locale: Locale): string {
  const found = RULES_BY_ID.get(rule);
  if (!found) throw new Error(`no rule ${rule}`);
  return found.docs[locale].summary;
}

/** The quick fix for the too-short duration: its title, and the allowed bound it writes. */
export function durationFix(text: string, locale: Locale): { title: string; bound: string } {
  const result = checkText(text, { locale, rules: {} });
  const finding = result.findings.find((candidate) => candidate.rule === 'duration-range');
  if (!finding) throw new Error('the example has no duration-range finding');
  const bounds = durationBounds('short-term-pupil-exchange', 'pupil');
  if (!bounds) throw new Error('pupils take no part in short-term pupil exchanges?');
  const bound = formatDays(bounds.minDays, 'en');
  const fix = fixesFor(result, finding, { locale, rules: {} }).find((candidate) => candidate.edits.some((edit) => edit.newText === bound));
  if (!fix) throw new Error(`the checker offers no fix that writes ${bound} for the duration-range finding`);
  return { title: fix.title, bound };
}
