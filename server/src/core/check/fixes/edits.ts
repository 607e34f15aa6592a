import type { LineIndex } from '../../base/lines';
import type { Item } from '../../model/model';
import type { ParsedDocument } from '../../syntax/parse';
import type { Span } from '../../base/types';
import type { TextEdit } from './types';

/**
 * Text-level helpers for fixes. Every edit replaces only the characters it
 * must (a scalar's text, a key's text) or inserts whole new lines, so
 * comments, blank lines, quoting and the rest of the formatting stay as they
 * were; the document is never re-serialised.
 */

/** The line break the document uses after `line` (the file's first one for its last line; `\n` when it has none). */
export function lineBreak(text: string, lines: LineIndex, line: number): string {
  const own = text.slice(lines.lineEnd(line), line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length);
  if (own !== '') return own;
  const first = /\r\n|\n|\r/.exec(text);
  return first ? first[0] : '\n';
}

function quoteOf(source: string): '"' | "'" | undefined {
  if (source.length >= 2 && source.startsWith('"') && source.endsWith('"')) return '"';
  if (source.length >= 2 && source.startsWith("'") && source.endsWith("'")) return "'";
  return undefined;
}

/** A value as YAML text: plain when that reads back as the same string in any context, else double-quoted. */
export function scalarText(value: string): string {
  const plain =
    /^[^\s#,[\]{}&*!|>'"%@`?:-][^#,[\]{}]*$/u.test(value) && !/\s$/.test(value) && !/:(\s|$)/.test(value) && !/\s#/.test(value);
  return plain ? value : JSON.stringify(value);
}

/**
 * Replaces a scalar's text (a value or a key). A quoted string stays quoted the same way when
 * `keepQuotes` (a string becoming another string); a value changing type (`"10"` to `10`,
 * `yes` to `true`) is written as `value` exactly.
 */
export function replaceScalar(text: string, whole: Span, value: string, keepQuotes: boolean): TextEdit {
  // A block scalar's range runs over its last line break: keep that and what follows. Only YAML's
  // own white space counts: a no-break space (U+00A0) at the end of a key belongs to the key.
  let end = whole.end;
  while (end > whole.start && /[ \t\r\n]/.test(text[end - 1])) end--;
  const span = { start: whole.start, end };
  const quote = keepQuotes ? quoteOf(text.slice(span.start, span.end)) : undefined;
  let newText: string;
  if (quote === '"') newText = JSON.stringify(value);
  else if (quote === "'") newText = `'${value.replace(/'/g, "''")}'`;
  else newText = keepQuotes ? scalarText(value) : value;
  return { span, newText };
}

/** A scalar's source as it can be quoted in a title: without its quotes (unless `withQuotes`), on one line, not too long. */
export function shownSource(text: string, span: Span, withQuotes = false): string {
  let source = text.slice(span.start, span.end);
  if (!withQuotes && quoteOf(source)) source = source.slice(1, -1);
  source = source.replace(/\s+/g, ' ').trim();
  return source.length > 40 ? `${source.slice(0, 39)}…` : source;
}

export interface MappingEntry {
  readonly key: string;
  readonly keySpan: Span;
  /** The value's text; the key's when the value is empty. */
  readonly valueSpan: Span;
}

/** A mapping as the text shows it: where it is and where each of its entries is. */
export interface MappingInfo {
  readonly span: Span;
  readonly entries: readonly MappingEntry[];
}

export function mappingOfItem(item: Item): MappingInfo {
  // A misspelt key stands in the model for the key it was meant to be; the text holds it once, as written.
  const entries = Object.entries(item.raw)
    .filter(([, field]) => field.misspelt === undefined)
    .map(([key, field]) => ({ key, keySpan: field.keySpan, valueSpan: field.span }));
  return { span: item.span, entries: entries.sort((a, b) => a.keySpan.start - b.keySpan.start) };
}

/** The mapping at `path` (keys and list indexes from the top), when the document has one there. */
export function mappingAt(
  doc: ParsedDocument,
  path: readonly (string | number)[],
): { value: Record<string, unknown>; info: MappingInfo } | undefined {
  let value: unknown = doc.root;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isMapping(value) && typeof segment === 'string' && Object.prototype.hasOwnProperty.call(value, segment)) {
      value = value[segment];
    } else return undefined;
  }
  if (!isMapping(value)) return undefined;
  const location = doc.locate(value);
  if (!location) return undefined;
  const entries: MappingEntry[] = [];
  for (const [key, entry] of location.entries) {
    if (typeof key === 'string' && entry.keySpan) entries.push({ key, keySpan: entry.keySpan, valueSpan: entry.valueSpan });
  }
  return { value, info: { span: location.span, entries: entries.sort((a, b) => a.keySpan.start - b.keySpan.start) } };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a mapping is written in flow style (`{ a: 1, b: 2 }`). */
