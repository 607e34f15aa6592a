import type { CheckResult } from '../../check/check';
import { isCountryCode } from '../../format/countries';
import { addMonths, dayNumber, formatDate, fromDayNumber, type CalendarDate } from '../../format/dates';
import { calendarParts, type Duration } from '../../format/duration';
import type { Activity, Field, Partner } from '../../model/model';
import type { Locale, RuleId, Severity, Span } from '../../base/types';
import { ACTIVITY_TYPES, ROLES, type ActivityType, type FieldId, type OrganisationType, type Role } from '../../format/vocabulary';
import { scheduleOf } from './schedule';

/**
 * The overview of one checked application: plain, JSON-serialisable data (no
 * spans, no class instances), the same for the CLI's HTML report, the VS Code
 * webview and any editor that asks the server for it. Lines are 0-based, as in
 * LSP and the CLI's JSON. A value that is missing or broken in the file is left
 * out (its diagnostic says why), never guessed.
 */
export interface Overview {
  /** The language the diagnostics' messages are written in. */
  readonly locale: Locale;
  readonly title?: string;
  readonly field?: FieldId;
  readonly period: OverviewPeriod;
  readonly countries: readonly CountryPartners[];
  readonly activities: readonly OverviewActivity[];
  readonly flows: readonly Flow[];
  readonly totals: Totals;
  readonly diagnostics: readonly OverviewDiagnostic[];
}

/** A calendar month `YYYY-MM`, and whether it lies (at least partly) in the project period. */
export interface Month {
  readonly month: string;
  readonly inPeriod: boolean;
}

export interface OverviewPeriod {
  /** The first day, `YYYY-MM-DD`; missing without a readable `project.start`. */
  readonly start?: string;
  /** The last day (inclusive); missing without a readable start and duration. */
  readonly end?: string;
  /** The project's length in months as written (`24 months`, `2 years` = 24); missing when it has days or weeks or is unreadable. */
  readonly months?: number;
  /**
   * The month axis: every month from the first month of the period or of a
   * scheduled activity, whichever is earlier, to the last of either, so an
   * activity outside the period still has its place. Empty when nothing has a date.
   */
  readonly axis: readonly Month[];
}

export interface OverviewPartner {
  readonly id?: string;
  readonly name?: string;
  readonly type?: OrganisationType;
  readonly coordinator: boolean;
  readonly line: number;
  /** Participants this partner sends, and receives as host, over all activities. */
  readonly sends: number;
  readonly hosts: number;
}

export interface CountryPartners {
  /** An ISO 3166-1 alpha-2 code; missing for partners whose country is missing or unknown. */
  readonly country?: string;
  readonly partners: readonly OverviewPartner[];
}

/** Where an activity is on the calendar. */
export type Schedule =
  | {
      readonly kind: 'scheduled';
      readonly start: string;
      /** The last day (inclusive). */
      readonly end: string;
      /** Indices into `period.axis`. */
      readonly startMonth: number;
      readonly endMonth: number;
      /** Whether any of its days lie outside a known project period. */
      readonly outsidePeriod: boolean;
    }
  /** A duration but no dates: shown apart from the timeline, with its length. */
  | { readonly kind: 'unscheduled'; readonly days: number; readonly duration: string }
  /** Neither readable dates nor a readable duration. */
  | { readonly kind: 'unknown' };

export interface OverviewGroup {
  readonly from?: string;
  readonly role?: Role;
  readonly count?: number;
  readonly line: number;
}

export interface OverviewActivity {
  /** The activity's place in the file's `activities` list (0-based, as the messages' "activity N" count from 1). */
  readonly index: number;
  readonly id?: string;
  readonly type?: ActivityType;
  readonly title?: string;
  readonly host?: string;
  readonly line: number;
  readonly schedule: Schedule;
  readonly participants: readonly OverviewGroup[];
  /** The sum of the groups' readable counts. */
  readonly total: number;
  readonly accompanying?: number;
  /** The rules with a diagnostic in this activity, sorted, each once. */
  readonly rules: readonly RuleId[];
  /** The most severe of those diagnostics. */
  readonly worst?: Severity;
}

