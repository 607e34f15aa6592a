import { calendarLength, dayNumber, lastDayOf, lengthInDays, type CalendarDate, type CalendarLength } from '../format/dates';
import { calendarParts, periodEndExclusive, type Duration, type UnitStyle } from '../format/duration';
import type { Activity, Application, Field, Group, Partner, Project } from './model';
import type { Span } from '../base/types';

/**
 * Facts several rules share. Each returns undefined when the fact depends on
 * a broken or missing value, which is how rules stay silent on mistakes that
 * another rule reports.
 */

export function hostOf(app: Pick<Application, 'partnerById'>, activity: Activity): Partner | undefined {
  return activity.host ? app.partnerById.get(activity.host.value) : undefined;
}

export function senderOf(app: Pick<Application, 'partnerById'>, group: Group): Partner | undefined {
  return group.from ? app.partnerById.get(group.from.value) : undefined;
}

/** Where a group's duration comes from, for reporting and fixing. */
export type DurationSource = 'group' | 'activity' | 'dates';

export interface AppliedDuration {
  readonly days: number;
  readonly source: DurationSource;
  /** The value that sets the duration: the group's or activity's `duration`, or the activity's `start`. */
  readonly span: Span;
  readonly duration?: Duration;
  /** For a length from `start` and `end`: the calendar months and days it measures. */
  readonly calendar?: CalendarLength;
}

/** The activity's own duration: its written `duration`, else the calendar length of `start`..`end`. */
export function activityDuration(activity: Activity): AppliedDuration | undefined {
  if (activity.duration) return fromField(activity.duration, 'activity');
  if (activity.raw['duration']) return undefined; // written but unreadable: duration-format reports it
  const calendar = datesLength(activity);
  if (!calendar || !activity.start) return undefined;
  return { days: lengthInDays(calendar), source: 'dates', span: activity.start.span, calendar };
}

/**
 * The calendar length of an activity's `start`..`end` (spec "Durations"), or
 * undefined without both dates or when `end` is before `start` (duration-range
 * reports that once). The one measure of an activity's dates: rules, hover,
 * hints and lenses all use it.
 */
export function datesLength(activity: Activity): CalendarLength | undefined {
  if (!activity.start || !activity.end) return undefined;
  return calendarLength(activity.start.value, activity.end.value);
}

/** The duration that applies to a group: its own, else the activity's. */
export function groupDuration(activity: Activity, group: Group): AppliedDuration | undefined {
  if (group.duration) return fromField(group.duration, 'group');
  if (group.raw['duration']) return undefined;
  return activityDuration(activity);
}

function fromField(field: Field<Duration>, source: DurationSource): AppliedDuration {
  return { days: field.value.days, source, span: field.span, duration: field.value };
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * The last day of a period that starts on `start` and lasts `duration`:
 * months (years count 12) added at once, then days (weeks count 7), minus one
 * day. The project period and an activity's start + written duration both
 * end this way.
 */
export function periodLastDay(start: CalendarDate, duration: Duration): CalendarDate {
  return lastDayOf(start, calendarParts(duration));
}

/** The project period's last day, when both `start` and a readable `duration` are given. */
export function projectLastDay(project: Project | undefined): CalendarDate | undefined {
  if (!project?.start || !project.duration) return undefined;
  return periodLastDay(project.start.value, project.duration.value);
}

/**
 * Whether a written duration says what `start`..`end` measure (duration-dates): the same calendar
 * months and days, or, for a duration in days and weeks only, the same number of days counted one
 * by one. Undefined when `end` is before `start`.
 */
export function durationMatchesDates(start: CalendarDate, end: CalendarDate, duration: Duration): boolean | undefined {
  const measured = calendarLength(start, end);
  if (!measured) return undefined;
  const written = calendarParts(duration);
  if (measured.months === written.months && measured.days === written.days) return true;
  return written.months === 0 && written.days === dayNumber(end) - dayNumber(start) + 1;
}

/**
 * The groups that use the activity's own duration (or its dates): those without a `duration` of
 * their own, readable or not (a group's unreadable duration is still its own, reported by
 * duration-format).
 */
export function groupsSharingActivityDuration(activity: Activity): Group[] {
  return activity.participants.filter((group) => group.raw['duration'] === undefined);
}

/** The project period as day numbers: its first day and, with a readable duration, the first day after it. */
export interface ProjectPeriod {
  readonly first: number;
  readonly endExclusive?: number;
}

/** The period every activity must fall within; undefined without a readable `project.start`. */
export function projectPeriod(project: Project | undefined): ProjectPeriod | undefined {
  if (!project?.start) return undefined;
  const first = dayNumber(project.start.value);
  if (!project.duration) return { first };
  return { first, endExclusive: periodEndExclusive(project.start.value, project.duration.value) };
}

/**
 * The unit language of the file: that of the first readable duration in the text (project,
 * activity or group, wherever it stands), undefined when there is none. The duration-format fix
 * and completion both write new durations in it, so they agree with each other and with what the
 * author wrote first.
 */
export function fileUnitStyle(app: Application): UnitStyle | undefined {
  let first: Field<Duration> | undefined;
  const consider = (duration: Field<Duration> | undefined) => {
    if (duration && (!first || duration.span.start < first.span.start)) first = duration;
  };
  consider(app.project?.duration);
  for (const activity of app.activities?.items ?? []) {
    consider(activity.duration);
    for (const group of activity.participants) consider(group.duration);
  }
  return first?.value.style;
}

/** The spec's pattern for partner ids (schemas/partnership-application.schema.json says the same). */
export const PARTNER_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function isPartnerIdShape(value: string): boolean {
  return PARTNER_ID_PATTERN.test(value);
}
