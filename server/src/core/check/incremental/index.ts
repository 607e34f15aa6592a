import { LineCounter, type Document } from 'yaml';
import { checkModel, checkText, type CheckResult } from '../check';
import { LineIndex } from '../../base/lines';
import {
  partnersById,
  partnersReadable,
  readSectionItems,
  readActivity,
  readPartner,
  readProject,
  readYouthInitiative,
  type Activity,
  type Application,
  type Item,
  type ListSection,
  type ModelSource,
  type Partner,
  type Project,
  type YouthInitiative,
} from '../../model/model';
import { emptyRecord, entriesOf, parseYaml, type ContainerLocation, type EntryLocation, type ParsedDocument, type SyntaxProblem } from '../../syntax/parse';
import { DEFAULT_CONFIG, type CheckConfig, type Span } from '../../base/types';
import { activityRunner, sameContext, type RuleContextKey } from './activity-rules';
import { detach, isContained, movePiece, ownerOf, parsePiece, type Piece, type Placed } from './piece';
import { commonEnds, resegment, segment, type Segment } from './segment';
import { composeYaml, type YamlPiece } from './yaml';

/**
 * Incremental checking: the same result as `checkText`, computed from pieces
 * of the text that are parsed once and reused while they do not change.
 *
 * segment.ts splits the text into top-level entries and list items (after an
 * edit, only around the edit). Each piece is parsed on its own with the
 * `yaml` package (piece.ts) and kept in the state, keyed by its text: after a
 * keystroke one piece is parsed again and the others are reused where they
 * now stand. The document, the model and the findings are composed from the
 * pieces. The rules that compare items with each other run on the whole model
 * each time; the activity rules' findings are kept per activity
 * (activity-rules.ts).
 *
 * Where the split is not certain to read the same as the whole text (see
 * segment.ts), or a piece has a syntax error that may reach past it, an alias
 * or deep nesting (see piece.ts), the whole text is parsed as `checkText`
 * does: a syntax error can change how everything after it is read, and only
 * the whole parse says how.
 *
 *     let state: IncrementalState | undefined;
 *     ({ result, state } = checkIncremental(state, text, config));
 *
 * No I/O; the result equals `checkText(text, config)` (test/incremental.test.ts
 * checks it on random edits). A state stays usable: an old one can start a
 * check again. States and results share the parsed pieces (and the map of
 * pieces by text, which later checks add to): a piece's spans, and the model
 * read from it, stand where the newest check placed it, so a result's document
 * and model are those of its text until the next check of the same document
 * (a server keeps only the newest result of a document, and uses it at once).
 */
export interface IncrementalState {
  /** Parsed pieces by text: those of the last text checked in pieces (and possibly a few more). */
  readonly pieces: ReadonlyMap<string, Piece>;
  /** That text, its segments, the piece of each segment, and its line index. */
  readonly text?: string;
  readonly segments?: readonly Segment[];
  readonly pieceList?: readonly Piece[];
  readonly lines?: LineIndex;
  /** What the activities' findings depended on in that text. */
  readonly context?: RuleContextKey;
}

export interface IncrementalResult {
  readonly result: CheckResult;
  readonly state: IncrementalState;
  /** How the result was computed, for tests and measurements. */
  readonly stats: IncrementalStats;
}

export interface IncrementalStats {
  /** `pieces` when composed from pieces, `whole` when the whole text was parsed. */
  readonly mode: 'pieces' | 'whole';
  readonly pieces: number;
  /** How many pieces had to be parsed (the rest came from the state). */
  readonly parsed: number;
  /** An exception while composing (a bug): the whole parse gave the result instead. */
  readonly failure?: string;
}

export const EMPTY_STATE: IncrementalState = { pieces: new Map() };

/** From this size on, checkOnce checks in pieces. */
const PIECES_FROM = 256 * 1024;

/**
 * `checkText` for a text checked once (the command line): a large one in
 * pieces when the text allows (see checkIncremental), the same result faster
 * and in far less memory (10 MB: 5.1 s and 0.4 GB rather than 5.9 s and
 * 1 GB), as nothing holds the whole text's `yaml` nodes at once. A typical
 * application is quicker checked whole by a process that has just started.
 */
export function checkOnce(text: string, config: CheckConfig = DEFAULT_CONFIG): CheckResult {
  return text.length < PIECES_FROM ? checkText(text, config) : checkIncremental(undefined, text, config).result;
}

