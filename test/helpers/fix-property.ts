/**
 * What every quick fix promises about the finding it fixes, checked by position rather than by
 * the finding's `data`: after the fix, no finding of the fixed rule lies where the fix wrote, nor
 * where the fixed finding was (both in the fixed text's offsets), unless it is another finding of
 * the text before that merely moved there. Comparing `data` let a duration fix that wrote a value
 * one day outside the range pass: the new finding had other data, so "the" finding looked gone.
 */
import { isDeepStrictEqual } from 'node:util';
import type { CheckResult } from '../../server/src/core/check/check';
import type { Finding, Span } from '../../server/src/core/base/types';

export interface Edit {
  readonly span: Span;
  readonly newText: string;
}

function ordered(edits: readonly Edit[]): Edit[] {
  return [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/**
 * An offset of the text before the edits, in the text after them. An offset inside a replaced
 * span goes to the start (bias `start`) or the end (`end`) of its new text; at an insertion point,
 * `start` stays before the inserted text and `end` goes after it, so a mapped span covers the edit.
 */
export function mapOffset(offset: number, edits: readonly Edit[], bias: 'start' | 'end'): number {
  let shift = 0;
  for (const edit of ordered(edits)) {
    const { start, end } = edit.span;
    const growth = edit.newText.length - (end - start);
    if (end < offset || (end === offset && (start < offset || bias === 'end'))) {
      shift += growth;
    } else if (start < offset && offset < end) {
      return start + shift + (bias === 'start' ? 0 : edit.newText.length);
    } else {
      break;
    }
  }
  return offset + shift;
}

export function mapSpan(span: Span, edits: readonly Edit[]): Span {
  return { start: mapOffset(span.start, edits, 'start'), end: mapOffset(span.end, edits, 'end') };
}

/** Each edit's new text as a span of the text after the edits. */
export function editedSpans(edits: readonly Edit[]): Span[] {
  let shift = 0;
  return ordered(edits).map((edit) => {
    const start = edit.span.start + shift;
    shift += edit.newText.length - (edit.span.end - edit.span.start);
    return { start, end: start + edit.newText.length };
  });
}

/** Overlap of two spans; an empty span overlaps a span it touches or lies in. */
export function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/** Whether `outer` holds all of `inner`. */
function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * The findings of `after` (the text after `edits`, which fix `fixed` of `before`) that break the
 * promise: of the fixed rule, overlapping an edited span or the fixed finding's own (mapped) span,
 * and not another finding of `before` of that rule at the same mapped span (a second missing key
 * reported on the same parent key, say, is still there by right). A finding reported at the first
 * key of its mapping moves onto a key inserted there (an empty `{}` that gains its first key):
 * that one counts as moved only when it is the same finding (the same data: its message may now
 * name the item by the id just added) and lies inside where it was.
 */
export function findingsLeft(before: CheckResult, fixed: Finding, edits: readonly Edit[], after: CheckResult): Finding[] {
  const places = [mapSpan(fixed.span, edits), ...editedSpans(edits)];
  const others = before.findings
    .filter((finding) => finding !== fixed && finding.rule === fixed.rule)
    .map((finding) => ({ finding, span: mapSpan(finding.span, edits) }));
  return after.findings.filter((finding) => {
    if (finding.rule !== fixed.rule || !places.some((place) => overlaps(place, finding.span))) return false;
    let moved = others.findIndex(({ span }) => span.start === finding.span.start && span.end === finding.span.end);
    if (moved < 0) {
      moved = others.findIndex(
        (other) =>
          contains(other.span, finding.span) && other.finding.data !== undefined && isDeepStrictEqual(other.finding.data, finding.data),
      );
    }
    if (moved < 0) return true;
    others.splice(moved, 1);
    return false;
  });
}

/** A readable list of findings for a failure message: `rule [start, end) "text": message`. */
export function describeFindings(findings: readonly Finding[], text: string): string {
  return findings
    .map((f) => `${f.rule} [${f.span.start}, ${f.span.end}) ${JSON.stringify(text.slice(f.span.start, f.span.end))}: ${f.message}`)
    .join('\n');
}
