import { formatDate, lastDayOf } from '../../format/dates';
import { DAYS_PER_UNIT, formatDays, formatTerm, parseDuration, type DurationUnit, type UnitStyle } from '../../format/duration';
import type { DurationBounds } from '../../format/vocabulary';
import { daysText } from '../../format/wording';
import { replaceScalar, shownSource } from './edits';
import { activityWithStartAt, commonBounds, groupsOfDurationValue, groupsUsingDuration } from './locate';
import type { DurationFormatData } from '../rules/duration-format';
import type { DurationRangeData } from '../rules/duration-range';
import type { Fix, FixInput, FixProvider, TextEdit } from './types';

/**
 * duration-range: the nearest allowed length, written in the duration's own unit style
 * (`3 days`, `2 månader`); when the length comes from `start` and `end`, the `end` date moves
 * (end = start + the length's calendar months, then its days, - 1 day). The allowed range is that of every group sharing the value, so the
 * fix never pushes another group out of its range. An `end` before `start`: the dates swap places.
 */
export const durationRangeFixes: FixProvider<DurationRangeData> = (input) => {
  const { finding, app, text, tr, data } = input;
  if (!data) return [];
  if ('endBeforeStart' in data) return swapDates(input);
  const days = numberOf(data.days);
  const target = nearestAllowed(days, commonBounds(groupsUsingDuration(app, finding.span))) ?? numberOf(data.nearestDays);
  if (target === undefined || target < 1) return [];
  if (data.source === 'dates') {
    const activity = activityWithStartAt(app, finding.span);
    if (!activity?.start || !activity.end) return [];
    // The target counted back into calendar months and days, as the dates are measured.
    const end = formatDate(lastDayOf(activity.start.value, { months: Math.floor(target / 30), days: target % 30 }));
    return [
      {
        title: tr.t('Move `end` to {0} ({1})', end, daysText(target, tr.locale)),
        edits: [replaceScalar(text, activity.end.span, end, true)],
        isPreferred: true,
        fixAll: true,
      },
    ];
  }
  const value = formatDays(target, styleOf(data.style));
  return [
    {
      title: tr.t('Change `{0}` to `{1}`', shownSource(text, finding.span), value),
      edits: [replaceScalar(text, finding.span, value, true)],
      isPreferred: true,
      fixAll: true,
    },
  ];
};

function nearestAllowed(days: number | undefined, bounds: DurationBounds | undefined): number | undefined {
  if (days === undefined || !bounds) return undefined;
  if (days < bounds.minDays) return bounds.minDays;
  if (days > bounds.maxDays) return bounds.maxDays;
  return undefined;
}

/** Which date is the typo cannot be known; swapping them is offered but never applied by "Fix all". */
function swapDates({ finding, app, text, tr }: FixInput): Fix[] {
  const activity = activityWithStartAt(app, finding.span);
  if (!activity?.start || !activity.end) return [];
  const source = (span: { start: number; end: number }) => text.slice(span.start, span.end);
  return [
    {
      title: tr.t('Swap `start` and `end`'),
      edits: [
        { span: activity.start.span, newText: source(activity.end.span) },
        { span: activity.end.span, newText: source(activity.start.span) },
      ],
      isPreferred: true,
      fixAll: false,
    },
  ];
}

const BARE_NUMBER_UNITS: readonly DurationUnit[] = ['day', 'week', 'month'];

/**
 * duration-format: a bare number N becomes `N days`, `N weeks` or `N months` in the file's unit
 * style. When exactly one of them lies in the allowed range of every group the value applies to,
 * that one is preferred (and "Fix all" applies it); otherwise none is. A misspelt unit with a
 * suggestion is replaced by it (every occurrence in the value).
 */
export const durationFormatFixes: FixProvider<DurationFormatData> = (input) => {
  const { data } = input;
  if (!data) return [];
  if ('number' in data) {
    const number = numberOf(data.number);
    return number === undefined ? [] : bareNumberFixes(input, number, styleOf(data.style));
  }
  if (!('unit' in data)) return [];
  const suggestions = stringsOf(data.suggestions);
  if (suggestions.length > 0) return unitFixes(input, data.unit, suggestions);
  return [];
};

function bareNumberFixes({ finding, app, text, tr }: FixInput, number: number, style: UnitStyle): Fix[] {
  const bounds = commonBounds(groupsOfDurationValue(app, finding.span));
  const fitting = bounds
    ? BARE_NUMBER_UNITS.filter((unit) => {
        const days = number * DAYS_PER_UNIT[unit];
        return days >= bounds.minDays && days <= bounds.maxDays;
      })
    : [];
  const preferred = fitting.length === 1 ? fitting[0] : undefined;
  const shown = shownSource(text, finding.span);
  return BARE_NUMBER_UNITS.map((unit) => {
    const value = formatTerm(number, unit, style);
    return {
      title: tr.t('Change `{0}` to `{1}`', shown, value),
      edits: [replaceScalar(text, finding.span, value, true)],
      isPreferred: unit === preferred,
      fixAll: unit === preferred,
    };
  });
}

function unitFixes({ finding, text, tr }: FixInput, unit: string, suggestions: readonly string[]): Fix[] {
  const source = text.slice(finding.span.start, finding.span.end);
  // The unknown word where a unit stands: right after a number, not part of a longer word.
  const word = new RegExp(`(\\d+)([ \\t]+)(${escapeRegExp(unit)})(?!\\p{L})`, 'gu');
  const places = [...source.matchAll(word)].map((match) => {
    const start = finding.span.start + (match.index ?? 0) + match[1].length + match[2].length;
    return { span: { start, end: start + unit.length }, amount: Number(match[1]) };
  });
  if (places.length === 0) return [];
  return suggestions.map((suggestion, index) => {
    const edits = places.map(({ span, amount }): TextEdit => ({ span, newText: inflected(suggestion, amount) }));
    return {
      title: tr.t('Change `{0}` to `{1}`', unit, edits[0].newText),
      edits,
      isPreferred: index === 0,
      fixAll: suggestions.length === 1,
    };
  });
}

/** The unit word in the number the amount needs: `2 day` is written `2 days`, `1 veckor` `1 vecka`. */
function inflected(unitWord: string, amount: number): string {
  const term = parseDuration(`${amount} ${unitWord}`)?.terms[0];
  const style = parseDuration(`1 ${unitWord}`)?.style;
  if (!term || !style || amount === 0) return unitWord;
  return formatTerm(amount, term.unit, style).slice(String(amount).length + 1);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function styleOf(value: unknown): UnitStyle {
  return value === 'sv' ? 'sv' : 'en';
}

export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