export function checkIncremental(
  previous: IncrementalState | undefined,
  text: string,
  config: CheckConfig,
): IncrementalResult {
  const state = previous ?? EMPTY_STATE;
  let failure: string | undefined;
  try {
    const composed = compose(state, text);
    if (composed) {
      const runner = composed.activityOrigins ? activityRunner(composed.activityOrigins, composed.context, config.locale) : undefined;
      const result = checkModel(composed.doc, composed.app, composed.lines, config, runner);
      const next: IncrementalState = {
        pieces: composed.pieces,
        text,
        segments: composed.segments,
        pieceList: composed.pieceList,
        lines: composed.lines,
        context: composed.context,
      };
      return { result, state: next, stats: composed.stats };
    }
  } catch (error) {
    // Composing should never throw; if it does, the whole parse below still gives the answer.
    failure = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  const stats: IncrementalStats = { mode: 'whole', pieces: 0, parsed: 0, ...(failure === undefined ? {} : { failure }) };
  return { result: checkText(text, config), state, stats };
}

interface Composed {
  readonly doc: ParsedDocument;
  readonly app: Application;
  readonly lines: LineIndex;
  readonly pieces: ReadonlyMap<string, Piece>;
  readonly segments: readonly Segment[];
  readonly pieceList: readonly Piece[];
  readonly context: RuleContextKey;
  /** The piece of each activity in the model, when they come from list items. */
  readonly activityOrigins?: readonly Placed[];
  readonly stats: IncrementalStats;
}

interface Section {
  readonly key: string;
  readonly header: Placed;
  readonly items: Placed[];
}

function compose(state: IncrementalState, text: string): Composed | undefined {
  // The segments: after an edit, only those around it are found again; the others are the old ones.
  let segments: Segment[] | undefined;
  let kept = 0;
  let rejoined = Infinity;
  let oldRejoined = 0;
  let lines: LineIndex | undefined;
  if (state.text !== undefined && state.segments !== undefined && state.pieceList !== undefined) {
    const { prefix, suffix } = commonEnds(state.text, text);
    const result = resegment(state.segments, state.text.length, text, prefix, suffix);
    if (result) ({ segments, kept, rejoined, oldRejoined } = result);
    if (state.lines) lines = LineIndex.edited(state.lines, text, prefix, suffix);
  } else {
    segments = segment(text);
  }
  if (!segments) return undefined;

  // The pieces: the old ones where the segments are, found by text around the edit, else parsed.
  const check = {};
  const known = state.pieces;
  const added = new Map<string, Piece>();
  const pieceList: Piece[] = new Array(segments.length);
  const placed: Placed[] = new Array(segments.length);
  let parsed = 0;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    let piece: Piece | undefined;
    let pieceText: string | undefined;
    if (i < kept) piece = (state.pieceList as Piece[])[i];
    else if (i >= rejoined) piece = (state.pieceList as Piece[])[oldRejoined + i - rejoined];
    else {
      // A piece reads on to the next item's `-`: the whole parse ends some ranges at the next
      // token (an empty value with a comment ends there), so the piece must see that indentation.
      const next = segments[i + 1];
      let end = seg.end;
      if (next !== undefined && next.kind === 'item') while (text.charCodeAt(end) === 32) end++;
      pieceText = text.slice(seg.start, end);
      piece = added.get(pieceText) ?? known.get(pieceText);
    }
    if (piece === undefined || piece.placedBy === check) {
      // A piece written twice in one text needs values of its own: parse the copy.
      piece = parsePiece(detach(pieceText ?? (piece as Piece).text), seg.kind, seg.key);
      parsed++;
      if (!known.has(piece.text)) added.set(piece.text, piece);
    }
    if (!piece.usable) return undefined;
    piece.placedBy = check;
    pieceList[i] = piece;
    placed[i] = { segment: seg, piece, delta: seg.start };
  }
  // Every piece's spans to where it now stands, then the syntax errors' reach.
  for (const p of placed) movePiece(p.piece, p.delta);
  for (let i = 0; i < placed.length; i++) {
    if (placed[i].piece.fragment.problems.length > 0 && !isContained(placed[i], placed[i + 1])) return undefined;
  }
  // The pieces by text for the next check: the old map with the new pieces added, made again
  // from this text's pieces when the old ones it still holds outnumber them.
  let pieces: Map<string, Piece>;
  if (known === EMPTY_STATE.pieces || known.size + added.size > 2 * pieceList.length + 64) {
    pieces = new Map();
    for (const piece of pieceList) if (!pieces.has(piece.text)) pieces.set(piece.text, piece);
  } else {
    pieces = known as Map<string, Piece>;
    for (const [key, piece] of added) pieces.set(key, piece);
  }

  const root = emptyRecord();
  const rootEntries = new Map<string, EntryLocation>();
  const composedLocations = new Map<object, ContainerLocation>();
  const lazyLocations = new Map<object, () => ContainerLocation>();
  const sections = new Map<string, Section>();
  const entries = new Map<string, Placed>();
  let lastEnd = 0;
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i];
    const { segment: seg, piece, delta } = p;
    if (seg.kind === 'entry') {
      root[seg.key] = piece.value;
      rootEntries.set(seg.key, piece.entry as EntryLocation);
      entries.set(seg.key, p);
      // The top-level mapping ends where its last value does, trailing comments on its line included.
      lastEnd = (piece.fragment.range?.[1] ?? 0) + delta;
      continue;
    }
    if (seg.kind === 'header') {
      sections.set(seg.key, { key: seg.key, header: p, items: [] });
      continue;
    }
    const section = sections.get(seg.key) as Section;
    section.items.push(p);
    const next = placed[i + 1];
    if (next === undefined || next.segment.kind !== 'item' || next.segment.key !== seg.key) {
      // The last item: compose the list.
      const first = section.items[0];
      const firstRange = first.piece.fragment.range as readonly [number, number, number];
      const lastRange = piece.fragment.range as readonly [number, number, number];
      const listSpan: Span = { start: firstRange[0] + first.delta, end: lastRange[1] + delta };
      const items = section.items;
      const list: unknown[] = new Array(items.length);
      for (let k = 0; k < items.length; k++) list[k] = items[k].piece.value;
      // Its location only when asked for (a list of 5 000 activities has 5 000 entries).
      lazyLocations.set(list, () => {
        const listEntries = items.map((item): EntryLocation => {
          const itemEntry = item.piece.entry as EntryLocation;
          const itemList = item.piece.fragment.root as unknown[];
          // An empty item (`-` alone) is located at the whole list, as the whole parse does.
          const empty = itemEntry.valueSpan === item.piece.fragment.locations.get(itemList)?.span;
          return empty ? { valueSpan: listSpan } : itemEntry;
        });
        return { span: listSpan, entries: entriesOf(undefined, listEntries) };
      });
      root[seg.key] = list;
      const headerEntry = section.header.piece.entry as EntryLocation;
      rootEntries.set(seg.key, { keySpan: headerEntry.keySpan, valueSpan: listSpan });
      lastEnd = lastRange[2] + delta;
    }
  }
  const firstPlaced = placed[0];
  const rootStart = (firstPlaced.piece.fragment.range?.[0] ?? 0) + firstPlaced.delta;
  const rootSpan: Span = { start: rootStart, end: lastEnd };
  const firstKey = rootEntries.values().next().value as EntryLocation;
  composedLocations.set(root, { span: rootSpan, firstKeySpan: firstKey.keySpan, entries: entriesOf([...rootEntries.keys()], [...rootEntries.values()]) });
  // As the whole parse lists them: every error, then every warning, each in the order of the text.
  const problems: SyntaxProblem[] = [];
  for (const p of placed) {
    const { fragment } = p.piece;
    for (let i = 0; i < fragment.errors; i++) problems.push(fragment.problems[i]);
  }
  for (const p of placed) {
    const { fragment } = p.piece;
    for (let i = fragment.errors; i < fragment.parserProblems; i++) problems.push(fragment.problems[i]);
  }

  const locate = (container: object): ContainerLocation | undefined => {
    const composed = composedLocations.get(container);
    if (composed) return composed;
    const lazy = lazyLocations.get(container);
    if (lazy) {
      const location = lazy();
      composedLocations.set(container, location);
      return location;
    }
    return ownerOf(container)?.fragment.locations.get(container);
  };
  let yaml: Document.Parsed | undefined;
  let lineCounter: LineCounter | undefined;
  const doc: ParsedDocument = {
    text,
    root,
    rootSpan,
    problems,
    // The `yaml` package's own document, for the features that ask: composed from the pieces on demand.
    get yaml(): Document.Parsed {
      yaml ??= composeYaml(placed.map(yamlPiece), rootSpan, text.length);
      return yaml;
    },
    // The `yaml` package's line counter (nothing in the checker uses it): from a parse of the whole text.
    get lineCounter(): LineCounter {
      if (!lineCounter) {
        lineCounter = new LineCounter();
        parseYaml(text, lineCounter);
      }
      return lineCounter;
    },
    locate,
    entry: (container, key) => locate(container)?.entries.get(key),
  };

  const activityOrigins: Placed[] = [];
  const app = composeModel(entries, sections, rootEntries, activityOrigins);
  // What the activities' findings depend on besides the activity itself.
  const partnerPieces = sections.get('partners')?.items.map((p) => p.piece) ?? [entries.get('partners')?.piece];
  const context = sameContext(state.context, entries.get('project')?.piece, partnerPieces);
  return {
    doc,
    app,
    lines: lines ?? new LineIndex(text),
    pieces,
    segments,
    pieceList,
    context,
    activityOrigins: sections.has('activities') ? activityOrigins : undefined,
    stats: { mode: 'pieces', pieces: placed.length, parsed },
  };
}

