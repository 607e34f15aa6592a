import { parse } from 'yaml';
import { isPartnerIdShape } from '../model/facts';
import { translator, type Translator } from '../base/i18n';
import type { Application } from '../model/model';
import type { ParsedDocument } from '../syntax/parse';
import type { Locale, Span, TextEdit } from '../base/types';

/**
 * Partner ids and the values that name them (`host`, `from`): definition,
 * references, highlights and rename, as plain offsets into the text. Ids are
 * compared exactly (case-sensitive), as the checker compares them.
 */
export interface Analysis {
  readonly doc: ParsedDocument;
  readonly app: Application;
}

/**
 * How a value is written, which decides how a rename edits it:
 * - `plain`: the text is the id itself;
 * - `quoted`: `'id'` or `"id"` with nothing escaped: only the text between the quotes changes;
 * - `escaped`: quoted, with escapes or line breaks inside: the whole scalar is rewritten, in the same quotes;
 * - `other`: an alias (`*anchor`) or a plain value over several lines: the whole scalar becomes the new id;
 * - `block`: a block scalar (`|`, `>`), whose value ends with a line break: never rewritten.
 */
export type WrittenForm = 'plain' | 'quoted' | 'escaped' | 'other' | 'block';

export interface IdOccurrence {
  readonly kind: 'declaration' | 'reference';
  /** The id as the parser reads it. */
  readonly id: string;
  /** The scalar's whole text, quotes included. */
  readonly span: Span;
  /** The id's own text: between the quotes of a quoted value, else the whole scalar. */
  readonly nameSpan: Span;
  readonly form: WrittenForm;
}

/** Where a `host` / `from` value leads: the partner item and its id. */
export interface DefinitionTarget {
  /** The value the request started from. */
  readonly origin: Span;
  /** The whole partner item (its mapping, without trailing blank lines). */
  readonly targetSpan: Span;
  /** The partner's id value. */
  readonly targetSelectionSpan: Span;
}

export interface Highlight {
  readonly span: Span;
  /** `write` for a partner's own id, `read` for a value that names it. */
  readonly kind: 'write' | 'read';
}

export type { TextEdit } from '../base/types';

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Every partner id and every `host` / `from` value in document order, each scalar once (aliases may share a node). */
export function idOccurrences(analysis: Analysis): IdOccurrence[] {
  const { app, doc } = analysis;
  const found = new Map<number, IdOccurrence>();
  const add = (kind: IdOccurrence['kind'], field: { value: string; span: Span } | undefined) => {
    if (!field || found.has(field.span.start)) return;
    found.set(field.span.start, { kind, id: field.value, span: field.span, ...writtenForm(doc.text, field.span, field.value) });
  };
  for (const partner of app.partners?.items ?? []) add('declaration', partner.id);
  for (const activity of app.activities?.items ?? []) {
    add('reference', activity.host);
    for (const group of activity.participants) add('reference', group.from);
  }
  return [...found.values()].sort((a, b) => a.span.start - b.span.start);
}

/** The occurrence under the cursor: the offset is inside the scalar or just after it. */
export function occurrenceAt(analysis: Analysis, offset: number): IdOccurrence | undefined {
  return idOccurrences(analysis).find((o) => o.span.start <= offset && offset <= o.span.end);
}

/** From a `host` / `from` value (or a partner id) to the partner it names; undefined when it names none. */
export function findDefinition(analysis: Analysis, offset: number): DefinitionTarget | undefined {
  const occurrence = occurrenceAt(analysis, offset);
  if (!occurrence) return undefined;
  const partner =
    occurrence.kind === 'declaration'
      ? analysis.app.partners?.items.find((p) => p.id?.span.start === occurrence.span.start)
      : analysis.app.partnerById.get(occurrence.id);
  if (!partner?.id) return undefined;
  const idSpan = writtenForm(analysis.doc.text, partner.id.span, partner.id.value).nameSpan;
  return { origin: occurrence.nameSpan, targetSpan: itemSpan(analysis.doc.text, partner, idSpan), targetSelectionSpan: idSpan };
}

/**
 * Every value with the same id as the one under the cursor: the partner's id
 * (when `includeDeclaration`) and the `host` / `from` values naming it. A
 * value naming no partner still finds the other values with the same text.
 */
