import { translator } from '../base/i18n';
import type { Field, Item, ListSection, RawField } from '../model/model';
import { itemSpan, trimEnd, writtenForm, type Analysis } from './references';
import type { Locale, Span } from '../base/types';
import { ACTIVITY_TYPES, FIELDS, ORGANISATION_TYPES } from '../format/vocabulary';

/**
 * The outline of an application (document symbols, breadcrumbs): the project
 * by its title, then the partners, activities and youth initiatives, each
 * under a section named after its list, in the order they are written.
 * Whatever is missing or broken is left out or named by position; every name
 * is non-empty and every selection lies inside its range.
 */
export type OutlineKind = 'project' | 'section' | 'partner' | 'activity' | 'youth-initiative';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: OutlineKind;
  /** The whole item: from its first key to its last value, without trailing blank lines. */
  readonly span: Span;
  /** What to reveal: the item's id value (else its title, else its first key); a section's key. */
  readonly selectionSpan: Span;
  readonly children: readonly OutlineSymbol[];
}

export function documentSymbols(analysis: Analysis, locale: Locale): OutlineSymbol[] {
  const { t } = translator(locale);
  const { app } = analysis;
  const symbols: OutlineSymbol[] = [];
  if (app.project) symbols.push(projectSymbol(analysis, locale));
  const partners = section(analysis, app.partners, 'partners', t('Partners'), (partner, n) => {
    const id = scalarText(partner.raw['id']);
    const name = singleLine(partner.name?.value);
    const type = partner.type ? ORGANISATION_TYPES[partner.type.value][locale] : undefined;
    return item(analysis, partner, 'partner', joinName(id, name) ?? t('Partner {0}', n), joinDetail(partner.country?.value, type));
  });
  const activities = section(analysis, app.activities, 'activities', t('Activities'), (activity, n) => {
    const id = scalarText(activity.raw['id']);
    const type = activity.type ? ACTIVITY_TYPES[activity.type.value][locale] : undefined;
    const title = singleLine(activity.title?.value);
    // Without a title the type label names the activity, and is not repeated as its detail.
    const name = joinName(id, title ?? type) ?? t('Activity {0}', n);
    return item(analysis, activity, 'activity', name, title ? type : undefined);
  });
  const initiatives = section(analysis, app.youthInitiatives, 'youth-initiatives', t('Youth initiatives'), (initiative, n) => {
    const id = scalarText(initiative.raw['id']);
    const title = singleLine(initiative.title?.value);
    const countries = [...new Set(initiative.groups?.items.flatMap((group) => group.country?.value ?? []))];
    return item(
      analysis,
      initiative,
      'youth-initiative',
      joinName(id, title) ?? t('Youth initiative {0}', n),
      countries.length > 0 ? countries.join(', ') : undefined,
    );
  });
  symbols.push(...[partners, activities, initiatives].filter((s) => s !== undefined));
  return symbols.sort((a, b) => a.span.start - b.span.start);
}

function projectSymbol(analysis: Analysis, locale: Locale): OutlineSymbol {
  const project = analysis.app.project!;
  const selection = project.title ? valueSpan(analysis, project.title) : project.keySpan;
  const body = trimEnd(analysis.doc.text, project.span);
  return {
    name: singleLine(project.title?.value) ?? translator(locale).t('Project'),
    detail: project.field ? FIELDS[project.field.value][locale] : undefined,
    kind: 'project',
    span: cover(project.keySpan, body, selection),
    selectionSpan: selection,
    children: [],
  };
}

function section<T extends Item>(
  analysis: Analysis,
  list: ListSection<T> | undefined,
  key: string,
  name: string,
  build: (item: T, n: number) => OutlineSymbol,
): OutlineSymbol | undefined {
  if (!list) return undefined;
  const children = list.items.map((entry) => build(entry, entry.index + 1));
  const value = analysis.doc.entry(analysis.doc.root as object, key)?.valueSpan ?? list.keySpan;
  const body = trimEnd(analysis.doc.text, value);
  return {
    name,
    kind: 'section',
    span: cover(list.keySpan, body, ...children.map((child) => child.span)),
    selectionSpan: list.keySpan,
    children,
  };
}

function item(
  analysis: Analysis,
  entry: Item & { readonly id?: Field<string>; readonly title?: Field<string> },
  kind: OutlineKind,
  name: string,
  detail: string | undefined,
): OutlineSymbol {
  const rawId = entry.raw['id'];
  const selection = entry.id
    ? valueSpan(analysis, entry.id)
    : rawId && scalarText(rawId) !== undefined
      ? rawId.span
      : entry.title
        ? valueSpan(analysis, entry.title)
        : entry.firstKeySpan;
  return { name, detail, kind, span: itemSpan(analysis.doc.text, entry, selection), selectionSpan: selection, children: [] };
}

/** A string value's own text (inside its quotes). */
function valueSpan(analysis: Analysis, field: Field<string>): Span {
  return writtenForm(analysis.doc.text, field.span, field.value).nameSpan;
}

/** A written scalar (string, number, boolean) as text, for naming an item whose id has the wrong type. */
function scalarText(field: RawField | undefined): string | undefined {
  const raw = field?.raw;
  if (typeof raw === 'string') return singleLine(raw);
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return undefined;
}

function singleLine(text: string | undefined): string | undefined {
  const line = text?.replace(/\s+/g, ' ').trim();
  return line ? line : undefined;
}

function joinName(id: string | undefined, title: string | undefined): string | undefined {
  if (id && title) return `${id} — ${title}`;
  return id ?? title;
}

function joinDetail(...parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((part) => part !== undefined);
  return present.length > 0 ? present.join(' · ') : undefined;
}

function cover(...spans: Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}
