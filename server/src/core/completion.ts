import { COUNTRY_CODES, countryName } from './countries';
import {
  cursorContext,
  type CursorContext,
  type ItemContext,
  type KeyContext,
  type PathSegment,
  type ValueContext,
} from './cursor-context';
import { formatTerm, type UnitStyle } from './duration';
import {
  activityTypeMarkdown,
  fieldMarkdown,
  organisationTypeMarkdown,
  partnerDetail,
  partnerMarkdown,
  priorityMarkdown,
  purposeMarkdown,
  rangeText,
  roleMarkdown,
  schemaDescription,
} from './explain';
import { currentLocale, t, withLocale } from './i18n';
import { inlineLabel } from './wording';
import type { Activity, Application, Group, Partner } from './model';
import type { ParsedDocument } from './parse';
import { propertyNames, resolveSchema, schemaAt, type SchemaNode } from './schema-info';
import type { Locale, Span } from './types';
import {
  ACTIVITY_ROLES,
  ACTIVITY_TYPES,
  allowedRoles,
  durationBounds,
  EDUCATION_ORGANISATIONS,
  FIELDS,
  isKeyOf,
  isRelevant,
  LONG_TERM_TYPES,
  ORGANISATION_TYPES,
  PRIORITIES,
  PURPOSES,
  ROLES,
  type ActivityType,
  type DurationBounds,
  type FieldId,
  type OrganisationType,
  type Role,
} from './vocabulary';

/**
 * Completion at a cursor: keys still missing in the mapping, values from the
 * format's enumerations and the rule tables, partner ids, country codes,
 * durations within the allowed range, and snippets for new list items.
 * Plain data; lsp/completion.ts turns it into LSP completion items.
 */
export type CompletionKind = 'key' | 'enum' | 'reference' | 'country' | 'boolean' | 'duration' | 'snippet';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  /** One line shown beside the label: a vocabulary label, a partner's name, `required`... */
  readonly detail?: string;
  /** Markdown, in the requested locale. */
  readonly documentation?: string;
  /** Clients sort by this, then by label. */
  readonly sortText: string;
  /** What the client matches the typed word against, when not the label. */
  readonly filterText?: string;
  /** The text that replaces `replace`; a snippet (`${1:...}` tab stops) when `snippet` is true. */
  readonly insertText: string;
  readonly snippet: boolean;
  readonly replace: Span;
}

/** What completion reads: the parsed text and its model (a CheckResult has both). */
export interface FeatureInput {
  readonly doc: ParsedDocument;
  readonly app: Application;
}

/** The completions at `offset`. Never throws: an unexpected failure gives no completions. */
export function completionsAt(input: FeatureInput, offset: number, locale: Locale): CompletionEntry[] {
  return withLocale(locale, () => {
    try {
      return new Completer(input, cursorContext(input.doc, offset)).entries();
    } catch {
      return [];
    }
  });
}

type Pattern = readonly (string | '#')[];

/** Whether `path` has the shape of `pattern` (`#` stands for any list index). */
function matches(path: readonly PathSegment[], pattern: Pattern): boolean {
  return (
    path.length === pattern.length &&
    pattern.every((segment, i) => (segment === '#' ? typeof path[i] === 'number' : path[i] === segment))
  );
}

function rank(order: number, index: number): string {
  return `${order}${String(index).padStart(3, '0')}`;
}

function spaces(count: number): string {
  return ' '.repeat(Math.max(0, count));
}

/** Literal text inside a snippet placeholder: `$`, `}` and `\` are escaped. */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}

/** The text a snippet inserts once its tab stops are left at their defaults. */
export function snippetToText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const char = snippet[i];
    if (char === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
    } else if (char === '$' && snippet[i + 1] === '{') {
      const colon = snippet.indexOf(':', i);
      i = colon; // the default text follows; its closing brace is skipped below
    } else if (char === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else if (char === '}') {
      // the end of a placeholder (literal braces are escaped)
    } else {
      out += char;
    }
  }
  return out;
}

/** Builds snippet text with numbered tab stops. */
class SnippetWriter {
  private stops = 0;

