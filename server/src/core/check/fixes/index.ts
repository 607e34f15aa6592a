import type { CheckResult } from '../check';
import { translator } from '../../base/i18n';
import type { CheckConfig, Finding } from '../../base/types';
import { disableFix } from './disable';
import { fixAll as computeFixAll, type FixAllResult } from './fix-all';
import { ruleFixes } from './table';
import type { Fix, FixInput } from './types';

export type { Fix, FixInput, FixProvider, TextEdit } from './types';
export type { FixAllResult } from './fix-all';
export { applyEdits } from './apply';

function inputOf(result: CheckResult, finding: Finding, config: CheckConfig): FixInput {
  return { text: result.doc.text, finding, doc: result.doc, app: result.app, lines: result.lines, config, tr: translator(config.locale), data: finding.data };
}

/** The rule's fixes for a finding of `result`, best first, titled in the config's locale. */
export function fixesFor(result: CheckResult, finding: Finding, config: CheckConfig): Fix[] {
  return ruleFixes(inputOf(result, finding, config));
}

/** "Disable RULE for this line" for a finding of `result` (none in a file without any content). */
export function disableFor(result: CheckResult, finding: Finding, config: CheckConfig): Fix | undefined {
  return disableFix(inputOf(result, finding, config));
}

/** Every unambiguous fix of the text at once (see fix-all.ts), titled in the config's locale. */
export function fixAll(text: string, config: CheckConfig): FixAllResult {
  return computeFixAll(text, config);
}
