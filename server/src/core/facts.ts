import { dayNumber } from './dates';
import { periodEndExclusive, type Duration, type UnitStyle } from './duration';
import type { Activity, Application, Field, Group, Partner, Project } from './model';
import type { Span } from './types';

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
}

/** The activity's own duration: its written `duration`, else end - start + 1 days. */
export function activityDuration(activity: Activity): AppliedDuration | undefined {
  if (activity.duration) return fromField(activity.duration, 'activity');
  if (activity.raw['duration']) return undefined; // written but unreadable: duration-format reports it
  if (!activity.start || !activity.end) return undefined;
  const days = dayNumber(activity.end.value) - dayNumber(activity.start.value) + 1;
  if (days < 1) return undefined; // end before start: reported once by duration-range
  return { days, source: 'dates', span: activity.start.span };
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