/** Participants a partner sends to a host, summed over the activities. */
export interface Flow {
  readonly from: string;
  readonly to: string;
  readonly participants: number;
}

export interface Totals {
  /** Every participant with a readable count. */
  readonly participants: number;
  /** Those whose sender or host is missing: not in any flow. */
  readonly unassigned: number;
  readonly byRole: readonly { readonly role: Role; readonly participants: number }[];
  readonly byType: readonly { readonly type: ActivityType; readonly activities: number; readonly participants: number }[];
  /** By the country of the sending partner (sent) and of the host (hosted). */
  readonly byCountry: readonly { readonly country: string; readonly partners: number; readonly sent: number; readonly hosted: number }[];
}

export interface OverviewDiagnostic {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly character: number;
  /** The activity the diagnostic is in, if any: its position in `Overview.activities`. */
  readonly activity?: number;
  /** The id of the partner the diagnostic is in, if any (and not in an activity). */
  readonly partner?: string;
}

export interface OverviewConfig {
  readonly locale: Locale;
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** The overview of a checked application. Pure; never throws on any application the checker accepts. */
export function overviewOf(result: CheckResult, config: OverviewConfig): Overview {
  const { app, lines } = result;
  const lineOf = (span: Span) => lines.position(span.start).line;
  const partners = app.partners?.items ?? [];
  const activities = app.activities?.items ?? [];

  const diagnostics = result.findings.map((finding): OverviewDiagnostic => {
    const position = lines.position(finding.span.start);
    const activity = containingIndex(activities, finding.span);
    const partner = activity === undefined ? partners[containingIndex(partners, finding.span) ?? -1] : undefined;
    return {
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      line: position.line,
      character: position.character,
      activity,
      partner: partner?.id?.value,
    };
  });

  const period = periodOf(app.project?.start, app.project?.duration);
  const placed = activities.map((activity) => ({ activity, dates: scheduleOf(activity) }));
  const axis = axisOf(period, placed.map((p) => p.dates).filter((d) => d !== undefined));

  const byActivity = new Map<number, OverviewDiagnostic[]>();
  for (const d of diagnostics) if (d.activity !== undefined) byActivity.set(d.activity, [...(byActivity.get(d.activity) ?? []), d]);
  const overviewActivities = placed.map(({ activity, dates }, position) =>
    activityOf(activity, dates, period, axis, byActivity.get(position) ?? [], lineOf),
  );

  const flows = flowsOf(overviewActivities);
  return {
    locale: config.locale,
    title: app.project?.title?.value,
    field: app.project?.field?.value,
    period: {
      start: period.first === undefined ? undefined : formatDate(fromDayNumber(period.first)),
      end: period.last === undefined ? undefined : formatDate(fromDayNumber(period.last)),
      months: period.months,
      axis,
    },
    countries: countriesOf(partners, overviewActivities, lineOf),
    activities: overviewActivities,
    flows,
    totals: totalsOf(overviewActivities, partners, flows),
    diagnostics,
  };
}

/** The index of the item whose span holds the start of `span`: items are in document order and do not overlap. */
function containingIndex(items: readonly { readonly span: Span }[], span: Span): number | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = items[middle].span;
    if (span.start < item.start) high = middle - 1;
    else if (span.start >= item.end) low = middle + 1;
    else return middle;
  }
  return undefined;
}

interface Period {
  readonly first?: number;
  readonly last?: number;
  readonly months?: number;
}

/** As the rule outside-project-period counts it: months and years as calendar months, then weeks and days. */
function periodOf(start: Field<CalendarDate> | undefined, duration: Field<Duration> | undefined): Period {
  if (!start) return { months: duration ? wholeMonths(duration.value) : undefined };
  const first = dayNumber(start.value);
  if (!duration) return { first };
  const { months, days } = calendarParts(duration.value);
  const last = dayNumber(addMonths(start.value, months)) + days - 1;
  return { first, last, months: wholeMonths(duration.value) };
}