  stop(text: string): string {
    this.stops++;
    return `\${${this.stops}:${escapeSnippet(text)}}`;
  }
}

const SHORT_TYPICAL_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 180, 270, 360];
const PROJECT_MONTHS = [12, 24, 36];
const WIDEST: DurationBounds = { minDays: 1, maxDays: 360 };

/** A typical length written the way people do: months when whole, weeks under a month, else days. */
function typicalText(days: number, style: UnitStyle): string {
  if (days >= 30 && days % 30 === 0) return formatTerm(days / 30, 'month', style);
  if (days < 30 && days % 7 === 0) return formatTerm(days / 7, 'week', style);
  return formatTerm(days, 'day', style);
}

function union(bounds: readonly DurationBounds[]): DurationBounds | undefined {
  if (bounds.length === 0) return undefined;
  return {
    minDays: Math.min(...bounds.map((b) => b.minDays)),
    maxDays: Math.max(...bounds.map((b) => b.maxDays)),
  };
}

function intersection(bounds: readonly DurationBounds[]): DurationBounds | undefined {
  if (bounds.length === 0) return undefined;
  const result = {
    minDays: Math.max(...bounds.map((b) => b.minDays)),
    maxDays: Math.min(...bounds.map((b) => b.maxDays)),
  };
  return result.minDays <= result.maxDays ? result : undefined;
}

class Completer {
  private readonly app: Application;
  private readonly locale: Locale;

  constructor(
    input: FeatureInput,
    private readonly context: CursorContext,
  ) {
    this.app = input.app;
    this.locale = currentLocale();
  }

  entries(): CompletionEntry[] {
    const context = this.context;
    switch (context.kind) {
      case 'key':
        return [...this.snippetsForNewItem(context), ...this.keys(context)];
      case 'value':
        return this.values(context);
      case 'item':
        return this.items(context);
      default:
        return [];
    }
  }

  // --- model lookups ---------------------------------------------------------

  private activityAt(index: PathSegment | undefined): Activity | undefined {
    return this.app.activities?.items.find((activity) => activity.index === index);
  }

  private groupAt(activity: Activity | undefined, index: PathSegment | undefined): Group | undefined {
    return activity?.participants.find((group) => group.index === index);
  }

  private get field(): FieldId | undefined {
    return this.app.project?.field?.value;
  }

  private get partners(): Partner[] {
    return (this.app.partners?.items ?? []).filter((partner) => partner.id !== undefined);
  }

  /**
   * The unit words of the durations already written: the style most of them
   * use (the first one's on a tie), or the UI locale's when there are none.
   */
  private unitStyle(): UnitStyle {
    const styles: UnitStyle[] = [];
    if (this.app.project?.duration) styles.push(this.app.project.duration.value.style);
    for (const activity of this.app.activities?.items ?? []) {
      if (activity.duration) styles.push(activity.duration.value.style);
      for (const group of activity.participants) if (group.duration) styles.push(group.duration.value.style);
    }
    if (styles.length === 0) return this.locale;
    const sv = styles.filter((style) => style === 'sv').length;
    const en = styles.length - sv;
    return sv === en ? styles[0] : sv > en ? 'sv' : 'en';
  }

  // --- keys ------------------------------------------------------------------

  private keys(context: KeyContext): CompletionEntry[] {
    const schema = resolveSchema(schemaAt(context.path));
    if (!schema?.properties) return [];
    const existing = new Set(context.existingKeys);
    const inActivity = matches(context.path, ['activities', '#']);
    const activity = inActivity ? this.activityAt(context.path[1]) : undefined;
    const type = activity?.type?.value;
    const required = new Set(schema.required ?? []);
    if (type === 'long-term-teaching-assignment') required.add('purpose');
    // An activity needs a duration unless it gives both dates.
    if (inActivity && !(activity?.raw['start'] && activity.raw['end'])) required.add('duration');
    const names = propertyNames(schema);
    const entries: CompletionEntry[] = [];
    names.forEach((name, index) => {
      if (existing.has(name)) return;
      const applies = inActivity ? keyApplies(name, type) : context.path.length === 0 ? this.rootKeyApplies(name) : 'yes';
      if (applies === 'no') return;
      const property = schema.properties?.[name];
      const order = required.has(name) ? 1 : applies === 'needed' ? 2 : 3;
      entries.push({
        label: name,
        kind: 'key',
        detail: required.has(name) ? t('required') : applies === 'needed' ? t('expected for this activity type') : t('optional'),
        documentation: schemaDescription(property),
        sortText: rank(order, index),
        insertText: this.keyText(name, property, context),
        snippet: false,
        replace: context.replace,
      });
    });
    return entries;
  }

