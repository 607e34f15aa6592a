import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ParsedDocument } from './parse';
import { resolveSchema, schemaAt, type SchemaNode } from '../format/schema-info';
import type { Span } from '../base/types';

/**
 * Where a cursor stands in an application, in the terms completion and hover
 * need: the path from the root (`['activities', 2, 'participants', 0, 'role']`),
 * whether a key or a value goes there, the word typed so far and the span a
 * completion replaces. Works on text being typed: `type: ` with nothing after,
 * a fresh `- `, a half-typed key, syntax errors elsewhere.
 *
 * Positions come from the `yaml` package's nodes (`ParsedDocument.yaml`), which
 * recover well from incomplete text. Only where the parser has no node at the
 * cursor (a blank line, a comment) does this module look at the cursor's own
 * line: its indentation, compared with the columns of the parser's nodes,
 * says which mapping or list a new key or item belongs to.
 */
export type PathSegment = string | number;

interface Common {
  /** The word typed so far: from the start of `replace` (after an opening quote) to the cursor. */
  readonly prefix: string;
  /** What a completion replaces: the whole word or scalar under the cursor (it may extend past the cursor). */
  readonly replace: Span;
  /**
   * The column at which the inserted text starts its lines: a key's column for
   * keys and values, the dash's column for a new list item.
   */
  readonly indent: number;
  /** The cursor sits right after `:` or `-`: an insertion needs a space first. */
  readonly needsSpace: boolean;
  /** The scalar under the cursor, when one is written there (what hover describes). */
  readonly node?: { readonly span: Span; readonly value: unknown };
}

/** A key goes here, in the mapping at `path` (possibly one that does not exist yet). */
export interface KeyContext extends Common {
  readonly kind: 'key';
  readonly path: readonly PathSegment[];
  /** The other keys the mapping already has (not the one under the cursor). */
  readonly existingKeys: readonly string[];
  /** The key under the cursor, when the cursor is on a written key. */
  readonly key?: string;
  /** The key under the cursor is already followed by `:` (insert the name only). */
  readonly hasColon: boolean;
}

/** A value goes here: the value at `path` (its last segment is a key or a list index). */
export interface ValueContext extends Common {
  readonly kind: 'value';
  readonly path: readonly PathSegment[];
  /** The opening quote when the value is a quoted scalar. */
  readonly quote?: '"' | "'";
}

/** A new entry of the block list at `path` goes here, and its `- ` is still to be written. */
export interface ItemContext extends Common {
  readonly kind: 'item';
  readonly path: readonly PathSegment[];
  readonly index: number;
}

export interface NoContext {
  readonly kind: 'none';
}

export type CursorContext = KeyContext | ValueContext | ItemContext | NoContext;

export const NO_CONTEXT: NoContext = { kind: 'none' };

/** The context at `offset` (UTF-16, as the document's other spans). Never throws. */
export function cursorContext(doc: ParsedDocument, offset: number): CursorContext {
  try {
    return new Locator(doc, offset).locate();
  } catch {
    return NO_CONTEXT;
  }
}

type Range = readonly [number, number, number];

function rangeOf(node: unknown): Range | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? (range as Range) : undefined;
}

function isEmptyScalar(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (!isScalar(node)) return false;
  const range = rangeOf(node);
  return node.value === null && (!range || range[0] === range[1]);
}

function isObjectSchema(schema: SchemaNode | undefined): boolean {
  return schema?.type === 'object' || schema?.properties !== undefined;
}

function isArraySchema(schema: SchemaNode | undefined): boolean {
  return schema?.type === 'array';
}

function keyName(pair: Pair): string {
  const key = pair.key;
  if (isScalar(key)) return String(key.value ?? '');
  return '';
}

class Locator {
  private readonly text: string;
  private readonly offset: number;
  private readonly lineStart: number;
  private readonly lineEnd: number;

