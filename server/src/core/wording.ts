import { currentLocale } from './i18n';
import { formatDays, formatTerm, type Duration } from './duration';
import type { Label } from './vocabulary';

/**
 * Small helpers for writing messages in the active locale (the one the
 * checker switched to through `withLocale`). No message text lives here:
 * every sentence is a literal message in its rule's call of `t`.
 */

/** A vocabulary label in the active locale, starting lower case for use inside a sentence. */
export function inlineLabel(label: Label): string {
  const text = label[currentLocale()];
  return text.charAt(0).toLocaleLowerCase(currentLocale()) + text.slice(1);
}

/** `a`, `b` or `c` — each item in backticks, joined the way the active locale says "or". */
export function codeListOr(items: readonly string[]): string {
  return new Intl.ListFormat(currentLocale(), { type: 'disjunction' }).format(items.map((item) => `\`${item}\``));
}

/** A day count in the active locale's unit words: whole months when it divides, else days. */
export function daysText(days: number): string {
  return formatDays(days, currentLocale());
}

/**
 * A written duration as the user wrote it, followed by its day count when that
 * is not obvious from the text: `9 weeks (63 days)`, but `4 days`.
 */
export function writtenDurationText(written: string, duration: Duration): string {
  const text = written.trim().replace(/\s+/g, ' ');
  const onlyDays = duration.terms.length === 1 && duration.terms[0].unit === 'day';
  return onlyDays ? text : `${text} (${formatTerm(duration.days, 'day', currentLocale())})`;
}
