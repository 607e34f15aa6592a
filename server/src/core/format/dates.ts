/**
 * Calendar dates `YYYY-MM-DD` (years 0001 to 9999) as whole days since
 * 1970-01-01. Pure arithmetic on the proleptic Gregorian calendar: no `Date`,
 * so no time zone, and no `Date.UTC` mapping years 0-99 to 1900-1999.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
}

export function parseDate(raw: unknown): CalendarDate | undefined {
  if (typeof raw !== 'string') return undefined;
  const match = DATE.exec(raw);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.year < 1) return undefined; // there is no year 0000
  if (date.month < 1 || date.month > 12) return undefined;
  if (date.day < 1 || date.day > daysInMonth(date.year, date.month)) return undefined;
  return date;
}

export function isValidDate(raw: unknown): boolean {
  return parseDate(raw) !== undefined;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber(date: CalendarDate): number {
  const year = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const monthFromMarch = (date.month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number (civil_from_days), the inverse of dayNumber. */
export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Adds calendar months, clamping the day to the end of the target month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** A calendar length: whole months, then days. */
export interface CalendarLength {
  readonly months: number;
  readonly days: number;
}

/**
 * The calendar length of `start`..`end`, both days included (spec "Durations"):
 * the most whole months m with start + m months (added at once, day clamped)
 * not after the day after `end`, then the days left. Undefined when `end` is
 * before `start`.
 */
export function calendarLength(start: CalendarDate, end: CalendarDate): CalendarLength | undefined {
  const after = dayNumber(end) + 1;
  const first = dayNumber(start);
  if (after <= first) return undefined;
  // Whole months between the two dates, less one when the day of the month is not yet reached.
  let months = (end.year - start.year) * 12 + (end.month - start.month) + 1;
  while (months > 0 && dayNumber(addMonths(start, months)) > after) months--;
  return { months, days: after - dayNumber(addMonths(start, months)) };
}

/** A calendar length counted in days as the spec counts durations (month = 30). */
export function lengthInDays(length: CalendarLength): number {
  return length.months * 30 + length.days;
}

/** The last day of a period: start + months (at once, clamped), then days, minus one day. */
export function lastDayOf(start: CalendarDate, length: CalendarLength): CalendarDate {
  return fromDayNumber(dayNumber(addMonths(start, length.months)) + length.days - 1);
}

export function formatDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * The fewest whole calendar months from `start` whose period (start included, the day
 * `addMonths(start, months)` excluded) still holds `day`: how long a project starting on `start`
 * must run for the day to fall within it. At least 1.
 */
export function monthsCovering(start: CalendarDate, day: number): number {
  const first = dayNumber(start);
  // A month is at least 28 days, so this estimate never overshoots; step up from it.
  let months = Math.max(1, Math.floor((day - first) / 31));
  while (dayNumber(addMonths(start, months)) <= day) months++;
  return months;
}