  /** Youth initiatives belong to youth projects only (youth-initiative-field): offered when the field is youth or not yet known. */
  private rootKeyApplies(name: string): 'yes' | 'no' {
    return name === 'youth-initiatives' && this.field !== undefined && this.field !== 'youth' ? 'no' : 'yes';
  }

  /** `key: ` for a scalar; a mapping or list key opens its block on the next line. */
  private keyText(name: string, property: SchemaNode | undefined, context: KeyContext): string {
    if (context.hasColon) return name;
    const lead = context.needsSpace ? ' ' : '';
    const value = resolveSchema(property);
    const inner = spaces(context.indent + 2);
    if (value?.type === 'object') return `${lead}${name}:\n${inner}`;
    if (value?.type === 'array') return `${lead}${name}:\n${inner}- `;
    return `${lead}${name}: `;
  }

  // --- values ----------------------------------------------------------------

  private values(context: ValueContext): CompletionEntry[] {
    const path = context.path;
    if (matches(path, ['project', 'field'])) return this.fields(context);
    if (matches(path, ['project', 'priorities', '#'])) return this.priorities(context);
    if (matches(path, ['project', 'duration'])) return this.projectDurations(context);
    if (matches(path, ['partners', '#', 'type'])) return this.organisationTypes(context);
    if (matches(path, ['partners', '#', 'country'])) return this.countries(context);
    if (matches(path, ['partners', '#', 'coordinator'])) return this.coordinator(context);
    if (matches(path, ['activities', '#', 'type'])) return this.activityTypes(context);
    if (matches(path, ['activities', '#', 'host'])) return this.partnerRefs(context, 'host');
    if (matches(path, ['activities', '#', 'duration'])) return this.activityDurations(context);
    if (matches(path, ['activities', '#', 'purpose'])) return this.purposes(context);
    if (matches(path, ['activities', '#', 'ects'])) return this.booleans(context, [true, false]);
    if (matches(path, ['activities', '#', 'participants', '#', 'from'])) return this.partnerRefs(context, 'from');
    if (matches(path, ['activities', '#', 'participants', '#', 'role'])) return this.roles(context);
    if (matches(path, ['activities', '#', 'participants', '#', 'duration'])) return this.groupDurations(context);
    if (matches(path, ['activities', '#', 'participants', '#', 'residence'])) return this.countries(context);
    if (matches(path, ['youth-initiatives', '#', 'groups', '#', 'country'])) return this.countries(context);
    if (matches(path, ['youth-initiatives', '#', 'groups', '#', 'minors'])) return this.booleans(context, [true, false]);
    return [];
  }

  private value(
    context: ValueContext | ItemContext,
    value: string,
    kind: CompletionKind,
    sortText: string,
    detail?: string,
    documentation?: string,
    filterText?: string,
  ): CompletionEntry {
    const lead = context.kind === 'item' ? '- ' : context.needsSpace ? ' ' : '';
    const quote = context.kind === 'value' ? context.quote : undefined;
    return {
      label: value,
      kind,
      detail,
      documentation,
      sortText,
      filterText: quote ? `${quote}${filterText ?? value}` : filterText,
      insertText: `${lead}${value}`,
      snippet: false,
      replace: context.replace,
    };
  }

  private fields(context: ValueContext): CompletionEntry[] {
    return (Object.keys(FIELDS) as FieldId[]).map((field, index) =>
      this.value(context, field, 'enum', rank(1, index), FIELDS[field][this.locale], fieldMarkdown(field)),
    );
  }

