import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';
import { parseDocumentBounded } from './nesting';
import type { Span } from '../base/types';

/** A YAML error or warning, with the parser's own position. */
export interface SyntaxProblem {
  readonly span: Span;
  readonly message: string;
  /** The `yaml` package's error code, or our own for alias limits. */
  readonly code: string;
}

/** Where an entry of a mapping or sequence sits in the text. */
export interface EntryLocation {
  /** The key's text; absent for sequence items. */
  readonly keySpan?: Span;
  /** The value's text; the key's text when the value is empty (`key:`). */
  readonly valueSpan: Span;
}

export interface ContainerLocation {
  readonly span: Span;
  /** The first key of a mapping: where a missing required key is reported. */
  readonly firstKeySpan?: Span;
  readonly entries: ReadonlyMap<string | number, EntryLocation>;
}

export interface ParsedDocument {
  readonly text: string;
  /** The document as plain data: objects without prototype, arrays, strings, numbers, booleans, null. */
  readonly root: unknown;
  readonly rootSpan: Span;
  readonly problems: readonly SyntaxProblem[];
  readonly lineCounter: LineCounter;
  /**
   * The `yaml` package's own document (nodes with their ranges), for editor
   * features that need the exact syntax at a cursor (completion, hover). Read only.
   */
  readonly yaml: Document.Parsed;
  /** Locations of every mapping and sequence in `root`, keyed by the object itself. */
  locate(container: object): ContainerLocation | undefined;
  /** The location of `container[key]`, when known. */
  entry(container: object, key: string | number): EntryLocation | undefined;
}

/**
 * Aliases are shared, never copied, but a checker walking the value would still
 * visit each reference: a "billion laughs" document must not make that walk
 * exponential. Expansions beyond this many nodes are reported and dropped.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** Parses the text with the `yaml` package (YAML 1.2 core schema). Never throws. */
export function parseApplication(text: string): ParsedDocument {
  const lineCounter = new LineCounter();
  const fragment = parseWith(text, lineCounter);
  const { locations } = fragment;
  const rootRange = fragment.range;
  return {
    text,
    root: fragment.root,
    rootSpan: rootRange ? { start: rootRange[0], end: rootRange[1] } : { start: 0, end: 0 },
    problems: fragment.problems,
    lineCounter,
    yaml: fragment.yaml,
    locate: (container) => locations.get(container),
    entry: (container, key) => locations.get(container)?.entries.get(key),
  };
}

/**
 * A piece of an application parsed on its own, as core/incremental does with
 * each top-level entry and list item: the same conversion as parseApplication,
 * with offsets relative to the fragment's text.
 */
export interface ParsedFragment {
  readonly root: unknown;
  /** The `yaml` range of the document's contents: start, value end, node end (with trailing comments). */
  readonly range: readonly [number, number, number] | undefined;
  /** When the contents are a list: the `yaml` range of its first item. */
  readonly firstItemRange: readonly [number, number, number] | undefined;
  /** The parser's errors, then its warnings, then problems found while converting (aliases). */
  readonly problems: SyntaxProblem[];
  /** How many of `problems` are the parser's errors (the rest are its warnings, then the conversion's). */
  readonly errors: number;
  /** How many of `problems` are the parser's (errors and warnings). */
  readonly parserProblems: number;
  readonly locations: ReadonlyMap<object, ContainerLocation>;
  /** How many aliases the fragment uses (their expansion budget is the whole document's). */
  readonly aliases: number;
  /** The deepest nesting of collections in the fragment (the top one counts 1). */
  readonly depth: number;
  readonly yaml: Document.Parsed;
}

export function parseFragment(text: string): ParsedFragment {
  return parseWith(text, undefined);
}

/**
 * The `yaml` package's document for a text, parsed as every application is:
 * parseDocument with a nesting limit (see nesting.ts). `resolveKnownTags: false`:
 * the YAML 1.1 tags !!timestamp, !!binary, !!set, !!omap and !!pairs are not part
 * of the core schema, so they are reported as unknown tags like any other (a
 * !!timestamp would otherwise become a Date whose text depends on the machine's
 * time zone). `schema: 'core'` also for a `%YAML 1.1` directive, which would otherwise switch
 * to the 1.1 schema (`NO` false, `yes` true, dates as Date objects): the spec reads every file
 * with the 1.2 core schema.
 */
export function parseYaml(text: string, lineCounter?: LineCounter): Document.Parsed {
  return parseDocumentBounded(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    keepSourceTokens: false,
    resolveKnownTags: false,
    schema: 'core',
  });
}

function parseWith(text: string, lineCounter: LineCounter | undefined): ParsedFragment {
  const doc = parseYaml(text, lineCounter);
  const problems: SyntaxProblem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    span: wholeCharacters(text, error.pos[0], Math.max(error.pos[1], error.pos[0])),
    message: error.message,
    code: error.code,
  }));
  const parserProblems = problems.length;
  const converter = new Converter(doc, text, problems);
  const root = doc.contents ? converter.convert(doc.contents as Node) : null;
  const range = (doc.contents as Node | null)?.range ?? undefined;
  const firstItem = isSeq(doc.contents) ? (doc.contents.items[0] as Node | null | undefined) : undefined;
  return {
    root,
    range,
    firstItemRange: firstItem?.range ?? undefined,
    problems,
    errors: doc.errors.length,
    parserProblems,
    locations: converter.locations,
    aliases: converter.aliases,
    depth: converter.maxDepth,
    yaml: doc,
  };
}

