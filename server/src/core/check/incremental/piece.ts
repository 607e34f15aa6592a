import type { Item } from '../../model/model';
import { MAX_NESTING_DEPTH } from '../../syntax/nesting';
import { parseFragment, type ContainerLocation, type EntryLocation, type ParsedFragment, type SyntaxProblem } from '../../syntax/parse';
import type { Finding, Span } from '../../base/types';
import type { Segment, SegmentKind } from './segment';

/** A parsed fragment without the `yaml` package's own nodes, which a piece does not keep. */
export type Fragment = Omit<ParsedFragment, 'yaml'>;

/**
 * One parsed piece of text (see segment.ts), shared by every state whose text
 * has it. Its values never change. Its spans (in its locations, its syntax
 * problems and the model read from it, which shares them) stand where the
 * piece was last placed, `at`, and are moved in place when it is placed
 * elsewhere (see movePiece). The rest is memoised work.
 */
export interface Piece {
  readonly text: string;
  readonly fragment: Fragment;
  /** Whether the piece reads alone as it would within the whole text. */
  readonly usable: boolean;
  /** For an entry or header: its key's entry; for an item: the item's entry in its one-item list. */
  readonly entry?: EntryLocation;
  /** The value: the entry's value, or the list item. */
  readonly value: unknown;
  /** The offset in the whole text that the piece's spans stand at. */
  at: number;
  /** Every span object of the piece, to move them together. */
  readonly spans: readonly Span[];
  /** The model read from the piece, as what it was read (an item of `activities`, the `project` entry) and its list index. */
  model?: { readonly kind: SegmentKind; readonly key: string; index: number; readonly value: unknown; readonly items: readonly Item[] };
  /** For an activity: the activity rules' findings (copies: they do not move with the piece). */
  findings?: ActivityFindings;
  /** For a piece with syntax errors: whether they stay within it when the piece `next` follows it. */
  contained?: { readonly next: Piece; readonly key: string; readonly ok: boolean };
  /** The check the piece was last placed by: a piece is placed once in a text. */
  placedBy?: object;
}

export interface ActivityFindings {
  /** What they depend on besides the activity (see activity-rules.ts). */
  readonly context: object;
  readonly locale: string;
  /** The offset their spans stand at. */
  readonly delta: number;
  /** The activity rules (ids, comma-separated) `all` holds the findings of, rule after rule. */
  readonly rulesKey: string;
  readonly all: readonly Finding[];
}

/** A piece where it stands in one text. */
export interface Placed {
  readonly segment: Segment;
  readonly piece: Piece;
  /** The segment's start: where the piece's offsets begin. */
  readonly delta: number;
}

/** The piece each parsed container comes from (containers are never shared between pieces). */
const OWNERS = new WeakMap<object, Piece>();

export function ownerOf(container: object): Piece | undefined {
  return OWNERS.get(container);
}

export function parsePiece(text: string, kind: SegmentKind, key: string): Piece {
  const { yaml: _nodes, ...fragment } = parseFragment(text);
  const { root, locations } = fragment;
  let entry: EntryLocation | undefined;
  let value: unknown;
  let shapeOk = false;
  if (kind === 'item') {
    if (Array.isArray(root) && root.length === 1) {
      entry = locations.get(root)?.entries.get(0);
      value = root[0];
      shapeOk = entry !== undefined;
    }
  } else if (root !== null && typeof root === 'object' && !Array.isArray(root)) {
    const location = locations.get(root);
    entry = location?.entries.get(key);
    value = (root as Record<string, unknown>)[key];
    shapeOk = entry !== undefined && location?.entries.size === 1;
  }
  const usable =
    shapeOk &&
    (fragment.problems.length === 0 || hasLocalProblemsOnly(text, fragment)) &&
    fragment.aliases === 0 &&
    // A list item is one level deeper in the whole document than alone.
    fragment.depth + 1 < MAX_NESTING_DEPTH;
  const spans: Span[] = [];
  const made: Piece = { text, fragment, usable, entry, value, at: 0, spans: [] };
  if (usable) {
    const seen = new Set<Span>();
    const add = (span: Span) => {
      if (seen.has(span)) return;
      seen.add(span);
      spans.push(span);
    };
    for (const [container, location] of locations) {
      OWNERS.set(container, made);
      add(location.span);
      if (location.firstKeySpan) add(location.firstKeySpan);
      for (const entryLocation of location.entries.values()) {
        add(entryLocation.valueSpan);
        if (entryLocation.keySpan) add(entryLocation.keySpan);
      }
    }
    for (const problem of fragment.problems) add(problem.span);
    // Of its exact size (one filled by `push` keeps room for more).
    (made as { spans: readonly Span[] }).spans = spans.slice();
  }
  return made;
}

