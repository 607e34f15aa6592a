import { parseApplication } from '../parse';
import type { RuleId } from '../types';
import { accompanyingFixes, blendedVirtualFixes, coordinatorFixes, ectsFixes } from './add-key';
import { applyEdits } from './apply';
import { durationFormatFixes, durationRangeFixes } from './duration';
import { referenceFixes, schemaFixes } from './replace';
import type { Fix, FixInput, FixProvider } from './types';

/** Which provider fixes which rule's findings: chosen by rule id and the finding's `data`, never by its message. */
export const FIX_PROVIDERS: Readonly<Partial<Record<RuleId, FixProvider>>> = {
  'accompanying-adults': accompanyingFixes,
  'blended-virtual': blendedVirtualFixes,
  coordinator: coordinatorFixes,
  'duration-format': durationFormatFixes,
  'duration-range': durationRangeFixes,
  'isp-ects': ectsFixes,
  schema: schemaFixes,
  'unknown-country': referenceFixes,
  'unknown-partner': referenceFixes,
};

/**
 * The rule's own fixes for a finding (not "Disable"), in the input's locale. With `validate`, a fix
 * whose edits would give the YAML parser more to complain about than before is dropped, so every
 * fix keeps a readable file readable (one parse of the whole text per fix: "Fix all" validates the
 * combined result instead). Never throws.
 */
export function ruleFixes(input: FixInput, validate = true): Fix[] {
  const provider = FIX_PROVIDERS[input.finding.rule];
  if (!provider) return [];
  let fixes: Fix[];
  try {
    fixes = provider(input);
  } catch {
    return [];
  }
  return fixes.filter((fix) => fix.edits.length > 0 && (!validate || keepsSyntax(input, fix)));
}

/** Whether the text after the fix has no more YAML problems than before. */
export function keepsSyntax(input: FixInput, fix: Fix): boolean {
  return parseApplication(applyEdits(input.text, fix.edits)).problems.length <= input.doc.problems.length;
}
