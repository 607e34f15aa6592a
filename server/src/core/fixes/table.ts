import { parseApplication } from '../parse';
import type { RuleId } from '../types';
import { accompanyingFixes, blendedVirtualFixes, coordinatorFixes, ectsFixes } from './add-key';
import { applyEdits } from './apply';
import { durationFormatFixes, durationRangeFixes } from './duration';
import { partnerChoiceFixes, residenceFixes } from './partner-choice';
import { duplicateIdFixes } from './ids';
import { projectPeriodFixes } from './project-period';
import { referenceFixes, schemaFixes } from './replace';
import { participantRoleFixes } from './role';
import type { Fix, FixInput, FixProvider } from './types';

/** Which provider fixes which rule's findings: chosen by rule id and the finding's `data`, never by its message. */
export const FIX_PROVIDERS: Readonly<Partial<Record<RuleId, FixProvider>>> = {
  'accompanying-adults': accompanyingFixes,
  'assignment-sender': partnerChoiceFixes,
  'blended-virtual': blendedVirtualFixes,
  coordinator: coordinatorFixes,
  'duplicate-id': duplicateIdFixes,
  'duration-format': durationFormatFixes,
  'duration-range': durationRangeFixes,
  'he-teaching-host': partnerChoiceFixes,
  'he-training-sender': partnerChoiceFixes,
  'host-country-residence': residenceFixes,
  'isp-ects': ectsFixes,
  'isp-participants': partnerChoiceFixes,
  'long-term-abroad': partnerChoiceFixes,
  'pupil-schools': partnerChoiceFixes,
  'outside-project-period': projectPeriodFixes,
  'participant-role': participantRoleFixes,
  schema: schemaFixes,
  'unknown-country': referenceFixes,
  'unknown-partner': referenceFixes,
};

/**
 * The rule's own fixes for a finding (not "Disable"), in the active locale. With `validate`, a fix
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
