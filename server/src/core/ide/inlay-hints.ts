import { formatDate } from '../format/dates';
import { formatTerm, type Duration } from '../format/duration';
import { periodLastDay } from '../model/facts';
import { translator } from '../base/i18n';
import type { Field } from '../model/model';
import type { Analysis } from './references';
import type { Locale, Span } from '../base/types';

/**
 * Inlay hints after durations written in weeks, months or years: their
 * length in days as the rules count it (week = 7, month = 30, year = 360),
 * for the project's, each activity's and each group's `duration`. A duration
 * written only in days needs no hint; an unreadable one gets none (it has its
 * own diagnostic).
 */
export interface DurationHint {
  /** Where the hint goes: just after the duration value (after its closing quote). */
  readonly offset: number;
  /** `= 60 days` / `= 60 dagar`, shown with a space before it. */
  readonly label: string;
  readonly tooltip: string;
}

/** The hints whose position lies in `range` (inclusive at both ends), in document order. */
export function durationHints(analysis: Analysis, range: Span, locale: Locale): DurationHint[] {
  const { t } = translator(locale);
  const { app } = analysis;
  const hints = new Map<number, DurationHint>();
  const add = (field: Field<Duration> | undefined, note?: string) => {
    if (!field || field.value.terms.every((term) => term.unit === 'day')) return;
    const offset = field.span.end;
    if (offset < range.start || offset > range.end || hints.has(offset)) return;
    const counted = t('Counted in days as the rules count them: a week is 7 days, a month 30 days, a year 360 days.');
    hints.set(offset, {
      offset,
      label: `= ${formatTerm(field.value.days, 'day', locale)}`,
      tooltip: note ? `${counted} ${note}` : counted,
    });
  };
  const project = app.project;
  if (project?.duration) {
    let note: string | undefined;
    if (project.start) {
      const last = periodLastDay(project.start.value, project.duration.value);
      note = t('The project period counts calendar months: it runs from {0} to {1}.', formatDate(project.start.value), formatDate(last));
    }
    add(project.duration, note);
  }
  for (const activity of app.activities?.items ?? []) {
    add(activity.duration);
    for (const group of activity.participants) add(group.duration);
  }
  return [...hints.values()].sort((a, b) => a.offset - b.offset);
}
