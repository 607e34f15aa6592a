import { isCountryCode } from '../format/countries';
import { parseDate, type CalendarDate } from '../format/dates';
import { parseDuration, type Duration } from '../format/duration';
import { emptyRecord, type ContainerLocation, type ParsedDocument } from '../syntax/parse';
import { propertyNames, schemaAt } from '../format/schema-info';
import { closestMatches } from '../base/suggest';
import type { Span } from '../base/types';
import {
  ACTIVITY_TYPES,
  FIELDS,
  isKeyOf,
  ORGANISATION_TYPES,
  PURPOSES,
  ROLES,
  type ActivityType,
  type FieldId,
  type OrganisationType,
  type Purpose,
  type Role,
} from '../format/vocabulary';

/**
 * The application as the rules see it. A typed field is present only when its
 * value is valid (right type, known enumeration value, real date, readable
 * duration, assigned country code); `raw` keeps every key that was written, so
 * a rule can tell "missing" from "broken" and stay silent on what another rule
 * already reports.
 */
export interface Field<T> {
  readonly value: T;
  readonly span: Span;
  readonly keySpan: Span;
}

export interface RawField {
  readonly raw: unknown;
  readonly span: Span;
  readonly keySpan: Span;
  /**
   * Written under a misspelt key whose suggestion is this one (`duraton` for `duration`): the key
   * counts as present, so no rule says it is missing, and its value (`raw` is undefined) is read by
   * none, so the `schema` error on the misspelt key is the one diagnostic (spec, Details).
   */
  readonly misspelt?: string;
}

export interface Item {
  readonly index: number;
  readonly span: Span;
  /** The first key of the item's mapping. */
  readonly firstKeySpan: Span;
  readonly raw: Readonly<Record<string, RawField>>;
}

export interface Project extends Item {
  readonly keySpan: Span;
  readonly title?: Field<string>;
  readonly field?: Field<FieldId>;
  readonly start?: Field<CalendarDate>;
  readonly duration?: Field<Duration>;
}

export interface Partner extends Item {
  readonly id?: Field<string>;
  readonly name?: Field<string>;
  readonly country?: Field<string>;
  readonly type?: Field<OrganisationType>;
  readonly coordinator?: Field<boolean>;
}

export interface Group extends Item {
  readonly from?: Field<string>;
  readonly role?: Field<Role>;
  readonly count?: Field<number>;
  readonly duration?: Field<Duration>;
  readonly age?: Field<number>;
  readonly residence?: Field<string>;
}

export interface Activity extends Item {
  readonly id?: Field<string>;
  readonly type?: Field<ActivityType>;
  readonly title?: Field<string>;
  readonly host?: Field<string>;
  readonly duration?: Field<Duration>;
  readonly start?: Field<CalendarDate>;
  readonly end?: Field<CalendarDate>;
  readonly purpose?: Field<Purpose>;
  readonly ects?: Field<boolean>;
  readonly virtual?: Field<string>;
  readonly accompanying?: Field<number>;
  readonly participants: readonly Group[];
}

export interface YouthGroup extends Item {
  readonly country?: Field<string>;
  readonly members?: Field<number>;
  readonly minors?: Field<boolean>;
}

export interface YouthInitiative extends Item {
  readonly id?: Field<string>;
  readonly title?: Field<string>;
  readonly groups?: { readonly keySpan: Span; readonly items: readonly YouthGroup[] };
  readonly coach?: Field<string>;
}

export interface ListSection<T> {
  readonly keySpan: Span;
  readonly items: readonly T[];
  /** Every written item was a mapping (none was skipped). */
  readonly complete: boolean;
  /**
   * Items written as an alias of an earlier item (`- *se`): the same node, so it is read and
   * checked once, as `items` holds it; only `duplicate-id` reports the repeat, at the alias.
   */
  readonly repeats: readonly Repeat<T>[];
}

export interface Repeat<T> {
  /** The alias's own text (`*se`). */
  readonly span: Span;
  readonly item: T;
}

