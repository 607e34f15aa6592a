import type { checkText } from '../core';
import { checkOnce } from '../core';
import { translator } from '../core';
import { renderOverviewHtml, type OverviewFile } from '../core';
import { overviewOf } from '../core';
import type { RuleId } from '../core';
import { helpText, localeFromArgs, parseArguments, usage, UsageError, type Options } from './args';
import { discoverFiles, readApplicationFile } from './files';
import { jsonOutput, summaryLine, textLines, toDiagnostics, type FileReport } from './report';
import { sarifOutput } from './sarif';

/** Exit statuses of the spec. */
export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_TROUBLE = 2;

export interface CliIo {
  readonly cwd: string;
  readonly version: string;
  /** Writes to standard output / standard error (text as is, no newline added). */
  out(text: string): void;
  err(text: string): void;
}

/**
 * The whole command: parse the arguments, find and read the files, check each
 * one, print the chosen format, and return the exit status. All I/O is here and
 * in files.ts; the checking core stays pure. `check` is replaceable for tests only.
 */
export function run(argv: readonly string[], io: CliIo, check: typeof checkText = checkOnce): number {
  // Usage errors are worded in the locale asked for, even when another option is wrong.
  const early = translator(localeFromArgs(argv));
  let options: Options;
  try {
    options = parseArguments(argv, early);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${TOOL}: ${error.message}\n${usage(early)}\n`);
    return EXIT_TROUBLE;
  }
  const tr = translator(options.locale);
  if (options.help) {
    io.out(helpText(tr) + '\n');
    return EXIT_OK;
  }
  if (options.version) {
    io.out(io.version + '\n');
    return EXIT_OK;
  }

  const problem = (message: string) => io.err(`${TOOL}: ${message}\n`);
  const notifications: { message: string; rule?: RuleId }[] = [];
  const report = (message: string, rule?: RuleId) => {
    problem(message);
    notifications.push({ message, rule });
  };

  const config = { locale: options.locale, rules: options.rules };
  const failedRules = new Set<RuleId>();
  const reports: FileReport[] = [];
  const overviews: OverviewFile[] = [];
  for (const entry of discoverFiles(options.paths, io.cwd, tr)) {
    if ('problem' in entry) {
      report(entry.problem);
      continue;
    }
    const target = entry.file;
    const read = readApplicationFile(target, tr);
    if ('problem' in read) {
      report(read.problem);
      continue;
    }
    const result = check(read.text, config);
    for (const failure of result.failures) {
      if (failedRules.has(failure.rule)) continue;
      failedRules.add(failure.rule);
      report(
        tr.t(
          'Internal error in the rule {0} while checking {1}; its diagnostics are missing (reported once). Please report this: {2}',
          failure.rule,
          target.display,
          indent(failure.error),
        ),
        failure.rule,
      );
    }
    const fileReport: FileReport = {
      file: target.display,
      absolute: target.absolute,
      diagnostics: toDiagnostics(result.findings, result.lines),
    };
    reports.push(fileReport);
    if (options.format === 'html') overviews.push({ path: target.display, overview: overviewOf(result, config) });
    if (options.format === 'text') {
      const lines = textLines(fileReport);
      if (lines.length > 0) io.out(lines.join('\n') + '\n');
    }
  }

  switch (options.format) {
    case 'text':
      io.out(summaryLine(reports, tr) + '\n');
      break;
    case 'json':
      io.out(jsonOutput(reports));
      break;
    case 'sarif':
      io.out(
        sarifOutput({
          reports,
          version: io.version,
          locale: options.locale,
          cwd: io.cwd,
          overrides: options.rules,
          notifications,
        }),
      );
      break;
    case 'html':
      io.out(renderOverviewHtml(overviews, { locale: options.locale, mode: 'report', notices: notifications.map((n) => n.message) }));
      break;
  }

  if (notifications.length > 0) return EXIT_TROUBLE;
  const anyError = reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  return anyError ? EXIT_ERRORS : EXIT_OK;
}

const TOOL = 'partnership-lint';

/** A stack trace, its lines after the first indented under the message. */
function indent(text: string): string {
  return text.replace(/\n/g, '\n    ');
}