  private activityTypes(context: ValueContext): CompletionEntry[] {
    const field = this.field;
    return (Object.keys(ACTIVITY_TYPES) as ActivityType[]).map((type, index) => {
      const relevant = field === undefined || isRelevant(type, field);
      return this.value(
        context,
        type,
        'enum',
        rank(relevant ? 1 : 2, index),
        ACTIVITY_TYPES[type][this.locale],
        activityTypeMarkdown(type, field),
      );
    });
  }

  private roles(context: ValueContext): CompletionEntry[] {
    const type = this.activityAt(context.path[1])?.type?.value;
    const roles = type ? allowedRoles(type) : (Object.keys(ROLES) as Role[]);
    return roles.map((role, index) =>
      this.value(context, role, 'enum', rank(1, index), ROLES[role][this.locale], roleMarkdown(role, type)),
    );
  }

  private organisationTypes(context: ValueContext): CompletionEntry[] {
    return (Object.keys(ORGANISATION_TYPES) as OrganisationType[]).map((type, index) =>
      this.value(context, type, 'enum', rank(1, index), ORGANISATION_TYPES[type][this.locale], organisationTypeMarkdown(type)),
    );
  }

  private purposes(context: ValueContext): CompletionEntry[] {
    return (Object.keys(PURPOSES) as (keyof typeof PURPOSES)[]).map((purpose, index) =>
      this.value(context, purpose, 'enum', rank(1, index), PURPOSES[purpose][this.locale], purposeMarkdown(purpose)),
    );
  }

  /** The priorities not listed yet (the one under the cursor counts as not listed). */
  private priorities(context: ValueContext | ItemContext): CompletionEntry[] {
    const listed = this.listedPriorities(context);
    return (Object.keys(PRIORITIES) as (keyof typeof PRIORITIES)[])
      .filter((priority) => !listed.has(priority))
      .map((priority, index) =>
        this.value(context, priority, 'enum', rank(1, index), PRIORITIES[priority][this.locale], priorityMarkdown(priority)),
      );
  }

  private listedPriorities(context: ValueContext | ItemContext): Set<string> {
    const project = this.app.project;
    const raw = project?.raw['priorities']?.raw;
    if (!Array.isArray(raw)) return new Set();
    const mine = context.kind === 'value' ? context.path[2] : -1;
    return new Set(raw.filter((item, index): item is string => typeof item === 'string' && index !== mine));
  }

  private booleans(context: ValueContext, order: readonly boolean[], notes?: Partial<Record<'true' | 'false', string>>): CompletionEntry[] {
    return order.map((value, index) => {
      const text = String(value) as 'true' | 'false';
      return this.value(context, text, 'boolean', rank(1, index), undefined, notes?.[text]);
    });
  }

  private coordinator(context: ValueContext): CompletionEntry[] {
    const mine = context.path[1];
    const other = (this.app.partners?.items ?? []).find(
      (partner) => partner.index !== mine && partner.coordinator?.value === true,
    );
    if (other) {
      const name = other.name?.value ?? other.id?.value ?? '';
      const note = t('Another partner, {0}, is already the coordinator: exactly one partner coordinates.', name);
      return this.booleans(context, [false, true], { true: note });
    }
    return this.booleans(context, [true, false], {
      true: t('This partner coordinates the project: exactly one partner does.'),
    });
  }

  private countries(context: ValueContext): CompletionEntry[] {
    const used: string[] = [];
    const note = (code: string | undefined) => {
      if (code && !used.includes(code)) used.push(code);
    };
    for (const partner of this.app.partners?.items ?? []) note(partner.country?.value);
    for (const initiative of this.app.youthInitiatives?.items ?? []) {
      for (const group of initiative.groups?.items ?? []) note(group.country?.value);
    }
    const rest = COUNTRY_CODES.filter((code) => !used.includes(code));
    return [...used, ...rest].map((code, index) => {
      const name = countryName(code, this.locale);
      return this.value(context, code, 'country', rank(index < used.length ? 1 : 2, index), name, undefined, `${code} ${name}`);
    });
  }