/** Moves a piece's spans (and so its model's) to where it now stands. */
export function movePiece(piece: Piece, to: number): void {
  const moved = to - piece.at;
  if (moved === 0) return;
  for (const span of piece.spans as { start: number; end: number }[]) {
    span.start += moved;
    span.end += moved;
  }
  piece.at = to;
}

/**
 * Syntax errors whose effect may reach past the piece they are in: an unclosed
 * quote or bracket, a stray token after which the parser reads every later
 * line as unexpected, nesting cut at a depth that counts from the document's
 * top, aliases (whose anchors and expansion budget are the whole document's),
 * a second document.
 */
const NON_LOCAL: ReadonlySet<string> = new Set([
  'MISSING_CHAR',
  'UNEXPECTED_TOKEN',
  'RESOURCE_EXHAUSTION',
  'BAD_ALIAS',
  'ALIAS_LIMIT',
  'MULTIPLE_DOCS',
]);

/**
 * Whether a piece's syntax errors may stay within it. A quote or bracket left
 * open reads on into the next pieces in the whole parse, and after a stray
 * closing bracket the parser reads every later line as unexpected; so a piece
 * with errors counts only when it has no quote or bracket at all (then nothing
 * can be open at its end: block scalars and plain values end at the next line
 * at the piece's own column or less, which is where the next piece starts),
 * and none of its errors is of the kinds that are never local. isContained
 * then checks what the parser makes of the piece that follows.
 */
