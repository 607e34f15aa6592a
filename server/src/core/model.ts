import { isCountryCode } from './countries';
import { parseDate, type CalendarDate } from './dates';
import { parseDuration, type Duration } from './duration';
import type { ContainerLocation, ParsedDocument } from './parse';
import type { Span } from './types';
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
} from './vocabulary';

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
}

export interface Application {
  readonly project?: Project;
  readonly partners?: ListSection<Partner>;
  readonly activities?: ListSection<Activity>;
  readonly youthInitiatives?: ListSection<YouthInitiative>;
  /** Partners by id; the first of duplicates wins. */
  readonly partnerById: ReadonlyMap<string, Partner>;
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

class ItemReader {
  readonly raw: Record<string, RawField> = Object.create(null);

  constructor(
    readonly value: Record<string, unknown>,
    readonly location: ContainerLocation,
  ) {
    for (const [key, entry] of location.entries) {
      if (typeof key !== 'string') continue;
      this.raw[key] = { raw: value[key], span: entry.valueSpan, keySpan: entry.keySpan ?? entry.valueSpan };
    }
  }

  field<T>(key: string, parse: Parse<T>): Field<T> | undefined {
    const entry = this.raw[key];
    if (!entry) return undefined;
    const value = parse(entry.raw);
    return value === undefined ? undefined : { value, span: entry.span, keySpan: entry.keySpan };
  }

  item(index: number): Item {
    return {
      index,
      span: this.location.span,
      firstKeySpan: this.location.firstKeySpan ?? this.location.span,
      raw: this.raw,
    };
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reader(doc: ParsedDocument, value: unknown): ItemReader | undefined {
  if (!isMapping(value)) return undefined;
  const location = doc.locate(value);
  return location ? new ItemReader(value, location) : undefined;
}

/** The mappings of a list, skipping items of the wrong type (the schema reports them). */
function readList<T>(doc: ParsedDocument, value: unknown, build: (r: ItemReader, index: number) => T): T[] {
  if (!Array.isArray(value)) return [];
  const items: T[] = [];
  value.forEach((element, index) => {
    const r = reader(doc, element);
    if (r) items.push(build(r, index));
  });
  return items;
}

function readSection<T>(
  doc: ParsedDocument,
  root: ItemReader,
  key: string,
  build: (r: ItemReader, index: number) => T,
): ListSection<T> | undefined {
  const entry = root.raw[key];
  if (!entry || !Array.isArray(entry.raw)) return undefined;
  return { keySpan: entry.keySpan, items: readList(doc, entry.raw, build) };
}

function readProject(doc: ParsedDocument, root: ItemReader): Project | undefined {
  const entry = root.raw['project'];
  const r = entry && reader(doc, entry.raw);
  if (!entry || !r) return undefined;
  return {
    ...r.item(0),
    keySpan: entry.keySpan,
    title: r.field('title', asString),
    field: r.field('field', asEnum(FIELDS)),
    start: r.field('start', asDate),
    duration: r.field('duration', asDuration),
  };
}

function readPartner(r: ItemReader, index: number): Partner {
  return {
    ...r.item(index),
    id: r.field('id', asString),
    name: r.field('name', asString),
    country: r.field('country', asCountry),
    type: r.field('type', asEnum(ORGANISATION_TYPES)),
    coordinator: r.field('coordinator', asBoolean),
  };
}

function readGroup(r: ItemReader, index: number): Group {
  return {
    ...r.item(index),
    from: r.field('from', asString),
    role: r.field('role', asEnum(ROLES)),
    count: r.field('count', asPositiveInteger),
    duration: r.field('duration', asDuration),
    age: r.field('age', asNonNegativeInteger),
    residence: r.field('residence', asCountry),
  };
}

function readActivity(doc: ParsedDocument) {
  return (r: ItemReader, index: number): Activity => ({
    ...r.item(index),
    id: r.field('id', asString),
    type: r.field('type', asEnum(ACTIVITY_TYPES)),
    title: r.field('title', asString),
    host: r.field('host', asString),
    duration: r.field('duration', asDuration),
    start: r.field('start', asDate),
    end: r.field('end', asDate),
    purpose: r.field('purpose', asEnum(PURPOSES)),
    ects: r.field('ects', asBoolean),
    virtual: r.field('virtual', asString),
    accompanying: r.field('accompanying', asNonNegativeInteger),
    participants: readList(doc, r.raw['participants']?.raw, readGroup),
  });
}

function readYouthGroup(r: ItemReader, index: number): YouthGroup {
  return {
    ...r.item(index),
    country: r.field('country', asCountry),
    members: r.field('members', asPositiveInteger),
    minors: r.field('minors', asBoolean),
  };
}

function readYouthInitiative(doc: ParsedDocument) {
  return (r: ItemReader, index: number): YouthInitiative => {
    const groups = r.raw['groups'];
    return {
      ...r.item(index),
      id: r.field('id', asString),
      title: r.field('title', asString),
      groups:
        groups && Array.isArray(groups.raw)
          ? { keySpan: groups.keySpan, items: readList(doc, groups.raw, readYouthGroup) }
          : undefined,
      coach: r.field('coach', asString),
    };
  };
}

export function buildModel(doc: ParsedDocument): Application {
  const root = reader(doc, doc.root);
  if (!root) return { partnerById: new Map() };
  const partners = readSection(doc, root, 'partners', readPartner);
  const partnerById = new Map<string, Partner>();
  for (const partner of partners?.items ?? []) {
    if (partner.id && !partnerById.has(partner.id.value)) partnerById.set(partner.id.value, partner);
  }
  return {
    project: readProject(doc, root),
    partners,
    activities: readSection(doc, root, 'activities', readActivity(doc)),
    youthInitiatives: readSection(doc, root, 'youth-initiatives', readYouthInitiative(doc)),
    partnerById,
  };
}