  /** Partner ids; those the rules accept in this place first. */
  private partnerRefs(context: ValueContext, key: 'host' | 'from'): CompletionEntry[] {
    const activity = this.activityAt(context.path[1]);
    const group = key === 'from' ? this.groupAt(activity, context.path[3]) : undefined;
    return this.partners.map((partner, index) => {
      const suitable = key === 'host' ? this.suitableHost(activity, partner) : this.suitableSender(activity, group, partner);
      return this.value(
        context,
        partner.id?.value ?? '',
        'reference',
        rank(suitable ? 1 : 2, index),
        partnerDetail(partner),
        partnerMarkdown(partner),
      );
    });
  }

  private suitableHost(activity: Activity | undefined, partner: Partner): boolean {
    const type = activity?.type?.value;
    const organisation = partner.type?.value;
    if (!type || !organisation) return true;
    if (type === 'short-term-pupil-exchange' || type === 'long-term-pupil-mobility') return isSchool(organisation);
    if (type === 'long-term-teaching-assignment' && this.field === 'higher-education' && activity?.purpose?.value === 'teaching') {
      return organisation === 'higher-education-institution';
    }
    return true;
  }

  private suitableSender(activity: Activity | undefined, group: Group | undefined, partner: Partner): boolean {
    const type = activity?.type?.value;
    if (!type) return true;
    const organisation = partner.type?.value;
    const host = activity?.host ? this.app.partnerById.get(activity.host.value) : undefined;
    if (LONG_TERM_TYPES.has(type) && host?.country && partner.country && host.country.value === partner.country.value) return false;
    if (!organisation) return true;
    if (type === 'short-term-pupil-exchange' || type === 'long-term-pupil-mobility') return isSchool(organisation);
    if (type === 'intensive-study-programme' && group?.role?.value !== 'expert') return organisation === 'higher-education-institution';
    if (type === 'long-term-teaching-assignment') {
      if (this.field === 'higher-education') {
        return activity?.purpose?.value !== 'training' || organisation === 'higher-education-institution';
      }
      return EDUCATION_ORGANISATIONS.has(organisation);
    }
    return true;
  }

  // --- durations -------------------------------------------------------------

  private groupDurations(context: ValueContext): CompletionEntry[] {
    const activity = this.activityAt(context.path[1]);
    const type = activity?.type?.value;
    const role = this.groupAt(activity, context.path[3])?.role?.value;
    if (!type) return this.durations(context, WIDEST, t('The activity type is not known yet: these values lie within the widest limits of any activity type (1 day to 12 months).'));
    const bounds = role ? durationBounds(type, role) : undefined;
    if (role && bounds) {
      return this.durations(context, bounds, t('The guide allows {0} for {1} in {2}.', rangeText(bounds), inlineLabel(ROLES[role]), inlineLabel(ACTIVITY_TYPES[type])));
    }
    const widest = union(ACTIVITY_ROLES[type].map((entry) => entry.bounds)) ?? WIDEST;
    return this.durations(context, widest, t('The group\'s role is not known yet: {0} allows {1} over all its roles.', ACTIVITY_TYPES[type][this.locale], rangeText(widest)));
  }

  /**
   * An activity's own duration applies to every group without a duration of
   * its own, so it must suit all their roles: the intersection of their ranges.
   * Without such groups (or roles), the type's widest range over its roles.
   */
  private activityDurations(context: ValueContext): CompletionEntry[] {
    const activity = this.activityAt(context.path[1]);
    const type = activity?.type?.value;
    if (!activity || !type) return this.durations(context, WIDEST, t('The activity type is not known yet: these values lie within the widest limits of any activity type (1 day to 12 months).'));
    const roles = [
      ...new Set(
        activity.participants
          .filter((group) => !group.raw['duration'])
          .map((group) => group.role?.value)
          .filter((role): role is Role => role !== undefined && durationBounds(type, role) !== undefined),
      ),
    ];
    const shared = intersection(roles.map((role) => durationBounds(type, role) as DurationBounds));
    if (roles.length > 0 && shared) {
      const names = roles.map((role) => inlineLabel(ROLES[role])).join(', ');
      return this.durations(context, shared, t('The guide allows {0} for the groups that share this duration ({1}) in {2}.', rangeText(shared), names, inlineLabel(ACTIVITY_TYPES[type])));
    }
    const widest = union(ACTIVITY_ROLES[type].map((entry) => entry.bounds)) ?? WIDEST;
    return this.durations(context, widest, t('{0} allows {1} over all its roles.', ACTIVITY_TYPES[type][this.locale], rangeText(widest)));
  }

