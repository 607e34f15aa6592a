import type { Span } from '../../base/types';
import type { TextEdit } from './types';

/** Applies edits that do not overlap (offsets into `text`); inserts at one offset keep their order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.span.start - b.edit.span.start || a.edit.span.end - b.edit.span.end || a.index - b.index);
  let result = '';
  let position = 0;
  for (const { edit } of sorted) {
    const start = Math.max(position, edit.span.start);
    result += text.slice(position, start) + edit.newText;
    position = Math.max(start, edit.span.end);
  }
  return result + text.slice(position);
}

/** Whether two spans overlap or touch (closed intervals): such edits are never combined. */
export function touches(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}
