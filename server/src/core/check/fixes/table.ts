import { parseApplication } from '../../syntax/parse';
import { RULES_BY_ID } from '../rules';
import { applyEdits } from './apply';
import type { Fix, FixInput } from './types';

/**
 * The rule's own fixes for a finding (not "Disable"), in the input's locale: the rule declares
 * them, chosen by the finding's typed `data`, never by its message. With `validate`, a fix whose
 * edits would give the YAML parser more to complain about than before is dropped, so every fix
 * keeps a readable file readable (one parse of the whole text per fix: "Fix all" validates the
 * combined result instead). Never throws.
 */
export function ruleFixes(input: FixInput, validate = true): Fix[] {
  const rule = RULES_BY_ID.get(input.finding.rule);
  if (!rule?.fixes) return [];
  let fixes: Fix[];
  try {
    // The finding came from this rule, so its data is of the rule's own type.
    fixes = rule.fixes(input);
  } catch {
    return [];
  }
  return fixes.filter((fix) => fix.edits.length > 0 && (!validate || keepsSyntax(input, fix)));
}

/** Whether the text after the fix has no more YAML problems than before. */
export function keepsSyntax(input: FixInput, fix: Fix): boolean {
  return parseApplication(applyEdits(input.text, fix.edits)).problems.length <= input.doc.problems.length;
}
