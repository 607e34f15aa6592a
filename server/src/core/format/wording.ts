import { lengthInDays, type CalendarLength } from './dates';
import { formatDays, formatTerm, type Duration } from './duration';
import type { Locale } from '../base/types';
import type { Label } from './vocabulary';

/**
 * Small helpers for writing messages in a given locale. No message text lives
 * here: every sentence is a literal message in its caller's call of `t`.
 */

const inlineLabels = new WeakMap<Label, Partial<Record<Locale, string>>>();

/** A vocabulary label in `locale`, starting lower case for use inside a sentence. */
export function inlineLabel(label: Label, locale: Locale): string {
  let known = inlineLabels.get(label);
  if (!known) inlineLabels.set(label, (known = {}));
  // Remembered: rules ask for the same few labels for every activity.
  return (known[locale] ??= label[locale].charAt(0).toLocaleLowerCase(locale) + label[locale].slice(1));
}

const listFormats = new Map<string, Intl.ListFormat>();

/** The locale's list format (made once: making one costs far more than using it). */
export function listFormat(type: 'conjunction' | 'disjunction', locale: Locale): Intl.ListFormat {
  const key = `${locale}:${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, { type })));
  return format;
}

/** `a`, `b` or `c` — each item in backticks, joined the way the locale says "or". */
export function codeListOr(items: readonly string[], locale: Locale): string {
  return listFormat('disjunction', locale).format(items.map((item) => `\`${item}\``));
}

/** A day count in the locale's unit words: whole months when it divides, else days. */
export function daysText(days: number, locale: Locale): string {
  return formatDays(days, locale);
}

/**
 * A written duration as the user wrote it, followed by its day count when that
 * is not obvious from the text: `9 weeks (63 days)`, but `4 days`.
 */
/**
 * A calendar length from dates: `2 months 1 day (61 days)`, `12 months (360 days)`,
 * or `5 days` when it is under a month.
 */
export function calendarLengthText(length: CalendarLength, locale: Locale): string {
  if (length.months === 0) return formatTerm(length.days, 'day', locale);
  const months = formatTerm(length.months, 'month', locale);
  const text = length.days === 0 ? months : `${months} ${formatTerm(length.days, 'day', locale)}`;
  return `${text} (${formatTerm(lengthInDays(length), 'day', locale)})`;
}

export function writtenDurationText(written: string, duration: Duration, locale: Locale): string {
  const text = written.trim().replace(/\s+/g, ' ');
  const onlyDays = duration.terms.length === 1 && duration.terms[0].unit === 'day';
  return onlyDays ? text : `${text} (${formatTerm(duration.days, 'day', locale)})`;
}

/**
 * A range of durations as the guide writes it: `2–12 months` / `2–12 månader` when both ends are in
 * one unit, else `3 days to 2 months` / `3 dagar till 2 månader`.
 */
export function rangeWords(minDays: number, maxDays: number, locale: Locale): string {
  const min = formatDays(minDays, locale);
  const max = formatDays(maxDays, locale);
  const unitOf = (days: number) => (days >= 30 && days % 30 === 0 ? 'month' : 'day');
  if (unitOf(minDays) === unitOf(maxDays)) return `${min.split(' ')[0]}–${max}`;
  return `${min} ${TO[locale]} ${max}`;
}

// A word between two durations, not a sentence: kept here beside the unit words it joins.
const TO: Readonly<Record<Locale, string>> = { en: 'to', sv: 'till' };