  private projectDurations(context: ValueContext): CompletionEntry[] {
    const style = this.unitStyle();
    return PROJECT_MONTHS.map((months, index) =>
      this.value(context, formatTerm(months, 'month', style), 'duration', rank(1, index), t('a typical project length')),
    );
  }

  /** The minimum, the maximum and typical values between them, in the file's unit words. */
  private durations(context: ValueContext, bounds: DurationBounds, about: string): CompletionEntry[] {
    const style = this.unitStyle();
    const days = [...new Set([bounds.minDays, ...SHORT_TYPICAL_DAYS, bounds.maxDays])]
      .filter((d) => d >= bounds.minDays && d <= bounds.maxDays)
      .sort((a, b) => a - b);
    return days.map((count, index) => {
      const text = count === bounds.minDays || count === bounds.maxDays ? boundText(count, style) : typicalText(count, style);
      const inDays = formatTerm(count, 'day', this.locale);
      const detail =
        count === bounds.minDays ? t('{0}, the minimum', inDays) : count === bounds.maxDays ? t('{0}, the maximum', inDays) : inDays;
      return this.value(context, text, 'duration', rank(1, index), detail, about);
    });
  }

  // --- new list items and snippets ------------------------------------------

  /** A fresh item of a list (`- ` typed, no key yet): the list's snippets, written from the cursor. */
  private snippetsForNewItem(context: KeyContext): CompletionEntry[] {
    if (context.existingKeys.length > 0 || context.hasColon) return [];
    const list = context.path.slice(0, -1);
    if (typeof context.path[context.path.length - 1] !== 'number') return [];
    return this.snippets(list, context, false);
  }

  private items(context: ItemContext): CompletionEntry[] {
    if (matches(context.path, ['project', 'priorities'])) return this.priorities(context);
    return this.snippets(context.path, context, true);
  }

  private snippets(list: readonly PathSegment[], context: KeyContext | ItemContext, dash: boolean): CompletionEntry[] {
    const make = (label: string, detail: string, lines: string[], order: number): CompletionEntry => {
      const insert = layout(lines, context.indent, dash);
      return {
        label,
        kind: 'snippet',
        detail,
        documentation: '```yaml\n' + snippetToText(layout(lines, 0, dash)) + '\n```',
        sortText: rank(0, order),
        insertText: (context.needsSpace ? ' ' : '') + insert,
        snippet: true,
        replace: context.replace,
      };
    };
    if (matches(list, ['partners'])) return [make(t('New partner'), t('Partner organisation'), this.partnerSnippet(), 0)];
    if (matches(list, ['youth-initiatives'])) {
      return [make(t('New youth initiative'), t('Transnational youth initiative'), this.youthInitiativeSnippet(), 0)];
    }
    if (matches(list, ['activities'])) {
      const field = this.field;
      const types = Object.keys(ACTIVITY_TYPES) as ActivityType[];
      return types.map((type, index) => {
        const relevant = field === undefined || isRelevant(type, field);
        return make(t('New activity: {0}', type), ACTIVITY_TYPES[type][this.locale], this.activitySnippet(type), (relevant ? 0 : 100) + index);
      });
    }
    if (matches(list, ['activities', '#', 'participants'])) {
      return [make(t('New participant group'), t('Participant group'), this.groupSnippet(this.activityAt(list[1])), 0)];
    }
    if (matches(list, ['youth-initiatives', '#', 'groups'])) {
      return [make(t('New youth group'), t('Youth group'), this.youthGroupSnippet(), 0)];
    }
    return [];
  }