function yamlPiece({ segment: seg, piece, delta }: Placed): YamlPiece {
  if (seg.kind !== 'item') return { kind: seg.kind, text: piece.text, delta };
  const moved = (range: readonly [number, number, number] | undefined) =>
    range && ([range[0] + delta, range[1] + delta, range[2] + delta] as const);
  return {
    kind: 'item',
    text: piece.text,
    delta,
    listRange: moved(piece.fragment.range),
    itemRange: moved(piece.fragment.firstItemRange),
  };
}

/** A source that reads a piece's containers where the piece stands (its spans are the model's). */
function sourceOf(placed: Placed): ModelSource {
  const locations = placed.piece.fragment.locations;
  return { locate: (container) => locations.get(container) };
}

const MISSING = Symbol('missing');

/**
 * The model read from a piece, when it was read before as what the piece now
 * is (the same text may have been a partner and become an activity). It is
 * read once: its spans are the piece's own, which move with the piece
 * (movePiece), and only a list item's index is set again when items before it
 * come or go.
 */
function knownModel(placed: Placed, index: number): unknown {
  const memo = placed.piece.model;
  if (!memo || memo.kind !== placed.segment.kind || memo.key !== placed.segment.key) return MISSING;
  if (memo.index !== index && index >= 0) {
    for (const item of memo.items) (item as { index: number }).index = index;
    memo.index = index;
  }
  return memo.value;
}

