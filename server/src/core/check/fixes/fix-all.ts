import { translator } from '../../base/i18n';
import { checkText, type CheckResult } from '../check';
import { parseApplication } from '../../syntax/parse';
import type { CheckConfig, Span } from '../../base/types';
import { applyEdits, touches } from './apply';
import { keepsSyntax, ruleFixes } from './table';
import type { Fix, TextEdit } from './types';

export interface FixAllResult {
  readonly title: string;
  /** Edits on the original text: sorted, none overlapping or touching another. */
  readonly edits: readonly TextEdit[];
  /** The text after the edits. */
  readonly text: string;
  /** How many findings were fixed. */
  readonly fixed: number;
}

/** Passes after the first fix what the earlier ones revealed (a corrected activity type lets its duration be checked). */
const MAX_PASSES = 5;

/**
 * "Fix all": every unambiguous fix in the file. A finding is fixed when exactly one of its fixes
 * is marked `fixAll` (see Fix.fixAll). Fixes whose edits overlap or touch an edit already taken,
 * or that claim what another took, wait for the next pass; each pass re-checks the text and may fix
 * what the previous one revealed. A pass that would add YAML problems is dropped. The edits are
 * returned on the original text (an edit touching an earlier pass's edit is left for next time).
 */
export function fixAll(text: string, config: CheckConfig): FixAllResult {
  let accepted: TextEdit[] = [];
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = checkText(current, config);
    // Each fix is checked against the parser only when the combined pass is not clean (the slow path).
    let step = attempt(text, result, config, accepted, false);
    if (step === 'broken') step = attempt(text, result, config, accepted, true);
    if (step === 'none' || step === 'broken') break;
    accepted = step.edits;
    current = step.text;
    fixed += step.fixes;
  }
  return { title: translator(config.locale).t('Fix all unambiguous problems'), edits: accepted, text: current, fixed };
}

/** One pass: the edits so far plus this pass's, when it fixes something without adding YAML problems. */
function attempt(
  original: string,
  result: CheckResult,
  config: CheckConfig,
  accepted: readonly TextEdit[],
  validateEach: boolean,
): { edits: TextEdit[]; text: string; fixes: number } | 'none' | 'broken' {
  const taken = passEdits(result, config, accepted, validateEach);
  if (taken.fixes === 0) return 'none';
  const edits = [...accepted, ...taken.edits].sort((a, b) => a.span.start - b.span.start);
  const text = applyEdits(original, edits);
  if (parseApplication(text).problems.length > result.doc.problems.length) return 'broken';
  return { edits, text, fixes: taken.fixes };
}

/** This pass's fixes, as edits on the original text. */
function passEdits(
  result: CheckResult,
  config: CheckConfig,
  earlier: readonly TextEdit[],
  validateEach: boolean,
): { edits: TextEdit[]; fixes: number } {
  const text = result.doc.text;
  const candidates: Fix[] = [];
  for (const finding of result.findings) {
    const input = { text, finding, doc: result.doc, app: result.app, lines: result.lines, config, tr: translator(config.locale), data: finding.data };
    const unambiguous = ruleFixes(input, false).filter((fix) => fix.fixAll);
    if (unambiguous.length === 1 && (!validateEach || keepsSyntax(input, unambiguous[0]))) candidates.push(unambiguous[0]);
  }
  candidates.sort((a, b) => firstStart(a) - firstStart(b));
  const regions = currentRegions(earlier);
  const taken: TextEdit[] = [];
  const claims = new Set<string>();
  const edits: TextEdit[] = [];
  let fixes = 0;
  for (const fix of candidates) {
    if (fix.claim !== undefined && claims.has(fix.claim)) continue;
    if (fix.edits.some((edit) => taken.some((other) => touches(edit.span, other.span)))) continue;
    const mapped = fix.edits.map((edit) => toOriginal(edit, regions));
    if (mapped.some((edit) => edit === undefined)) continue;
    taken.push(...fix.edits);
    edits.push(...(mapped as TextEdit[]));
    if (fix.claim !== undefined) claims.add(fix.claim);
    fixes++;
  }
  return { edits, fixes };
}

function firstStart(fix: Fix): number {
  return Math.min(...fix.edits.map((edit) => edit.span.start));
}

/** Where each earlier edit is in the current text, and how far it moved what follows it. */
interface Region {
  readonly original: Span;
  readonly current: Span;
  /** The total shift (current minus original) after this edit. */
  readonly shiftAfter: number;
}

function currentRegions(earlier: readonly TextEdit[]): Region[] {
  let shift = 0;
  return earlier.map((edit) => {
    const start = edit.span.start + shift;
    shift += edit.newText.length - (edit.span.end - edit.span.start);
    return { original: edit.span, current: { start, end: start + edit.newText.length }, shiftAfter: shift };
  });
}

/** An edit on the current text as an edit on the original, or undefined when it touches text an earlier pass wrote. */
function toOriginal(edit: TextEdit, regions: readonly Region[]): TextEdit | undefined {
  let shift = 0;
  for (const region of regions) {
    if (touches(edit.span, region.current)) return undefined;
    if (region.current.start > edit.span.end) break;
    shift = region.shiftAfter;
  }
  return { span: { start: edit.span.start - shift, end: edit.span.end - shift }, newText: edit.newText };
}