function wholeMonths(duration: Duration): number | undefined {
  const { months, days } = calendarParts(duration);
  return days === 0 ? months : undefined;
}

type Dates = { readonly first: number; readonly last: number };

/** Month numbers counted from year 0, so that consecutive months differ by one. */
function monthIndex(day: number): number {
  const date = fromDayNumber(day);
  return date.year * 12 + date.month - 1;
}

function monthText(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** No axis is longer than this: a typo such as 2207 for 2027 must not make a 2 000-column timeline. */
const MAX_AXIS_MONTHS = 240;

function axisOf(period: Period, dates: readonly Dates[]): Month[] {
  const days = dates.flatMap((d) => [d.first, d.last]);
  if (period.first !== undefined) days.push(period.first);
  if (period.last !== undefined) days.push(period.last);
  if (days.length === 0) return [];
  const from = monthIndex(Math.min(...days));
  const to = Math.min(monthIndex(Math.max(...days)), from + MAX_AXIS_MONTHS - 1);
  const periodFrom = period.first === undefined ? undefined : monthIndex(period.first);
  const periodTo = period.last === undefined ? undefined : monthIndex(period.last);
  const axis: Month[] = [];
  for (let index = from; index <= to; index++) {
    const inPeriod = periodFrom !== undefined && index >= periodFrom && (periodTo === undefined || index <= periodTo);
    axis.push({ month: monthText(index), inPeriod });
  }
  return axis;
}

function scheduleFor(dates: Dates | undefined, activity: Activity, period: Period, axis: readonly Month[]): Schedule {
  if (dates) {
    const from = axis.length === 0 ? 0 : monthIndexOfText(axis[0].month);
    const clamp = (index: number) => Math.max(0, Math.min(axis.length - 1, index - from));
    const outsidePeriod =
      period.first !== undefined && (dates.first < period.first || (period.last !== undefined && dates.last > period.last));
    return {
      kind: 'scheduled',
      start: formatDate(fromDayNumber(dates.first)),
      end: formatDate(fromDayNumber(dates.last)),
      startMonth: clamp(monthIndex(dates.first)),
      endMonth: clamp(monthIndex(dates.last)),
      outsidePeriod,
    };
  }
  const duration = activity.duration;
  if (duration) return { kind: 'unscheduled', days: duration.value.days, duration: String(activity.raw['duration']?.raw ?? '').trim() };
  return { kind: 'unknown' };
}

function monthIndexOfText(text: string): number {
  return Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
}

function activityOf(
  activity: Activity,
  dates: Dates | undefined,
  period: Period,
  axis: readonly Month[],
  diagnostics: readonly OverviewDiagnostic[],
  lineOf: (span: Span) => number,
): OverviewActivity {
  const participants = activity.participants.map((group) => ({
    from: group.from?.value,
    role: group.role?.value,
    count: group.count?.value,
    line: lineOf(group.span),
  }));
  const rules = [...new Set(diagnostics.map((d) => d.rule))].sort();
  const worst = SEVERITY_ORDER.find((severity) => diagnostics.some((d) => d.severity === severity));
  return {
    index: activity.index,
    id: activity.id?.value,
    type: activity.type?.value,
    title: activity.title?.value,
    host: activity.host?.value,
    line: lineOf(activity.span),
    schedule: scheduleFor(dates, activity, period, axis),
    participants,
    total: participants.reduce((sum, group) => sum + (group.count ?? 0), 0),
    accompanying: activity.accompanying?.value,
    rules,
    worst,
  };
}

/** Flows in the order they first appear, one per sender and host. */
function flowsOf(activities: readonly OverviewActivity[]): Flow[] {
  const flows = new Map<string, { from: string; to: string; participants: number }>();
  for (const activity of activities) {
    if (activity.host === undefined) continue;
    for (const group of activity.participants) {
      if (group.from === undefined || group.count === undefined) continue;
      const key = JSON.stringify([group.from, activity.host]);
      const flow = flows.get(key) ?? { from: group.from, to: activity.host, participants: 0 };
      flow.participants += group.count;
      flows.set(key, flow);
    }
  }
  return [...flows.values()];
}

function countriesOf(partners: readonly Partner[], activities: readonly OverviewActivity[], lineOf: (span: Span) => number): CountryPartners[] {
  const sends = new Map<string, number>();
  const hosts = new Map<string, number>();
  for (const activity of activities) {
    for (const group of activity.participants) {
      if (group.count === undefined) continue;
      if (group.from !== undefined) sends.set(group.from, (sends.get(group.from) ?? 0) + group.count);
      if (activity.host !== undefined) hosts.set(activity.host, (hosts.get(activity.host) ?? 0) + group.count);
    }
  }
  const groups = new Map<string | undefined, OverviewPartner[]>();
  for (const partner of partners) {
    const country = partner.country?.value;
    const id = partner.id?.value;
    const list = groups.get(country) ?? [];
    list.push({
      id,
      name: partner.name?.value,
      type: partner.type?.value,
      coordinator: partner.coordinator?.value === true,
      line: lineOf(partner.span),
      sends: id === undefined ? 0 : (sends.get(id) ?? 0),
      hosts: id === undefined ? 0 : (hosts.get(id) ?? 0),
    });
    groups.set(country, list);
  }
  // Countries in code order, partners without a readable country last.
  return [...groups.entries()]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([country, list]) => ({ country, partners: list }));
}