export function findReferences(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[] {
  const occurrence = occurrenceAt(analysis, offset);
  if (!occurrence) return [];
  return idOccurrences(analysis)
    .filter((o) => o.id === occurrence.id && (includeDeclaration || o.kind === 'reference'))
    .map((o) => o.nameSpan);
}

export function documentHighlights(analysis: Analysis, offset: number): Highlight[] {
  const occurrence = occurrenceAt(analysis, offset);
  if (!occurrence) return [];
  return idOccurrences(analysis)
    .filter((o) => o.id === occurrence.id)
    .map((o) => ({ span: o.nameSpan, kind: o.kind === 'declaration' ? 'write' : 'read' }));
}

/**
 * Whether a rename may start here: on a partner id, or on a `host` / `from`
 * value naming an existing partner. Gives the id's own text (inside quotes)
 * and its value as the placeholder.
 */
export function prepareRename(
  analysis: Analysis,
  offset: number,
  locale: Locale,
): Outcome<{ span: Span; placeholder: string }> {
  const { t } = translator(locale);
  const target = renameTarget(analysis, offset, t);
  if (!target.ok) return target;
  const { occurrence } = target.value;
  return { ok: true, value: { span: occurrence.nameSpan, placeholder: occurrence.id } };
}

/**
 * The edits that rename the partner id under the cursor everywhere in the
 * file: its declaration(s) and every `host` / `from` value naming it. Quotes
 * are kept; a plain value that would read as a boolean or null is quoted.
 */
export function renamePartner(analysis: Analysis, offset: number, newName: string, locale: Locale): Outcome<TextEdit[]> {
  const { t } = translator(locale);
  const target = renameTarget(analysis, offset, t);
  if (!target.ok) return target;
  const { occurrence, occurrences } = target.value;
  if (!isPartnerIdShape(newName)) {
    return fail(
      t('`{0}` is not a valid partner id: start with a letter (a–z, A–Z), then use only letters, digits, `-` or `_`.', newName),
    );
  }
  if (newName === occurrence.id) return { ok: true, value: [] };
  if (analysis.app.partnerById.has(newName)) return fail(t('A partner with the id `{0}` already exists.', newName));
  return { ok: true, value: occurrences.map((o) => renameEdit(analysis.doc.text, o, newName)) };
}

function renameTarget(
  analysis: Analysis,
  offset: number,
  t: Translator['t'],
): Outcome<{ occurrence: IdOccurrence; occurrences: IdOccurrence[] }> {
  const occurrences = idOccurrences(analysis);
  const occurrence = occurrences.find((o) => o.span.start <= offset && offset <= o.span.end);
  if (!occurrence || (occurrence.kind === 'reference' && !analysis.app.partnerById.has(occurrence.id))) {
    return fail(t('Only a partner id, or a `host` or `from` value naming an existing partner, can be renamed.'));
  }
  const same = occurrences.filter((o) => o.id === occurrence.id);
  if (same.some((o) => o.form === 'block')) {
    return fail(t('`{0}` is written as a block scalar (`|` or `>`) somewhere; write it as a plain value before renaming.', occurrence.id));
  }
  return { ok: true, value: { occurrence, occurrences: same } };
}

function renameEdit(text: string, occurrence: IdOccurrence, newName: string): TextEdit {
  switch (occurrence.form) {
    case 'quoted':
      return { span: occurrence.nameSpan, newText: newName };
    case 'escaped': {
      const quote = text.charAt(occurrence.span.start);
      return { span: occurrence.span, newText: `${quote}${newName}${quote}` };
    }
    default:
      return { span: occurrence.span, newText: readsAsString(newName) ? newName : `'${newName}'` };
  }
}

/** Whether `value` written plain is a string (YAML 1.2 core schema): `true`, `Null`... are not. */
function readsAsString(value: string): boolean {
  try {
    return typeof parse(value) === 'string';
  } catch {
    return false;
  }
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

/** How the scalar at `span`, read as `value`, is written (see WrittenForm). */
export function writtenForm(text: string, span: Span, value: string): { form: WrittenForm; nameSpan: Span } {
  const source = text.slice(span.start, span.end);
  if (source === value) return { form: 'plain', nameSpan: span };
  const quote = source.charAt(0);
  if ((quote === '"' || quote === "'") && source.length >= 2 && source.endsWith(quote)) {
    return source.slice(1, -1) === value
      ? { form: 'quoted', nameSpan: { start: span.start + 1, end: span.end - 1 } }
      : { form: 'escaped', nameSpan: span };
  }
  if (quote === '|' || quote === '>') return { form: 'block', nameSpan: span };
  return { form: 'other', nameSpan: span };
}

/** An item's mapping without the blank lines and spaces that trail it, and always containing `inner`. */
export function itemSpan(text: string, item: { readonly span: Span }, inner: Span): Span {
  const span = trimEnd(text, item.span);
  return { start: Math.min(span.start, inner.start), end: Math.max(span.end, inner.end) };
}

export function trimEnd(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text.charAt(end - 1))) end--;
  return { start: span.start, end };
}