export interface Application {
  readonly project?: Project;
  readonly partners?: ListSection<Partner>;
  readonly activities?: ListSection<Activity>;
  readonly youthInitiatives?: ListSection<YouthInitiative>;
  /** Partners by id; the first of duplicates wins. */
  readonly partnerById: ReadonlyMap<string, Partner>;
  /**
   * False when `partners` is written but some of it cannot be read (not a list, an item that is not
   * a mapping, an `id` misspelt or of the wrong type): a lookup that fails may then name the
   * unreadable partner, so rules that look partners up stay silent.
   */
  readonly partnersReadable: boolean;
}

type Parse<T> = (raw: unknown) => T | undefined;

const asString: Parse<string> = (raw) => (typeof raw === 'string' ? raw : undefined);
const asBoolean: Parse<boolean> = (raw) => (typeof raw === 'boolean' ? raw : undefined);
const asCountry: Parse<string> = (raw) => (isCountryCode(raw) ? raw : undefined);
const asNonNegativeInteger: Parse<number> = (raw) => (Number.isInteger(raw) && (raw as number) >= 0 ? (raw as number) : undefined);
const asPositiveInteger: Parse<number> = (raw) => (Number.isInteger(raw) && (raw as number) >= 1 ? (raw as number) : undefined);
const asDate: Parse<CalendarDate> = parseDate;
const asDuration: Parse<Duration> = parseDuration;
function asEnum<T extends object>(table: T): Parse<keyof T & string> {
  return (raw) => (isKeyOf(table, raw) ? (raw as keyof T & string) : undefined);
}
const asField = asEnum(FIELDS);
const asActivityType = asEnum(ACTIVITY_TYPES);
const asOrganisationType = asEnum(ORGANISATION_TYPES);
const asPurpose = asEnum(PURPOSES);
const asRole = asEnum(ROLES);

/**
 * Where a model is read from: the locations of the parsed containers (of the
 * whole document, or of one piece of it: see core/incremental). The model's
 * spans are the locations' own span objects.
 */
export interface ModelSource {
  locate(container: object): ContainerLocation | undefined;
}

class ItemReader {
  readonly raw: Record<string, RawField> = emptyRecord();
  readonly span: Span;
  readonly firstKeySpan: Span;

  constructor(value: Record<string, unknown>, location: ContainerLocation, keys: KnownKeys) {
    for (const [key, entry] of location.entries) {
      if (typeof key !== 'string') continue;
      this.raw[key] = { raw: value[key], span: entry.valueSpan, keySpan: entry.keySpan ?? entry.valueSpan };
    }
    for (const [key, entry] of location.entries) {
      if (typeof key !== 'string' || keys.known.has(key) || key.startsWith('x-')) continue;
      const target = misspeltKeyTarget(key, keys, (name) => this.raw[name] !== undefined);
      if (target === undefined) continue;
      this.raw[target] = { raw: undefined, span: entry.valueSpan, keySpan: entry.keySpan ?? entry.valueSpan, misspelt: key };
    }
    this.span = location.span;
    this.firstKeySpan = location.firstKeySpan ?? location.span;
  }

