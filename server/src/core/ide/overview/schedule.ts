import { addMonths, dayNumber } from '../../format/dates';
import { calendarParts } from '../../format/duration';
import type { Activity } from '../../model/model';

/** An activity's first and last day (inclusive), as day numbers. */
export interface ActivityDates {
  readonly first: number;
  readonly last: number;
}

/**
 * Where an activity lies on the calendar, from what the file says: both dates;
 * a start and a duration (months and years as calendar months, then weeks and
 * days, as the project period is counted); an end and a duration. A start alone
 * is its one day. Undefined when there is no date, a written date does not
 * read, or the end is before the start (duration-range reports that): an
 * activity is never placed on a guess.
 */
export function scheduleOf(activity: Activity): ActivityDates | undefined {
  const { start, end, duration } = activity;
  // A date written but unreadable: the activity's place is unknown (the schema reports the date).
  if ((activity.raw['start'] && !start) || (activity.raw['end'] && !end)) return undefined;
  if (start && end) {
    const first = dayNumber(start.value);
    const last = dayNumber(end.value);
    return last >= first ? { first, last } : undefined;
  }
  if (start) {
    const first = dayNumber(start.value);
    if (!duration) return { first, last: first };
    const { months, days } = calendarParts(duration.value);
    return { first, last: Math.max(first, dayNumber(addMonths(start.value, months)) + days - 1) };
  }
  if (end && duration) {
    const last = dayNumber(end.value);
    return { first: last - duration.value.days + 1, last };
  }
  if (end) {
    const last = dayNumber(end.value);
    return { first: last, last };
  }
  return undefined;
}
