/**
 * The core's façade: everything the language server (lsp/) and the command line (cli/) use
 * of the core, and nothing else. They import only this module (test/layers.test.ts).
 */
export { translator } from './base/i18n';
export type { Translator } from './base/i18n';
export type { LineIndex, Position } from './base/lines';
export { closestMatches } from './base/suggest';
export { DEFAULT_CONFIG, RULE_IDS, isRuleId } from './base/types';
export type { CheckConfig, Finding, Locale, RuleId, Severity, SeveritySetting, Span, TextEdit } from './base/types';
export type { CheckResult, checkText } from './check/check';
export { disableFor, fixAll, fixesFor } from './check/fixes';
export type { Fix } from './check/fixes';
export { checkIncremental, checkOnce } from './check/incremental';
export type { IncrementalState } from './check/incremental';
export type { Rule } from './check/rule';
export { RULES } from './check/rules';
export { FIELDS, isKeyOf } from './format/vocabulary';
export type { FieldId } from './format/vocabulary';
export { activityLenses } from './ide/code-lens';
export { completionsAt, snippetToText } from './ide/completion';
export type { CompletionEntry, CompletionKind } from './ide/completion';
export { hoverAt } from './ide/hover';
export { durationHints } from './ide/inlay-hints';
export { newApplicationFields, newApplicationText } from './ide/new-application';
export { renderOverviewHtml } from './ide/overview/html';
export type { OverviewFile } from './ide/overview/html';
export { overviewOf } from './ide/overview/model';
export type { Overview } from './ide/overview/model';
export { documentHighlights, findDefinition, findReferences, prepareRename, renamePartner } from './ide/references';
export { documentSymbols } from './ide/symbols';
export type { OutlineKind, OutlineSymbol } from './ide/symbols';