  field<T>(key: string, parse: Parse<T>): Field<T> | undefined {
    const entry = this.raw[key];
    if (entry === undefined) return undefined;
    const value = parse(entry.raw);
    return value === undefined ? undefined : { value, span: entry.span, keySpan: entry.keySpan };
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reader(source: ModelSource, value: unknown, keys: KnownKeys): ItemReader | undefined {
  if (!isMapping(value)) return undefined;
  const location = source.locate(value);
  return location ? new ItemReader(value, location, keys) : undefined;
}

/** The keys the format names for one kind of mapping, the required ones apart. */
export interface KnownKeys {
  readonly known: ReadonlySet<string>;
  readonly required: readonly string[];
}

function knownKeys(path: readonly (string | number)[]): KnownKeys {
  const node = schemaAt(path);
  return { known: new Set(propertyNames(node)), required: node?.required ?? [] };
}

// Built once from the schema (constants, not state); the paths are those of schemaAt.
const ROOT_KEYS = knownKeys([]);
const PROJECT_KEYS = knownKeys(['project']);
const PARTNER_KEYS = knownKeys(['partners', 0]);
const ACTIVITY_KEYS = knownKeys(['activities', 0]);
const GROUP_KEYS = knownKeys(['activities', 0, 'participants', 0]);
const INITIATIVE_KEYS = knownKeys(['youth-initiatives', 0]);
const YOUTH_GROUP_KEYS = knownKeys(['youth-initiatives', 0, 'groups', 0]);

/**
 * The known key an unknown key was meant to be: the closest known key not written, a missing
 * required key first. The `schema` rule suggests the same key in its message.
 */
export function misspeltKeyTarget(key: string, keys: KnownKeys, written: (name: string) => boolean): string | undefined {
  const candidates = [...keys.known].filter((name) => !written(name));
  const close = closestMatches(key, candidates);
  return close.find((name) => keys.required.includes(name)) ?? close[0];
}

/** The mappings of a list, skipping items of the wrong type (the schema reports them). */
function readList<T>(source: ModelSource, value: unknown, build: (source: ModelSource, value: unknown, index: number) => T | undefined): T[] {
  if (!Array.isArray(value)) return [];
  const items: T[] = [];
  for (let index = 0; index < value.length; index++) {
    const item = build(source, value[index], index);
    if (item !== undefined) items.push(item);
  }
  return items;
}

function readSection<T>(
  source: ModelSource,
  root: ItemReader,
  key: string,
  build: (source: ModelSource, value: unknown, index: number) => T | undefined,
): ListSection<T> | undefined {
  const entry = root.raw[key];
  if (!entry || !Array.isArray(entry.raw)) return undefined;
  return { keySpan: entry.keySpan, ...readSectionItems(source, entry.raw, build) };
}

/** A top-level list's items, each node once: an alias of an earlier item is a repeat, not a second item. */
export function readSectionItems<T>(
  source: ModelSource,
  list: readonly unknown[],
  build: (source: ModelSource, value: unknown, index: number) => T | undefined,
): Omit<ListSection<T>, 'keySpan'> {
  const items: T[] = [];
  const repeats: Repeat<T>[] = [];
  const read = new Map<unknown, T>();
  let entries: ContainerLocation['entries'] | undefined;
  for (let index = 0; index < list.length; index++) {
    const value = list[index];
    const earlier = isMapping(value) ? read.get(value) : undefined;
    if (earlier !== undefined) {
      entries ??= source.locate(list)?.entries;
      const span = entries?.get(index)?.valueSpan;
      if (span) repeats.push({ span, item: earlier });
      continue;
    }
    const item = build(source, value, index);
    if (item === undefined) continue;
    items.push(item);
    read.set(value, item);
  }
  return { items, complete: items.length + repeats.length === list.length, repeats };
}

// The readers below write out the item fields (index, span, firstKeySpan, raw) in each object
// literal instead of spreading a shared one: literals of one fixed shape keep V8's objects fast
// and small, which the benchmark measured at 5 000 activities (docs/performance.md).

/** The project mapping (`value`), written under the key at `keySpan`; undefined when it is not a mapping. */
export function readProject(source: ModelSource, value: unknown, keySpan: Span): Project | undefined {
  const r = reader(source, value, PROJECT_KEYS);
  if (!r) return undefined;
  return {
    index: 0,
    span: r.span,
    firstKeySpan: r.firstKeySpan,
    raw: r.raw,
    keySpan,
    title: r.field('title', asString),
    field: r.field('field', asField),
    start: r.field('start', asDate),
    duration: r.field('duration', asDuration),
  };
}

/** A partner from its mapping; undefined when the item is not a mapping (the schema reports it). */
export function readPartner(source: ModelSource, value: unknown, index: number): Partner | undefined {
  const r = reader(source, value, PARTNER_KEYS);
  if (!r) return undefined;
  return {
    index,
    span: r.span,
    firstKeySpan: r.firstKeySpan,
    raw: r.raw,
    id: r.field('id', asString),
    name: r.field('name', asString),
    country: r.field('country', asCountry),
    type: r.field('type', asOrganisationType),
    coordinator: r.field('coordinator', asBoolean),
  };
}

function readGroup(source: ModelSource, value: unknown, index: number): Group | undefined {
  const r = reader(source, value, GROUP_KEYS);
  if (!r) return undefined;
  return {
    index,
    span: r.span,
    firstKeySpan: r.firstKeySpan,
    raw: r.raw,
    from: r.field('from', asString),
    role: r.field('role', asRole),
    count: r.field('count', asPositiveInteger),
    duration: r.field('duration', asDuration),
    age: r.field('age', asNonNegativeInteger),
    residence: r.field('residence', asCountry),
  };
}

/** An activity from its mapping; undefined when the item is not a mapping. */
export function readActivity(source: ModelSource, value: unknown, index: number): Activity | undefined {
  const r = reader(source, value, ACTIVITY_KEYS);
  if (!r) return undefined;
  return {
    index,
    span: r.span,
    firstKeySpan: r.firstKeySpan,
    raw: r.raw,
    id: r.field('id', asString),
    type: r.field('type', asActivityType),
    title: r.field('title', asString),
    host: r.field('host', asString),
    duration: r.field('duration', asDuration),
    start: r.field('start', asDate),
    end: r.field('end', asDate),
    purpose: r.field('purpose', asPurpose),
    ects: r.field('ects', asBoolean),
    virtual: r.field('virtual', asString),
    accompanying: r.field('accompanying', asNonNegativeInteger),
    participants: readList(source, r.raw['participants']?.raw, readGroup),
  };
}

function readYouthGroup(source: ModelSource, value: unknown, index: number): YouthGroup | undefined {
  const r = reader(source, value, YOUTH_GROUP_KEYS);
  if (!r) return undefined;
  return {
    index,
    span: r.span,
    firstKeySpan: r.firstKeySpan,
    raw: r.raw,
    country: r.field('country', asCountry),
    members: r.field('members', asPositiveInteger),
    minors: r.field('minors', asBoolean),
  };
}

/** A youth initiative from its mapping; undefined when the item is not a mapping. */
export function readYouthInitiative(source: ModelSource, value: unknown, index: number): YouthInitiative | undefined {
  const r = reader(source, value, INITIATIVE_KEYS);
  if (!r) return undefined;
  const groups = r.raw['groups'];
  return {
    index,
    span: r.span,
    firstKeySpan: r.firstKeySpan,
    raw: r.raw,
    id: r.field('id', asString),
    title: r.field('title', asString),
    groups:
      groups && Array.isArray(groups.raw)
        ? { keySpan: groups.keySpan, items: readList(source, groups.raw, readYouthGroup) }
        : undefined,
    coach: r.field('coach', asString),
  };
}

/** Partners by id; the first of duplicates wins. */
export function partnersById(partners: readonly Partner[]): Map<string, Partner> {
  const byId = new Map<string, Partner>();
  for (const partner of partners) {
    if (partner.id && !byId.has(partner.id.value)) byId.set(partner.id.value, partner);
  }
  return byId;
}

export function buildModel(doc: ParsedDocument): Application {
  const source: ModelSource = { locate: (container) => doc.locate(container) };
  const root = reader(source, doc.root, ROOT_KEYS);
  if (!root) return { partnerById: new Map(), partnersReadable: true };
  const partners = readSection(source, root, 'partners', readPartner);
  const project = root.raw['project'];
  return {
    project: project ? readProject(source, project.raw, project.keySpan) : undefined,
    partners,
    activities: readSection(source, root, 'activities', readActivity),
    youthInitiatives: readSection(source, root, 'youth-initiatives', readYouthInitiative),
    partnerById: partnersById(partners?.items ?? []),
    partnersReadable: partnersReadable(root.raw['partners'] !== undefined, partners),
  };
}

/** Whether every written partner could be read with its id (see Application.partnersReadable). */
export function partnersReadable(written: boolean, partners: ListSection<Partner> | undefined): boolean {
  if (!written) return true;
  if (!partners || !partners.complete) return false;
  return partners.items.every((partner) => partner.id !== undefined);
}