  private partnerSnippet(): string[] {
    const s = new SnippetWriter();
    return [
      `id: ${s.stop(t('new-partner'))}`,
      `name: ${s.stop(t('Organisation name'))}`,
      `country: ${s.stop(this.partners[0]?.country?.value ?? 'SE')}`,
      `type: ${s.stop(organisationForField(this.field))}`,
    ];
  }

  private nextId(prefix: string, ids: readonly (string | undefined)[]): string {
    const used = new Set(ids);
    for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
  }

  private activitySnippet(type: ActivityType): string[] {
    const s = new SnippetWriter();
    const style = this.unitStyle();
    const id = this.nextId('C', (this.app.activities?.items ?? []).map((activity) => activity.id?.value));
    const host = this.pickHost(type);
    const from = this.pickSender(type, host);
    const lines = [`id: ${s.stop(id)}`, `type: ${type}`, `title: ${s.stop(t('Activity title'))}`, `host: ${s.stop(host?.id?.value ?? t('host-id'))}`];
    lines.push(`duration: ${s.stop(typicalText(SNIPPET_DAYS[type], style))}`);
    if (type === 'long-term-teaching-assignment') lines.push(`purpose: ${s.stop('teaching')}`);
    if (type === 'blended-mobility') lines.push(`virtual: ${s.stop(t('Online work before and after the stay'))}`);
    if (type === 'short-term-pupil-exchange') lines.push(`accompanying: ${s.stop('2')}`);
    if (type === 'intensive-study-programme') lines.push('ects: true');
    const fromId = from?.id?.value ?? t('partner-id');
    lines.push('participants:');
    lines.push(`  - from: ${s.stop(fromId)}`, `    role: ${s.stop(this.roleFor(type))}`, `    count: ${s.stop(type.startsWith('long-term') ? '1' : '10')}`);
    if (type === 'long-term-pupil-mobility') lines.push(`    age: ${s.stop('15')}`);
    if (type === 'intensive-study-programme') {
      lines.push(`  - from: ${s.stop(fromId)}`, '    role: teacher', `    count: ${s.stop('2')}`);
    }
    return lines;
  }

  private roleFor(type: ActivityType): Role {
    const roles = allowedRoles(type);
    const byField: Partial<Record<FieldId, Role>> = {
      'school-education': 'pupil',
      vet: 'trainee',
      'higher-education': 'student',
      'adult-education': 'adult-learner',
      youth: type === 'short-term-staff-training' ? 'youth-worker' : 'young-person',
    };
    const preferred = this.field ? byField[this.field] : undefined;
    return preferred && roles.includes(preferred) ? preferred : roles[0];
  }

  private pickHost(type: ActivityType): Partner | undefined {
    const partners = this.partners;
    const fits = (partner: Partner) => {
      const organisation = partner.type?.value;
      if (!organisation) return false;
      if (type === 'short-term-pupil-exchange' || type === 'long-term-pupil-mobility') return isSchool(organisation);
      if (type === 'intensive-study-programme') return organisation === 'higher-education-institution';
      return true;
    };
    return partners.find(fits) ?? partners[0];
  }

  private pickSender(type: ActivityType, host: Partner | undefined): Partner | undefined {
    const partners = this.partners.filter((partner) => partner !== host);
    const abroad = (partner: Partner) => !host?.country || partner.country?.value !== host.country.value;
    const fits = (partner: Partner) => {
      const organisation = partner.type?.value;
      if (!organisation) return false;
      if (type === 'short-term-pupil-exchange' || type === 'long-term-pupil-mobility') return isSchool(organisation);
      if (type === 'intensive-study-programme') return organisation === 'higher-education-institution';
      if (type === 'long-term-teaching-assignment') return EDUCATION_ORGANISATIONS.has(organisation);
      return true;
    };
    return partners.find((p) => fits(p) && abroad(p)) ?? partners.find(fits) ?? partners.find(abroad) ?? partners[0] ?? host;
  }

