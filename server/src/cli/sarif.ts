import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { translator } from '../core';
import type { Rule } from '../core';
import { RULES } from '../core';
import type { Locale, RuleId, Severity, SeveritySetting } from '../core';
import type { FileReport } from './report';

/**
 * SARIF 2.1.0 (OASIS): one run; `tool.driver.rules` describes every rule in the
 * chosen language; results point at 1-based regions whose columns count UTF-16
 * code units (SARIF's default `columnKind`, and the LSP's), end column exclusive.
 */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const TOOL_NAME = 'partnership-lint';

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** The artifact URI: relative to the working folder with forward slashes, or a file: URI outside it. */
export function artifactUri(absolute: string, cwd: string): string {
  const path = relative(cwd, absolute);
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return pathToFileURL(absolute).href;
  return path.split(sep).map(encodeURIComponent).join('/');
}

export interface SarifInput {
  readonly reports: readonly FileReport[];
  readonly version: string;
  readonly locale: Locale;
  readonly cwd: string;
  readonly overrides: Readonly<Partial<Record<RuleId, SeveritySetting>>>;
  /** Paths that could not be read and rules that threw: the run did not finish its job. */
  readonly notifications: readonly { readonly message: string; readonly rule?: RuleId }[];
}

function ruleHelp(rule: Rule, locale: Locale): string {
  const docs = rule.docs[locale];
  const section = rule.guideSection.trim();
  if (section === '' || section === '—' || section === '-') return docs.details;
  return `${docs.details}\n\n${translator(locale).t('Programme guide section: {0}', section)}`;
}

export function sarifOutput(input: SarifInput): string {
  const ruleIndex = new Map<RuleId, number>(RULES.map((rule, index) => [rule.id, index]));
  const rules = RULES.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.docs[input.locale].summary },
    fullDescription: { text: rule.docs[input.locale].details },
    // The docs use Markdown's backticks for keys and values, so the same text serves both forms.
    help: { text: ruleHelp(rule, input.locale), markdown: ruleHelp(rule, input.locale) },
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: { guideSection: rule.guideSection },
  }));

  const results = input.reports.flatMap((report) =>
    report.diagnostics.map((d) => ({
      ruleId: d.rule,
      ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
      level: sarifLevel(d.severity),
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(report.absolute, input.cwd) },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );

  const overrides = Object.entries(input.overrides).flatMap(([id, setting]) => {
    const index = ruleIndex.get(id as RuleId);
    if (index === undefined || setting === undefined) return [];
    return [
      {
        descriptor: { id, index },
        configuration: setting === 'off' ? { enabled: false } : { level: sarifLevel(setting) },
      },
    ];
  });

  const invocation = {
    executionSuccessful: input.notifications.length === 0,
    ...(overrides.length > 0 ? { ruleConfigurationOverrides: overrides } : {}),
    ...(input.notifications.length > 0
      ? {
          toolExecutionNotifications: input.notifications.map((notification) => ({
            level: 'error',
            message: { text: notification.message },
            ...(notification.rule !== undefined
              ? { associatedRule: { id: notification.rule, index: ruleIndex.get(notification.rule) } }
              : {}),
          })),
        }
      : {}),
  };

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: input.version,
            semanticVersion: input.version,
            language: input.locale === 'sv' ? 'sv-SE' : 'en-US',
            rules,
          },
        },
        invocations: [invocation],
        language: input.locale === 'sv' ? 'sv-SE' : 'en-US',
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
