import { calendarLength, dayNumber, formatDate, type CalendarLength } from '../../format/dates';
import { calendarParts, formatTerm, type UnitStyle } from '../../format/duration';
import { durationDatesFixes } from '../fixes/duration-dates';
import { durationMatchesDates } from '../../model/facts';
import type { ActivityRule, Messages } from '../rule';
import type { Locale } from '../../base/types';

/** The calendar length of the dates and the written duration's calendar parts, for the fixes. */
export type DurationDatesData = {
  readonly measured: CalendarLength;
  readonly written: CalendarLength;
  readonly style: UnitStyle;
};

const MESSAGES = {
  disagree: {
    en: 'The duration {duration} does not match the dates: from {start} to {end} is {length}. Correct the duration or the dates; the written duration is the one the other rules use.',
    sv: 'Varaktigheten {duration} stämmer inte med datumen: från {start} till {end} är det {length}. Rätta varaktigheten eller datumen; det är den skrivna varaktigheten som de andra reglerna använder.',
  },
} as const satisfies Messages;

export const durationDates: ActivityRule<typeof MESSAGES, DurationDatesData> = {
  id: 'duration-dates',
  severity: 'warning',
  kind: 'activity',
  messages: MESSAGES,
  fixes: durationDatesFixes,
  guideSection: 'Allmän och yrkesinriktad utbildning, undervisning och lärande inom strategiska partnerskap',
  docs: {
    en: {
      summary: 'An activity that gives both a written `duration` and its `start` and `end` should say the same length twice.',
      details:
        'The guide sets each activity\'s length ("3 dagar till 2 månader", "2–12 månader"), and the checker measures it from the written `duration` when there is one, so dates that say something else go unchecked and confuse the reader of the application. The dates are measured on the calendar: whole calendar months from `start`, then the days left over (2027-02-01 to 2027-03-31 is 2 months). The written duration\'s months (a year counts 12) and days (a week counts 7) are compared with that. A duration written only in days or weeks also agrees when it is the number of days from `start` to `end`, both included (`59 days` for 2027-02-01 to 2027-03-31): read either way it is right, so it is not reported. An `end` before its `start` is reported by duration-range instead.',
    },
    sv: {
      summary: 'En verksamhet som anger både en skriven `duration` och sina `start` och `end` bör ange samma längd båda gångerna.',
      details:
        'Handledningen anger varje verksamhets längd ("3 dagar till 2 månader", "2–12 månader"), och kontrollen mäter den från den skrivna `duration` när en sådan finns, så datum som säger något annat blir okontrollerade och förvirrar den som läser ansökan. Datumen mäts i kalendern: hela kalendermånader från `start`, sedan de dagar som blir över (2027-02-01 till 2027-03-31 är 2 månader). Den skrivna varaktighetens månader (ett år räknas som 12) och dagar (en vecka räknas som 7) jämförs med det. En varaktighet som bara är skriven i dagar eller veckor stämmer också när den är antalet dagar från `start` till `end`, båda inräknade (`59 days` för 2027-02-01 till 2027-03-31): den är rätt hur man än läser den, så den rapporteras inte. En `end` före sin `start` rapporteras i stället av duration-range.',
    },
  },
  fixDocs: {
    en: '*Change the duration to the dates\' length* (whole months, then days, in the unit language the duration was written in: `2 months`, `1 månad 5 dagar`), or *Move `end`* to start + the written duration − 1 day. Which of the two is wrong is yours to say, so neither is preferred and "Fix all unambiguous problems" applies neither.',
    sv: '*Ändra varaktigheten till datumens längd* (hela månader, sedan dagar, med samma språk för enheterna som varaktigheten skrevs med: `2 months`, `1 månad 5 dagar`), eller *Flytta `end`* till start + den skrivna varaktigheten − 1 dag. Vilken av dem som är fel avgör du, så ingen av dem föredras och "Åtgärda alla entydiga problem" tillämpar ingen av dem.',
  },
  check({ tr, activity, report }) {
    const { duration, start, end } = activity;
    if (!duration || !start || !end) return;
    const measured = calendarLength(start.value, end.value);
    // An end before its start is duration-range's; a match by either reading is no mistake.
    if (!measured || durationMatchesDates(start.value, end.value, duration.value) !== false) return;
    const written = calendarParts(duration.value);
    const dayCount = dayNumber(end.value) - dayNumber(start.value) + 1;
    const raw = activity.raw['duration']?.raw;
    report(
      duration.span,
      tr.t('disagree', {
        duration: typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ') : '',
        start: formatDate(start.value),
        end: formatDate(end.value),
        length: lengthText(measured, dayCount, tr.locale),
      }),
      { measured, written, style: duration.value.style },
    );
  },
};

/** `5 days`, or `2 months (59 days)`: the calendar length and, with months, the days counted one by one. */
function lengthText(measured: CalendarLength, dayCount: number, locale: Locale): string {
  const days = formatTerm(dayCount, 'day', locale);
  if (measured.months === 0) return days;
  const months = formatTerm(measured.months, 'month', locale);
  const calendar = measured.days === 0 ? months : `${months} ${formatTerm(measured.days, 'day', locale)}`;
  return `${calendar} (${days})`;
}