  constructor(
    private readonly doc: ParsedDocument,
    offset: number,
  ) {
    this.text = doc.text;
    this.offset = Math.max(0, Math.min(offset, this.text.length));
    this.lineStart = this.text.lastIndexOf('\n', this.offset - 1) + 1;
    const end = this.text.indexOf('\n', this.offset);
    let lineEnd = end < 0 ? this.text.length : end;
    if (lineEnd > this.lineStart && this.text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    this.lineEnd = Math.max(lineEnd, this.offset);
  }

  locate(): CursorContext {
    const root = this.doc.yaml.contents as Node | null;
    const found = root ? this.find(root, []) : undefined;
    if (found) return found;
    const before = this.text.slice(this.lineStart, this.offset);
    const after = this.text.slice(this.offset, this.lineEnd);
    // The parser keeps comments out of its nodes: a `#` that starts a comment
    // before the cursor (no scalar contains the cursor) means we are in one.
    if (/(^|\s)#/.test(before)) return NO_CONTEXT;
    // A blank line (or blank up to a trailing comment): the parser has no node
    // here, so the cursor's column decides which mapping or list it extends.
    if (before.trim() === '' && (after.trim() === '' || after.trimStart().startsWith('#'))) {
      return this.byIndentation(root, before.length);
    }
    return NO_CONTEXT;
  }

  // --- the parser's nodes --------------------------------------------------

  private contains(range: Range | undefined): boolean {
    return range !== undefined && range[0] <= this.offset && this.offset <= range[1];
  }

  private column(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
  }

  private onCursorLine(offset: number): boolean {
    return offset >= this.lineStart && offset <= this.lineEnd;
  }

  private find(node: Node, path: PathSegment[]): CursorContext | undefined {
    if (isMap(node)) return this.findInMap(node, path);
    if (isSeq(node)) return this.findInSeq(node, path);
    return undefined;
  }

  private findInMap(map: YAMLMap, path: PathSegment[]): CursorContext | undefined {
    for (const pair of map.items) {
      const keyRange = rangeOf(pair.key);
      if (isScalar(pair.key) && this.contains(keyRange)) return this.onKey(map, pair, path);
      const name = keyName(pair);
      const value = pair.value as Node | null;
      const valueRange = rangeOf(value);
      const childPath = [...path, name];
      if (value && !isEmptyScalar(value) && this.contains(valueRange)) {
        if (isScalar(value)) return this.onValue(value, childPath, keyRange);
        const inner = this.find(value, childPath);
        if (inner) return inner;
      }
      if (keyRange && isEmptyScalar(value) && this.onCursorLine(keyRange[0]) && keyRange[1] <= this.offset) {
        // `key:` or `key: ` with nothing after, the cursor after the colon.
        const between = this.text.slice(keyRange[1], this.offset);
        if (/^[ \t]*:[ \t]*$/.test(between)) {
          return {
            kind: 'value',
            path: childPath,
            prefix: '',
            replace: { start: this.offset, end: this.offset },
            indent: this.column(keyRange[0]),
            needsSpace: between.endsWith(':'),
          };
        }
      }
    }
    return undefined;
  }

  private findInSeq(seq: YAMLSeq, path: PathSegment[]): CursorContext | undefined {
    for (let index = 0; index < seq.items.length; index++) {
      const item = seq.items[index] as Node | null;
      const range = rangeOf(item);
      if (isScalar(item)) {
        if (!isEmptyScalar(item) && this.contains(range)) return this.onSeqItem(item, path, index);
        // `- ` with nothing after on the cursor's line: the parser puts an empty item at the line's end.
        if (isEmptyScalar(item) && range && this.onCursorLine(range[0]) && !seq.flow) {
          const before = this.text.slice(this.lineStart, this.offset);
          if (/-[ \t]*$/.test(before)) return this.onNewItem(path, index, before.endsWith('-'));
        }
      } else if (item && this.contains(range)) {
        const inner = this.find(item, [...path, index]);
        if (inner) return inner;
      }
    }
    const range = rangeOf(seq);
    if (seq.flow && range && range[0] < this.offset && this.offset < range[1]) {
      // Between the items of `[a, b, ]`: a new item (the parser drops empty flow items).
      const index = seq.items.filter((item) => (rangeOf(item)?.[0] ?? Infinity) < this.offset).length;
      return {
        kind: 'value',
        path: [...path, index],
        prefix: '',
        replace: { start: this.offset, end: this.offset },
        indent: this.column(range[0]),
        needsSpace: false,
      };
    }
    return undefined;
  }

  /** The cursor is on a written key. */
  private onKey(map: YAMLMap, pair: Pair, path: PathSegment[]): CursorContext {
    const key = pair.key as Scalar;
    const range = rangeOf(key) as Range;
    const others = map.items.filter((other) => other !== pair).map(keyName);
    const source = this.text.slice(range[0], range[1]);
    if (key.type === 'PLAIN' && source.includes('\n')) {
      // A half-typed key followed by the next key: the parser reads both lines
      // as one multi-line key (`typ host: x`). Each line is a key of its own.
      let start = range[0];
      const segments = source.split('\n').map((line) => {
        const lead = line.length - line.trimStart().length;
        const word = line.trim().replace(/\r$/, '').trim();
        const segment = { word, span: { start: start + lead, end: start + lead + word.length } };
        start += line.length + 1;
        return segment;
      });
      const mine = segments.find((segment) => segment.span.start <= this.offset && this.offset <= segment.span.end)
        ?? segments.find((segment) => this.onCursorLine(segment.span.start));
      if (!mine) return NO_CONTEXT;
      const last = segments[segments.length - 1];
      const existing = [...others, ...segments.filter((segment) => segment !== mine).map((segment) => segment.word)];
      return {
        kind: 'key',
        path,
        existingKeys: existing.filter((name) => name !== ''),
        key: mine.word,
        hasColon: mine === last && this.colonAfter(range[1]),
        prefix: this.text.slice(mine.span.start, this.offset),
        replace: mine.span,
        indent: this.column(mine.span.start),
        needsSpace: false,
        node: { span: mine.span, value: mine.word },
      };
    }
    const span = { start: range[0], end: range[1] };
    const quoted = key.type === 'QUOTE_DOUBLE' || key.type === 'QUOTE_SINGLE';
    return {
      kind: 'key',
      path,
      existingKeys: others,
      key: String(key.value ?? ''),
      hasColon: this.colonAfter(range[1]),
      prefix: this.text.slice(quoted ? Math.min(span.start + 1, this.offset) : span.start, this.offset),
      replace: span,
      indent: this.column(range[0]),
      needsSpace: false,
      node: { span, value: key.value },
    };
  }

  private colonAfter(offset: number): boolean {
    return /^[ \t]*:/.test(this.text.slice(offset, offset + 64));
  }

  /** The cursor is on a written scalar value of `path`. */
  private onValue(value: Scalar, path: PathSegment[], keyRange: Range | undefined): CursorContext {
    const range = rangeOf(value) as Range;
    const span = { start: range[0], end: range[1] };
    const keyLine = keyRange ? this.text.lastIndexOf('\n', keyRange[0] - 1) + 1 : -1;
    const startsOnOwnLine = keyRange !== undefined && !this.onSameLine(keyLine, range[0]);
    if (startsOnOwnLine && value.type === 'PLAIN' && !this.text.slice(range[0], range[1]).includes('\n')) {
      // `project:` then a word on the next line: the start of a mapping or list being typed.
      const schema = schemaAt(path);
      const word = this.wordSpan(range);
      if (isObjectSchema(schema)) return this.newMappingKey(path, word);
      if (isArraySchema(schema)) return this.itemContext(path, 0, word);
    }
    return this.valueAt(value, path, span, keyRange ? this.column(keyRange[0]) : this.column(range[0]));
  }

  private onSameLine(lineStart: number, offset: number): boolean {
    const nextBreak = this.text.indexOf('\n', lineStart);
    return offset >= lineStart && (nextBreak < 0 || offset <= nextBreak);
  }

  private valueAt(value: Scalar, path: PathSegment[], span: Span, indent: number): ValueContext {
    const quote = value.type === 'QUOTE_DOUBLE' ? '"' : value.type === 'QUOTE_SINGLE' ? "'" : undefined;
    const prefixStart = Math.max(quote ? span.start + 1 : span.start, this.lineStart);
    return {
      kind: 'value',
      path,
      prefix: this.text.slice(Math.min(prefixStart, this.offset), this.offset),
      // An edit stays on the cursor's line (editors require it), even in a scalar written over several lines.
      replace: { start: Math.max(span.start, this.lineStart), end: Math.min(span.end, this.lineEnd) },
      indent,
      needsSpace: false,
      quote,
      node: { span, value: value.value },
    };
  }

  /** The cursor is on a scalar list item: a value, or the first key of an item being typed (`- fr`). */
  private onSeqItem(item: Scalar, path: PathSegment[], index: number): CursorContext {
    const range = rangeOf(item) as Range;
    const itemPath = [...path, index];
    if (item.type === 'PLAIN' && isObjectSchema(schemaAt(itemPath)) && !this.text.slice(range[0], range[1]).includes('\n')) {
      return this.newMappingKey(itemPath, this.wordSpan(range));
    }
    return this.valueAt(item, itemPath, { start: range[0], end: range[1] }, this.column(range[0]));
  }

  /** `- ` with nothing after it yet. */
  private onNewItem(path: PathSegment[], index: number, needsSpace: boolean): CursorContext {
    const itemPath = [...path, index];
    const empty = { start: this.offset, end: this.offset };
    const indent = this.column(this.offset) + (needsSpace ? 1 : 0);
    if (isObjectSchema(schemaAt(itemPath))) {
      return { kind: 'key', path: itemPath, existingKeys: [], hasColon: false, prefix: '', replace: empty, indent, needsSpace };
    }
    return { kind: 'value', path: itemPath, prefix: '', replace: empty, indent, needsSpace };
  }

  private wordSpan(range: Range): Span {
    return { start: range[0], end: range[1] };
  }

  private newMappingKey(path: PathSegment[], word: Span): KeyContext {
    return {
      kind: 'key',
      path,
      existingKeys: [],
      key: this.text.slice(word.start, word.end),
      hasColon: false,
      prefix: this.text.slice(word.start, this.offset),
      replace: word,
      indent: this.column(word.start),
      needsSpace: false,
    };
  }

  private itemContext(path: PathSegment[], index: number, word: Span): ItemContext {
    return {
      kind: 'item',
      path,
      index,
      prefix: this.text.slice(word.start, this.offset),
      replace: word,
      indent: this.column(word.start),
      needsSpace: false,
    };
  }

  // --- blank lines: the cursor's column against the nodes' columns ----------

  private byIndentation(root: Node | null, column: number): CursorContext {
    const empty = { start: this.offset, end: this.offset };
    const keyIn = (path: PathSegment[], existingKeys: string[]): KeyContext => ({
      kind: 'key',
      path,
      existingKeys,
      hasColon: false,
      prefix: '',
      replace: empty,
      indent: column,
      needsSpace: false,
    });
    const itemIn = (path: PathSegment[], index: number): ItemContext => ({
      kind: 'item',
      path,
      index,
      prefix: '',
      replace: empty,
      indent: column,
      needsSpace: false,
    });
    if (!root || isEmptyScalar(root)) return keyIn([], []);
    let node: Node = root;
    let path: PathSegment[] = [];
    for (let depth = 0; depth < 64; depth++) {
      const range = rangeOf(node);
      if (!range || range[0] > this.offset) return NO_CONTEXT;
      if (isMap(node) && !node.flow) {
        if (column <= this.column(range[0])) return keyIn(path, node.items.map(keyName));
        const pair = lastBefore(node.items, (item) => rangeOf(item.key)?.[0], this.offset);
        if (!pair) return keyIn(path, node.items.map(keyName));
        const childPath = [...path, keyName(pair)];
        const value = pair.value as Node | null;
        const valueRange = rangeOf(value);
        if ((isMap(value) || isSeq(value)) && !value.flow && valueRange && valueRange[0] < this.offset) {
          if (column < this.column(valueRange[0])) return keyIn(path, node.items.map(keyName));
          node = value;
          path = childPath;
          continue;
        }
        const keyRange = rangeOf(pair.key);
        if (isEmptyScalar(value) && keyRange && !this.onCursorLine(keyRange[0])) {
          // `participants:` with nothing after it yet: the cursor starts its value.
          const schema = schemaAt(childPath);
          if (isArraySchema(schema)) return itemIn(childPath, 0);
          if (isObjectSchema(schema)) return keyIn(childPath, []);
        }
        return NO_CONTEXT;
      }
      if (isSeq(node) && !node.flow) {
        const items = node.items as (Node | null)[];
        const count = items.filter((item) => (rangeOf(item)?.[0] ?? Infinity) < this.offset).length;
        if (column <= this.column(range[0])) return itemIn(path, count);
        const index = count - 1;
        const item = items[index];
        if (index < 0) return itemIn(path, 0);
        if (isMap(item) && !item.flow) {
          node = item;
          path = [...path, index];
          continue;
        }
        if (isEmptyScalar(item) && isObjectSchema(resolveSchema(schemaAt([...path, index])))) return keyIn([...path, index], []);
        return NO_CONTEXT;
      }
      return NO_CONTEXT;
    }
    return NO_CONTEXT;
  }
}

/** The last element that starts before `offset` (elements are in document order). */
function lastBefore<T>(items: readonly T[], start: (item: T) => number | undefined, offset: number): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const position = start(items[i]);
    if (position !== undefined && position < offset) return items[i];
  }
  return undefined;
}