function spanOf(node: Node | null | undefined): Span | undefined {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

function isEmptyValue(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  return isScalar(node) && node.value === null && (node.range?.[0] ?? 0) === (node.range?.[1] ?? 0);
}

class Converter {
  /** A Map rather than a WeakMap: the root holds every container anyway, and a Map is cheaper to fill and to collect. */
  readonly locations = new Map<object, ContainerLocation>();
  aliases = 0;
  maxDepth = 0;
  private depth = 0;
  private readonly converted = new Map<Node, unknown>();
  private readonly expandedSizes = new Map<Node, number>();
  private readonly inProgress = new Set<Node>();
  private aliasBudget = MAX_ALIAS_EXPANSION;
  private budgetReported = false;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly text: string,
    private readonly problems: SyntaxProblem[],
  ) {}

  convert(node: Node): unknown {
    if (isAlias(node)) return this.convertAlias(node);
    // Only an anchored node can be reached twice (through an alias) or take part in a cycle.
    if (!(node as { anchor?: string }).anchor) return this.convertNode(node);
    const done = this.converted.get(node);
    if (done !== undefined || this.converted.has(node)) return done;
    if (this.inProgress.has(node)) return null;
    this.inProgress.add(node);
    const value = this.convertNode(node);
    this.inProgress.delete(node);
    this.converted.set(node, value);
    return value;
  }

  private convertNode(node: Node): unknown {
    if (isScalar(node)) return normaliseScalar(node.value);
    const collection = isMap(node) ? 1 : isSeq(node) ? 2 : 0;
    if (collection === 0) return null;
    this.depth++;
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
    const value = collection === 1 ? this.convertMap(node as Node & { items: unknown[] }) : this.convertSeq(node as Node & { items: unknown[] });
    this.depth--;
    return value;
  }

  private convertMap(node: Node & { items: unknown[] }): object {
    const value = emptyRecord();
    const keys: string[] = [];
    const locations: EntryLocation[] = [];
    // For a large mapping, an index of its keys (a small one is searched).
    let seen: Set<string> | undefined;
    let firstKeySpan: Span | undefined;
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const keyNode = item.key as Node | null;
      const key = this.keyText(keyNode);
      const keySpan = spanOf(keyNode) ?? spanOf(item.value as Node) ?? { start: 0, end: 0 };
      firstKeySpan ??= keySpan;
      // A duplicate key is a yaml-syntax error from the parser; the first one wins.
      if (seen ? seen.has(key) : keys.includes(key)) {
        this.widenToKey('DUPLICATE_KEY', keySpan);
        continue;
      }
      const valueNode = item.value as Node | null;
      keys.push(key);
      locations.push({ keySpan, valueSpan: isEmptyValue(valueNode) ? keySpan : (spanOf(valueNode) ?? keySpan) });
      if (seen) seen.add(key);
      else if (keys.length > SMALL) seen = new Set(keys);
      value[key] = valueNode ? this.convert(valueNode) : null;
    }
    this.locations.set(value, { span: spanOf(node) ?? { start: 0, end: 0 }, firstKeySpan, entries: entriesOf(keys, locations) });
    return value;
  }

  /** The parser marks a duplicate key by its first character; the spec points at the key's whole text. */
  private widenToKey(code: string, keySpan: Span): void {
    const index = this.problems.findIndex(
      (problem) => problem.code === code && problem.span.start === keySpan.start && problem.span.end < keySpan.end,
    );
    if (index >= 0) this.problems[index] = { ...this.problems[index], span: keySpan };
  }

  private convertSeq(node: Node & { items: unknown[] }): unknown[] {
    // Arrays of their exact size: one filled by `push` keeps room for more (a third again and more).
    const count = node.items.length;
    const value: unknown[] = new Array(count);
    const locations: EntryLocation[] = new Array(count);
    const seqSpan = spanOf(node) ?? { start: 0, end: 0 };
    for (let i = 0; i < count; i++) {
      const itemNode = node.items[i] as Node | null;
      locations[i] = { valueSpan: isEmptyValue(itemNode) ? seqSpan : (spanOf(itemNode) ?? seqSpan) };
      value[i] = itemNode ? this.convert(itemNode) : null;
    }
    this.locations.set(value, { span: seqSpan, entries: entriesOf(undefined, locations) });
    return value;
  }

  private keyText(keyNode: Node | null): string {
    if (keyNode === null) return '';
    if (isScalar(keyNode)) return String(keyNode.value ?? '');
    // A mapping or sequence used as a key: its source text names it in messages.
    const span = spanOf(keyNode);
    return span ? this.text.slice(span.start, span.end) : '';
  }

  private convertAlias(node: Node & { source: string }): unknown {
    this.aliases++;
    const target = (node as unknown as { resolve(doc: Document): Node | undefined }).resolve(this.doc);
    const span = spanOf(node) ?? { start: 0, end: 0 };
    if (!target || this.inProgress.has(target)) {
      this.problems.push({ span, message: `Alias *${node.source} refers to no complete anchor`, code: 'BAD_ALIAS' });
      return null;
    }
    this.aliasBudget -= this.expandedSize(target);
    if (this.aliasBudget < 0) {
      if (!this.budgetReported) {
        this.budgetReported = true;
        this.problems.push({
          span,
          message: `Aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes; the rest are not read`,
          code: 'ALIAS_LIMIT',
        });
      }
      return null;
    }
    return this.convert(target);
  }

  /** How many nodes a node stands for once its aliases are expanded (memoised, so linear in the text). */
  private expandedSize(node: Node | null | undefined): number {
    if (!node) return 0;
    const known = this.expandedSizes.get(node);
    if (known !== undefined) return known;
    this.expandedSizes.set(node, Infinity); // a cycle counts as unbounded
    let size = 1;
    if (isAlias(node)) {
      const target = (node as unknown as { resolve(doc: Document): Node | undefined }).resolve(this.doc);
      size = target ? this.expandedSize(target) : 1;
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) size += this.expandedSize(item.value as Node | null);
        else size += this.expandedSize(item as Node | null);
        if (size > MAX_ALIAS_EXPANSION) break;
      }
    }
    this.expandedSizes.set(node, size);
    return size;
  }
}

