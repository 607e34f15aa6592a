import { groupDuration, groupsSharingActivityDuration } from '../../model/facts';
import type { Activity, Application, Group } from '../../model/model';
import type { Span } from '../../base/types';
import { durationBounds, type DurationBounds } from '../../format/vocabulary';
import { sameSpan } from './edits';

/** Where a finding is in the model: found by the span the rule reported, never by the message. */

export function activityWithTypeAt(app: Application, span: Span): Activity | undefined {
  return app.activities?.items.find((activity) => activity.type && sameSpan(activity.type.span, span));
}

export function activityWithStartAt(app: Application, span: Span): Activity | undefined {
  return app.activities?.items.find((activity) => activity.start && sameSpan(activity.start.span, span));
}

/** The groups whose applied duration is the value at `span` (a group's, the activity's, or the activity's dates). */
export function groupsUsingDuration(app: Application, span: Span): { activity: Activity; group: Group }[] {
  const found: { activity: Activity; group: Group }[] = [];
  for (const activity of app.activities?.items ?? []) {
    for (const group of activity.participants) {
      const applied = groupDuration(activity, group);
      if (applied && sameSpan(applied.span, span)) found.push({ activity, group });
    }
  }
  return found;
}

/** The groups a written `duration` value would apply to once readable: the group's own, or an activity's for groups without one. */
export function groupsOfDurationValue(app: Application, span: Span): { activity: Activity; group: Group }[] {
  for (const activity of app.activities?.items ?? []) {
    const own = activity.raw['duration'];
    if (own && sameSpan(own.span, span)) {
      return groupsSharingActivityDuration(activity).map((group) => ({ activity, group }));
    }
    for (const group of activity.participants) {
      const value = group.raw['duration'];
      if (value && sameSpan(value.span, span)) return [{ activity, group }];
    }
  }
  return [];
}

/** The range every one of the groups allows (intersection); undefined when none has known bounds or they do not meet. */
export function commonBounds(groups: readonly { activity: Activity; group: Group }[]): DurationBounds | undefined {
  let minDays = -Infinity;
  let maxDays = Infinity;
  let known = false;
  for (const { activity, group } of groups) {
    const type = activity.type?.value;
    const role = group.role?.value;
    const bounds = type && role ? durationBounds(type, role) : undefined;
    if (!bounds) continue;
    known = true;
    minDays = Math.max(minDays, bounds.minDays);
    maxDays = Math.min(maxDays, bounds.maxDays);
  }
  return known && minDays <= maxDays ? { minDays, maxDays } : undefined;
}