  private groupSnippet(activity: Activity | undefined): string[] {
    const s = new SnippetWriter();
    const type = activity?.type?.value;
    const host = activity?.host ? this.app.partnerById.get(activity.host.value) : undefined;
    const from = type ? this.pickSender(type, host) : this.partners[0];
    return [
      `from: ${s.stop(from?.id?.value ?? t('partner-id'))}`,
      `role: ${s.stop(type ? this.roleFor(type) : 'pupil')}`,
      `count: ${s.stop('10')}`,
    ];
  }

  private youthInitiativeSnippet(): string[] {
    const s = new SnippetWriter();
    const countries: string[] = [];
    for (const partner of this.partners) {
      const code = partner.country?.value;
      if (code && !countries.includes(code)) countries.push(code);
    }
    for (const fallback of ['SE', 'FI']) if (countries.length < 2 && !countries.includes(fallback)) countries.push(fallback);
    const id = this.nextId('Y', (this.app.youthInitiatives?.items ?? []).map((initiative) => initiative.id?.value));
    return [
      `id: ${s.stop(id)}`,
      `title: ${s.stop(t('Initiative title'))}`,
      'groups:',
      `  - country: ${s.stop(countries[0])}`,
      `    members: ${s.stop('8')}`,
      `    minors: ${s.stop('true')}`,
      `  - country: ${s.stop(countries[1])}`,
      `    members: ${s.stop('8')}`,
      `coach: ${s.stop(t('Coach\'s name'))}`,
    ];
  }

  private youthGroupSnippet(): string[] {
    const s = new SnippetWriter();
    return [`country: ${s.stop(this.partners[0]?.country?.value ?? 'SE')}`, `members: ${s.stop('8')}`];
  }
}

/** Where each activity type's snippet starts its duration: a typical value within the range. */
const SNIPPET_DAYS: Readonly<Record<ActivityType, number>> = {
  'blended-mobility': 7,
  'short-term-pupil-exchange': 7,
  'intensive-study-programme': 14,
  'long-term-pupil-mobility': 90,
  'long-term-teaching-assignment': 90,
  'long-term-youth-worker-mobility': 180,
  'short-term-staff-training': 5,
};

function isSchool(type: OrganisationType): boolean {
  return type === 'school' || type === 'vet-school';
}

function organisationForField(field: FieldId | undefined): OrganisationType {
  switch (field) {
    case 'higher-education':
      return 'higher-education-institution';
    case 'vet':
      return 'vet-school';
    case 'adult-education':
      return 'adult-education-organisation';
    case 'youth':
      return 'youth-organisation';
    default:
      return 'school';
  }
}

/** A bound written exactly: whole months when it divides, else days (`2 months`, `5 days`). */
function boundText(days: number, style: UnitStyle): string {
  if (days >= 30 && days % 30 === 0) return formatTerm(days / 30, 'month', style);
  return formatTerm(days, 'day', style);
}

/**
 * Lines written relative to an item's first key, placed at `indent`: the first
 * line where the cursor is, the next ones indented to the same column (after
 * `- ` when the item's dash is part of the text).
 */
function layout(lines: readonly string[], indent: number, dash: boolean): string {
  const pad = spaces(indent + (dash ? 2 : 0));
  return lines.map((line, index) => (index === 0 ? `${dash ? '- ' : ''}${line}` : `${pad}${line}`)).join('\n');
}

/**
 * Whether a key makes sense in an activity of `type`: the keys for one
 * activity type only are left out for the others, and marked `needed` where
 * that type's rules ask for them. With the type unknown every key applies.
 */
function keyApplies(name: string, type: ActivityType | undefined): 'yes' | 'no' | 'needed' {
  const only: Readonly<Record<string, ActivityType>> = {
    purpose: 'long-term-teaching-assignment',
    ects: 'intensive-study-programme',
    virtual: 'blended-mobility',
    accompanying: 'short-term-pupil-exchange',
  };
  if (!isKeyOf(only, name)) return 'yes';
  if (!type) return 'yes';
  return only[name] === type ? 'needed' : 'no';
}

