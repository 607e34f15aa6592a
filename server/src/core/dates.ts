/** Calendar dates `YYYY-MM-DD` as whole days since 1970-01-01 (UTC, no time zones involved). */

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
  if (date.month < 1 || date.month > 12) return undefined;
  if (date.day < 1 || date.day > daysInMonth(date.year, date.month)) return undefined;
  return date;
}

export function isValidDate(raw: unknown): boolean {
  return parseDate(raw) !== undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
}

export function fromDayNumber(days: number): CalendarDate {
  const d = new Date(days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Adds calendar months, clamping the day to the end of the target month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
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
