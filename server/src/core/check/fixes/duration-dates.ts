import { calendarLength, formatDate, lastDayOf, type CalendarLength } from '../../format/dates';
import { calendarParts, formatTerm, type UnitStyle } from '../../format/duration';
import { durationMatchesDates } from '../../model/facts';
import type { Activity, Application } from '../../model/model';
import type { DurationDatesData } from '../rules/duration-dates';
import { replaceScalar, sameSpan, shownSource } from './edits';
import type { Fix, FixProvider } from './types';

/**
 * duration-dates: write the dates' calendar length as the duration (in its own unit language),
 * or move `end` so that the dates measure the written duration. Only the user knows which is
 * wrong, so neither is preferred nor applied by "Fix all"; a move that would still disagree
 * (a day clamped at a month's end) is not offered.
 */
export const durationDatesFixes: FixProvider<DurationDatesData> = ({ text, app, finding, tr, data }) => {
  const activity = activityWithDurationAt(app, finding.span);
  if (!data || !activity?.start || !activity.end || !activity.duration) return [];
  const style: UnitStyle = data.style === 'sv' ? 'sv' : 'en';
  const measured = calendarLength(activity.start.value, activity.end.value);
  const fixes: Fix[] = [];
  if (measured) {
    const value = lengthWords(measured, style);
    fixes.push({
      title: tr.t('Change `{0}` to `{1}`', shownSource(text, finding.span), value),
      edits: [replaceScalar(text, finding.span, value, true)],
      isPreferred: false,
      fixAll: false,
    });
  }
  const end = lastDayOf(activity.start.value, calendarParts(activity.duration.value));
  if (durationMatchesDates(activity.start.value, end, activity.duration.value)) {
    fixes.push({
      title: tr.t('Move `end` to {0}', formatDate(end)),
      edits: [replaceScalar(text, activity.end.span, formatDate(end), true)],
      isPreferred: false,
      fixAll: false,
    });
  }
  return fixes;
};

/** `2 months`, `1 månad 5 dagar`, `5 days`: a calendar length in the words of one unit language. */
function lengthWords(length: CalendarLength, style: UnitStyle): string {
  const parts = [];
  if (length.months > 0) parts.push(formatTerm(length.months, 'month', style));
  if (length.days > 0) parts.push(formatTerm(length.days, 'day', style));
  return parts.join(' ');
}

function activityWithDurationAt(app: Application, span: { start: number; end: number }): Activity | undefined {
  return app.activities?.items.find((activity) => activity.duration && sameSpan(activity.duration.span, span));
}
