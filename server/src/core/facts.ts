import { dayNumber } from './dates';
import type { Duration } from './duration';
import type { Activity, Application, Field, Group, Partner } from './model';
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
