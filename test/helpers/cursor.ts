/**
 * `$0` marks the cursor in editor-feature fixtures (`|` is YAML syntax).
 * `withCursor` removes the marker and returns the text and the cursor's
 * UTF-16 offset; a text must hold exactly one marker.
 */
export const CURSOR_MARKER = '$0';

export interface CursorText {
  readonly text: string;
  readonly offset: number;
}

export function withCursor(marked: string): CursorText {
  const offset = marked.indexOf(CURSOR_MARKER);
  if (offset < 0) throw new Error('the text has no $0 cursor marker');
  if (marked.indexOf(CURSOR_MARKER, offset + 1) >= 0) throw new Error('the text has more than one $0 cursor marker');
  return { text: marked.slice(0, offset) + marked.slice(offset + CURSOR_MARKER.length), offset };
}
