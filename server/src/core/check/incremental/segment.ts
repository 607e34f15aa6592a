/**
 * Splits an application's text into independent pieces: each top-level entry
 * (`project:` with everything under it), and for a top-level block list
 * (`partners:`, `activities:`, `youth-initiatives:`) its header line and each
 * of its items. Every piece starts at the beginning of a line and ends where
 * the next begins, so the pieces cover the text exactly; blank and comment
 * lines belong to the piece before them (the first piece also takes the
 * leading comments).
 *
 * The split is only offered when the layout makes it certain that YAML reads
 * each piece the same alone as within the file: top-level keys are plain words
 * at column 0, every item of a list starts with `- ` at the same column, and
 * every other line is blank, a comment, or indented deeper than the piece's
 * own start. Anything else (a document marker, a flow collection at the top, a
 * tab in an indentation, a key written twice, a lone carriage return) returns
 * undefined, and the caller parses the whole text instead.
 *
 * The scan can start again at any segment boundary (resegment), which is how
 * an edit is handled without scanning the whole text: only the segments from
 * just before the edit to the first boundary after it that the old text also
 * had are scanned again.
 */
export type SegmentKind = 'entry' | 'header' | 'item';

export interface Segment {
  readonly kind: SegmentKind;
  /** The top-level key the segment belongs to. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** A top-level key: a plain word at column 0, then `:` and a space or the end of the line. */
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]*):(?=[ \t]|$)/;
/** What may follow the `:` of a list's header line: nothing, or a comment. */
const HEADER_REST = /^[ \t]*(?:#.*)?$/;

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const DASH = 45;
const CR = 13;

interface Line {
  readonly start: number;
  /** The end of its content (before `\r\n` or `\n`). */
  readonly end: number;
  /** The offset of the next line. */
  readonly next: number;
  /** Spaces before the first character; -1 for a blank or comment line. */
  readonly indent: number;
}

/** A tab in an indentation: the split refuses the text. */
const INVALID: Line = { start: -1, end: -1, next: -1, indent: -1 };

/** The whole text's segments, or undefined when it cannot be split safely. */
export function segment(text: string): Segment[] | undefined {
  if (!splittable(text)) return undefined;
  const segments: Segment[] = [];
  // The leading block: blank lines and comments only, then the first key.
  let line = readLine(text, 0);
  while (line && line.indent < 0) line = readLine(text, line.next);
  if (!line || line === INVALID) return undefined;
  const scanner = new Scanner(text);
  for (const next of scanner.scan(0, line.start, undefined)) {
    if (next === undefined) return undefined;
    segments.push(next);
  }
  return hasDuplicateKeys(segments) ? undefined : segments;
}

/**
 * The segments of `text` after an edit, reusing `old` (the segments of the
 * text before it) outside the edit. `prefix` characters at the start and
 * `suffix` at the end are the same in both texts. Undefined when the text
 * cannot be split safely.
 */
export interface Resegmented {
  readonly segments: Segment[];
  /** The first `kept` segments are the old ones, unchanged. */
  readonly kept: number;
  /** From new segment `rejoined` on (if any), they are the old ones from `oldRejoined` on, moved. */
  readonly rejoined: number;
  readonly oldRejoined: number;
}

export function resegment(
  old: readonly Segment[],
  oldLength: number,
  text: string,
  prefix: number,
  suffix: number,
): Resegmented | undefined {
  const fresh = (): Resegmented | undefined => {
    const segments = segment(text);
    return segments && { segments, kept: 0, rejoined: segments.length, oldRejoined: old.length };
  };
  if (old.length === 0) return fresh();
  const delta = text.length - oldLength;
  // The first old segment the edit touches, then one more before it: a segment's end
  // (and what its piece reads) is decided by the first line of the next one.
  let touched = findSegment(old, prefix);
  if (touched < old.length && old[touched].start === prefix && touched > 0) touched--;
  const from = Math.max(0, touched - 1);
  if (from === 0) return fresh();
  if (!splittable(text)) return undefined;
  const kept = old.slice(0, from);
  const resume = old[from];
  const scanner = new Scanner(text);
  const list = resume.kind === 'item' ? { key: resume.key, column: indentAt(text, resume.start) } : undefined;
  // Old boundaries in the unchanged end of the text, where the scan may rejoin the old segments.
  const unchangedFrom = oldLength - suffix;
  const segments = kept;
  let oldIndex = findSegment(old, unchangedFrom);
  for (const next of scanner.scan(resume.start, resume.start, list)) {
    if (next === undefined) return undefined;
    // Rejoin: the new segment starts where an old one did (moved by the edit), past the edit,
    // and is of the same kind in the same list: from here on, the old segments hold.
    const oldStart = next.start - delta;
    while (oldIndex < old.length && old[oldIndex].start < oldStart) oldIndex++;
    if (oldStart >= unchangedFrom && oldIndex < old.length && old[oldIndex].start === oldStart && old[oldIndex].kind === next.kind && old[oldIndex].key === next.key && oldIndex > 0) {
      const rejoined = segments.length;
      for (let i = oldIndex; i < old.length; i++) {
        const o = old[i];
        segments.push(delta === 0 ? o : { kind: o.kind, key: o.key, start: o.start + delta, end: o.end + delta });
      }
      return hasDuplicateKeys(segments) ? undefined : { segments, kept: from, rejoined, oldRejoined: oldIndex };
    }
    segments.push(next);
  }
  return hasDuplicateKeys(segments) ? undefined : { segments, kept: from, rejoined: segments.length, oldRejoined: old.length };
}

/** How many characters two texts share at the start and, after that, at the end. */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const limit = Math.min(a.length, b.length);
  let prefix = 0;
  // Whole blocks first (a native comparison each), then character by character.
  for (let block = 4096; block >= 1; block >>= 4) {
    while (prefix + block <= limit && a.slice(prefix, prefix + block) === b.slice(prefix, prefix + block)) prefix += block;
  }
  let suffix = 0;
  const room = limit - prefix;
  for (let block = 4096; block >= 1; block >>= 4) {
    while (suffix + block <= room && a.slice(a.length - suffix - block, a.length - suffix) === b.slice(b.length - suffix - block, b.length - suffix)) {
      suffix += block;
    }
  }
  return { prefix, suffix };
}