function totalsOf(activities: readonly OverviewActivity[], partners: readonly Partner[], flows: readonly Flow[]): Totals {
  const byRole = new Map<Role, number>();
  const byType = new Map<ActivityType, { activities: number; participants: number }>();
  let participants = 0;
  for (const activity of activities) {
    participants += activity.total;
    if (activity.type !== undefined) {
      const entry = byType.get(activity.type) ?? { activities: 0, participants: 0 };
      entry.activities++;
      entry.participants += activity.total;
      byType.set(activity.type, entry);
    }
    for (const group of activity.participants) {
      if (group.role !== undefined && group.count !== undefined) byRole.set(group.role, (byRole.get(group.role) ?? 0) + group.count);
    }
  }
  const countryOf = new Map<string, string>();
  for (const partner of partners) {
    const id = partner.id?.value;
    if (id !== undefined && !countryOf.has(id) && partner.country) countryOf.set(id, partner.country.value);
  }
  const byCountry = new Map<string, { partners: number; sent: number; hosted: number }>();
  const entry = (country: string) => {
    const found = byCountry.get(country) ?? { partners: 0, sent: 0, hosted: 0 };
    byCountry.set(country, found);
    return found;
  };
  for (const partner of partners) if (isCountryCode(partner.country?.value)) entry(partner.country!.value).partners++;
  for (const flow of flows) {
    const from = countryOf.get(flow.from);
    const to = countryOf.get(flow.to);
    if (from !== undefined) entry(from).sent += flow.participants;
    if (to !== undefined) entry(to).hosted += flow.participants;
  }
  const assigned = flows.reduce((sum, flow) => sum + flow.participants, 0);
  return {
    participants,
    unassigned: participants - assigned,
    // In the order of the guide's tables (vocabulary.ts), so two applications read alike.
    byRole: inTableOrder(ROLES, byRole).map(([role, count]) => ({ role, participants: count })),
    byType: inTableOrder(ACTIVITY_TYPES, byType).map(([type, counts]) => ({ type, ...counts })),
    byCountry: [...byCountry.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([country, counts]) => ({ country, ...counts })),
  };
}

function inTableOrder<K extends string, V>(table: Readonly<Record<K, unknown>>, values: ReadonlyMap<K, V>): [K, V][] {
  return (Object.keys(table) as K[]).filter((key) => values.has(key)).map((key) => [key, values.get(key)!]);
}
