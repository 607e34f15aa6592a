import { closestMatches } from '../base/suggest';
import { addMonths, dayNumber, type CalendarDate } from './dates';

/**
 * Durations (spec: "Durations"): one or more terms `<whole number> <unit>`,
 * separated by spaces or commas, English or Swedish units.
 */

export type DurationUnit = 'day' | 'week' | 'month' | 'year';
export type UnitStyle = 'en' | 'sv';

export interface DurationTerm {
  readonly amount: number;
  readonly unit: DurationUnit;
}

export interface Duration {
  readonly terms: readonly DurationTerm[];
  /** Counted in days: week = 7, month = 30, year = 360. */
  readonly days: number;
  /** Whether the text used Swedish or English unit words (the first term decides). */
  readonly style: UnitStyle;
}

export const DAYS_PER_UNIT: Readonly<Record<DurationUnit, number>> = { day: 1, week: 7, month: 30, year: 360 };

/**
 * The unit words, singular and plural, of each unit in each style: the one list every reader,
 * writer, suggestion and grammar of durations is built from.
 */
export const UNIT_TEXT: Readonly<Record<UnitStyle, Readonly<Record<DurationUnit, readonly [string, string]>>>> = {
  en: { day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'] },
  sv: { day: ['dag', 'dagar'], week: ['vecka', 'veckor'], month: ['månad', 'månader'], year: ['år', 'år'] },
};

const UNITS: readonly DurationUnit[] = ['day', 'week', 'month', 'year'];
const STYLES: readonly UnitStyle[] = ['en', 'sv'];

/** The unit words a duration may use, English and Swedish (lower case; matched case-insensitively). */
export const UNIT_WORDS: Readonly<Record<string, { unit: DurationUnit; style: UnitStyle }>> = Object.fromEntries(
  UNITS.flatMap((unit) => STYLES.flatMap((style) => UNIT_TEXT[style][unit].map((word) => [word, { unit, style }] as const))),
);

// One term, then either the end or a separator (comma and/or spaces) and the next term.
const TERM = /(\d+)[ \t]+(\p{L}+)/uy;
const SEPARATOR = /[ \t]*,[ \t]*|[ \t]+/y;

/** Reads a duration, or returns undefined when the value is not of the spec's form or totals zero. */
export function parseDuration(raw: unknown): Duration | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  const terms: DurationTerm[] = [];
  let style: UnitStyle | undefined;
  let position = 0;
  while (position < text.length) {
    if (terms.length > 0) {
      SEPARATOR.lastIndex = position;
      if (!SEPARATOR.exec(text)) return undefined;
      position = SEPARATOR.lastIndex;
    }
    TERM.lastIndex = position;
    const match = TERM.exec(text);
    if (!match) return undefined;
    const word = UNIT_WORDS[match[2].toLowerCase()];
    if (!word) return undefined;
    style ??= word.style;
    terms.push({ amount: Number(match[1]), unit: word.unit });
    position = TERM.lastIndex;
  }
  if (terms.length === 0 || style === undefined) return undefined;
  const days = terms.reduce((sum, term) => sum + term.amount * DAYS_PER_UNIT[term.unit], 0);
  if (days === 0 || !Number.isSafeInteger(days)) return undefined;
  return { terms, days, style };
}

/** Calendar parts of a duration: years and months as months, weeks and days as days. */
export function calendarParts(duration: Duration): { months: number; days: number } {
  let months = 0;
  let days = 0;
  for (const term of duration.terms) {
    if (term.unit === 'year') months += term.amount * 12;
    else if (term.unit === 'month') months += term.amount;
    else days += term.amount * DAYS_PER_UNIT[term.unit];
  }
  return { months, days };
}

/**
 * The first day (a day number) after a period that starts on `start` and lasts `duration`, the
 * way the project period is counted: months and years as calendar months (31 January plus one
 * month is the last day of February), then weeks and days.
 */
export function periodEndExclusive(start: CalendarDate, duration: Duration): number {
  const { months, days } = calendarParts(duration);
  return dayNumber(addMonths(start, months)) + days;
}

export function formatTerm(amount: number, unit: DurationUnit, style: UnitStyle): string {
  const [singular, plural] = UNIT_TEXT[style][unit];
  return `${amount} ${amount === 1 ? singular : plural}`;
}

/** A day count written the way a person would: whole months when it divides, else days. */
export function formatDays(days: number, style: UnitStyle): string {
  if (days >= 30 && days % 30 === 0) return formatTerm(days / 30, 'month', style);
  return formatTerm(days, 'day', style);
}

/** Abbreviations people write for a unit, to the unit and its language (`mån` → month, Swedish). */
const ABBREVIATIONS: Readonly<Record<string, { unit: DurationUnit; style: UnitStyle }>> = {
  d: { unit: 'day', style: 'en' },
  dy: { unit: 'day', style: 'en' },
  dys: { unit: 'day', style: 'en' },
  dgr: { unit: 'day', style: 'sv' },
  wk: { unit: 'week', style: 'en' },
  wks: { unit: 'week', style: 'en' },
  v: { unit: 'week', style: 'sv' },
  mo: { unit: 'month', style: 'en' },
  mos: { unit: 'month', style: 'en' },
  mon: { unit: 'month', style: 'en' },
  mth: { unit: 'month', style: 'en' },
  mths: { unit: 'month', style: 'en' },
  'mån': { unit: 'month', style: 'sv' },
  'månd': { unit: 'month', style: 'sv' },
  y: { unit: 'year', style: 'en' },
  yr: { unit: 'year', style: 'en' },
  yrs: { unit: 'year', style: 'en' },
};

/**
 * The unit word a mistyped or abbreviated one stands for, in the number form its amount takes:
 * `2 monts` → `months`, `3 dayz` → `days`, `3 mån` → `månader`, `1 yr` → `year`.
 */
export function suggestUnitWord(word: string, amount: number): string | undefined {
  const lower = word.toLocaleLowerCase('sv');
  const known = ABBREVIATIONS[lower] ?? UNIT_WORDS[closestMatches(lower, Object.keys(UNIT_WORDS), 1)[0] ?? ''];
  if (!known) return undefined;
  return formatTerm(amount, known.unit, known.style).slice(String(amount).length + 1);
}