export function isFlowMapping(text: string, mapping: MappingInfo): boolean {
  return text[mapping.span.start] === '{';
}

/**
 * Inserts `key: valueText` into a mapping. In a block mapping the entry is a new line with the
 * mapping's indentation, placed after the closest key that comes before it in `order` (the
 * schema's key order) and whose value ends on its own line, so a trailing comment stays where it
 * is; in a flow mapping it is added after the last entry (`, key: value`). Undefined when no safe
 * place exists (a mapping whose every entry spans several lines and none starts its line).
 */
export function insertEntry(
  text: string,
  lines: LineIndex,
  mapping: MappingInfo,
  key: string,
  valueText: string,
  order: readonly string[],
): TextEdit | undefined {
  const entryText = `${key}: ${valueText}`;
  if (isFlowMapping(text, mapping)) {
    if (mapping.entries.length === 0) return { span: empty(mapping.span.start + 1), newText: ` ${entryText} ` };
    const end = Math.max(...mapping.entries.map((entry) => Math.max(entry.keySpan.end, entry.valueSpan.end)));
    return { span: empty(end), newText: `, ${entryText}` };
  }
  if (mapping.entries.length === 0) return undefined;
  const line = (offset: number) => lines.position(offset).line;
  const ownLine = (entry: MappingEntry) => line(entry.keySpan.start) === line(Math.max(entry.keySpan.end, entry.valueSpan.end));
  const indent = indentOf(text, lines, mapping);
  const rank = (name: string) => {
    const index = order.indexOf(name);
    return index < 0 ? Infinity : index;
  };
  const target = rank(key);
  // After the closest earlier key (in the schema's order) that sits on one line...
  const before = mapping.entries
    .filter((entry) => rank(entry.key) < target && ownLine(entry))
    .sort((a, b) => rank(b.key) - rank(a.key) || b.keySpan.start - a.keySpan.start)[0];
  // ...else after the last entry on one line, else before the first entry that starts its line.
  const anchor = before ?? [...mapping.entries].reverse().find(ownLine);
  if (anchor) {
    const anchorLine = line(anchor.keySpan.start);
    return { span: empty(lines.lineEnd(anchorLine)), newText: `${lineBreak(text, lines, anchorLine)}${indent}${entryText}` };
  }
  const first = mapping.entries.find((entry) => /^[ ]*$/.test(text.slice(lines.lineStart(line(entry.keySpan.start)), entry.keySpan.start)));
  if (!first) return undefined;
  const firstLine = line(first.keySpan.start);
  return { span: empty(lines.lineStart(firstLine)), newText: `${indent}${entryText}${lineBreak(text, lines, firstLine)}` };
}

/** The indentation of a block mapping's keys: a key's own leading spaces, or as many spaces as its column (`- id:`). */
function indentOf(text: string, lines: LineIndex, mapping: MappingInfo): string {
  for (const entry of mapping.entries) {
    const prefix = text.slice(lines.lineStart(lines.position(entry.keySpan.start).line), entry.keySpan.start);
    if (/^[ ]*$/.test(prefix)) return prefix;
  }
  const first = mapping.entries[0];
  return ' '.repeat(lines.position(first.keySpan.start).character);
}

export function empty(offset: number): Span {
  return { start: offset, end: offset };
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}