/** Up to this many entries, a container's entries are kept in arrays rather than a Map. */
const SMALL = 16;

/** A container's entries: a Map when it is large, else the smaller SmallEntries. */
export function entriesOf<K extends string | number>(keys: K[] | undefined, locations: EntryLocation[]): ReadonlyMap<K, EntryLocation> {
  // `slice`: arrays of their exact size (one filled by `push` keeps room for more).
  if (locations.length <= SMALL) return new SmallEntries(keys?.slice(), locations.slice());
  return new Map(locations.map((location, i) => [keys ? keys[i] : (i as K), location]));
}

/**
 * The entries of a small mapping (keys and locations in two arrays, the key
 * found by a search) or list (the key is the index): a read-only Map in a
 * third of the memory, for the many small containers of an application.
 */
class SmallEntries<K extends string | number> implements ReadonlyMap<K, EntryLocation> {
  constructor(
    /** Undefined for a list: the keys are the indexes. */
    private readonly keyList: readonly K[] | undefined,
    private readonly locations: readonly EntryLocation[],
  ) {}

  get size(): number {
    return this.locations.length;
  }

  get(key: K): EntryLocation | undefined {
    if (this.keyList === undefined) return typeof key === 'number' ? this.locations[key] : undefined;
    const index = this.keyList.indexOf(key);
    return index < 0 ? undefined : this.locations[index];
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  forEach(callback: (value: EntryLocation, key: K, map: ReadonlyMap<K, EntryLocation>) => void, thisArg?: unknown): void {
    for (const [key, value] of this) callback.call(thisArg, value, key, this);
  }

  *entries(): MapIterator<[K, EntryLocation]> {
    for (let i = 0; i < this.locations.length; i++) yield [this.keyList ? this.keyList[i] : (i as K), this.locations[i]];
  }

  *keys(): MapIterator<K> {
    for (let i = 0; i < this.locations.length; i++) yield this.keyList ? this.keyList[i] : (i as K);
  }

  values(): MapIterator<EntryLocation> {
    return this.locations.values();
  }

  [Symbol.iterator](): MapIterator<[K, EntryLocation]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'SmallEntries';
  }
}

/**
 * An object without prototype, as `Object.create(null)` makes, but one V8 keeps
 * in its fast representation (shared hidden classes) rather than as a hash
 * table: several times smaller and quicker to fill and to read. Any key,
 * `__proto__` included, is an own property.
 */
export function emptyRecord<T>(): Record<string, T> {
  const record = {};
  Object.setPrototypeOf(record, null);
  return record as Record<string, T>;
}

/** The core schema gives strings, numbers, booleans and null; anything else becomes a string. */
function normaliseScalar(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return String(value);
}

/**
 * The parser may place an error one character past the end of the text (a
 * missing closing quote at the very end), between the CR and LF of a line
 * break, or between the two halves of a surrogate pair. No editor position
 * lies there (LSP would get a column past the line's end): clamp the span to
 * the text and widen it to whole characters.
 */
function wholeCharacters(text: string, from: number, to: number): Span {
  const start = Math.max(0, Math.min(from, text.length));
  const end = Math.max(start, Math.min(to, text.length));
  const splits = (offset: number) => {
    const before = text.charCodeAt(offset - 1);
    const at = text.charCodeAt(offset);
    return (before === 13 && at === 10) || (before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff);
  };
  return { start: splits(start) ? start - 1 : start, end: splits(end) ? end + 1 : end };
}