function rememberModel<T>(placed: Placed, index: number, value: T): T {
  const items = index >= 0 && value !== undefined ? [value as Item] : [];
  placed.piece.model = { kind: placed.segment.kind, key: placed.segment.key, index, value, items };
  return value;
}

type ItemReader<T> = (source: ModelSource, value: unknown, index: number) => T | undefined;

function composeSection<T>(
  key: string,
  read: ItemReader<T>,
  entries: Map<string, Placed>,
  sections: Map<string, Section>,
  rootEntries: Map<string, EntryLocation>,
  origins?: Placed[],
): ListSection<T> | undefined {
  const keySpan = rootEntries.get(key)?.keySpan as Span;
  const section = sections.get(key);
  if (section) {
    const count = section.items.length;
    const items: T[] = new Array(count);
    let n = 0;
    for (let index = 0; index < count; index++) {
      const placed = section.items[index];
      let item = knownModel(placed, index) as T | undefined | typeof MISSING;
      if (item === MISSING) item = rememberModel(placed, index, read(sourceOf(placed), placed.piece.value, index));
      if (item === undefined) continue;
      if (origins) origins[n] = placed;
      items[n++] = item;
    }
    const complete = n === count;
    items.length = n;
    if (origins) origins.length = n;
    return { keySpan, items, complete, repeats: [] };
  }
  const placed = entries.get(key);
  if (!placed || !Array.isArray(placed.piece.value)) return undefined;
  let read_ = knownModel(placed, -1) as Omit<ListSection<T>, 'keySpan'> | typeof MISSING;
  if (read_ === MISSING) read_ = rememberModel(placed, -1, readSectionItems(sourceOf(placed), placed.piece.value as unknown[], read));
  return { keySpan, ...read_ };
}

/** The model, and for activities read from list items (not from one `activities:` entry) the piece of each. */
function composeModel(
  entries: Map<string, Placed>,
  sections: Map<string, Section>,
  rootEntries: Map<string, EntryLocation>,
  activityOrigins: Placed[],
): Application {
  const partners = composeSection<Partner>('partners', readPartner, entries, sections, rootEntries);
  const projectPlaced = entries.get('project');
  let project: Project | undefined;
  if (projectPlaced) {
    const known = knownModel(projectPlaced, -1) as Project | undefined | typeof MISSING;
    project =
      known !== MISSING
        ? known
        : rememberModel(
            projectPlaced,
            -1,
            readProject(sourceOf(projectPlaced), projectPlaced.piece.value, (projectPlaced.piece.entry as EntryLocation).keySpan as Span),
          );
  }
  return {
    project,
    partners,
    activities: composeSection<Activity>('activities', readActivity, entries, sections, rootEntries, activityOrigins),
    youthInitiatives: composeSection<YouthInitiative>('youth-initiatives', readYouthInitiative, entries, sections, rootEntries),
    partnerById: partnersById(partners?.items ?? []),
    partnersReadable: partnersReadable(rootEntries.has('partners'), partners),
  };
}