function hasLocalProblemsOnly(text: string, fragment: Fragment): boolean {
  if (/["'[\]{}]/.test(text)) return false;
  return fragment.problems.every((problem) => !NON_LOCAL.has(problem.code));
}

/**
 * Whether a piece's syntax errors stay within it: the piece and the one after
 * it are parsed together, in their context (a list item under its key), and
 * must read exactly as each does alone: the same values at the same offsets,
 * the same syntax problems, and the next piece in its own place (the next item
 * of the same list, or the next top-level key). Then the parser was back in
 * its ordinary state where the next piece starts, and all that follows reads
 * as it does alone. (A YAML parser recovers from some errors by opening a
 * mapping that takes in the lines after it, even at column 0; that is what
 * this rules out.) Remembered on the piece for the next piece it was tried
 * with. Both pieces must stand where they are placed (movePiece).
 */
export function isContained(current: Placed, next: Placed | undefined): boolean {
  if (next === undefined) return true;
  const { piece } = current;
  const remembered = piece.contained;
  if (remembered && remembered.next === next.piece && remembered.key === next.segment.key) return remembered.ok;
  const ok = checkContained(current, next);
  piece.contained = { next: next.piece, key: next.segment.key, ok };
  return ok;
}

function checkContained(current: Placed, next: Placed): boolean {
  const { piece, segment: seg } = current;
  // A list's header line is a key and a comment: an error there is the whole parse's to place.
  if (seg.kind === 'header') return false;
  const prefix = seg.kind === 'item' ? `${seg.key}:\n` : '';
  // A piece's text runs on over the indentation of the next item's line (see compose): not twice.
  const distance = next.segment.start - seg.start;
  const window = parseFragment(prefix + piece.text + next.piece.text.slice(piece.text.length - distance));
  if (window.aliases > 0 || window.depth >= MAX_NESTING_DEPTH) return false;
  // From where the pieces stand to where they are in the window.
  const by = prefix.length - current.delta;
  const root = window.root;
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return false;
  const rootEntries = window.locations.get(root)?.entries;
  if (!rootEntries) return false;
  const keys = [...rootEntries.keys()];
  const record = root as Record<string, unknown>;
  const nextIsItem = next.segment.kind === 'item' && next.segment.key === seg.key;
  const expectedKeys = nextIsItem ? [seg.key] : [seg.key, next.segment.key];
  if (keys.length !== expectedKeys.length || keys.some((key, i) => key !== expectedKeys[i])) return false;
  const same = (a: Piece, bValue: unknown, bEntry: EntryLocation | undefined) =>
    bEntry !== undefined &&
    sameEntry(a.entry as EntryLocation, bEntry, by) &&
    sameTree(a.value, a.fragment.locations, bValue, window.locations, by);
  if (seg.kind === 'item') {
    const list = record[seg.key];
    if (!Array.isArray(list) || list.length !== (nextIsItem ? 2 : 1)) return false;
    const listEntries = window.locations.get(list)?.entries;
    if (!same(piece, list[0], listEntries?.get(0))) return false;
    if (nextIsItem && !same(next.piece, list[1], listEntries?.get(1))) return false;
  } else if (!same(piece, record[seg.key], rootEntries.get(seg.key))) {
    return false;
  }
  if (!nextIsItem && !same(next.piece, record[next.segment.key], rootEntries.get(next.segment.key))) return false;
  // The same problems, in the whole parse's order: the errors of both, then the warnings of both.
  const expected: SyntaxProblem[] = [];
  const parts = [piece.fragment, next.piece.fragment];
  for (const fragment of parts) for (let i = 0; i < fragment.errors; i++) expected.push(fragment.problems[i]);
  for (const fragment of parts) for (let i = fragment.errors; i < fragment.parserProblems; i++) expected.push(fragment.problems[i]);
  const actual = window.problems;
  return (
    actual.length === expected.length &&
    actual.every((problem, i) => problem.code === expected[i].code && problem.message === expected[i].message && sameSpan(expected[i].span, problem.span, by))
  );
}

function sameSpan(a: Span | undefined, b: Span | undefined, delta: number): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.start + delta === b.start && a.end + delta === b.end;
}

function sameEntry(a: EntryLocation, b: EntryLocation, delta: number): boolean {
  return sameSpan(a.keySpan, b.keySpan, delta) && sameSpan(a.valueSpan, b.valueSpan, delta);
}

/** The same plain values, with every container at the same place (moved by `delta`). */
function sameTree(
  a: unknown,
  aLocations: ReadonlyMap<object, ContainerLocation>,
  b: unknown,
  bLocations: ReadonlyMap<object, ContainerLocation>,
  delta: number,
): boolean {
  if (a === null || typeof a !== 'object' || b === null || typeof b !== 'object') return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aLocation = aLocations.get(a);
  const bLocation = bLocations.get(b);
  if (!aLocation || !bLocation) return aLocation === bLocation;
  if (!sameSpan(aLocation.span, bLocation.span, delta) || !sameSpan(aLocation.firstKeySpan, bLocation.firstKeySpan, delta)) return false;
  if (aLocation.entries.size !== bLocation.entries.size) return false;
  const aRecord = a as Record<string | number, unknown>;
  const bRecord = b as Record<string | number, unknown>;
  if (Object.keys(aRecord).length !== Object.keys(bRecord).length) return false;
  for (const [key, aEntry] of aLocation.entries) {
    const bEntry = bLocation.entries.get(key);
    if (!bEntry || !sameEntry(aEntry, bEntry, delta)) return false;
    if (!sameTree(aRecord[key], aLocations, bRecord[key], bLocations, delta)) return false;
  }
  return true;
}

/**
 * A copy of a piece of the text that does not keep the whole text alive: V8
 * represents a slice as a view of its parent string, and a piece kept in the
 * state for many edits must not hold every version of the document. Made
 * through JSON, which also stores it in one byte a character when it can
 * (a text with a single `ł` or `ň` anywhere is two bytes a character
 * throughout, and so would be every plain copy of its pieces).
 */
export function detach(slice: string): string {
  return JSON.parse(JSON.stringify(slice)) as string;
}