/** The index of the segment that contains `offset` (the last one for the end of the text). */
function findSegment(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function splittable(text: string): boolean {
  if (text.length === 0 || text.charCodeAt(0) === 0xfeff) return false;
  return !(text.includes('\r') && /\r(?!\n)/.test(text));
}

function hasDuplicateKeys(segments: readonly Segment[]): boolean {
  const keys = new Set<string>();
  for (const s of segments) {
    if (s.kind === 'item') continue;
    if (keys.has(s.key)) return true;
    keys.add(s.key);
  }
  return false;
}

function indentAt(text: string, start: number): number {
  let i = start;
  while (text.charCodeAt(i) === SPACE) i++;
  return i - start;
}

class Scanner {
  constructor(private readonly text: string) {}

  /**
   * Segments from `pieceStart` on; the first line with content is at `at`.
   * `list`: the scan starts at an item of that list. Yields undefined (and
   * stops) where the text cannot be split.
   */
  *scan(pieceStart: number, at: number, list: { key: string; column: number } | undefined): Generator<Segment | undefined> {
    const { text } = this;
    let line = readLine(text, at);
    if (list) {
      const after = yield* this.items(pieceStart, line as Line, list.key, list.column);
      if (after === null) return;
      pieceStart = after ? after.start : text.length;
      line = after;
    }
    while (line) {
      if (line === INVALID || line.indent !== 0) {
        yield undefined;
        return;
      }
      const lineText = text.slice(line.start, line.end);
      const match = KEY_LINE.exec(lineText);
      if (!match) {
        yield undefined;
        return;
      }
      const key = match[1];
      // The next line with content decides: list items under the key, or anything else.
      let next = readLine(text, line.next);
      while (next && next !== INVALID && next.indent < 0) next = readLine(text, next.next);
      if (next === INVALID) {
        yield undefined;
        return;
      }
      const itemColumn = next && HEADER_REST.test(lineText.slice(match[0].length)) ? dashColumn(text, next) : -1;
      if (itemColumn < 0) {
        // An entry: everything up to the next line at column 0.
        while (next && next !== INVALID && next.indent !== 0) {
          next = readLine(text, next.next);
          while (next && next !== INVALID && next.indent < 0) next = readLine(text, next.next);
        }
        if (next === INVALID) {
          yield undefined;
          return;
        }
        const end = next ? next.start : text.length;
        yield { kind: 'entry', key, start: pieceStart, end };
        pieceStart = end;
        line = next;
        continue;
      }
      // A block list: the header, then one segment per item.
      const firstItem = next as Line;
      yield { kind: 'header', key, start: pieceStart, end: firstItem.start };
      const after = yield* this.items(firstItem.start, firstItem, key, itemColumn);
      if (after === null) return;
      pieceStart = after ? after.start : text.length;
      line = after;
    }
  }

  /** The items of a list from `first` on; returns the line after the list, or null after a refusal. */
  private *items(pieceStart: number, first: Line, key: string, column: number): Generator<Segment | undefined, Line | undefined | null> {
    const { text } = this;
    let current = first;
    for (;;) {
      // `current` starts an item: skip to the first line that is not deeper.
      let after = readLine(text, current.next);
      while (after && after !== INVALID && (after.indent < 0 || after.indent > column)) after = readLine(text, after.next);
      if (after === INVALID) {
        yield undefined;
        return null;
      }
      const end = after ? after.start : text.length;
      yield { kind: 'item', key, start: pieceStart, end };
      pieceStart = end;
      if (after && after.indent === column && dashColumn(text, after) === column) {
        current = after;
        continue;
      }
      // The list ends: the next top-level key, or the end of the text.
      if (after && after.indent !== 0) {
        yield undefined;
        return null;
      }
      return after;
    }
  }
}

/** The line at `start`, undefined at the end of the text, INVALID for a tab in the indentation. */
function readLine(text: string, start: number): Line | undefined {
  if (start >= text.length) return undefined;
  const newline = text.indexOf('\n', start);
  const next = newline < 0 ? text.length : newline + 1;
  let end = newline < 0 ? text.length : newline;
  if (end > start && text.charCodeAt(end - 1) === CR) end--;
  let i = start;
  while (i < end && text.charCodeAt(i) === SPACE) i++;
  if (i === end) return { start, end, next, indent: -1 };
  const first = text.charCodeAt(i);
  if (first === TAB) return INVALID;
  if (first === HASH) return { start, end, next, indent: -1 };
  return { start, end, next, indent: i - start };
}

/** The column of a `- ` (or a lone `-`) that starts the line's content, or -1. */
function dashColumn(text: string, line: Line): number {
  const at = line.start + line.indent;
  if (text.charCodeAt(at) !== DASH) return -1;
  const after = at + 1;
  if (after === line.end || text.charCodeAt(after) === SPACE) return line.indent;
  return -1;
}
